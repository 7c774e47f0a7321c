"""`trongtam document` issues a cycle's documents from the data, with the web's permissions."""

from __future__ import annotations

import pytest
from docx import Document

from trongtam.cli.main import main
from trongtam.registry.cycles import consolidation, services

pytestmark = pytest.mark.django_db


@pytest.fixture
def approved(cast, seed_document):
    proposal = services.proposal_create(cycle=cast.cycle, unit=cast.unit)
    services.proposal_import_document(proposal=proposal, document=seed_document)
    proposal.status = "submitted"
    proposal.save()
    consolidation.consolidation_build(cycle=cast.cycle, user=cast.coordinator)
    consolidation.cycle_approve(cycle=cast.cycle, user=cast.leader)
    return cast


def test_the_office_issues_the_approved_list_as_a_numbered_docx(approved, tmp_path, capsys):
    out = tmp_path / "danh-muc.docx"
    main(["document", str(approved.cycle.id), "danh-muc", "--user", "vanphong", "-o", str(out)])
    said = capsys.readouterr().out
    # A Party body's notice: numbered per type within the term, "Số 01-TB/HU".
    assert "Đã ban hành Số 01-TB/HU" in said
    doc = Document(str(out))
    cells = [c.text for t in doc.tables for r in t.rows for c in r.cells]
    assert any("Tổng thu ngân sách" in c for c in cells)


def test_a_unit_may_not_issue_the_list_and_is_told_in_one_line(approved, tmp_path, capsys):
    with pytest.raises(SystemExit) as exit_:
        main(
            ["document", str(approved.cycle.id), "danh-muc", "--user", "hdnd", "-o", str(tmp_path / "x.docx")]
        )
    assert exit_.value.code != 0
    err = capsys.readouterr().err
    assert "quyền" in err and "Traceback" not in err
    assert not (tmp_path / "x.docx").exists()


def test_an_outsider_does_not_find_the_cycle(approved, tmp_path, capsys):
    with pytest.raises(SystemExit):
        main(
            [
                "document",
                str(approved.cycle.id),
                "danh-muc",
                "--user",
                "caobang",
                "-o",
                str(tmp_path / "x.docx"),
            ]
        )
    assert "Không tìm thấy đợt đăng ký" in capsys.readouterr().err
