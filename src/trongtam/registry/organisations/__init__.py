"""Organisations (cơ quan, tổ chức), their history through mergers, and who belongs to them."""
