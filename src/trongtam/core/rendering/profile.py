"""Format profiles as versioned data: one TOML file per guide (nd30-2020, hd36-2018, ...) in ``profiles/``.

A new guide (say Hướng dẫn 05-HD/VPTW of 2026) is a new TOML file beside the others; no code changes.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Literal

from trongtam.core.errors import RenderError
from trongtam.core.rendering.vnformat import zero_pad

__all__ = ["PROFILES_DIR", "Profile", "Style", "available_profiles", "load_profile", "profile_for"]

PROFILES_DIR = Path(__file__).parent / "profiles"
ProfileKind = Literal["state", "party"]

# Which profile a short format name means today.
_DEFAULTS: dict[str, str] = {"state": "nd30-2020", "party": "hd36-2018"}


@dataclass(frozen=True)
class Style:
    """How one component is set: size in points and weight."""

    size: float
    bold: bool = False
    italic: bool = False
    underline: bool = False


@dataclass(frozen=True)
class Profile:
    """A document format: page, fonts, component styles, number line, signing words."""

    id: str
    kind: ProfileKind
    title: str
    page_width_mm: float
    page_height_mm: float
    top_mm: float
    bottom_mm: float
    left_mm: float
    right_mm: float
    font: str
    header_columns_cm: tuple[float, float]
    number_line: str
    blank_number: str
    register: str
    national_title: str
    motto: str
    party_title: str
    issuer_rule: bool
    issuer_star: bool
    subject_prefix: str
    subject_initial: str
    archive_line: str
    signing: dict[str, str]
    styles: dict[str, Style]
    first_line_indent_cm: float
    space_after_pt: float
    line_spacing: float

    def style(self, component: str) -> Style:
        """The style of a component; an unknown name is a programming error."""
        try:
            return self.styles[component]
        except KeyError:
            raise RenderError(
                f"profile {self.id} has no style {component!r}",
                message_vi=f"Mẫu thể thức {self.id} thiếu định dạng cho thành phần {component!r}.",
            ) from None

    def format_number(self, number: int | str | None, symbol: str) -> str:
        """The number line, "Số: 05/UBND-VP" or "Số 127-CV/HU"; a missing number stays blank.

        >>> load_profile("nd30-2020").format_number(5, "UBND-VP")
        'Số: 05/UBND-VP'
        >>> load_profile("hd36-2018").format_number(127, "CV/HU")
        'Số 127-CV/HU'
        >>> load_profile("nd30-2020").format_number(None, "HĐND-VP")
        'Số:      /HĐND-VP'
        """
        if number is None or str(number).strip() == "":
            return self.blank_number.format(symbol=symbol)
        text = str(number).strip()
        if text.isdigit():
            text = zero_pad(int(text))
        return self.number_line.format(number=text, symbol=symbol)

    def authority(self, word: str) -> str:
        """Translate a signing word (on_behalf, deputy, acting, by_order, delegated) or a prefix in either form.

        >>> load_profile("hd36-2018").authority("TM. THƯỜNG TRỰC HĐND")
        'T/M THƯỜNG TRỰC HĐND'
        >>> load_profile("nd30-2020").authority("K/T CHỦ TỊCH")
        'KT. CHỦ TỊCH'
        """
        if word in self.signing:
            return self.signing[word]
        for key, prefixes in _SIGNING_FORMS.items():
            for prefix in prefixes:
                if word.upper().startswith(prefix + " "):
                    return self.signing[key] + " " + word[len(prefix) :].strip()
        return word


_SIGNING_FORMS: dict[str, tuple[str, ...]] = {
    "on_behalf": ("TM.", "T/M", "TM"),
    "deputy": ("KT.", "K/T", "KT"),
    "acting": ("Q.",),
    "by_order": ("TL.", "T/L", "TL"),
    "delegated": ("TUQ.",),
}


def _style(raw: dict[str, Any]) -> Style:
    return Style(
        size=float(raw["size"]),
        bold=bool(raw.get("bold", False)),
        italic=bool(raw.get("italic", False)),
        underline=bool(raw.get("underline", False)),
    )


@cache
def load_profile(name: str) -> Profile:
    """Load a profile by id ("nd30-2020", "hd36-2018") or short name ("state", "party")."""
    pid = _DEFAULTS.get(name, name)
    path = PROFILES_DIR / f"{pid}.toml"
    if not path.is_file():
        raise RenderError(
            f"unknown format profile {name!r}; known: {', '.join(available_profiles())}",
            message_vi=f"Không có mẫu thể thức {name!r}. Các mẫu có sẵn: {', '.join(available_profiles())}.",
        )
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
        p, page, num = raw["profile"], raw["page"], raw["numbering"]
        kind = p["kind"]
        if kind not in ("state", "party"):
            raise ValueError(f"kind {kind!r}")
        return Profile(
            id=p["id"],
            kind=kind,
            title=p["title"],
            page_width_mm=float(page["width_mm"]),
            page_height_mm=float(page["height_mm"]),
            top_mm=float(page["top_mm"]),
            bottom_mm=float(page["bottom_mm"]),
            left_mm=float(page["left_mm"]),
            right_mm=float(page["right_mm"]),
            font=page["font"],
            header_columns_cm=(float(page["header_columns_cm"][0]), float(page["header_columns_cm"][1])),
            number_line=num["number_line"],
            blank_number=num["blank_number"],
            register=num["register"],
            national_title=num["national_title"],
            motto=num["motto"],
            party_title=num["party_title"],
            issuer_rule=bool(num["issuer_rule"]),
            issuer_star=bool(num["issuer_star"]),
            subject_prefix=num["subject_prefix"],
            subject_initial=num.get("subject_initial", "upper"),
            archive_line=num["archive_line"],
            signing={k: str(v) for k, v in raw["signing"].items()},
            styles={k: _style(v) for k, v in raw["style"].items()},
            first_line_indent_cm=float(raw["body"]["first_line_indent_cm"]),
            space_after_pt=float(raw["body"]["space_after_pt"]),
            line_spacing=float(raw["body"]["line_spacing"]),
        )
    except (KeyError, ValueError, TypeError, tomllib.TOMLDecodeError) as exc:
        raise RenderError(
            f"format profile {path.name} is invalid: {exc}",
            message_vi=f"Tệp mẫu thể thức {path.name} không hợp lệ: {exc}.",
        ) from exc


def available_profiles() -> list[str]:
    """Ids of the profiles shipped."""
    return sorted(p.stem for p in PROFILES_DIR.glob("*.toml"))


def profile_for(fmt: str) -> Profile:
    """The profile for a CLI-style format name: "state", "party" or an explicit id."""
    return load_profile(fmt)
