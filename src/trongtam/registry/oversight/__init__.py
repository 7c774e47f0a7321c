"""Oversight: inspection committees (and any body given oversight) read the bodies they oversee, leave
remarks the body must answer, and every read they make is logged."""
