"""The plan-or-report prior learned from the dev split (``targets.prior``) and its training (``evaluation.prior``).

The passages below are made up, in the shapes where the cue rules' vote alone goes wrong: a report of things done
that carries no result word, whose uncued numbers a plan's prior would turn into targets.
"""

from __future__ import annotations

import json
import unicodedata
from importlib import resources

import pytest
from click.testing import CliRunner

from trongtam.cli.main import cli
from trongtam.core.evaluation import corpus
from trongtam.core.evaluation import prior as training
from trongtam.core.extraction.targets import find_targets, kind_evidence
from trongtam.core.extraction.targets.prior import MODEL_FILE, learned_kind, passage_features, plan_score

PATROLS = (
    "Tháng 10, Công an huyện tổ chức 48 ca tuần tra với 260 lượt cán bộ, chiến sĩ, lập biên bản 35 trường hợp "
    "vi phạm."
)
# A second story, "Hội Chữ thập đỏ xã tổ chức 3 đợt hiến máu tình nguyện với 180 người tham gia; trao 75 suất quà …",
# read as a report by the prior trained on the dev split of 06/12/2026, is read as a plan by a small margin (log-odds
# 0.14) since the dev split grew by 146 passages on 07/12/2026: a lone line with no cue sits near the prior's border,
# and which side it falls is the training data's call, not a rule's.


def test_the_features_are_the_words_the_word_pairs_and_the_vote_each_once():
    feats = passage_features("Thu ngân sách 12,5 tỷ; thu ngân sách 13 tỷ (tăng 4%).", "report")
    assert {
        "u:thu",
        "u:ngân",
        "u:#",
        "u:%",
        "b:ngân_sách",
        "b:sách_#",
        "b:#_#",
        "b:#_tỷ",
        "vote:report",
    } <= feats
    assert "vote:plan" not in feats
    assert not any(f.startswith("u:1") for f in feats)  # which number stands there does not count
    assert "u:Thu" not in feats  # lower case
    # … and in NFC, whatever the text's own normal form
    decomposed = unicodedata.normalize("NFD", "Thu ngân sách 12,5 tỷ")
    assert passage_features(decomposed, "plan") == passage_features("Thu ngân sách 12,5 tỷ", "plan")


@pytest.mark.parametrize("text", [PATROLS])
def test_a_story_of_things_done_reads_as_a_report_though_the_vote_says_plan(text):
    seen = kind_evidence(text)
    assert seen is not None and seen[1] == "plan"  # the cue rules alone: no cue, a plan by default
    assert learned_kind(*seen) == "report" and plan_score(*seen) < 0
    found = find_targets(text)
    assert found and all(t.role == "actual" and t.op == "=" for t in found)
    # The caller's kind still comes first: the same text uploaded as a plan is read as one.
    assert all(t.role == "target" for t in find_targets(text, kind="plan"))


def test_a_plan_stays_a_plan():
    text = "Các chỉ tiêu chủ yếu năm 2026: Tổng diện tích gieo trồng 3.200 ha. Sản lượng lương thực có hạt 21.000 tấn."
    seen = kind_evidence(text)
    assert seen is not None and learned_kind(*seen) == "plan"
    assert [t.op for t in find_targets(text)] == [">=", ">="]


def test_no_number_no_evidence():
    assert kind_evidence("") is None and kind_evidence("Không có số nào.") is None


def test_the_vote_itself_weighs():
    text = "Tổ chức 3 đợt với 180 người."
    assert plan_score(text, "plan") > plan_score(text, "report")


def test_the_packaged_prior_is_the_one_the_dev_split_trains_today():
    """Whoever changes the dev split retrains the prior (``trongtam eval train-prior``), or this goes red."""
    shipped = json.loads(
        resources.files("trongtam.core.extraction.targets").joinpath(MODEL_FILE).read_text(encoding="utf-8")
    )
    assert shipped["trained_on"] == f"{corpus.DEV_FILE} sha256:{corpus.file_hash(corpus.DEV_FILE)[:16]}"
    exs = training.examples(corpus.load_split("dev"))
    assert shipped["passages"] == len(exs) and shipped["plans"] == sum(ex.plan for ex in exs)
    retrained = training.train(exs)
    assert retrained["weights"].keys() == shipped["weights"].keys()
    # The same solver on the same data: the same weights, up to the last rounded digit.
    assert max(abs(retrained["weights"][k] - w) for k, w in shipped["weights"].items()) < 1e-4
    assert abs(retrained["intercept"] - shipped["intercept"]) < 1e-4


def test_training_reads_the_annotated_kind_and_skips_passages_with_nothing_to_read():
    recs = [
        {
            "id": "a",
            "source": "https://a.vn/1",
            "kind": "plan",
            "text": "Phấn đấu 12 tỷ đồng.",
            "targets": [{}],
        },
        {
            "id": "b",
            "source": "https://www.a.vn/2",
            "kind": "report",
            "text": "Đạt 9 tỷ đồng.",
            "targets": [{}],
        },
        {"id": "c", "source": "https://b.vn/1", "kind": "report", "text": "Không có số.", "targets": [{}]},
        {"id": "d", "source": "https://b.vn/2", "kind": "report", "text": "Đạt 9 tỷ đồng.", "targets": []},
    ]
    exs = training.examples(recs)
    assert [ex.plan for ex in exs] == [True, False]
    assert {ex.site for ex in exs} == {"a.vn"}  # one site, however written


def test_the_trained_model_learns_the_words_that_tell_a_plan():
    recs = []
    for i in range(30):
        recs.append(
            {
                "source": f"https://p{i}.vn",
                "kind": "plan",
                "targets": [{}],
                "text": f"Năm 2026 phấn đấu trồng {i + 10} ha rừng.",
            }
        )
        recs.append(
            {
                "source": f"https://r{i}.vn",
                "kind": "report",
                "targets": [{}],
                "text": f"Năm 2025 đã trồng được {i + 10} ha rừng.",
            }
        )
    exs = training.examples(recs)
    model = training.train(exs, min_count=3)
    assert model["weights"]["u:phấn"] > 0 > model["weights"]["u:được"]
    assert all(k.startswith(("u:", "b:", "vote:")) for k in model["weights"])
    val = training.cross_validate(exs)
    assert val.passages == 60 and val.model_accuracy == 1.0


@pytest.mark.slow
def test_eval_train_prior_checks_by_site_and_writes_the_model(tmp_path):
    out = tmp_path / "prior.json"
    res = CliRunner().invoke(cli, ["eval", "train-prior", "--out", str(out)])
    assert res.exit_code == 0, res.output
    assert "kiểm chéo theo trang" in res.output
    model = json.loads(out.read_text(encoding="utf-8"))
    assert model["passages"] > 1000 and len(model["weights"]) > 1000 and str(out) in res.output
