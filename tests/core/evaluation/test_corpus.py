"""The annotated target corpus: split by source, test split frozen, annotations well-formed, scorer sound."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from trongtam.cli.evaluate import DEFAULT_SHARED
from trongtam.cli.main import cli
from trongtam.core.evaluation import corpus
from trongtam.core.evaluation.scoring import classify, score
from trongtam.core.evaluation.split import source_key, split_of

OPS = {">=", ">", "<=", "<", "=", "~", "range"}


def test_each_test_file_is_unchanged_since_it_was_frozen():
    for name in corpus.TEST_FILES:
        assert corpus.frozen_on(name), f"FROZEN.md must say when {name} was frozen"
        assert corpus.current_test_hash(name) == corpus.frozen_hash(name), name


def test_the_third_test_file_is_frozen_and_brings_new_sources():
    assert corpus.TEST_FILES[2] == "targets.test3.jsonl"
    assert corpus.frozen_on("targets.test3.jsonl") == "05/12/2026"
    assert corpus.current_test_hash("targets.test3.jsonl") == corpus.frozen_hash("targets.test3.jsonl")
    third = corpus.load_file("targets.test3.jsonl")
    earlier = [r for name in corpus.TEST_FILES[:2] for r in corpus.load_file(name)] + corpus.load_split("dev")
    new_sources = {source_key(r["source"]) for r in third} - {source_key(r["source"]) for r in earlier}
    assert len(third) >= 25 and len(new_sources) >= 10


# The files whose every site was new to all the others; the eleventh takes new pages of sites already in the test split.
_SITE_NEW = corpus.TEST_FILES[:10]


def test_the_fourth_test_file_is_frozen_and_its_sites_are_in_no_other_file():
    assert corpus.TEST_FILES[3] == "targets.test4.jsonl"
    assert corpus.frozen_on("targets.test4.jsonl") == "06/12/2026"
    assert corpus.current_test_hash("targets.test4.jsonl") == corpus.frozen_hash("targets.test4.jsonl")
    fourth = corpus.load_file("targets.test4.jsonl")
    others = [r for name in _SITE_NEW if name != "targets.test4.jsonl" for r in corpus.load_file(name)]
    others += corpus.load_split("dev")
    sites = {source_key(r["source"]) for r in fourth}
    assert len(fourth) >= 20 and len(sites) >= 15
    assert not sites & {source_key(r["source"]) for r in others}
    assert sum(not r["targets"] and bool(r["negatives"]) for r in fourth) >= 3  # hard negatives only


@pytest.mark.parametrize(
    ("index", "name", "least_passages", "least_sites"),
    [
        (4, "targets.test5.jsonl", 50, 40),
        (5, "targets.test6.jsonl", 45, 40),
        (6, "targets.test7.jsonl", 25, 20),
        (7, "targets.test8.jsonl", 50, 40),
        (8, "targets.test9.jsonl", 36, 33),
        (9, "targets.test10.jsonl", 15, 14),
    ],
)
def test_a_later_test_file_is_frozen_in_its_place_and_its_sites_are_in_no_other_file(
    index, name, least_passages, least_sites
):
    assert corpus.TEST_FILES[index] == name
    assert corpus.frozen_on(name) == ("07/12/2026" if index >= 8 else "06/12/2026")
    assert corpus.current_test_hash(name) == corpus.frozen_hash(name)
    added = corpus.load_file(name)
    others = [r for other in _SITE_NEW if other != name for r in corpus.load_file(other)]
    others += corpus.load_split("dev")
    sites = {source_key(r["source"]) for r in added}
    assert len(added) >= least_passages and len(sites) >= least_sites
    assert not sites & {source_key(r["source"]) for r in others}


@pytest.mark.parametrize(
    ("index", "name", "least_passages", "least_sites", "least_new_sites"),
    [
        (10, "targets.test11.jsonl", 50, 25, 8),
        (11, "targets.test12.jsonl", 30, 20, 1),
        (12, "targets.test13.jsonl", 35, 25, 8),
        (13, "targets.test14.jsonl", 30, 25, 6),
        (14, "targets.test15.jsonl", 30, 20, 3),
        (15, "targets.test16.jsonl", 70, 45, 10),
        (16, "targets.test17.jsonl", 70, 45, 10),
        (17, "targets.test18.jsonl", 70, 50, 15),
        (18, "targets.test19.jsonl", 70, 35, 10),
        (19, "targets.test20.jsonl", 70, 40, 8),
        (20, "targets.test21.jsonl", 20, 15, 15),
    ],
)
def test_a_file_of_new_pages_of_test_sites_holds_only_new_pages(
    index, name, least_passages, least_sites, least_new_sites
):
    assert corpus.TEST_FILES[index] == name
    assert corpus.frozen_on(name) == "07/12/2026"
    assert corpus.current_test_hash(name) == corpus.frozen_hash(name)
    added = corpus.load_file(name)
    others = [r for other in corpus.TEST_FILES if other != name for r in corpus.load_file(other)]
    dev = corpus.load_split("dev")
    sites = {source_key(r["source"]) for r in added}
    assert len(added) >= least_passages and len(sites) >= least_sites
    assert not sites & {source_key(r["source"]) for r in dev}  # the split is by site
    assert not {r["source"] for r in added} & {r["source"] for r in others + dev}  # every page is new
    # no text twice (a council session's stock opening sentence aside: compare the first 200 characters)
    assert not any(r["text"][:200] in o["text"] for r in added for o in others + dev)
    # sites new to every file frozen before it (a later file may take new pages of them)
    before = [r for other in corpus.TEST_FILES[:index] for r in corpus.load_file(other)]
    assert len(sites - {source_key(r["source"]) for r in before}) >= least_new_sites


def test_the_twenty_first_test_file_is_the_last_frozen():
    assert corpus.TEST_FILES[-1] == "targets.test21.jsonl"
    assert corpus.frozen_on() == corpus.frozen_on("targets.test21.jsonl") == "07/12/2026"


def test_the_test_split_is_every_frozen_file_in_order():
    per_file = [corpus.load_file(name) for name in corpus.TEST_FILES]
    assert all(per_file)
    assert [r["id"] for r in corpus.load_split("test")] == [r["id"] for recs in per_file for r in recs]


def test_every_passage_sits_in_the_split_its_source_hashes_to():
    for split in ("dev", "test"):
        for rec in corpus.load_split(split):
            assert split_of(rec["source"]) == split, rec["id"]


def test_no_source_is_in_both_splits():
    dev = {source_key(r["source"]) for r in corpus.load_split("dev")}
    test = {source_key(r["source"]) for r in corpus.load_split("test")}
    assert dev and test and not dev & test


def test_split_ignores_scheme_and_mirror_prefixes():
    assert (
        source_key("https://www.baothanhhoa.vn/a")
        == source_key("http://baothanhhoa.vn/b")
        == "baothanhhoa.vn"
    )
    assert source_key("https://m.baomoi.com/x") == source_key("https://lite.baomoi.com/y") == "baomoi.com"
    assert split_of("https://example.gov.vn/a") == split_of("http://example.gov.vn/b")


def test_annotations_are_well_formed():
    ids = set()
    for split in ("dev", "test"):
        for rec in corpus.load_split(split):
            assert rec["id"] not in ids
            ids.add(rec["id"])
            assert rec["kind"] in ("plan", "report")
            for neg in rec["negatives"]:
                assert neg in rec["text"], (rec["id"], neg)
            for t in rec["targets"]:
                assert t["quote"] in rec["text"], (rec["id"], t["quote"])
                assert t["op"] in OPS and t["role"] in ("target", "actual")
                assert (t["value_max"] is not None) == (t["op"] == "range"), (rec["id"], t["quote"])
                assert t["change"] in (None, "increase", "decrease")
                assert t["ref"] in (None, "plan", "previous_year", "same_period")
                assert t["unit"] == t["unit"].lower()


def test_the_corpus_is_big_and_varied_enough_to_mean_something():
    recs = corpus.load_split("dev") + corpus.load_split("test")
    assert len(recs) >= 200
    assert len({source_key(r["source"]) for r in recs}) >= 80
    assert sum(len(r["targets"]) for r in recs) >= 800


def _t(value, unit="%", op="=", role="actual", **kw):
    return {"value": value, "value_max": None, "unit": unit, "op": op, "change": None, "role": role, **kw}


def test_strict_match_needs_value_unit_op_and_change():
    gold = [{"id": "a", "text": "x", "targets": [_t(5), _t(7, unit="ha")], "negatives": []}]
    rep = score(gold, lambda rec: [_t(5), _t(7, unit="ha", op=">=")])
    fig = rep.figures()
    assert (fig["strict_precision"], fig["strict_recall"], fig["value_f1"]) == (0.5, 0.5, 1.0)
    assert rep.errors["op"] == 1


def test_errors_are_sorted_by_the_first_field_that_differs():
    assert classify(_t(5, role="target", op=">="), _t(5)) == "role"
    assert classify(_t(5, unit="đồng"), _t(5, unit="đồng chí")) == "unit"
    assert classify(_t(5, op="<"), _t(5)) == "op"
    assert classify({**_t(5), "change": "increase"}, _t(5)) == "change"


def test_missed_spurious_and_negative_hits_are_counted():
    text = "Kỳ họp thứ 16 thông qua; thu ngân sách đạt 12 tỷ đồng."
    gold = [{"id": "a", "text": text, "targets": [_t(12, unit="tỷ đồng")], "negatives": ["Kỳ họp thứ 16"]}]
    rep = score(gold, lambda rec: [_t(16, unit="", start=0, end=13)])
    assert rep.errors["missed"] == 1 and rep.errors["spurious"] == 1
    assert rep.negative_hits == 1 and rep.figures()["negative_hits_per_100"] == 100.0


def test_eval_command_prints_the_frozen_test_scores_and_error_table(tmp_path, monkeypatch):
    res = CliRunner().invoke(cli, ["eval", "--help"])
    assert res.exit_code == 0 and "targets" in res.output
    res = CliRunner().invoke(cli, ["eval", "targets", "--shared", str(tmp_path), "--json"])
    assert res.exit_code == 0, res.output
    figures = json.loads(res.stdout)
    (label,) = figures
    assert label.startswith("test") and figures[label]["passages"] == len(corpus.load_split("test"))
    monkeypatch.chdir(tmp_path)  # no shared evaluation folder here: only the corpus is scored
    monkeypatch.delenv("TRONGTAM_SHARED_EVAL", raising=False)
    res = CliRunner().invoke(cli, ["eval"])
    assert res.exit_code == 0, res.output
    assert "Lỗi theo loại" in res.stdout and "đóng băng" in res.stdout and "shared" not in res.stdout
    # … and it says so, on stderr, naming where it looked and how to point it elsewhere.
    assert "Không thấy tập dùng chung" in res.stderr and str(DEFAULT_SHARED) in res.stderr
    assert "TRONGTAM_SHARED_EVAL" in res.stderr


def test_eval_per_file_scores_each_frozen_test_file_alone(tmp_path):
    res = CliRunner().invoke(cli, ["eval", "targets", "--shared", str(tmp_path), "--per-file", "--json"])
    assert res.exit_code == 0, res.output
    figures = json.loads(res.stdout)
    assert [k for k in figures if k.startswith("targets.")] == [
        f"{name} ({corpus.frozen_on(name)})" for name in corpus.TEST_FILES
    ]
    for name in corpus.TEST_FILES:
        fig = figures[f"{name} ({corpus.frozen_on(name)})"]
        assert fig["passages"] == len(corpus.load_file(name))
        assert fig["gold_targets"] == sum(len(r["targets"]) for r in corpus.load_file(name))
    assert sum(figures[k]["gold_targets"] for k in figures if k.startswith("targets.")) == next(
        fig["gold_targets"] for k, fig in figures.items() if k.startswith("test")
    )
    # Without the flag the split is one row.
    res = CliRunner().invoke(cli, ["eval", "targets", "--shared", str(tmp_path)])
    assert "targets.test2.jsonl" not in res.stdout


def test_eval_finds_the_shared_sets_where_the_environment_says(tmp_path, monkeypatch):
    shared = tmp_path / "chung"
    shared.mkdir()
    (shared / "dev.jsonl").write_text(
        json.dumps(corpus.load_split("dev")[0], ensure_ascii=False) + "\n", encoding="utf-8"
    )
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("TRONGTAM_SHARED_EVAL", str(shared))
    res = CliRunner().invoke(cli, ["eval", "targets", "--split", "dev", "--json"])
    assert res.exit_code == 0, res.output
    figures = json.loads(res.stdout)
    assert set(figures) == {"dev", "shared dev"} and figures["shared dev"]["passages"] == 1
    assert "Không thấy" not in res.stderr


def test_eval_reports_extra_gold_sets_separately(tmp_path):
    gold = tmp_path / "mine.jsonl"
    rec = {"id": "m1", "kind": "plan", "text": "Phấn đấu trồng mới 120 ha rừng.", "negatives": []}
    rec["targets"] = [_t(120, unit="ha", op=">=", role="target")]
    gold.write_text(json.dumps(rec, ensure_ascii=False) + "\n", encoding="utf-8")
    (tmp_path / "seed_gold.jsonl").write_text(json.dumps(rec, ensure_ascii=False) + "\n", encoding="utf-8")
    res = CliRunner().invoke(
        cli, ["eval", "targets", "--split", "dev", "--shared", str(tmp_path), "--gold", str(gold), "--json"]
    )
    assert res.exit_code == 0, res.output
    figures = json.loads(res.stdout)
    assert set(figures) == {"dev", "shared seed", "mine.jsonl"}
    assert figures["mine.jsonl"]["strict_f1"] == 1.0


def test_eval_kind_gold_tells_each_passage_its_own_annotated_kind(tmp_path):
    # The same uncued sentence is a plan's target in one passage and a report's result in the other:
    # only a mode that hands each passage its own "kind" gets both right (none, plan or report miss one).
    gold = tmp_path / "kinds.jsonl"
    text = "Tổng thu ngân sách trên địa bàn 195.000 triệu đồng."
    plan = {"id": "k1", "kind": "plan", "text": text, "negatives": []}
    plan["targets"] = [_t(195000, unit="triệu đồng", op=">=", role="target")]
    report = {"id": "k2", "kind": "report", "text": text, "negatives": []}
    report["targets"] = [_t(195000, unit="triệu đồng", op="=", role="actual")]
    gold.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in (plan, report)), encoding="utf-8"
    )
    res = CliRunner().invoke(
        cli,
        [
            "eval",
            "targets",
            "--split",
            "dev",
            "--kind",
            "gold",
            "--shared",
            str(tmp_path),
            "--gold",
            str(gold),
            "--json",
        ],
    )
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout)["kinds.jsonl"]["strict_f1"] == 1.0
