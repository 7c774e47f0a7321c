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
}


class LazyGroup(click.Group):
    """A group that imports a command's module only when that command is used."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(name for name in COMMANDS if self.get_command(ctx, name) is not None)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = COMMANDS.get(cmd_name)
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
    """Run the CLI; errors the project raises on purpose print as one line and exit non-zero."""
    from trongtam.core.errors import TrongtamError

    try:
        return cli.main(args=argv, prog_name="trongtam", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("Đã hủy.", err=True)
        sys.exit(1)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except TrongtamError as exc:
        click.echo(f"Lỗi: {exc}", err=True)
        sys.exit(2)
    except KeyboardInterrupt:
        sys.exit(130)
