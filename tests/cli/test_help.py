"""Every `trongtam` command answers --help in Vietnamese, and docs/cli.md documents every one of them."""

from __future__ import annotations

import re
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from trongtam.cli.main import COMMANDS, cli

DOCS = Path(__file__).resolve().parents[2] / "docs" / "cli.md"
VIETNAMESE = re.compile(
    r"[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]", re.IGNORECASE
)
# The commands of this engineer's part: their options are documented one by one.
OWN = ("import", "export", "backup", "restore", "demo")


def _commands() -> list[tuple[str, click.Command]]:
    """Every command and sub-command, as "render letter"-style paths."""
    ctx = click.Context(cli)
    out: list[tuple[str, click.Command]] = []
    for name in sorted(COMMANDS):
        command = cli.get_command(ctx, name)
        if command is None:  # a module not written yet is not offered
            continue
        out.append((name, command))
        if isinstance(command, click.Group):
            out.extend((f"{name} {sub}", command.commands[sub]) for sub in sorted(command.commands))
    return out


@pytest.mark.parametrize(("path", "command"), _commands(), ids=lambda v: v if isinstance(v, str) else "")
def test_every_command_has_vietnamese_help_and_help_exits_0(path: str, command: click.Command) -> None:
    result = CliRunner().invoke(cli, [*path.split(), "--help"], prog_name="trongtam", terminal_width=100)
    assert result.exit_code == 0, result.output
    assert f"Usage: trongtam {path}" in result.output
    assert command.help and VIETNAMESE.search(command.help), f"{path}: help text is missing or not Vietnamese"
    if path.split()[0] not in OWN:
        return  # other commands' options are their authors' to word
    for param in command.params:
        if isinstance(param, click.Option) and param.name != "help":
            assert param.help and VIETNAMESE.search(param.help), (
                f"{path} {param.opts[0]}: help not Vietnamese"
            )


def test_the_top_level_help_lists_every_command() -> None:
    result = CliRunner().invoke(cli, ["--help"])
    assert result.exit_code == 0
    for name, _ in _commands():
        if " " not in name:
            assert f"  {name} " in result.output


def test_every_command_is_documented_in_docs_cli_md() -> None:
    text = DOCS.read_text(encoding="utf-8")
    headings = set(re.findall(r"^#{2,3} `trongtam ([a-z -]+)`", text, flags=re.MULTILINE))
    missing = [name for name in sorted(COMMANDS) if name not in headings]
    assert not missing, f"docs/cli.md has no '## `trongtam NAME`' section for: {', '.join(missing)}"


def test_the_options_of_the_data_commands_are_documented() -> None:
    text = DOCS.read_text(encoding="utf-8")
    ctx = click.Context(cli)
    for name in OWN:
        command = cli.get_command(ctx, name)
        assert command is not None
        for param in command.params:
            if isinstance(param, click.Option) and param.name != "help":
                assert any(opt in text for opt in param.opts), (
                    f"docs/cli.md: trongtam {name} {param.opts[-1]}"
                )


def test_an_unknown_command_or_option_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    from trongtam.cli.main import main

    for argv in (["khong-co-lenh"], ["export", "--khong-co"], ["import"]):
        with pytest.raises(SystemExit) as info:
            main(argv)
        err = capsys.readouterr().err
        assert info.value.code != 0
        assert err.startswith("Lỗi:") and len(err.strip().splitlines()) == 1, err
