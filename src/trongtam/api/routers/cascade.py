"""The cascade: a province's targets handed down to its communes, the communes' proposals, the roll-up.

The same policy as the web pages (``registry.policy``: ``cascade.hand_down``, ``share.propose``,
``share.answer``, ``rollup.read``, and ``visible_q`` for lists) and the same number contract: figures travel
as decimal strings ("1250", "12.5") and are bounded like every stored number. A wrong row — a share that
is not a number (422), a commune outside the province or a base of zero (400) — writes nothing.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Literal

from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils import timezone
from ninja import Query, Router
from pydantic import Field

from trongtam.registry import policy
from trongtam.registry.cascade import selectors, services
from trongtam.registry.cascade.models import HandDown, Share
from trongtam.registry.cycles.models import Target
from trongtam.registry.cycles.selectors import cycle_get_for_user

from .. import schemas as s
from ..errors import ApiError
from .common import LIST, READ, WRITE, PageQuery, json_response, one, scope_of

router = Router()

TAG = ["cascade"]
SHARE_CYCLE = Query(None, description="The province cycle handing down, or the commune's own.")
ROLLUP_PERIOD = Query(None, description="The period; by default the latest with reports.")


class ShareOut(s.Schema):
    id: s.Id
    hand_down: s.Id
    commune: s.Id
    commune_name: str
    kind: Literal["value", "same"]
    value: s.DecimalOut | None = None
    base: s.DecimalOut | None = None
    status: Literal["assigned", "proposed", "accepted", "returned"]
    proposed_value: s.DecimalOut | None = None
    proposed_reason: str
    return_reason: str
    commune_target: int | None = None


class HandDownOut(s.Schema):
    id: s.Id
    target: s.Id
    cycle: s.Id
    indicator: str
    method: Literal["sum", "weighted"]
    base_label: str
    shares: list[ShareOut]


HandDownPage = s.page_of(HandDownOut, "HandDownPage")
SharePage = s.page_of(ShareOut, "SharePage")


class ShareIn(s.Schema):
    commune: s.Id
    value: s.DecimalIn | None = Field(None, description='The commune\'s figure, e.g. "1250" or "12.5".')
    base: s.DecimalIn | None = Field(None, description="The weight (households, population…); above 0.")
    same: bool = Field(False, description="The province's own figure (a rate only).")


class HandDownIn(s.Schema):
    method: Literal["sum", "weighted"] = "sum"
    base_label: str = Field("", max_length=64)
    shares: list[ShareIn] = Field(min_length=1, max_length=5000)


class ProposeIn(s.Schema):
    value: s.DecimalIn
    reason: s.Text


class ReturnIn(s.Schema):
    reason: s.Text


class RollupLineOut(s.Schema):
    hand_down: s.Id
    target: s.Id
    indicator: str
    method: Literal["sum", "weighted"]
    province_value: s.DecimalOut | None = None
    communes_value: s.DecimalOut | None = None
    gap: s.DecimalOut | None = None
    reported: int
    expected: int
    assigned_total: s.DecimalOut | None = None


class RollupOut(s.Schema):
    cycle: s.Id
    period: s.Id | None = None
    period_label: str
    lines: list[RollupLineOut]


def _text(value: Decimal | None) -> str | None:
    return s.decimal_text(value) if value is not None else None


def _share_dict(share: Share) -> dict[str, Any]:
    return {
        "id": share.id,
        "hand_down": share.hand_down_id,
        "commune": share.commune_id,
        "commune_name": share.commune.name,
        "kind": share.kind,
        "value": _text(share.value),
        "base": _text(share.base),
        "status": share.status,
        "proposed_value": _text(share.proposed_value),
        "proposed_reason": share.proposed_reason,
        "return_reason": share.return_reason,
        "commune_target": share.commune_target_id,
    }


def _hand_down_dict(hand_down: HandDown, shares: list[Share]) -> dict[str, Any]:
    return {
        "id": hand_down.id,
        "target": hand_down.target_id,
        "cycle": hand_down.target.key_task.cycle_id,
        "indicator": hand_down.target.indicator,
        "method": hand_down.method,
        "base_label": hand_down.base_label,
        "shares": [_share_dict(x) for x in shares],
    }


def _hand_downs(request: HttpRequest) -> QuerySet[HandDown]:
    return (
        HandDown.objects.filter(policy.visible_q(scope_of(request).principal, HandDown))
        .select_related("target__key_task")
        .order_by("target__key_task__cycle_id", "target__key_task__order", "target__order", "id")
    )


def _shares(request: HttpRequest) -> QuerySet[Share]:
    return (
        Share.objects.filter(policy.visible_q(scope_of(request).principal, Share))
        .select_related("commune", "hand_down__target__key_task__cycle", "commune_target__key_task__cycle")
        .order_by("hand_down_id", "commune__name", "id")
    )


def _page(request: HttpRequest, qs: QuerySet[Any], p: PageQuery, item: Any) -> Any:
    start = (p.page - 1) * p.page_size
    items = [item(x) for x in qs[start : start + p.page_size]]
    return json_response(
        request, {"count": qs.count(), "page": p.page, "page_size": p.page_size, "items": items}
    )


def _refused(exc: services.CascadeError) -> ApiError:
    return ApiError("bad_request", exc.message_vi, str(exc), status=400)


@router.get("/hand-downs", response={200: HandDownPage, **LIST}, tags=TAG, summary="List handed-down targets")
def hand_downs_list(request: HttpRequest, p: Query[PageQuery], cycle: s.Id | None = None) -> Any:
    """Province targets handed down to communes, with every commune's share (the province's readers)."""
    qs = _hand_downs(request).prefetch_related("shares__commune")
    if cycle is not None:
        qs = qs.filter(target__key_task__cycle_id=cycle)
    return _page(request, qs, p, lambda h: _hand_down_dict(h, list(h.shares.all())))


@router.get(
    "/hand-downs/{hand_down_id}", response={200: HandDownOut, **READ}, tags=TAG, summary="Read a hand-down"
)
def hand_downs_get(request: HttpRequest, hand_down_id: s.Id) -> Any:
    hand_down = one(_hand_downs(request), hand_down_id, "chỉ tiêu giao cho xã", "Hand-down")
    return _hand_down_dict(hand_down, list(hand_down.shares.select_related("commune")))


@router.put(
    "/targets/{target_id}/hand-down",
    response={200: HandDownOut, **WRITE},
    tags=TAG,
    summary="Hand a province target down to communes (all rows or none)",
)
def hand_downs_set(request: HttpRequest, target_id: s.Id, payload: HandDownIn) -> Any:
    """Sets the shares of the communes named (others keep theirs) and links each commune's own target.
    The province cycle's office only (403); every row is checked before anything is written."""
    targets = Target.objects.filter(scope_of(request).task_q("key_task__")).select_related("key_task__cycle")
    target = one(targets, target_id, "chỉ tiêu", "Target")
    rows = [
        services.ShareInput(
            commune_id=r.commune,
            value=Decimal(r.value) if r.value is not None else "",
            base=Decimal(r.base) if r.base is not None else "",
            same=r.same,
        )
        for r in payload.shares
    ]
    try:
        hand_down = services.hand_down_save(
            target=target,
            method=payload.method,
            base_label=payload.base_label.strip(),
            rows=rows,
            user=request.auth,  # type: ignore[attr-defined]
        )
    except services.CascadeError as exc:
        raise _refused(exc) from exc
    hand_down = HandDown.objects.select_related("target__key_task").get(pk=hand_down.pk)
    return _hand_down_dict(hand_down, list(hand_down.shares.select_related("commune")))


@router.get("/shares", response={200: SharePage, **LIST}, tags=TAG, summary="List communes' shares")
def shares_list(
    request: HttpRequest,
    p: Query[PageQuery],
    cycle: s.Id | None = SHARE_CYCLE,
    commune: s.Id | None = None,
    status: Literal["assigned", "proposed", "accepted", "returned"] | None = None,
) -> Any:
    """Shares the caller sees: the province's readers all of them, a commune its own."""
    qs = _shares(request)
    if cycle is not None:
        qs = qs.filter(hand_down__target__key_task__cycle_id=cycle) | qs.filter(
            commune_target__key_task__cycle_id=cycle
        )
    if commune is not None:
        qs = qs.filter(commune_id=commune)
    if status is not None:
        qs = qs.filter(status=status)
    return _page(request, qs, p, _share_dict)


@router.get("/shares/{share_id}", response={200: ShareOut, **READ}, tags=TAG, summary="Read a share")
def shares_get(request: HttpRequest, share_id: s.Id) -> Any:
    return _share_dict(one(_shares(request), share_id, "phần giao cho xã", "Share"))


@router.post(
    "/shares/{share_id}/propose",
    response={200: ShareOut, **WRITE},
    tags=TAG,
    summary="A commune proposes another figure for its share, with a reason",
)
def shares_propose(request: HttpRequest, share_id: s.Id, payload: ProposeIn) -> Any:
    share = one(_shares(request), share_id, "phần giao cho xã", "Share")
    try:
        share = services.share_propose(
            share=share,
            value=Decimal(payload.value),
            reason=payload.reason,
            user=request.auth,  # type: ignore[attr-defined]
        )
    except services.CascadeError as exc:
        raise _refused(exc) from exc
    return _share_dict(one(_shares(request), share.pk, "phần giao cho xã", "Share"))


@router.post(
    "/shares/{share_id}/accept",
    response={200: ShareOut, **WRITE},
    tags=TAG,
    summary="The province office accepts a commune's proposed figure",
)
def shares_accept(request: HttpRequest, share_id: s.Id) -> Any:
    share = one(_shares(request), share_id, "phần giao cho xã", "Share")
    try:
        services.share_accept(share=share, user=request.auth)  # type: ignore[attr-defined]
    except services.CascadeError as exc:
        raise _refused(exc) from exc
    return _share_dict(one(_shares(request), share.pk, "phần giao cho xã", "Share"))


@router.post(
    "/shares/{share_id}/return",
    response={200: ShareOut, **WRITE},
    tags=TAG,
    summary="The province office returns a commune's proposal with a reason",
)
def shares_return(request: HttpRequest, share_id: s.Id, payload: ReturnIn) -> Any:
    share = one(_shares(request), share_id, "phần giao cho xã", "Share")
    try:
        services.share_return(share=share, reason=payload.reason, user=request.auth)  # type: ignore[attr-defined]
    except services.CascadeError as exc:
        raise _refused(exc) from exc
    return _share_dict(one(_shares(request), share.pk, "phần giao cho xã", "Share"))


@router.get(
    "/cycles/{cycle_id}/rollup",
    response={200: RollupOut, **READ},
    tags=TAG,
    summary="The communes' figures of a period rolled up beside the province's own",
)
def rollup_get(
    request: HttpRequest,
    cycle_id: s.Id,
    period: s.Id | None = ROLLUP_PERIOD,
) -> Any:
    """Summed or base-weighted, with how many communes reported; the province cycle's readers (the
    overseer among them) only, others 404."""
    cycle = cycle_get_for_user(user=request.auth, cycle_id=cycle_id)  # type: ignore[attr-defined]
    if not policy.can(scope_of(request).principal, "rollup.read", cycle):
        raise ApiError("not_found", "Không tìm thấy bảng tổng hợp.", "Roll-up not found.")
    periods = selectors.rollup_periods(cycle=cycle)
    if period is not None:
        chosen = next((x for x in periods if x.id == period), None)
        if chosen is None:
            raise ApiError("not_found", "Không tìm thấy kỳ báo cáo.", "Period not found.")
    else:
        chosen = selectors.rollup_default_period(cycle=cycle, periods=periods, today=timezone.localdate())
    lines = selectors.rollup(cycle=cycle, period=chosen) if chosen else []
    return {
        "cycle": cycle.id,
        "period": chosen.id if chosen else None,
        "period_label": chosen.label if chosen else "",
        "lines": [
            {
                "hand_down": ln.hand_down.id,
                "target": ln.hand_down.target_id,
                "indicator": ln.hand_down.target.indicator,
                "method": ln.hand_down.method,
                "province_value": ln.province_value,
                "communes_value": ln.communes_value,
                "gap": ln.gap,
                "reported": ln.reported,
                "expected": ln.expected,
                "assigned_total": ln.assigned_total,
            }
            for ln in lines
        ],
    }
