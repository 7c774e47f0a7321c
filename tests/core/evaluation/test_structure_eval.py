"""The structure evaluation: its corpus is inside the package, its comparison catches what matters."""

from __future__ import annotations

import shutil

import pytest
from click.testing import CliRunner

from trongtam.core.evaluation.structure import BLIND_PARTS, compare, corpus, evaluate, outline
from trongtam.core.extraction import structure_text

EXPECTED = [
    {
        "number": "I",
        "title": "KINH TẾ",
        "tasks": [
            {"number": "1", "text": "Thu ngân sách đạt 195.000 triệu đồng.", "children": []},
            {"number": "2", "text": "Thu hút 750.000 lượt khách du lịch.", "children": []},
        ],
    }
]


def test_the_corpus_has_at_least_12_documents_split_by_source_and_a_frozen_date():
    data = corpus()
    docs = data["documents"]
    assert len(docs) >= 12 and data["frozen"]
    by_source: dict[str, set[str]] = {}
    for d in docs:
        by_source.setdefault(d["document"], set()).add(d["split"])
    assert all(len(splits) == 1 for splits in by_source.values())
    assert {d["split"] for d in docs} == {"dev", "test", *BLIND_PARTS}
    forms = {d["form"].split(".")[0] for d in docs}
    assert {"txt", "numbered", "typed", "scan", "tcvn3", "vni"} <= forms


def test_the_blind_parts_are_unchanged_since_they_were_frozen_and_share_no_source():
    import hashlib
    import re
    from importlib import resources

    folder = resources.files("trongtam.core.evaluation").joinpath("structure_corpus")
    note = folder.joinpath("FROZEN.md").read_text(encoding="utf-8")
    frozen = dict(re.findall(r"^- `([^`]+)` ([0-9a-f]{64})$", note, re.M))
    data = corpus()
    docs = data["documents"]
    # part: (least files, date frozen, words its entry in FROZEN.md holds, least sources)
    expected = {
        "blind": (10, "2026-12-04", "04/12/2026", 6),
        "blind2": (12, "2026-12-05", "05/12/2026", 6),
        "blind3": (15, "2026-12-05", "third blind part", 7),
        "blind4": (15, "2026-12-05", "fourth blind part", 7),
        "blind5": (15, "2026-12-05", "fifth blind part", 7),
        "blind6": (20, "2026-12-07", "sixth blind part", 8),
        "blind7": (25, "2026-12-07", "seventh blind part", 9),
        "blind8": (25, "2026-12-07", "eighth blind part", 9),
        "blind9": (25, "2026-12-07", "ninth blind part", 9),
        "blind10": (25, "2026-12-07", "tenth blind part", 9),
        "blind11": (25, "2026-12-07", "eleventh blind part", 9),
        "blind12": (25, "2026-12-07", "twelfth blind part", 9),
        "blind13": (25, "2026-12-07", "thirteenth blind part", 9),
        "blind14": (25, "2026-12-07", "fourteenth blind part", 9),
        "blind15": (25, "2026-12-07", "fifteenth blind part", 9),
        "blind16": (25, "2026-12-07", "sixteenth blind part", 9),
        "blind17": (25, "2026-12-07", "seventeenth blind part", 9),
        "blind18": (25, "2026-12-08", "eighteenth blind part", 9),
        "blind19": (25, "2026-12-08", "nineteenth blind part", 9),
    }
    assert set(expected) == set(BLIND_PARTS)
    blind = {part: [d for d in docs if d["split"] == part] for part in BLIND_PARTS}
    for part, (least, date, words, sources) in expected.items():
        assert len(blind[part]) >= least and data[f"{part}_frozen"] == date and words in note, part
        assert len({d["source"] for d in blind[part]}) >= sources, part
    assert set(frozen) == {f"{part}.json" for part in BLIND_PARTS} | {
        d["file"] for part in BLIND_PARTS for d in blind[part]
    }
    for name, digest in frozen.items():
        assert hashlib.sha256(folder.joinpath(name).read_bytes()).hexdigest() == digest, name
    # No document and no source is shared between the studied parts and any blind part, or between
    # two blind parts.
    parts = [[d for d in docs if d["split"] not in BLIND_PARTS], *blind.values()]
    for i, a in enumerate(parts):
        for b in parts[i + 1 :]:
            assert not {d["document"] for d in a} & {d["document"] for d in b}
            assert not {d["source"] for d in a} & {d["source"] for d in b}


def test_a_matching_outline_has_no_differences():
    doc = structure_text(
        "I. KINH TẾ\n\n1. Thu ngân sách đạt 195.000 triệu đồng.\n\n2. Thu hút 750.000 lượt khách du lịch.\n"
    )
    assert compare(EXPECTED, outline(doc)) == []


def test_a_closing_glued_to_the_last_task_is_a_difference():
    got = outline(
        structure_text(
            "I. KINH TẾ\n\n1. Thu ngân sách đạt 195.000 triệu đồng.\n\n"
            "2. Thu hút 750.000 lượt khách du lịch. Rất mong được quan tâm tổng hợp cùng các đơn vị khác\n"
        )
    )
    assert any("mục 2: kết thúc" in d for d in compare(EXPECTED, got))


def test_a_lost_task_or_section_is_a_difference():
    got = outline(structure_text("I. KINH TẾ\n\n1. Thu ngân sách đạt 195.000 triệu đồng.\n"))
    assert compare(EXPECTED, got) == ["phần I: cần mục ['1', '2'], đọc được ['1']"]


def test_a_decimal_number_matches_with_or_without_its_parents_but_not_another_number():
    def part(*numbers: str) -> list[dict]:
        tasks = [{"number": n, "text": "Thu ngân sách đạt 42 tỷ đồng.", "children": []} for n in numbers]
        return [{"number": "2", "title": "Nhiệm vụ", "tasks": tasks}]

    assert compare(part("1", "2"), part("2.1", "2.2")) == []
    assert compare(part("2.1", "2.2"), part("1", "2")) == []
    assert compare(part("1", "2"), part("3.1", "3.2")) != []
    assert compare(part("1", "2"), part("2", "3")) != []


def test_ocr_text_is_compared_with_a_tolerance_but_numbers_are_not():
    got = [dict(EXPECTED[0], title="KINH TỂ")]
    assert compare(EXPECTED, got, tolerant=True) == []
    assert compare(EXPECTED, got) != []


def test_the_command_reads_each_document_of_the_split_from_the_package_and_prints_the_share(monkeypatch):
    # The dev split is for study: this checks the run covers it, not how well it scores. Its photos are read by
    # OCR (seconds each), so the split is read once: the report checked is the one the command printed.
    from trongtam.cli.evaluate_structure import structure
    from trongtam.core.evaluation import structure as module

    reports = []

    def evaluate_and_keep(*args, **kwargs):
        reports.append(evaluate(*args, **kwargs))
        return reports[-1]

    monkeypatch.setattr(module, "evaluate", evaluate_and_keep)
    result = CliRunner().invoke(structure, ["--split", "dev", "--no-scans"])
    assert result.exit_code == 0, result.output
    assert "Đúng hoàn toàn:" in result.output and "tập test đóng băng ngày" in result.output
    wanted = [d["file"] for d in corpus()["documents"] if d["split"] == "dev" and "scan" not in d["form"]]
    [report] = reports
    assert [r.file for r in report.results] == wanted
    assert 0.0 <= report.exact_share <= 1.0
    exact = sum(r.exact for r in report.results)
    assert f"Đúng hoàn toàn: {exact}/{len(wanted)} văn bản" in result.output


@pytest.mark.ocr
@pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract is not installed")
def test_the_scanned_seed_reads_with_its_numbering():
    report = evaluate("test", skip=lambda e: e["file"] != "seed.scan.pdf")
    assert [(r.file, r.exact, r.differences) for r in report.results] == [("seed.scan.pdf", True, ())]


def test_an_item_three_levels_deep_is_compared_as_part_of_its_sub_items_text():
    doc = structure_text(
        "KẾ HOẠCH\n\nCải cách hành chính\n\nI. NHIỆM VỤ\n\n1. Cải cách thủ tục hành chính:\n\n"
        "- Rà soát thủ tục trong các lĩnh vực:\n\n+ Lưu thông hàng hóa;\n\n+ An toàn thực phẩm.\n\n"
        "- Thực hiện cơ chế một cửa.\n"
    )
    assert [g.text for g in doc.sections[0].tasks[0].children[0].children] == [
        "Lưu thông hàng hóa;",
        "An toàn thực phẩm.",
    ]
    sub = outline(doc)[0]["tasks"][0]["children"][0]
    assert sub == {
        "number": "-",
        "text": "Rà soát thủ tục trong các lĩnh vực: Lưu thông hàng hóa; An toàn thực phẩm.",
        "children": [],
    }
    expected = [
        {
            "number": "I",
            "title": "NHIỆM VỤ",
            "tasks": [
                {
                    "number": "1",
                    "text": "Cải cách thủ tục hành chính:",
                    "children": [
                        {"number": "-", "text": sub["text"], "children": []},
                        {"number": "-", "text": "Thực hiện cơ chế một cửa.", "children": []},
                    ],
                }
            ],
        }
    ]
    assert compare(expected, outline(doc)) == []
