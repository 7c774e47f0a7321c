"""Notifications (thông báo): who is told of each step of a cycle, in the app and by e-mail."""
