"""`trongtam eval`: how well the reader does on hand-annotated real text, printed for the next person.

    trongtam eval                     # the frozen test split's target scores and error table
    trongtam eval targets --split dev # the dev split (or all); --gold FILE adds any gold JSONL
    trongtam eval structure           # offered when trongtam.cli.evaluate_structure is installed
    trongtam eval agreement           # two annotators of the same passages against each other, and the reader
    trongtam eval train-prior         # retrain the plan-or-report prior on the dev split (scikit-learn, dev extra)

A click group: each evaluation is a subcommand loaded lazily from :data:`EVAL_COMMANDS`, so another
module can own its own (``structure``) without this one importing it.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import click

from trongtam.cli.main import LazyGroup

EVAL_COMMANDS: dict[str, str] = {
    "targets": "trongtam.cli.evaluate:targets",
    "structure": "trongtam.cli.evaluate_structure:structure",
    "agreement": "trongtam.cli.evaluate:agreement",
    "train-prior": "trongtam.cli.evaluate:train_prior",
}


class _LazyEvalGroup(LazyGroup):
    commands_by_name = EVAL_COMMANDS


@click.group("eval", cls=_LazyEvalGroup, invoke_without_command=True)
@click.pass_context
def eval_(ctx: click.Context) -> None:
    """Đánh giá bộ đọc trên văn bản thật đã chú giải (mặc định: chỉ tiêu, tập test đã đóng băng)."""
    if ctx.invoked_subcommand is None:
        ctx.invoke(targets)


_ROWS = (
    ("strict_precision", "P"),
    ("strict_recall", "R"),
    ("strict_f1", "F1"),
    ("value_f1", "F1 số"),
    ("negative_hits_per_100", "phản ví dụ/100"),
    ("role_acc", "vai trò"),
    ("period_acc", "kỳ"),
)


# The shared evaluation sets, read when their folder is found: file name, label in the table; the folder looked in
# when neither --shared nor TRONGTAM_SHARED_EVAL names one (beside the repository, from its root).
SHARED_SETS = (("dev.jsonl", "shared dev"), ("seed_gold.jsonl", "shared seed"))
DEFAULT_SHARED = Path("..") / "shared" / "eval"


@click.command("targets")
@click.option(
    "--split",
    type=click.Choice(["test", "dev", "all"]),
    default="test",
    show_default=True,
    help="Phần kho văn bản được chấm.",
)
@click.option(
    "--kind",
    type=click.Choice(["none", "plan", "report", "gold"]),
    default="none",
    show_default=True,
    help=(
        "Loại văn bản báo cho bộ trích xuất (mặc định: không báo, như khi người dùng tải lên; "
        "gold: loại đã chú giải của từng đoạn, mức trần của việc đoán loại)."
    ),
)
@click.option(
    "--shared",
    "shared_dir",
    type=click.Path(path_type=Path, file_okay=False),
    default=None,
    show_default="$TRONGTAM_SHARED_EVAL, nếu không thì ../shared/eval",
    help="Thư mục có dev.jsonl và seed_gold.jsonl dùng chung; nếu không có, chỉ chấm kho văn bản và báo một dòng.",
)
@click.option(
    "--gold",
    "extra",
    type=click.Path(path_type=Path, dir_okay=False, exists=True),
    multiple=True,
    help="Thêm một tập chú giải JSONL (chấm riêng).",
)
@click.option("--errors", "n_errors", type=int, default=0, help="In N lỗi mẫu mỗi tập.")
@click.option(
    "--per-file",
    is_flag=True,
    help="Thêm một dòng cho từng tệp test đã đóng băng (tệp sau là văn bản mới hơn, chưa ai đọc).",
)
@click.option(
    "--conformance",
    is_flag=True,
    help="Thêm các đoạn dựng từ quy tắc chú giải (mỗi đoạn kiểm một quy tắc): lô đã xem và lô giữ lại.",
)
@click.option("--json", "as_json", is_flag=True, help="In kết quả dạng JSON.")
def targets(
    split: str,
    kind: str,
    shared_dir: Path | None,
    extra: tuple[Path, ...],
    n_errors: int,
    per_file: bool,
    conformance: bool,
    as_json: bool,
) -> None:
    """Chấm trích xuất chỉ tiêu: P/R/F1 chặt, F1 theo số, phản ví dụ trên 100 chỉ tiêu, bảng lỗi theo loại."""
    from trongtam.core.evaluation import corpus
    from trongtam.core.evaluation.scoring import CLASSES, load_jsonl, score
    from trongtam.core.extraction.targets import find_targets

    sets: list[tuple[str, list[dict[str, Any]]]] = []
    for name in ("test", "dev") if split == "all" else (split,):
        label = f"{name} (đóng băng {corpus.frozen_on()})" if name == "test" else name
        sets.append((label, corpus.load_split(name)))  # type: ignore[arg-type]
    # The default is relative to the working directory (the repository beside ../shared): from elsewhere, a
    # worktree for one, the shared sets are not found, and the line below says so instead of leaving them out quietly.
    if shared_dir is None:
        shared_dir = Path(os.environ.get("TRONGTAM_SHARED_EVAL") or DEFAULT_SHARED)
    found = [(label, shared_dir / fname) for fname, label in SHARED_SETS if (shared_dir / fname).is_file()]
    sets.extend((label, load_jsonl(path)) for label, path in found)
    if not found:
        click.echo(
            f"Không thấy tập dùng chung ({', '.join(f for f, _ in SHARED_SETS)}) trong {shared_dir}: chỉ chấm kho văn "
            "bản; chỉ định thư mục bằng --shared hoặc TRONGTAM_SHARED_EVAL.",
            err=True,
        )
    for path in extra:
        sets.append((path.name, load_jsonl(path)))
    if conformance:
        for name, label in corpus.CONFORMANCE_FILES.items():
            sets.append((f"quy tắc ({label})", corpus.load_conformance(name)))

    def given(rec: dict[str, Any]) -> str | None:
        if kind == "gold":  # each passage told its own annotated kind: the ceiling of guessing it
            return rec["kind"] if rec.get("kind") in ("plan", "report") else None
        return None if kind == "none" else kind

    def predict(rec: dict[str, Any]) -> list[dict[str, Any]]:
        return [t.to_dict() for t in find_targets(rec["text"], kind=given(rec))]  # type: ignore[arg-type]

    results = [(label, score(recs, predict)) for label, recs in sets]
    # Each frozen test file alone, in the order frozen: the later ones hold text newer to the reader. Rows of the
    # score table only; the error table keeps one column a set.
    files: list[tuple[str, Any]] = []
    if per_file and split in ("test", "all"):
        files = [
            (f"  {name} ({corpus.frozen_on(name)})", score(corpus.load_file(name), predict))
            for name in corpus.TEST_FILES
        ]
    if as_json:
        figures = {label: rep.figures() for label, rep in results + files}
        click.echo(
            json.dumps({label.strip(): fig for label, fig in figures.items()}, ensure_ascii=False, indent=1)
        )
        return
    width = max(len(label) for label, _ in results + files)
    head = f"{'tập':<{width}}  {'đoạn':>5} {'chỉ tiêu':>8} " + " ".join(f"{h:>8}" for _, h in _ROWS)
    click.echo(f"Trích xuất chỉ tiêu (loại văn bản: {kind})")
    click.echo(head)
    for label, rep in results[:1] + files + results[1:]:
        fig = rep.figures()
        cells = " ".join(f"{fig[k]:>8}" for k, _ in _ROWS)
        click.echo(f"{label:<{width}}  {fig['passages']:>5} {fig['gold_targets']:>8} {cells}")
    click.echo("")
    click.echo("Lỗi theo loại")
    click.echo(f"{'':<45}" + "".join(f"{label[:12]:>14}" for label, _ in results))
    for cls, desc in CLASSES.items():
        click.echo(f"{desc:<45}" + "".join(f"{rep.errors.get(cls, 0):>14}" for _, rep in results))
    for label, rep in results:
        if n_errors > 0:
            click.echo(f"\n{label}: {min(n_errors, len(rep.examples))} lỗi mẫu")
            for ex in rep.examples[:n_errors]:
                click.echo(json.dumps(ex, ensure_ascii=False))


@click.command("agreement")
@click.option(
    "--second",
    "seconds",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    multiple=True,
    help="Một tệp JSONL chú giải lần hai (mặc định: các tệp trong kho văn bản); đoạn được ghép theo id.",
)
@click.option("--json", "as_json", is_flag=True, help="In kết quả dạng JSON.")
def agreement(seconds: tuple[Path, ...], as_json: bool) -> None:
    """Hai người chú giải cùng các đoạn theo cùng quy tắc: họ khớp nhau đến đâu, và bộ đọc so với từng người."""
    from trongtam.core.evaluation import corpus
    from trongtam.core.evaluation.agreement import agreement as agree
    from trongtam.core.evaluation.agreement import kind_agreement, paired
    from trongtam.core.evaluation.scoring import CLASSES, load_jsonl, score
    from trongtam.core.extraction.targets import find_targets

    firsts = {rec["id"]: rec for rec in corpus.load_split("test") + corpus.load_split("dev")}
    sources = (
        [(path.name, load_jsonl(path)) for path in seconds]
        if seconds
        else [(name.split("/")[-1], corpus.load_agreement(name)) for name in corpus.AGREEMENT_FILES]
    )

    def predict(rec: dict[str, Any]) -> list[dict[str, Any]]:
        return [t.to_dict() for t in find_targets(rec["text"])]

    rows: list[tuple[str, Any]] = []
    short: list[str] = []  # the error table's column heads
    kinds: list[tuple[str, tuple[int, int]]] = []
    for name, second in sources:
        first = [firsts[rec["id"]] for rec in second if rec["id"] in firsts]
        both = [dict(b) for _, b in paired(first, second)]
        rows.append((f"{name}: người 2 so với người 1", agree(first, second)))
        rows.append((f"{name}: bộ đọc so với người 1", score(first, predict)))
        rows.append((f"{name}: bộ đọc so với người 2", score(both, predict)))
        stem = name.removesuffix(".jsonl").removeprefix("second.")
        short.extend((f"{stem}: 2↔1", f"{stem}: đọc↔1", f"{stem}: đọc↔2"))
        kinds.append((name, kind_agreement(first, second)))
    if as_json:
        out = {label: rep.figures() for label, rep in rows}
        out.update({f"{name}: loại văn bản khớp": {"same": k, "of": n} for name, (k, n) in kinds})
        click.echo(json.dumps(out, ensure_ascii=False, indent=1))
        return
    width = max(len(label) for label, _ in rows)
    click.echo(f"{'':<{width}}  {'đoạn':>5} {'chỉ tiêu':>8} " + " ".join(f"{h:>8}" for _, h in _ROWS))
    for label, rep in rows:
        fig = rep.figures()
        cells = " ".join(f"{fig[k]:>8}" for k, _ in _ROWS)
        click.echo(f"{label:<{width}}  {fig['passages']:>5} {fig['gold_targets']:>8} {cells}")
    for name, (same, n) in kinds:
        click.echo(f"{name}: loại văn bản (kế hoạch/báo cáo) khớp ở {same}/{n} đoạn")
    click.echo("")
    click.echo("Lỗi theo loại")
    col = max(len(h) for h in short) + 2
    click.echo(f"{'':<45}" + "".join(f"{h:>{col}}" for h in short))
    for cls, desc in CLASSES.items():
        click.echo(f"{desc:<45}" + "".join(f"{rep.errors.get(cls, 0):>{col}}" for _, rep in rows))
    click.echo("(1 = chú giải trong kho văn bản, 2 = chú giải lần hai, đọc = bộ đọc)")


@click.command("train-prior")
@click.option(
    "--out",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Tệp JSON ghi mô hình (mặc định: kind_prior.json trong gói, tệp bộ đọc dùng).",
)
@click.option("--check", is_flag=True, help="Chỉ kiểm chéo theo trang (5 phần), không ghi mô hình.")
def train_prior(out: Path | None, check: bool) -> None:
    """Huấn luyện lại tiên nghiệm kế hoạch/báo cáo của bộ đọc trên tập dev (không bao giờ trên tập test)."""
    from importlib.resources import files

    from trongtam.core.evaluation import corpus
    from trongtam.core.evaluation import prior as training
    from trongtam.core.extraction.targets import prior

    try:
        import sklearn  # noqa: F401
    except ImportError:
        raise click.ClickException(
            "Cần scikit-learn để huấn luyện (pip install -e .[dev]); bộ đọc dùng mô hình đã huấn luyện không cần nó."
        ) from None
    exs = training.examples(corpus.load_split("dev"))
    val = training.cross_validate(exs)
    click.echo(
        f"{val.passages} đoạn dev; kiểm chéo theo trang ({training.FOLDS} phần): tiên nghiệm học được đúng "
        f"{val.model_accuracy:.2%}, phiếu của các quy tắc {val.vote_accuracy:.2%}."
    )
    if check:
        return
    model = training.train(exs, source=f"{corpus.DEV_FILE} sha256:{corpus.file_hash(corpus.DEV_FILE)[:16]}")
    path = out or Path(str(files("trongtam.core.extraction.targets").joinpath(prior.MODEL_FILE)))
    training.write_model(model, path)
    click.echo(f"Đã ghi {len(model['weights'])} trọng số vào {path}.")
