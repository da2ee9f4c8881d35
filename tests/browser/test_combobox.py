"""The compare form's occupation fields suggest titles as a person types (WAI-ARIA 1.2 combobox)."""

import datetime

import pytest
from playwright.sync_api import expect

from tests.browser.test_accessibility import blocking_violations, describe

pytestmark = pytest.mark.browser


@pytest.fixture
def titles(site):
    from careers.models import AlternateTitle, TitleKind
    from tests.factories import make_occupation, make_source

    collectors = make_occupation("Bill and Account Collectors", soc_code="43-3011", jobs=158_830)
    make_occupation("Customer Service Representatives", soc_code="43-4051", jobs=2_595_750)
    onet = make_source("O*NET 29.3 Database", as_of=datetime.date(2025, 5, 1))
    AlternateTitle.objects.create(
        occupation=collectors, title="Collection Agent", kind=TitleKind.REPORTED, common=True, source=onet
    )
    return site


def type_and_wait(page, field, text):
    """Type as a person does, and wait for the suggestions for the whole text."""
    query = text.replace(" ", "%20")
    with page.expect_response(lambda response: response.url.endswith(f"/suggest/?q={query}")):
        field.press_sequentially(text, delay=30)


def test_typing_offers_suggestions_chosen_with_the_keyboard(titles, page):
    page.goto(titles + "/")
    field = page.get_by_role("combobox", name="First occupation")
    expect(field).to_have_attribute("aria-expanded", "false")
    type_and_wait(page, field, "colle")

    listbox = page.get_by_role("listbox", name="Suggested occupations").first
    expect(listbox).to_be_visible()
    expect(field).to_have_attribute("aria-expanded", "true")
    # Titles that start with what was typed: an occupation's own first, then other titles.
    options = listbox.get_by_role("option")
    expect(options).to_have_count(2)
    expect(options.nth(0)).to_have_text("Collections, Customer Service")
    option = options.nth(1)
    expect(option).to_contain_text("Bill and Account Collectors")
    expect(option).to_contain_text("also called Collection Agent")

    field.press("ArrowDown")
    expect(options.nth(0)).to_have_attribute("aria-selected", "true")
    field.press("ArrowDown")
    expect(option).to_have_attribute("aria-selected", "true")
    expect(field).to_have_attribute("aria-activedescendant", option.get_attribute("id"))
    field.press("Enter")
    expect(field).to_have_value("Bill and Account Collectors")
    expect(listbox).to_be_hidden()
    expect(field).to_have_attribute("aria-expanded", "false")
    # Focus stays in the field, and the form has not been sent.
    expect(field).to_be_focused()
    expect(page).to_have_url(titles + "/")


def test_escape_closes_the_suggestions_and_a_chosen_pair_compares(titles, page):
    page.goto(titles + "/")
    first = page.get_by_role("combobox", name="First occupation")
    type_and_wait(page, first, "collection ag")
    expect(page.get_by_role("option").first).to_be_visible()
    first.press("Escape")
    expect(page.get_by_role("listbox").first).to_be_hidden()
    expect(first).to_have_value("collection ag")
    first.press("ArrowDown")
    first.press("Enter")
    expect(first).to_have_value("Bill and Account Collectors")

    second = page.get_by_role("combobox", name="Second occupation")
    type_and_wait(page, second, "customer serv")
    page.get_by_role("option", name="Customer Service Representatives").click()
    expect(second).to_have_value("Customer Service Representatives")
    page.get_by_role("button", name="Compare").click()
    expect(page).to_have_url(
        titles + "/compare/bill-and-account-collectors-vs-customer-service-representatives/"
    )


def test_open_suggestions_have_no_serious_accessibility_violation(titles, page):
    page.goto(titles + "/")
    type_and_wait(page, page.get_by_role("combobox", name="First occupation"), "colle")
    expect(page.get_by_role("option").first).to_be_visible()
    violations = blocking_violations(page)
    assert not violations, describe(violations)
