"""A refused comparison says so: in the page title, and in an error summary that has focus on
arrival and links each message to its field (the GOV.UK error summary pattern)."""

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def test_refused_submission_focuses_a_summary_that_leads_to_the_field(site, page):
    page.goto(site + "/")
    page.get_by_label("First occupation").fill("Loss Mitigation Specialist")
    page.get_by_label("Second occupation").fill("Astronaut")
    page.get_by_role("button", name="Compare").click()

    expect(page).to_have_title("Error: Compare two careers \u00b7 Career Compare")
    summary = page.get_by_role("alert")
    expect(summary).to_be_focused()
    expect(summary.get_by_role("heading", name="There is a problem")).to_be_visible()
    top = summary.bounding_box()["y"]
    assert top < page.get_by_role("heading", level=1).bounding_box()["y"]

    summary.get_by_role("link", name="We have no occupation called \u201cAstronaut\u201d").click()
    field = page.get_by_label("Second occupation")
    expect(field).to_be_focused()
    expect(field).to_have_attribute("aria-invalid", "true")
    described = field.get_attribute("aria-describedby")
    expect(page.locator(f"#{described}")).to_have_text(
        "We have no occupation called \u201cAstronaut\u201d. Pick one of the suggestions, or search for it."
    )
