"""Deadline day's people, cycles and pages over data already generated (``bench/deadline_bench.py`` or
``national_bench.py``), for the benches that make its requests one at a time: ``request_cost.py`` and
``pg_request_queries.py``. The same as ``locust_deadline.py``'s: the province coordinator on the dashboard of
month 9, the commune unit on its report page and, with an API key, on the lists; two writers, the province's
reporting office and commune 1, each reporting on its own cycle of the last generated year."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass
class DeadlineWorld:
    year: int
    province: Any
    office: Any
    commune: Any
    coordinator: Any
    reader: Any
    token: str  # the reader's API key, made anew (earlier runs' keys of the same name revoked)
    prov_cycle: Any
    unit_cycle: Any
    prov_period: Any
    unit_period: Any
    writers: dict[str, tuple[Any, Any, Any]]  # name → (person, their cycle, their unit)

    @property
    def dashboard(self) -> str:
        return f"/dot/{self.prov_cycle.id}/bang-theo-doi/?ky={self.prov_period.id}"

    @property
    def report(self) -> str:
        return f"/dot/{self.unit_cycle.id}/tien-do/ky/{self.unit_period.id}/don-vi/{self.commune.id}/"

    def periods_of(self, cycle: Any, org: Any) -> list[str]:
        """The report page of ``org`` for each period of ``cycle``, in the order of the year."""
        from trongtam.registry.progress.models import Period

        return [
            f"/dot/{cycle.id}/tien-do/ky/{p.id}/don-vi/{org.id}/"
            for p in Period.objects.filter(cycle=cycle).order_by("end", "id")
        ]

    def clear_writers(self) -> None:
        """Remove the writers' reports of the year (what the benches write), their values first."""
        from django.db import connection

        from trongtam.registry.progress.models import Entry, Report, TaskEntry

        reports = Report.objects.filter(
            period__cycle_id__in=[self.prov_cycle.id, self.unit_cycle.id],
            unit__in=[self.office, self.commune],
        )
        Entry.objects.filter(report__in=reports)._raw_delete(connection.alias)  # type: ignore[attr-defined]
        TaskEntry.objects.filter(report__in=reports)._raw_delete(connection.alias)  # type: ignore[attr-defined]
        reports.delete()


def deadline_bodies(hint: str = "run bench/deadline_bench.py first") -> tuple[Any, Any, list[Any]]:
    """The first generated province, its reporting office and its communes (every generated commune when the
    province has none of its own), in the order they were generated."""
    from trongtam.registry.organisations.models import Organisation

    province = Organisation.objects.filter(code__startswith="QGT").order_by("id").first()
    assert province is not None, f"no generated data: {hint}"
    office = Organisation.objects.get(parent=province, kind="party_agency")
    communes = list(
        Organisation.objects.filter(code__startswith="QGU", parent__parent=province).order_by("id")
    ) or list(Organisation.objects.filter(code__startswith="QGU").order_by("id"))
    return province, office, communes


def deadline_world(*, years: int, token_name: str) -> DeadlineWorld:
    """Deadline day's people (made if missing, with their memberships) over the generated data of ``years`` years."""
    from django.contrib.auth import get_user_model

    import national
    from trongtam.registry.cycles.models import Cycle
    from trongtam.registry.organisations.models import Membership
    from trongtam.registry.progress.models import Period
    from trongtam.registry.tokens.models import ApiToken
    from trongtam.registry.tokens.services import token_create, token_revoke

    year = national.FIRST_YEAR + years - 1
    User = get_user_model()
    province, office, communes = deadline_bodies()
    commune = communes[0]

    def person(name: str, org: Any, role: str) -> Any:
        user, _ = User.objects.get_or_create(username=name)
        Membership.objects.get_or_create(user=user, organisation=org, role=role)
        return user

    coordinator = person("bench-vp", office, "coordinator")
    reader = person("bench-xa", commune, "unit_staff")
    # The earlier runs' keys are revoked first: a person holds at most 20 keys in use.
    for old in ApiToken.objects.filter(user=reader, name=token_name, revoked_at__isnull=True):
        token_revoke(user=reader, token_id=old.pk)
    _, token = token_create(user=reader, name=token_name)
    prov_cycle = Cycle.objects.get(owner=province, year=year)
    unit_cycle = Cycle.objects.get(owner=commune.parent, year=year)
    return DeadlineWorld(
        year=year,
        province=province,
        office=office,
        commune=commune,
        coordinator=coordinator,
        reader=reader,
        token=token,
        prov_cycle=prov_cycle,
        unit_cycle=unit_cycle,
        prov_period=Period.objects.get(cycle=prov_cycle, kind="month", number=9),
        unit_period=Period.objects.get(cycle=unit_cycle, kind="month", number=9),
        writers={
            "office": (person("bench-w01", office, "unit_staff"), prov_cycle, office),
            "commune": (person("bench-w02", commune, "unit_staff"), unit_cycle, commune),
        },
    )
