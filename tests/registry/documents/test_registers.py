"""Number registers: per calendar year for state bodies, per type within the term for Party bodies, race-safe."""

from __future__ import annotations

import threading
from datetime import date

import pytest
from django.db import IntegrityError, connection, transaction


def allocate(org, doc_type, on):
    from trongtam.registry.documents.registers import number_allocate

    return number_allocate(organisation=org, doc_type=doc_type, on=on)[1]


def test_a_state_body_numbers_from_01_each_calendar_year_across_types(cast):
    unit = cast.unit  # Thường trực HĐND: Nghị định 30
    assert allocate(unit, None, date(2024, 3, 1)) == 1
    assert allocate(unit, "BÁO CÁO", date(2024, 6, 20)) == 2
    assert allocate(unit, None, date(2024, 12, 31)) == 3
    assert allocate(unit, None, date(2025, 1, 1)) == 1


def test_a_party_body_numbers_per_type_and_continues_across_years_within_its_term(cast):
    from trongtam.registry.documents.models import Term

    Term.objects.create(
        organisation=cast.board, label="2020 - 2025", start=date(2020, 10, 15), end=date(2025, 9, 30)
    )
    board = cast.board
    assert allocate(board, "THÔNG BÁO", date(2024, 1, 10)) == 1
    assert allocate(board, "BÁO CÁO", date(2024, 6, 20)) == 1
    assert allocate(board, "BÁO CÁO", date(2024, 12, 20)) == 2
    assert allocate(board, None, date(2024, 12, 21)) == 1  # công văn: its own sequence
    # A new calendar year does not restart a Party register...
    assert allocate(board, "BÁO CÁO", date(2025, 3, 1)) == 3
    # ...a new term does.
    assert allocate(board, "BÁO CÁO", date(2025, 11, 1)) == 1
    assert allocate(board, "BÁO CÁO", date(2025, 3, 2)) == 4  # back-dated into the old term: its register


def test_a_party_body_without_a_recorded_term_gets_a_default_five_year_term(cast):
    from trongtam.registry.documents.models import Term

    assert allocate(cast.board, "BÁO CÁO", date(2023, 5, 1)) == 1
    term = Term.objects.get(organisation=cast.board)
    assert (term.start, term.end, term.label) == (date(2020, 1, 1), date(2024, 12, 31), "2020 - 2025")


def test_symbols_follow_the_profile(cast):
    from trongtam.registry.documents.registers import symbol_for

    assert symbol_for(cast.unit, None) == "HĐND-VP"
    assert symbol_for(cast.other_unit, "BÁO CÁO") == "BC-UBND"
    assert symbol_for(cast.board, None) == "CV/HU"
    assert symbol_for(cast.board, "THÔNG BÁO") == "TB/HU"


def test_the_database_refuses_two_documents_with_one_number_in_one_register(cast):
    from trongtam.registry.documents.models import DocumentRegister, IssuedDocument

    register = DocumentRegister.objects.create(organisation=cast.unit, scope="calendar_year", year=2024)
    common = dict(
        cycle=cast.cycle,
        kind="registration",
        issuer=cast.unit,
        register=register,
        number=1,
        symbol="HĐND-VP",
        number_line="Số: 01/HĐND-VP",
        issued_on=date(2024, 1, 1),
        subject="x",
        profile="nd30-2020",
        docx="documents/x.docx",
    )
    IssuedDocument.objects.create(**common)
    with pytest.raises(IntegrityError), transaction.atomic():
        IssuedDocument.objects.create(**common)


@pytest.mark.django_db(transaction=True)
def test_concurrent_allocations_never_get_the_same_number():
    if connection.vendor == "sqlite":
        pytest.skip("SQLite serialises writers itself; the row lock is exercised on PostgreSQL.")
    from trongtam.registry.organisations.services import organisation_create

    org = organisation_create(name="UBND xã", code="UBND", kind="peoples_committee", level="commune")
    got: list[int] = []
    errors: list[BaseException] = []
    barrier = threading.Barrier(8)

    def worker() -> None:
        try:
            barrier.wait()
            for _ in range(5):
                got.append(allocate(org, None, date(2024, 5, 5)))
        except BaseException as exc:
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert sorted(got) == list(range(1, 41))
