"""Entry point of the `trongtam` command: a click group whose commands live in sibling modules.

Commands are loaded lazily so that `trongtam --help` and the pure-core commands (extract, assess,
render) start fast and work without a database.
"""

from __future__ import annotations

import importlib
import sys
from typing import Any

import click

# Command name -> "module:attribute". Each module owns one command (or group).
COMMANDS: dict[str, str] = {
    "serve": "trongtam.cli.server:serve",
    "setup": "trongtam.cli.server:setup",
    "load-sample": "trongtam.cli.server:load_sample",
    "extract": "trongtam.cli.extract:extract",
    "assess": "trongtam.cli.assess:assess",
    "render": "trongtam.cli.render:render",
    "remind": "trongtam.cli.remind:remind",
    "import": "trongtam.cli.importing:import_",
    "export": "trongtam.cli.exporting:export",
    "backup": "trongtam.cli.backup:backup",
    "restore": "trongtam.cli.backup:restore",
    "demo": "trongtam.cli.demo:demo",
    "document": "trongtam.cli.documents:document",
    "eval": "trongtam.cli.evaluate:eval_",
}


class LazyGroup(click.Group):
    """A group that imports a command's module only when that command is used (``commands_by_name``: name → "module:attr")."""

    commands_by_name: dict[str, str] = COMMANDS

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(name for name in self.commands_by_name if self.get_command(ctx, name) is not None)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = self.commands_by_name.get(cmd_name)
        if target is None:
            return None
        module_name, attr = target.split(":")
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            # A command whose module is not installed is simply not offered.
            if exc.name == module_name:
                return None
            raise
        command: click.Command = getattr(module, attr)
        return command


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="trongtam")
def cli() -> None:
    """trongtam — nhiệm vụ trọng tâm và chỉ tiêu: đăng ký, theo dõi, đánh giá, văn bản."""


def main(argv: list[str] | None = None) -> Any:
    """Run the CLI; every error prints as ONE line on stderr and exits non-zero, never a traceback.

    Errors the project raises on purpose print their Vietnamese message; Django's validation and
    permission errors their message; anything unexpected prints its type and message, and the traceback
    only when TRONGTAM_DEBUG=1.
    """
    import os

    from trongtam.core.errors import TrongtamError

    try:
        return cli.main(args=argv, prog_name="trongtam", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("Đã hủy.", err=True)
        sys.exit(1)
    except click.UsageError as exc:
        where = exc.ctx.command_path if exc.ctx is not None else "trongtam"
        click.echo(f"Lỗi: {_one_line(exc.format_message())} (xem: {where} --help)", err=True)
        sys.exit(exc.exit_code)
    except click.ClickException as exc:
        click.echo(f"Lỗi: {_one_line(exc.format_message())}", err=True)
        sys.exit(exc.exit_code)
    except TrongtamError as exc:
        click.echo(f"Lỗi: {_one_line(exc.message_vi)}", err=True)
        sys.exit(2)
    except KeyboardInterrupt:
        sys.exit(130)
    except Exception as exc:
        if os.environ.get("TRONGTAM_DEBUG", "").strip().lower() in {"1", "true", "yes", "on"}:
            raise
        click.echo(f"Lỗi: {_describe(exc)}", err=True)
        sys.exit(1)


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def _describe(exc: Exception) -> str:
    """One line for an exception the CLI did not expect by name (Django's are recognised without importing Django)."""
    messages = getattr(exc, "messages", None)  # django.core.exceptions.ValidationError
    if isinstance(messages, list) and messages:
        return _one_line("; ".join(str(m) for m in messages))
    kind = type(exc).__name__
    if kind == "PermissionDenied":
        return _one_line(str(exc) or "Bạn không có quyền thực hiện thao tác này.")
    if kind in {"OperationalError", "InterfaceError"}:
        return _one_line(f"không kết nối được cơ sở dữ liệu ({exc}). Kiểm tra DATABASE_URL.")
    first = exc.args[0] if exc.args and isinstance(exc.args[0], str) else str(exc)
    detail = _one_line(first)[:300] or kind
    return f"{detail} ({kind}; đặt TRONGTAM_DEBUG=1 để xem chi tiết)"
