"""The client's address for login throttling: the peer itself, or — when the peer is a configured
reverse proxy — the address that proxy reports in ``X-Forwarded-For`` (or ``X-Real-IP``).

Only proxies listed in ``TRONGTAM_TRUSTED_PROXIES`` are believed; a header sent by anyone else is ignored,
so a client cannot pick the address it is throttled under.
"""

from __future__ import annotations

import ipaddress
from functools import lru_cache

from django.conf import settings
from django.http import HttpRequest

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


@lru_cache(maxsize=8)
def _networks(entries: tuple[str, ...]) -> tuple[Network, ...]:
    return tuple(ipaddress.ip_network(e.strip(), strict=False) for e in entries if e.strip())


def _address(text: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    try:
        return ipaddress.ip_address(text.strip())
    except ValueError:
        return None


def client_address(request: HttpRequest) -> str:
    """The address a login attempt is counted against (django-axes' ``AXES_CLIENT_IP_CALLABLE``)."""
    peer = request.META.get("REMOTE_ADDR", "") or ""
    trusted = _networks(tuple(getattr(settings, "TRONGTAM_TRUSTED_PROXIES", ())))

    def is_trusted(addr: ipaddress.IPv4Address | ipaddress.IPv6Address | None) -> bool:
        return addr is not None and any(addr in net for net in trusted)

    if not is_trusted(_address(peer)):
        return peer
    # Walk the chain from the nearest hop: the first address not one of our proxies is the client's.
    # Entries further left were written by the client itself and cannot be believed.
    hops = [h for h in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if h.strip()]
    for hop in reversed(hops):
        addr = _address(hop)
        if addr is None:
            break
        if not is_trusted(addr):
            return str(addr)
    real = _address(request.META.get("HTTP_X_REAL_IP", ""))
    if not hops and real is not None:
        return str(real)
    return peer
