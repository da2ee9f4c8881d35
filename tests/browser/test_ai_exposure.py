"""The section on exposure to AI language models on a phone: whole, readable, nothing sideways."""

from decimal import Decimal

import pytest
from playwright.sync_api import expect

from tests.browser.test_accessibility import blocking_violations, describe
from tests.exposure_factories import COLLECTORS, FIELDS, REPRESENTATIVES, paper

pytestmark = pytest.mark.browser

PHONE = {"width": 360, "height": 740}
PAIR = "/compare/bill-and-account-collectors-vs-customer-service-representatives/"
WIDTHS = "[document.documentElement.scrollWidth, window.innerWidth]"


@pytest.fixture
def rated(texas):
    source = paper()
    for soc_code, shares in (("43-3011", COLLECTORS), ("43-4051", REPRESENTATIVES)):
        occupation = texas[soc_code]
        for field, share in zip(FIELDS, shares, strict=True):
            setattr(occupation, field, Decimal(share))
        occupation.ai_exposure_source = source
        occupation.ai_exposure_occupations = [[f"{soc_code}.00", occupation.title]]
        occupation.save()
    return texas


@pytest.mark.parametrize("text_size", ["100%", "200%"])
def test_the_pair_s_exposure_section_fits_a_phone(site, rated, page, screenshot, text_size):
    page.set_viewport_size(PHONE)
    page.goto(site + PAIR)
    page.evaluate(f"document.documentElement.style.fontSize = '{text_size}'")
    section = page.locator("#ai-exposure")
    expect(section.get_by_role("heading", name="Exposure to AI language models")).to_be_visible()
    expect(section).to_contain_text("43% of tasks exposed (human-rated) for bill and account collectors")
    expect(section).to_contain_text("70% of tasks exposed (human-rated) for customer service representatives")
    expect(section).to_contain_text("not a prediction that jobs will be lost")
    width, window = page.evaluate(WIDTHS)
    assert width <= window, f"the pair page is {width}px wide in a {window}px window"
    # Each figure of the table stays inside the section.
    right = section.evaluate("el => el.getBoundingClientRect().right")
    for cell in section.locator("td").all():
        assert cell.evaluate("el => el.getBoundingClientRect().right") <= right + 0.5
    suffix = "" if text_size == "100%" else "-text-200"
    screenshot(section, f"ai-exposure-pair-360x740{suffix}")


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_pair_page_with_the_section_has_no_serious_accessibility_violation(site, rated, browser, scheme):
    context = browser.new_context(color_scheme=scheme, viewport=PHONE)
    try:
        page = context.new_page()
        page.goto(site + PAIR)
        expect(page.locator("#ai-exposure")).to_be_visible()
        violations = blocking_violations(page)
        assert not violations, f"{PAIR} ({scheme}):\n{describe(violations)}"
    finally:
        context.close()
