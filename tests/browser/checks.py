"""What every page of a browser walk is held to: no horizontal page scrolling at the walk's width, no serious or
critical accessibility violation (axe-core, vendored under tests/browser/vendor/axe-core, never downloaded at test
time), no console error or Content-Security-Policy violation; each page screenshotted for a person to look at when
screenshots are kept (``SCREENSHOTS``), else each page a check found a problem on."""

from __future__ import annotations

import functools
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

AXE_JS = Path(__file__).resolve().parent / "vendor" / "axe-core" / "axe.min.js"
# WCAG 2.0/2.1 A and AA rules plus axe's best practices; only the serious and critical ones fail the walk.
AXE_RUN = """async () => {
  const r = await axe.run(document, {resultTypes: ['violations']});
  return r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical').map(v => ({
    id: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ' — ' + (n.failureSummary || '').replace(/\\s+/g, ' '))
  }));
}"""

# The page's DOM as it is now, hashed in the page (a 32-bit FNV-1a of its outerHTML, twice with different seeds, and
# its length), and whether axe-core is already in it.
DOM_STATE = """() => { const h = document.documentElement.outerHTML; let a = 0x811c9dc5, b = 0x01000193 ^ h.length;
    for (let i = 0; i < h.length; i++) { const c = h.charCodeAt(i);
        a = Math.imul(a ^ c, 0x01000193); b = Math.imul(b ^ c, 0x5bd1e995); }
    return {html: h.length + ':' + (a >>> 0).toString(16) + ':' + (b >>> 0).toString(16),
            axe: typeof window.axe !== 'undefined'}; }"""


@functools.cache
def _axe_source() -> str:
    return AXE_JS.read_text(encoding="utf-8")


# A full-page screenshot of a long page (a report is 20.000 px tall) is rendered whole by chromium: the screenshots
# of a walk took as much CPU as the rest of it (the keyboard walk: about 70 s of CPU with them, 37 s without,
# 05/12/2026). Every page is screenshotted when they are kept for a person to look through: TRONGTAM_SCREENSHOTS=all,
# or TRONGTAM_ARTIFACTS set (CI keeps its artefacts there). Otherwise (`make test` on a desk) only the pages a check
# found a problem on, which is when a person needs to see them. What the walks assert is the same either way.
SCREENSHOTS = os.environ.get(
    "TRONGTAM_SCREENSHOTS", "all" if os.environ.get("TRONGTAM_ARTIFACTS") else "problems"
)


def screenshot(page: Any, path: Path) -> None:
    """A full-page screenshot for a person to look through, when screenshots are kept (``SCREENSHOTS``)."""
    if SCREENSHOTS == "all":
        page.screenshot(path=path, full_page=True)


@dataclass
class PageChecks:
    """Checks each page a walk visits; problems are collected and asserted once, at the end of the walk."""

    page: Any
    width: int
    folder: Path
    prefix: str
    problems: list[str] = field(default_factory=list)
    pages: int = 0
    expected: list[str] = field(default_factory=list)
    shown: int = 0  # how many problems were known at the previous page's check
    clean: set[str] = field(default_factory=set)  # the DOM states (DOM_STATE's hashes) axe found nothing on

    def expect_console(self, text: str) -> None:
        """The next console error containing ``text`` is expected (a refused form answers 400, and Chromium logs
        every 4xx document it loads); it must then occur, once."""
        self.expected.append(text)

    def listen(self) -> None:
        """Any console error, CSP report or uncaught exception is a problem."""

        def console(message: Any) -> None:
            text = message.text
            if message.type == "error" or "Content Security Policy" in text or "Refused to" in text:
                awaited = next((e for e in self.expected if e in text), None)
                if awaited is not None and message.type == "error" and "Content Security Policy" not in text:
                    self.expected.remove(awaited)
                else:
                    self.problems.append(f"console on {self.page.url}: {text}")

        self.page.on("console", console)
        self.page.on("pageerror", lambda e: self.problems.append(f"page error on {self.page.url}: {e}"))

    def __call__(self, name: str) -> None:
        """Check the page as it is now; save its screenshot as ``<prefix>-<name>.png`` when screenshots are kept or
        this page (or a console message since the previous check) brought a problem."""
        page = self.page
        page.wait_for_load_state()
        self.pages += 1
        self.problems.extend(f"{name}: no console error «{e}» came" for e in self.expected)
        self.expected.clear()
        wide = page.evaluate("document.documentElement.scrollWidth")
        if wide > self.width:
            culprits = page.evaluate(
                """(w) => [...document.querySelectorAll('body *')]
                    .filter(e => e.getBoundingClientRect().right > w + 1 && !e.closest('.table-wrap'))
                    .slice(0, 5).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                        + (e.className && typeof e.className === 'string' ? '.' + e.className.split(' ').join('.') : ''))""",
                self.width,
            )
            self.problems.append(f"{name}: the page is {wide} px wide at {self.width} px ({culprits})")
        # A page whose DOM is the very DOM of a page this walk already scanned clean gives axe the same input, hence
        # the same (empty) result: it is not scanned again. Every distinct state is scanned.
        state = page.evaluate(DOM_STATE)
        if state["html"] not in self.clean:
            if not state["axe"]:
                # Evaluated through the DevTools protocol, so the page's CSP (script-src 'self') does not apply.
                page.evaluate(_axe_source())
            found = page.evaluate(AXE_RUN)
            for v in found:
                nodes = "; ".join(v["nodes"])
                self.problems.append(f"{name}: axe {v['impact']} {v['id']} ({v['help']}): {nodes}")
            if not found:
                self.clean.add(state["html"])
        if SCREENSHOTS == "all" or len(self.problems) > self.shown:
            page.screenshot(path=self.folder / f"{self.prefix}-{name}.png", full_page=True)
        self.shown = len(self.problems)


# What the focused element says (its name, its labels, a select's chosen option), whether its focus is drawn (an
# outline or a box-shadow; a visually hidden control, the Vietnamese file field, draws it on the label standing for it),
# and the text of its table row, if any.
FOCUSED = """() => { const e = document.activeElement; if (!e || e === document.body) return null;
    const label = e.labels && e.labels.length ? [...e.labels].map(l => l.innerText).join(' ') : '';
    const own = e.tagName === 'SELECT' ? [...e.selectedOptions].map(o => o.text).join(', ')
        : (e.innerText || e.value || '');
    const shown = e.matches('.file-input') && e.nextElementSibling ? e.nextElementSibling : e;
    const s = getComputedStyle(shown);
    const ring = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0)
        || (s.boxShadow !== 'none' && s.boxShadow !== '');
    const row = e.closest('tr');
    return {text: (e.getAttribute('aria-label') || own) + ' ' + label, id: e.id, tag: e.tagName.toLowerCase(),
            // The focus inside the browser's own parts of a control (a date field's calendar button) is not
            // :focus-visible on the control: its ring is then all there is.
            ring: ring, visible: e.matches(':focus-visible') || !e.matches(':focus'),
            row: row ? row.innerText : ''}; }"""


# In place of the browser's print dialog: window.__printed, a promise that is true once window.print() is called
# (false if it is not within 5 s; the page's CSP forbids Playwright's wait_for_function, which evaluates a string).
STUB_PRINT = """() => { window.__printed = new Promise(done => {
    window.print = () => done(true); window.setTimeout(() => done(false), 5000); }); }"""


def autofocused(page: Any, element_id: str) -> None:
    """Wait until the page's autofocus has put the focus on ``element_id``. The browser applies autofocus at its next
    rendering step, which may come after the field is already visible: typing at once could land nowhere. A page
    whose field has no autofocus times out here (a failure, as it should be)."""
    page.wait_for_function(
        "(id) => document.activeElement !== null && document.activeElement.id === id",
        arg=element_id,
        timeout=5000,
    )


def focused(page: Any) -> dict[str, Any] | None:
    """The focused element as FOCUSED describes it (None when nothing but the page has the focus)."""
    return page.evaluate(FOCUSED)  # type: ignore[no-any-return]


# Installed once in each page tab_to works in (through the DevTools protocol: the page's CSP does not apply): a
# focusin listener records FOCUSED for each element the focus comes to, and once one of them matches the sought
# pattern (a looser JavaScript translation of it, see _js_pattern) further Tab presses are swallowed, so the focus stays
# on it. tab_to then presses Tab several times per round trip and reads the record once, in place of one round trip per
# press and one per check; Python checks every recorded element and matches the pattern itself.
TAB_WATCH = (
    """([source, flags, row]) => { const w = window.__tabWatch || (window.__tabWatch = (() => {
    const focusedNow = """
    + FOCUSED
    + """;
    const state = {log: [], moved: 0, hit: false, name: null, row: null};
    document.addEventListener('focusin', () => {
        const now = focusedNow(); if (now === null) return;
        state.log.push(now);
        if (state.name && state.name.test(now.text) && (!state.row || state.row.test(now.row))) state.hit = true;
    }, true);
    window.addEventListener('keydown', e => { if (e.key !== 'Tab' || !state.name) return;
        if (state.hit) { e.preventDefault(); e.stopImmediatePropagation(); } else { state.moved += 1; } }, true);
    return state; })());
    w.log = []; w.moved = 0; w.hit = false;
    w.name = source === null ? null : new RegExp(source, flags); w.row = row === null ? null : new RegExp(row[0], row[1]);
    }"""
)
TAB_READ = """() => { const w = window.__tabWatch; const out = {log: w.log, moved: w.moved, hit: w.hit};
    w.log = []; w.moved = 0; w.hit = false; return out; }"""
TAB_STOP = "() => { if (window.__tabWatch) window.__tabWatch.name = null; }"
# Tab presses per round trip: a tab_to call travels about ten elements on average.
TAB_BATCH = 6


def _js_pattern(pattern: re.Pattern[str]) -> tuple[str, str]:
    """``pattern`` as a JavaScript RegExp that matches wherever it matches (the page's filter must not miss: Python
    decides): ``\\b`` (Unicode in Python, ASCII in JavaScript) is dropped, a ``$`` may follow a final newline."""
    out: list[str] = []
    source, i = pattern.pattern, 0
    while i < len(source):
        if source[i] == "\\" and i + 1 < len(source):
            token = source[i : i + 2]
            out.append("" if token == "\\b" else token)
            i += 2
            continue
        out.append("(?=\\n?$)" if source[i] == "$" else source[i])
        i += 1
    return "".join(out), "i" if pattern.flags & re.IGNORECASE else ""


def _visible(page: Any, now: dict[str, Any]) -> None:
    assert now["visible"] and now["ring"], (
        f"focus on {now['tag']} {now['text']!r} is not visible on {page.url}: {now}"
    )


def tab_to(
    page: Any,
    name: str | re.Pattern[str],
    *,
    limit: int = 120,
    back: bool = False,
    row: re.Pattern[str] | None = None,
) -> dict[str, Any]:
    """Press Tab (Shift+Tab when ``back``) until the focused element's accessible text matches ``name`` (and its table
    row matches ``row``, if given); every element the focus passes must show it."""
    pattern = name if isinstance(name, re.Pattern) else re.compile(re.escape(name))
    key = "Shift+Tab" if back else "Tab"
    page.evaluate(TAB_WATCH, [*_js_pattern(pattern), None if row is None else list(_js_pattern(row))])
    pressed = 0
    try:
        while pressed < limit:
            for _ in range(min(TAB_BATCH, limit - pressed)):
                page.keyboard.press(key)
            seen = page.evaluate(TAB_READ)
            pressed += seen["moved"]
            for i, now in enumerate(seen["log"]):
                _visible(page, now)
                if pattern.search(now["text"]) and (row is None or row.search(now["row"])):
                    # The page's filter stops the focus on the first element it matches; it matches wherever Python
                    # does, so this is that element, where the focus still is.
                    assert i == len(seen["log"]) - 1 and seen["hit"], (
                        f"the focus went past {now}: {seen['log']}"
                    )
                    return now  # type: ignore[no-any-return]
            # The page's looser filter may have stopped on an element Python does not match: the next presses go on.
    finally:
        page.evaluate(TAB_STOP)
    raise AssertionError(f"{limit} presses of {key} never reached {pattern.pattern!r}")
