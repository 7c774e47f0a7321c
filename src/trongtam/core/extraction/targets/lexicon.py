"""The target extractor's lexicon: ``lexicon.toml`` loaded once and compiled into regexes."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from trongtam.core.errors import RuleSetError
from trongtam.core.text.normalize import unify_tones

# The characters of a Vietnamese word, lower case (what a rule's "(?<![…])" and "(?![…])" keep a match apart from).
WORD_CHARS = "0-9a-zà-ỹđ"
# Capital letters, for a name written with each word capitalised ("Quảng Ninh", "Bà Rịa - Vũng Tàu"): A-Z and the
# capitals of the Latin blocks up to Vietnamese's "Ỹ" (a range such as "À-Ỹ" would take the small letters between).
UPPER_CHARS = "A-Z" + "".join(chr(c) for c in range(0xC0, 0x1EFA) if chr(c).isupper())


def alternation(phrases: list[str]) -> str:
    """A regex alternation of ``phrases`` (each before its prefixes, spaces matching any run of spaces)."""
    # Reverse order puts "tăng thêm" before "tăng": the longer phrase is tried first.
    uniq = sorted({unify_tones(p).lower() for p in phrases if p}, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in uniq)


def phrase_re(phrases: list[str], *, prefix: str = "", suffix: str = "") -> re.Pattern[str]:
    """Whole-word match of any of ``phrases``."""
    return re.compile(rf"{prefix}(?<![{WORD_CHARS}])(?:{alternation(phrases)})(?![{WORD_CHARS}]){suffix}")


def ending_re(phrases: list[str]) -> re.Pattern[str]:
    """Match a phrase that ends the string (allowing trailing spaces), preceded by a word boundary."""
    return re.compile(rf"(?<![{WORD_CHARS}])(?:{alternation(phrases)})\s*$")


def starting_re(phrases: list[str]) -> re.Pattern[str]:
    """Match a phrase at the start of the string (after spaces), followed by a word boundary."""
    return re.compile(rf"\s*(?:{alternation(phrases)})(?![{WORD_CHARS}])")


@dataclass(frozen=True)
class Lexicon:
    """Compiled lexicon."""

    spelling: re.Pattern[str] | None
    spelling_map: dict[str, str]
    scale_re: re.Pattern[str]
    unit_re: re.Pattern[str]
    unit_kind: dict[str, str]
    duration: frozenset[str]
    never_full: frozenset[str]
    classifiers: frozenset[str]
    function_words: frozenset[str]
    duration_context: re.Pattern[str]
    age_context: re.Pattern[str]
    ratio_only: frozenset[str]
    open_count_verb: re.Pattern[str]
    denominator_units: frozenset[str]
    denominator_at: re.Pattern[str]  # a denominator noun at a position ("/10.000 dân")
    denominator_before: re.Pattern[str]
    comparator_before: re.Pattern[str]
    comparator_ops: dict[str, str]
    not_comparator_hon: re.Pattern[str]
    after_ge: re.Pattern[str]
    after_le: re.Pattern[str]
    rank: re.Pattern[str]
    prohibit: re.Pattern[str]
    change_word: re.Pattern[str]
    change_kind: dict[str, str]
    false_friend: re.Pattern[str]
    between: str
    level: re.Pattern[str]
    growth: re.Pattern[str]
    reduction: re.Pattern[str]
    equivalent_end: re.Pattern[str]
    plan_after: re.Pattern[str]
    plan_comparison: re.Pattern[str]
    same_period: re.Pattern[str]
    previous_year: re.Pattern[str]
    role_cue: re.Pattern[str]
    role_kind: dict[str, str]
    lower: re.Pattern[str]
    neutral: re.Pattern[str]
    lower_block: re.Pattern[str]
    neg_before: re.Pattern[str]
    neg_sentence: re.Pattern[str]
    hypothetical: re.Pattern[str]
    neg_after_unit: re.Pattern[str]
    admin_units: frozenset[str]
    admin_unit_at: re.Pattern[str]  # an administrative unit by name at a position ("thôn, làng, khu phố")
    population_end: re.Pattern[str]
    population_exempt: re.Pattern[str]
    existing_after: re.Pattern[str]
    strip_leading: re.Pattern[str]
    strip_trailing: re.Pattern[str]
    measure_head: re.Pattern[str]
    indicator_cut: re.Pattern[str]


def _key(p: str) -> str:
    return re.sub(r"\s+", " ", unify_tones(p).lower()).strip()


def _strings(data: dict[str, Any], *path: str) -> list[str]:
    node: Any = data
    for part in path:
        if not isinstance(node, dict) or part not in node:
            raise RuleSetError(f"lexicon.toml: missing key {'.'.join(path)}")
        node = node[part]
    if not isinstance(node, list) or not all(isinstance(x, str) for x in node):
        raise RuleSetError(f"lexicon.toml: {'.'.join(path)} must be a list of strings")
    return [str(x) for x in node]


def compile_lexicon(data: dict[str, Any]) -> Lexicon:
    """Compile the parsed TOML into regexes; raises RuleSetError on a malformed file."""
    spelling = data.get("spelling", {})
    if not isinstance(spelling, dict):
        raise RuleSetError("lexicon.toml: [spelling] must be a table")
    smap: dict[str, str] = {}
    for a, b in spelling.items():
        ka, kb = unify_tones(str(a)).lower(), unify_tones(str(b)).lower()
        if len(ka) != len(kb):
            raise RuleSetError(f"lexicon.toml: spelling {a!r} → {b!r} must keep the length")
        smap[ka] = kb
    spelling_re = (
        re.compile(
            rf"(?<![{WORD_CHARS}])(?:{'|'.join(re.escape(k) for k in sorted(smap, reverse=True))})(?![{WORD_CHARS}])"
        )
        if smap
        else None
    )

    unit_kind: dict[str, str] = {}
    for kind in ("counted", "measures"):
        for u in _strings(data, "units", kind):
            unit_kind.setdefault(_key(u), kind)
    for u in _strings(data, "units", "never"):
        unit_kind[_key(u)] = "never"
    # One end-anchored regex for every comparator; the leftmost match is the longest phrase.
    groups: list[str] = []
    comparator_ops: dict[str, str] = {}
    for i, op in enumerate((">=", ">", "<", "<=", "~")):
        groups.append(f"(?P<c{i}>{alternation(_strings(data, 'comparators', op))})")
        comparator_ops[f"c{i}"] = op
    comparator_re = re.compile(rf"(?<![{WORD_CHARS}])(?:{'|'.join(groups)})\s*$")

    change_kind: dict[str, str] = {}
    for kind in ("increase", "decrease"):
        for w in _strings(data, "change", kind):
            change_kind[_key(w)] = kind
    role_kind: dict[str, str] = {}
    for kind in ("neutral", "target", "actual"):
        for w in _strings(data, "role", kind):
            role_kind[_key(w)] = kind
    plan_words = _strings(data, "ref", "plan")
    # Comparators, change words and their adverbs never end an indicator.
    trailing = (
        _strings(data, "indicator", "strip_trailing")
        + list(change_kind)
        + _strings(data, "change", "between")
    )
    for op in (">=", ">", "<", "<=", "~"):
        trailing += _strings(data, "comparators", op)
    between = alternation(_strings(data, "change", "between"))

    return Lexicon(
        spelling=spelling_re,
        spelling_map=smap,
        scale_re=re.compile(rf"\s*({alternation(_strings(data, 'units', 'scales'))})(?![{WORD_CHARS}])"),
        unit_re=re.compile(rf"\s*({alternation(list(unit_kind))})(?![{WORD_CHARS}])"),
        unit_kind=unit_kind,
        duration=frozenset(_key(u) for u in _strings(data, "units", "duration")),
        classifiers=frozenset(_key(u) for u in _strings(data, "units", "classifiers")),
        function_words=frozenset(_key(u) for u in _strings(data, "units", "function_words")),
        never_full=frozenset(_key(u).replace(" ", "") for u in _strings(data, "units", "never_full")),
        duration_context=phrase_re(_strings(data, "units", "duration_context")),
        age_context=phrase_re(_strings(data, "units", "age_context")),
        ratio_only=frozenset(_key(u) for u in _strings(data, "units", "ratio_only")),
        open_count_verb=re.compile(
            rf"(?:(?<![{WORD_CHARS}])(?:{alternation(_strings(data, 'units', 'open_count_verbs'))})"
            r"(?:\s+(?:được|cho|mới))?"
            # "nhận được 22 clip", "biểu dương được 02 điển hình": any verb with "được" tells a count of what was got.
            rf"|[{WORD_CHARS}]\s+được)(?:\s+(?:trên|hơn|gần|khoảng|ít\s+nhất))?\s+$"
        ),
        denominator_units=frozenset(_key(u) for u in _strings(data, "units", "denominator_units")),
        denominator_at=starting_re(_strings(data, "units", "denominator_units")),
        denominator_before=re.compile(
            rf"(?:(?<![{WORD_CHARS}])(?:{alternation(_strings(data, 'units', 'denominator_before'))}))\s*$"
        ),
        comparator_before=comparator_re,
        comparator_ops=comparator_ops,
        not_comparator_hon=ending_re(
            [f"{w} hơn" for w in _strings(data, "comparators", "not_comparator_before_hon")]
        ),
        after_ge=starting_re(_strings(data, "comparators", "after_ge")),
        after_le=starting_re(_strings(data, "comparators", "after_le")),
        rank=phrase_re(_strings(data, "comparators", "rank")),
        prohibit=phrase_re(_strings(data, "comparators", "prohibit")),
        change_word=phrase_re(list(change_kind)),
        change_kind=change_kind,
        false_friend=phrase_re(_strings(data, "change", "false_friends")),
        between=between,
        level=phrase_re(_strings(data, "change", "level")),
        growth=phrase_re(_strings(data, "change", "growth_rate")),
        reduction=phrase_re(_strings(data, "change", "reduction_rate")),
        equivalent_end=re.compile(
            rf"(?<![{WORD_CHARS}])(?:{alternation(_strings(data, 'change', 'equivalent'))})"
            rf"(?:\s+(?P<w>{alternation(list(change_kind))}))?\s*(?:(?:{between})\s+)*$"
        ),
        plan_after=re.compile(rf"\s*(?:so\s+với\s+)?(?:{alternation(plan_words)})(?![{WORD_CHARS}])"),
        plan_comparison=re.compile(
            rf"(?<![{WORD_CHARS}])(?:{alternation(_strings(data, 'role', 'plan_comparison_before'))})\s+"
            # "đã đạt được một số chỉ tiêu do quận giao": the plan's indicators reached, counted loosely.
            # … and passed by a margin ("hoàn thành vượt mức kế hoạch đề ra", "vượt mức chỉ tiêu").
            rf"(?:(?:được|một\s+số|các|nhiều|hầu\s+hết|toàn\s+bộ|mức)\s+){{0,2}}"
            rf"(?:(?:hơn|so\s+với)\s+)?(?:{alternation(plan_words)})(?:\s+(?:{alternation(plan_words)}))*"
            rf"(?:\s+(?:{alternation(_strings(data, 'role', 'plan_comparison_after'))}))*"
            rf"(?![{WORD_CHARS}])"
        ),
        same_period=phrase_re(_strings(data, "ref", "same_period")),
        previous_year=phrase_re(_strings(data, "ref", "previous_year")),
        # "tỷ lệ trẻ chuyên cần đạt trên 85%": "chuyên cần" (attending regularly) is one word, not "cần đạt".
        role_cue=phrase_re(list(role_kind), prefix=r"(?<!chuyên )"),
        role_kind=role_kind,
        lower=phrase_re(_strings(data, "direction", "lower")),
        neutral=phrase_re(_strings(data, "direction", "neutral")),
        lower_block=phrase_re(_strings(data, "direction", "lower_negated_by")),
        neg_before=ending_re(_strings(data, "negative", "before")),
        neg_sentence=phrase_re(_strings(data, "negative", "sentence")),
        neg_after_unit=starting_re(_strings(data, "negative", "after_unit")),
        admin_units=frozenset(_key(u) for u in _strings(data, "negative", "admin_units")),
        admin_unit_at=starting_re(_strings(data, "negative", "admin_units")),
        hypothetical=re.compile(
            rf"[\s\-+•*–—\"“(]*(?:{alternation(_strings(data, 'negative', 'hypothetical'))})(?![{WORD_CHARS}])"
            rf"(?![\s,]+(?:{alternation(_strings(data, 'negative', 'hypothetical_frame'))})(?![{WORD_CHARS}]))"
        ),
        population_end=re.compile(
            rf"(?<![{WORD_CHARS}])(?:{alternation(_strings(data, 'negative', 'population'))})"
            # "tổng diện tích tự nhiên gồm 393,61ha": "gồm" before the whole as "là", "có".
            # "2. Dân số: 462.420 người": a label and its colon, as "là".
            # "dân số năm 2014 là 2230 người", "dân số của huyện Mỹ Lộc điều chỉnh từ 74.721 người lên …": the year it is
            # told for, the place it is of, an adjustment of it.
            rf"(?:\s+năm\s+(?:19|20)\d\d)?(?:\s+của\s+[^\d,;:.()\n]{{1,30}}?)?(?:\s+điều\s+chỉnh\s+từ)?"
            rf"(?:\s*\([^()]{{0,24}}\))?(?:\s+(?:là|có|gồm|khoảng|hiện|hiện nay|gần|hơn|trên))*\s*:?\s*$"
        ),
        population_exempt=re.compile(
            rf"(?<![{WORD_CHARS}])(?:{alternation(_strings(data, 'negative', 'population_exempt'))})\s+"
            rf"(?:{alternation(_strings(data, 'negative', 'population'))})"
        ),
        existing_after=starting_re(_strings(data, "negative", "existing_after")),
        strip_leading=re.compile(
            rf"(?:\s|[-+•*–—.,:;)(])*(?:{alternation(_strings(data, 'indicator', 'strip_leading'))})(?![{WORD_CHARS}])",
        ),
        strip_trailing=re.compile(
            rf"(?<![{WORD_CHARS}])(?:{alternation(trailing)})[\s,:]*$",
        ),
        measure_head=starting_re(_strings(data, "indicator", "measure_heads")),
        indicator_cut=phrase_re(_strings(data, "indicator", "cut_after")),
    )


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The packaged lexicon, loaded and compiled once."""
    raw = (
        resources.files("trongtam.core.extraction.targets")
        .joinpath("lexicon.toml")
        .read_text(encoding="utf-8")
    )
    try:
        data = tomllib.loads(raw)
    except tomllib.TOMLDecodeError as exc:  # pragma: no cover - the packaged file is valid
        raise RuleSetError(f"lexicon.toml: {exc}") from exc
    return compile_lexicon(data)
