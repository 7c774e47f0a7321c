"""The dashboard (Bảng theo dõi) and the assessment (Đánh giá) print on A4 landscape with their tables whole, without
the site's navigation, filters or buttons; each has an "In …" button that opens the browser's print dialog."""

from __future__ import annotations

from typing import Any

import pytest
from tests.browser.checks import STUB_PRINT
from tests.browser.conftest import sign_in
from tests.conftest import PASSWORD, submit_january

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# A4 landscape is 297 mm wide: 1123 CSS pixels at 96 px per inch.
A4_LANDSCAPE_PX = 1123

# The sizes the page's stylesheets give their printed pages (@page, also inside @media print).
PAGE_SIZES = """() => {
  const sizes = [];
  const walk = (rules) => { for (const r of rules) {
    if (r instanceof CSSPageRule) { sizes.push(r.style.getPropertyValue('size')); }
    else if (r.cssRules) { walk(r.cssRules); } } };
  for (const sheet of document.styleSheets) { walk(sheet.cssRules); }
  return sizes;
}"""

# What sticks out of a page as wide as A4 landscape: the page itself, or a table (or its scrolling box) cut on the right.
CUT = """(width) => {
  const out = [];
  if (document.documentElement.scrollWidth > width) { out.push('page ' + document.documentElement.scrollWidth); }
  for (const t of document.querySelectorAll('table')) {
    const box = t.closest('.table-wrap') || t;
    if (t.getBoundingClientRect().right > width + 1 || box.scrollWidth > box.clientWidth + 1) {
      out.push((t.querySelector('th') || t).innerText.slice(0, 40) + ' ' + Math.round(t.getBoundingClientRect().right));
    }
  }
  return out;
}"""


def assert_prints_on_a4_landscape(page: Any, heading: str, button: str, pdf_path: Any) -> None:
    from pypdf import PdfReader

    page.set_viewport_size({"width": A4_LANDSCAPE_PX, "height": 794})
    page.get_by_role("heading", name=heading, exact=False).wait_for()
    assert page.locator("header.topbar").is_visible() and page.locator(".subnav").is_visible()
    assert page.get_by_role("button", name=button).is_visible()

    # The button opens the print dialog (window.print, called from web/app.js: the CSP forbids inline handlers).
    page.evaluate(STUB_PRINT)
    page.get_by_role("button", name=button).click()
    assert page.evaluate("window.__printed"), "the print dialog did not open"

    page.emulate_media(media="print")
    assert "a4 landscape" in [s.lower() for s in page.evaluate(PAGE_SIZES)]
    for hidden in ("header.topbar", ".subnav", "form.filters", ".skip"):
        assert not page.locator(hidden).first.is_visible(), hidden
    assert not page.get_by_role("button", name=button).is_visible()
    assert not page.locator("main button:visible, main select:visible, main summary:visible").count()
    assert page.get_by_role("heading", name=heading, exact=False).is_visible()
    assert page.locator("table").count() and page.locator("table").first.is_visible()
    assert page.evaluate(CUT, A4_LANDSCAPE_PX) == []

    page.pdf(path=str(pdf_path), prefer_css_page_size=True, print_background=True)
    first = PdfReader(pdf_path).pages[0]
    width, height = float(first.mediabox.width), float(first.mediabox.height)
    assert (round(width), round(height)) == (842, 595)  # A4 landscape, in points
    text = first.extract_text()
    assert (
        heading in text and "Đăng xuất" not in text and "Báo cáo tiến độ" not in text and button not in text
    )
    page.emulate_media(media="screen")


def test_the_dashboard_prints_on_a4_landscape_without_navigation(page, live_server, small, screenshot_dir):
    submit_january(small)

    sign_in(page, live_server, "vanphong", PASSWORD)
    page.goto(f"{live_server.url}/dot/{small.cycle.id}/bang-theo-doi/")
    assert_prints_on_a4_landscape(
        page, "Bảng theo dõi", "In bảng theo dõi", screenshot_dir / "bang-theo-doi.pdf"
    )


def test_the_assessment_prints_on_a4_landscape_without_its_forms(page, live_server, small, screenshot_dir):
    from trongtam.registry.progress import services

    submit_january(small)
    year = small.periods[("year", 1)]
    services.cycle_assess(cycle=small.cycle, period=year)

    sign_in(page, live_server, "vanphong", PASSWORD)
    page.goto(f"{live_server.url}/dot/{small.cycle.id}/danh-gia/?ky={year.id}")
    # The office may adjust each result: those forms are on screen, not on paper.
    assert page.locator("main details").first.is_visible()
    assert_prints_on_a4_landscape(
        page, "Kết quả đánh giá", "In kết quả đánh giá", screenshot_dir / "danh-gia.pdf"
    )
