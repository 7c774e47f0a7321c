"""Document numbers from registers: per calendar year for state bodies, per type within the term for Party bodies.

Which rule applies comes from the issuing body's format profile (its ``register`` key), so a new guide with
another rule is a profile file, not code. Allocation runs inside the caller's transaction and locks the
register row (``select_for_update``), so two clerks issuing at once get consecutive numbers.
"""

from __future__ import annotations

from datetime import date, timedelta

from django.db import IntegrityError, transaction

from trongtam.core.rendering.profile import Profile, load_profile
from trongtam.registry.organisations.models import Organisation

from .models import DocumentRegister, RegisterScope, Term

# Party abbreviations (HD 36) and state ones (Nghị định 30, Phụ lục III) of the types generated here.
TYPE_CODES = {"CÔNG VĂN": "CV", "BÁO CÁO": "BC", "THÔNG BÁO": "TB", "QUYẾT ĐỊNH": "QĐ", "KẾ HOẠCH": "KH"}
# Local committees hold congresses every five years (2020, 2025, ...); a body without a Term recorded gets
# this default term, which the office can correct in the admin (the numbers already issued stay as issued).
TERM_YEARS = 5
TERM_BASE_YEAR = 2020


def profile_of(organisation: Organisation) -> Profile:
    """The format profile of a body: "state" (Nghị định 30) or "party" (Hướng dẫn 36) as recorded on it."""
    return load_profile(organisation.document_format or "state")


def type_code(doc_type: str | None) -> str:
    """The abbreviation of a type name; None (a công văn) is "CV"."""
    return TYPE_CODES.get((doc_type or "CÔNG VĂN").upper(), (doc_type or "CV")[:4].upper())


def symbol_for(organisation: Organisation, doc_type: str | None, *, drafting: str = "VP") -> str:
    """The ký hiệu after the number: "HĐND-VP" or "BC-UBND" (state), "CV/HU" or "BC/HU" (Party)."""
    code = organisation.code or "…"
    if profile_of(organisation).kind == "party":
        return f"{type_code(doc_type)}/{code}"
    if doc_type is None:
        return f"{code}-{drafting}" if drafting else code
    return f"{type_code(doc_type)}-{code}"


def term_for(*, organisation: Organisation, on: date) -> Term:
    """The body's term containing ``on``; a default five-year term is recorded when none is."""
    term = (
        Term.objects.filter(organisation=organisation, start__lte=on)
        .exclude(end__lt=on)
        .order_by("-start")
        .first()
    )
    if term is not None:
        return term
    first = TERM_BASE_YEAR + TERM_YEARS * ((on.year - TERM_BASE_YEAR) // TERM_YEARS)
    start, end = date(first, 1, 1), date(first + TERM_YEARS - 1, 12, 31)
    # Never overlap a recorded term: the default one starts the day after the last recorded one ends.
    before = Term.objects.filter(organisation=organisation, end__lt=on).order_by("-end").first()
    if before is not None and before.end is not None and before.end >= start:
        start = before.end + timedelta(days=1)
    later = Term.objects.filter(organisation=organisation, start__gt=on).order_by("start").first()
    if later is not None and later.start <= end:
        end = later.start - timedelta(days=1)
    try:
        with transaction.atomic():
            return Term.objects.create(
                organisation=organisation, label=f"{first} - {first + TERM_YEARS}", start=start, end=end
            )
    except IntegrityError:
        return Term.objects.get(organisation=organisation, start=start)


def _register_key(organisation: Organisation, doc_type: str | None, on: date) -> dict[str, object]:
    scope = profile_of(organisation).register
    if scope == RegisterScope.TERM:
        return {
            "organisation": organisation,
            "scope": RegisterScope.TERM,
            "term": term_for(organisation=organisation, on=on),
            "year": None,
            "doc_type": type_code(doc_type),
        }
    # Nghị định 30: one running order per body from 01 on 01/01 to 31/12, whatever the type.
    return {
        "organisation": organisation,
        "scope": RegisterScope.YEAR,
        "term": None,
        "year": on.year,
        "doc_type": "",
    }


@transaction.atomic
def number_allocate(
    *, organisation: Organisation, doc_type: str | None, on: date
) -> tuple[DocumentRegister, int]:
    """The next number of the register that applies to a document of ``doc_type`` issued by a body on a date."""
    key = _register_key(organisation, doc_type, on)
    try:
        with transaction.atomic():
            register, _ = DocumentRegister.objects.get_or_create(**key)  # type: ignore[arg-type]
    except IntegrityError:
        # Another transaction created the register between our read and our insert: use theirs.
        register = DocumentRegister.objects.get(**key)  # type: ignore[arg-type]
    register = DocumentRegister.objects.select_for_update().get(pk=register.pk)
    register.last_number += 1
    register.save(update_fields=["last_number"])
    return register, register.last_number
