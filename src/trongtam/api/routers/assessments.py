"""Assessments of targets, key tasks and bodies: the whole body's readers only."""

from __future__ import annotations

from typing import Any, Literal

from django.http import HttpRequest
from ninja import Query, Router

from trongtam.registry.progress.models import BodyAssessment, TargetAssessment, TaskAssessment

from .. import rows
from .. import schemas as s
from .common import LIST, READ, PageQuery, one, paginate, scope_of

router = Router()

TARGET_ASSESSMENT_ROWS = rows.FlatRows(s.TargetAssessmentOut, TargetAssessment)
TASK_ASSESSMENT_ROWS = rows.FlatRows(s.TaskAssessmentOut, TaskAssessment)
BODY_ASSESSMENT_ROWS = rows.FlatRows(s.BodyAssessmentOut, BodyAssessment)


@router.get(
    "/assessments/targets",
    response={200: s.TargetAssessmentPage, **LIST},
    tags=["assessments"],
    summary="List target assessments",
)
def target_assessments_list(
    request: HttpRequest,
    p: Query[PageQuery],
    cycle: s.Id | None = None,
    period: s.Id | None = None,
    target: s.Id | None = None,
    status: Literal["exceeded", "met", "right_direction", "missed", "no_data"] | None = None,
) -> Any:
    qs = TargetAssessment.objects.filter(scope_of(request).assessment_q("period__cycle"))
    if cycle is not None:
        qs = qs.filter(period__cycle_id=cycle)
    if period is not None:
        qs = qs.filter(period_id=period)
    if target is not None:
        qs = qs.filter(target_id=target)
    if status is not None:
        qs = qs.filter(status=status)
    return paginate(request, qs.order_by("period__end", "target_id", "id"), p, TARGET_ASSESSMENT_ROWS)


@router.get(
    "/assessments/targets/{assessment_id}",
    response={200: s.TargetAssessmentOut, **READ},
    tags=["assessments"],
    summary="Read a target assessment",
)
def target_assessments_get(request: HttpRequest, assessment_id: s.Id) -> Any:
    qs = TargetAssessment.objects.filter(scope_of(request).assessment_q("period__cycle"))
    return one(qs, assessment_id, "kết quả đánh giá", "Assessment")


@router.get(
    "/assessments/tasks",
    response={200: s.TaskAssessmentPage, **LIST},
    tags=["assessments"],
    summary="List key task assessments",
)
def task_assessments_list(
    request: HttpRequest,
    p: Query[PageQuery],
    cycle: s.Id | None = None,
    period: s.Id | None = None,
    key_task: s.Id | None = None,
    status: Literal["completed_clear", "completed", "not_completed", "no_data"] | None = None,
) -> Any:
    qs = TaskAssessment.objects.filter(scope_of(request).assessment_q("period__cycle"))
    if cycle is not None:
        qs = qs.filter(period__cycle_id=cycle)
    if period is not None:
        qs = qs.filter(period_id=period)
    if key_task is not None:
        qs = qs.filter(key_task_id=key_task)
    if status is not None:
        qs = qs.filter(status=status)
    return paginate(request, qs.order_by("period__end", "key_task_id", "id"), p, TASK_ASSESSMENT_ROWS)


@router.get(
    "/assessments/tasks/{assessment_id}",
    response={200: s.TaskAssessmentOut, **READ},
    tags=["assessments"],
    summary="Read a key task assessment",
)
def task_assessments_get(request: HttpRequest, assessment_id: s.Id) -> Any:
    qs = TaskAssessment.objects.filter(scope_of(request).assessment_q("period__cycle"))
    return one(qs, assessment_id, "kết quả đánh giá", "Assessment")


@router.get(
    "/assessments/bodies",
    response={200: s.BodyAssessmentPage, **LIST},
    tags=["assessments"],
    summary="List assessments of bodies and units",
)
def body_assessments_list(
    request: HttpRequest,
    p: Query[PageQuery],
    cycle: s.Id | None = None,
    period: s.Id | None = None,
    organisation: s.Id | None = None,
) -> Any:
    qs = BodyAssessment.objects.filter(scope_of(request).assessment_q("period__cycle")).select_related(
        "organisation"
    )
    if cycle is not None:
        qs = qs.filter(period__cycle_id=cycle)
    if period is not None:
        qs = qs.filter(period_id=period)
    if organisation is not None:
        qs = qs.filter(organisation_id=organisation)
    qs = qs.order_by("period__end", "organisation__name", "id")
    return paginate(request, qs, p, BODY_ASSESSMENT_ROWS)


@router.get(
    "/assessments/bodies/{assessment_id}",
    response={200: s.BodyAssessmentOut, **READ},
    tags=["assessments"],
    summary="Read an assessment of a body or unit",
)
def body_assessments_get(request: HttpRequest, assessment_id: s.Id) -> Any:
    qs = BodyAssessment.objects.filter(scope_of(request).assessment_q("period__cycle")).select_related(
        "organisation"
    )
    return one(qs, assessment_id, "kết quả đánh giá", "Assessment")
