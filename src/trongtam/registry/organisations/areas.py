"""The administrative map since 01/7/2025: 34 provinces and 3,321 communes with the statistics office's codes.

The list ships with the package (``data/don-vi-hanh-chinh-2025.csv``: code, name, kind, province code), taken
from the statistics office's list of administrative units (Quyết định 19/2025/QĐ-TTg), so loading it reads
nothing from the network. Loading is idempotent: units already present (by code) are kept, missing ones are
added in two bulk inserts (provinces, then communes).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from django.db import transaction

from .models import AdministrativeUnit

MAP_CSV = Path(__file__).with_name("data") / "don-vi-hanh-chinh-2025.csv"
MAP_VALID_FROM = date(2025, 7, 1)
PROVINCE_KINDS = {"province", "city"}


@dataclass(frozen=True)
class MapResult:
    added: int
    total: int


def _rows() -> list[dict[str, str]]:
    with MAP_CSV.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


@transaction.atomic
def administrative_map_load() -> MapResult:
    """Add every province and commune of the shipped map that is not in the database yet."""
    rows = _rows()
    present = set(AdministrativeUnit.objects.values_list("code", flat=True))
    provinces = [
        AdministrativeUnit(code=r["ma"], name=r["ten"], kind=r["loai"], valid_from=MAP_VALID_FROM)
        for r in rows
        if r["loai"] in PROVINCE_KINDS and r["ma"] not in present
    ]
    AdministrativeUnit.objects.bulk_create(provinces, batch_size=1000)
    province_ids = dict(AdministrativeUnit.objects.filter(kind__in=PROVINCE_KINDS).values_list("code", "id"))
    communes = [
        AdministrativeUnit(
            code=r["ma"],
            name=r["ten"],
            kind=r["loai"],
            province_id=province_ids[r["ma_tinh"]],
            valid_from=MAP_VALID_FROM,
        )
        for r in rows
        if r["loai"] not in PROVINCE_KINDS and r["ma"] not in present
    ]
    AdministrativeUnit.objects.bulk_create(communes, batch_size=1000)
    added = len(provinces) + len(communes)
    return MapResult(added=added, total=len(present) + added)


def administrative_unit_get(*, name: str, province_name: str | None = None) -> AdministrativeUnit | None:
    """The unit called ``name`` (in ``province_name`` when given), or None when the map is not loaded."""
    qs = AdministrativeUnit.objects.filter(name=name)
    if province_name:
        qs = qs.filter(province__name=province_name)
    return qs.first()


__all__ = ["MAP_CSV", "MapResult", "administrative_map_load", "administrative_unit_get"]
