"""Comparators and direction: the bound a number sets (>=, <=, range, =) and whether higher is better."""

from __future__ import annotations

import re

from trongtam.core.extraction.targets._common import _W
from trongtam.core.extraction.targets.lexicon import Lexicon
from trongtam.core.extraction.targets.scan import SIGN, Number
from trongtam.core.letter import Direction, Op

_REACHED_OR_PASSED_END = re.compile(rf"(?<![{_W}])đạt\s+(?:và|hoặc)\s+vượt(?:\s+mức)?\s*$")
_SYMBOL_END = re.compile(rf"(?<![<>=≤≥])({SIGN})[ \t\xa0]*$")
_SYMBOL_OPS: dict[str, Op] = {
    "<": "<",
    ">": ">",
    "≤": "<=",
    "≥": ">=",
    "<=": "<=",
    "=<": "<=",
    ">=": ">=",
    "=>": ">=",
}
_JOINED = re.compile(r"\s*(?:,|và|hoặc|,\s*và)\s*")
_LEVEL_NAME_END = re.compile(rf"(?<![{_W}])(?:cấp|tuyến|bậc|phía|bên|ngành)\s*$")


def _comparator(num: Number, left: str, clause_left: str, lx: Lexicon) -> Op | None:
    if num.value_max is not None:
        return "range"
    if num.op_after is not None:
        return ">=" if num.op_after == ">=" else "<="
    tail = left[-40:]
    sym = _SYMBOL_END.search(tail)
    if sym is not None:
        return _SYMBOL_OPS[sym.group(1)]  # "tỷ lệ hộ nghèo <1%", "≥95%", "> 90": a bound written as a sign
    if (
        _REACHED_OR_PASSED_END.search(tail)
        and num.unit_key not in lx.ratio_only
        and num.unit_key != "nhiệm vụ"
    ):
        return ">="  # "đạt và vượt 50% so với kế hoạch" (but "đạt và vượt 19 chỉ tiêu" counts those that did)
    if lx.not_comparator_hon.search(tail):
        return None
    mc = lx.comparator_before.search(tail)
    if (
        mc
        and mc.lastgroup
        and _LEVEL_NAME_END.search(tail, 0, mc.start())
        and mc.group(0).strip() in ("trên", "dưới")
    ):
        mc = None  # "ngân sách cấp dưới 52.300 triệu đồng", "tuyến trên": a level's name, not a bound
    if mc and mc.lastgroup:
        op = lx.comparator_ops[mc.lastgroup]
        if op == "~":
            # "ít nhất khoảng 2.765 xã": the bound is the target, the approximation only softens it.
            mb = lx.comparator_before.search(tail[: mc.start()].rstrip() + " ")
            if mb and mb.lastgroup and lx.comparator_ops[mb.lastgroup] in (">=", ">", "<", "<="):
                op = lx.comparator_ops[mb.lastgroup]
        if op == ">" and lx.prohibit.search(clause_left):
            return "<="
        return op  # type: ignore[return-value]
    if lx.rank.search(tail[-20:]):
        return "<="
    return None


def _is_lower(text: str, lx: Lexicon) -> bool:
    """A lower-is-better indicator named in ``text`` and not negated ("xã không có ma túy")."""
    negated_to = -1  # where the last negated harm ends: "thuộc hộ nghèo, hộ cận nghèo" negates both
    for m in lx.lower.finditer(text):
        if lx.lower_block.search(text[max(0, m.start() - 16) : m.start()]) or (
            negated_to >= 0 and _JOINED.fullmatch(text, negated_to, m.start())
        ):
            negated_to = m.end()
            continue
        return True
    return False


def _direction(ind_key: str, clause_left: str, lx: Lexicon) -> Direction:
    if _is_lower(ind_key, lx) or _is_lower(clause_left, lx):
        return "lower"
    if lx.neutral.search(ind_key) or lx.neutral.search(clause_left[-40:]):
        return "exact"
    return "higher"
