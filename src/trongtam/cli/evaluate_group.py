"""A minimal `trongtam eval` group offering `structure`, until the full group (targets and structure,
`trongtam.cli.evaluate`) is merged; the integrator keeps that one and drops this file."""

from __future__ import annotations

import click

from trongtam.cli.evaluate_structure import structure


@click.group("eval")
def eval_() -> None:
    """Đánh giá bộ đọc trên văn bản có đáp án."""


eval_.add_command(structure)
