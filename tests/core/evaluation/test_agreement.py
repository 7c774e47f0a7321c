"""Two annotators of the same passages scored against each other, as the reader is scored against one of them."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from trongtam.cli.main import cli
from trongtam.core.evaluation import corpus
from trongtam.core.evaluation.agreement import agreement, kind_agreement, number_span, paired

TEXT = "Năm 2024 thu ngân sách đạt 195.000 triệu đồng, tỷ lệ hộ nghèo giảm còn 2,5%; Nghị quyết số 12-NQ/HU."


def _target(value, unit, op="=", quote=None, **kw):
    t = {"value": value, "value_max": None, "unit": unit, "op": op, "change": None, "role": "actual"}
    t.update(kw)
    if quote is not None:
        t["quote"] = quote
    return t


def _rec(targets, *, negatives=(), kind="report", text=TEXT, id_="p1"):
    return {"id": id_, "kind": kind, "text": text, "targets": list(targets), "negatives": list(negatives)}


def test_number_span_is_the_number_inside_its_quote():
    t = _target(195000, "triệu đồng", quote="thu ngân sách đạt 195.000 triệu đồng")
    s, e = number_span(TEXT, t)
    assert TEXT[s:e] == "195.000"
    t = _target(2.5, "%", quote="tỷ lệ hộ nghèo giảm còn 2,5%")
    s, e = number_span(TEXT, t)
    assert TEXT[s:e] == "2,5"


def test_number_span_falls_back_to_the_quote_and_to_nothing():
    t = _target(7, "%", quote="tỷ lệ hộ nghèo")  # the value is not written in the quote
    s, e = number_span(TEXT, t)
    assert TEXT[s:e] == "tỷ lệ hộ nghèo"
    assert number_span(TEXT, _target(7, "%", quote="không có trong đoạn")) is None


def test_the_same_annotation_agrees_fully():
    a = _rec([_target(195000, "triệu đồng", quote="195.000 triệu đồng"), _target(2.5, "%", quote="còn 2,5%")])
    fig = agreement([a], [json.loads(json.dumps(a))]).figures()
    assert (fig["strict_f1"], fig["value_f1"], fig["negative_hits"]) == (1.0, 1.0, 0)


def test_an_operator_the_two_read_differently_is_a_strict_miss_but_a_value_match():
    a = _rec([_target(2.5, "%", "<=", quote="còn 2,5%", role="target")])
    b = _rec([_target(2.5, "%", "=", quote="còn 2,5%")])
    rep = agreement([a], [b])
    assert rep.figures()["strict_f1"] == 0.0 and rep.figures()["value_f1"] == 1.0
    assert rep.errors["role"] == 1  # the second read a result where the first read a plan


def test_a_number_one_lists_as_negative_and_the_other_annotates_is_a_negative_hit():
    a = _rec([], negatives=["Nghị quyết số 12-NQ/HU"])
    b = _rec([_target(12, "", quote="Nghị quyết số 12-NQ/HU")])
    assert agreement([a], [b]).figures()["negative_hits"] == 1


def test_passages_are_paired_by_id_and_a_changed_text_is_refused():
    a, other = _rec([], id_="p1"), _rec([], id_="p2")
    assert [x["id"] for x, _ in paired([a, other], [_rec([], id_="p2")])] == ["p2"]
    with pytest.raises(ValueError, match="p1"):
        paired([a], [_rec([], id_="p1", text=TEXT + " ")])


def test_kind_agreement_counts_the_passages_read_as_the_same_kind():
    first = [_rec([], id_="p1"), _rec([], id_="p2", kind="plan")]
    second = [_rec([], id_="p1"), _rec([], id_="p2")]
    assert kind_agreement(first, second) == (1, 2)


@pytest.mark.parametrize("name", list(corpus.AGREEMENT_FILES))
def test_each_second_annotation_is_of_passages_of_its_split_word_for_word(name):
    split = corpus.AGREEMENT_FILES[name]
    firsts = {rec["id"]: rec for rec in corpus.load_split(split)}
    second = corpus.load_agreement(name)
    assert len(second) >= 50
    for rec in second:
        assert rec["id"] in firsts, rec["id"]
        assert rec["text"] == firsts[rec["id"]]["text"], rec["id"]
        assert rec["kind"] in ("plan", "report")
        for t in rec["targets"]:
            assert t["quote"] in rec["text"], (rec["id"], t["quote"])


def test_eval_agreement_prints_the_two_annotators_and_the_reader_against_each(tmp_path):
    first = corpus.load_split("test")[0]
    second = dict(first, targets=first["targets"][1:])  # the second annotator left one target out
    path = tmp_path / "second.jsonl"
    path.write_text(json.dumps(second, ensure_ascii=False) + "\n", encoding="utf-8")
    res = CliRunner().invoke(cli, ["eval", "agreement", "--second", str(path), "--json"])
    assert res.exit_code == 0, res.output
    out = json.loads(res.stdout)
    n = len(first["targets"])
    two = out["second.jsonl: người 2 so với người 1"]
    assert two["strict_recall"] == round((n - 1) / n, 4) and two["strict_precision"] == 1.0
    assert out["second.jsonl: bộ đọc so với người 1"]["gold_targets"] == n
    assert out["second.jsonl: bộ đọc so với người 2"]["gold_targets"] == n - 1
    assert out["second.jsonl: loại văn bản khớp"] == {"same": 1, "of": 1}


@pytest.mark.parametrize("name", list(corpus.CONFORMANCE_FILES))
def test_each_conformance_case_names_its_rule_and_is_annotated_in_full(name):
    cases = corpus.load_conformance(name)
    assert len(cases) >= 80
    assert len({c["id"] for c in cases}) == len(cases)
    for c in cases:
        assert c["rule"].strip() and c["source"] == "made-up", c["id"]
        assert c["kind"] in ("plan", "report")
        for t in c["targets"]:
            assert t["quote"] in c["text"], (c["id"], t["quote"])
        for n in c["negatives"]:
            assert n in c["text"], (c["id"], n)


def test_eval_targets_adds_the_conformance_sets_on_request(tmp_path):
    # No shared folder (tmp_path is empty): a line on stderr says so, stdout holds the JSON alone.
    res = CliRunner().invoke(
        cli, ["eval", "targets", "--split", "dev", "--conformance", "--shared", str(tmp_path), "--json"]
    )
    assert res.exit_code == 0, res.output
    out = json.loads(res.stdout)
    assert out["quy tắc (đã xem)"]["passages"] == len(corpus.load_conformance("conformance/studied.jsonl"))
    assert out["quy tắc (giữ lại)"]["passages"] == len(corpus.load_conformance("conformance/heldout.jsonl"))
    assert out["quy tắc (văn bản dựng, giữ lại)"]["passages"] == 80
