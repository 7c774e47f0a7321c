"""Registration cycles (đợt đăng ký): the request, proposals, fields, key tasks and their targets."""
