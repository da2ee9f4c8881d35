"""What a person does on the site, in a real browser: compare, read, edit."""

import re

import pytest
from playwright.sync_api import expect

from careers.models import Occupation

pytestmark = pytest.mark.browser

PAIR_PATH = "/compare/loss-mitigation-specialist-vs-collections-customer-service/"
PAIR_HEADING = "Loss mitigation specialist vs collections, customer service"


def salary_cells(page):
    """The two yearly salaries of the comparison's overview table, as shown."""
    row = page.locator("#overview table tbody tr").filter(
        has=page.get_by_role("rowheader", name="Yearly salary")
    )
    return row.locator("td")


def test_search_compare_read_and_switch_to_a_state(site, ohio, page):
    page.goto(site + "/")
    page.get_by_role("searchbox", name="Search occupations by title or SOC code").fill("bill collector")
    page.get_by_role("button", name="Search").click()
    expect(page).to_have_url(re.compile(r"/search/\?q=bill\+collector$"))

    page.get_by_role("link", name="Bill Collector").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Bill Collector")

    page.get_by_label("Second occupation").fill("Service Representative")
    page.get_by_role("button", name="Compare", exact=True).click()
    expect(page).to_have_url(site + "/compare/bill-collector-vs-service-representative/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Bill collector vs service representative")

    hidden_duty = page.get_by_text("Duty number 7.").first
    expect(hidden_duty).to_be_hidden()
    page.locator("#duties").get_by_text("Show more").first.click()
    expect(hidden_duty).to_be_visible()

    page.get_by_label("Show pay in").select_option(label="Ohio")
    page.get_by_role("button", name="Show pay").click()
    expect(page).to_have_url(site + "/compare/bill-collector-vs-service-representative/in/ohio/")
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Bill collector vs service representative in Ohio"
    )
    expect(page.get_by_label("Show pay in")).to_have_value("ohio")


def test_compare_form_lands_on_the_canonical_comparison(site, page):
    page.goto(site + "/")
    page.get_by_label("First occupation").fill("Collections, Customer Service")
    page.get_by_label("Second occupation").fill("Loss Mitigation Specialist")
    page.get_by_role("button", name="Compare").click()

    expect(page).to_have_url(site + PAIR_PATH)
    expect(page.get_by_role("heading", level=1)).to_have_text(PAIR_HEADING)


def test_compare_form_explains_an_unknown_title(site, page):
    page.goto(site + "/")
    page.get_by_label("First occupation").fill("Loss Mitigation Specialist")
    page.get_by_label("Second occupation").fill("Astronaut")
    page.get_by_role("button", name="Compare").click()

    message = "We have no occupation called \u201cAstronaut\u201d"
    expect(page.locator(".compare-form").get_by_text(message)).to_be_visible()
    expect(page.get_by_label("Second occupation")).to_have_value("Astronaut")


def test_compare_form_works_without_javascript(site, browser):
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(site + "/")
        page.get_by_label("First occupation").fill("loss-mitigation-specialist")
        page.get_by_label("Second occupation").fill("collections-customer-service")
        page.get_by_role("button", name="Compare").click()
        expect(page).to_have_url(site + PAIR_PATH)
    finally:
        context.close()


def test_show_more_reveals_the_remaining_duties(site, ohio, page):
    page.goto(site + "/compare/bill-collector-vs-service-representative/")
    hidden_duty = page.get_by_text("Duty number 6.").first
    expect(hidden_duty).to_be_hidden()

    duties = page.locator("#duties .duties").first
    duties.get_by_text("Show more").click()

    expect(duties.locator("details")).to_have_attribute("open", "")
    expect(hidden_duty).to_be_visible()


def test_reversed_pair_url_lands_on_the_canonical_page(site, page):
    response = page.goto(site + "/compare/collections-customer-service-vs-loss-mitigation-specialist/")

    assert response.request.redirected_from is not None
    assert response.request.redirected_from.redirected_to == response.request
    expect(page).to_have_url(site + PAIR_PATH)
    expect(page.get_by_role("heading", level=1)).to_have_text(PAIR_HEADING)


def test_editor_changes_a_salary_and_the_public_page_shows_it(site, browser, page, django_user_model):
    django_user_model.objects.create_superuser("editor", "editor@example.com", "correct horse battery staple")
    occupation = Occupation.objects.get(slug="loss-mitigation-specialist")

    visitor = browser.new_context()
    before = visitor.new_page()
    before.goto(site + PAIR_PATH)
    expect(salary_cells(before).first).to_contain_text("$43,251")
    visitor.close()

    page.goto(site + "/admin/")
    page.get_by_label("Username").fill("editor")
    page.get_by_label("Password").fill("correct horse battery staple")
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("heading", name="Site administration")).to_be_visible()

    page.goto(f"{site}/admin/careers/occupation/{occupation.pk}/change/")
    page.locator("#id_yearly_salary").fill("47500")
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.locator(".messagelist")).to_contain_text("was changed successfully")

    # A visitor who has not seen the page before, so that nothing comes from their browser's cache.
    visitor = browser.new_context()
    try:
        after = visitor.new_page()
        after.goto(site + PAIR_PATH)
        expect(salary_cells(after).first).to_contain_text("$47,500")
        expect(salary_cells(after).first).not_to_contain_text("$43,251")
    finally:
        visitor.close()


def test_stylesheet_is_served_with_a_hashed_name_and_applied(site, page):
    failed = []
    page.on("response", lambda response: response.status >= 400 and failed.append(response.url))
    errors = []
    page.on("console", lambda message: message.type == "error" and errors.append(message.text))

    page.goto(site + PAIR_PATH)

    href = page.locator("link[rel=stylesheet]").get_attribute("href")
    assert re.fullmatch(r"/static/css/site\.[0-9a-f]{12}\.css", href), href
    response = page.request.get(site + href)
    assert response.status == 200
    assert response.headers["content-type"].startswith("text/css")
    # The skip link is moved out of sight by the stylesheet until it has focus.
    assert page.locator(".skip-link").evaluate("el => getComputedStyle(el).transform") != "none"
    assert failed == []
    assert errors == []


def test_skip_link_appears_on_focus_and_moves_to_the_content(site, page):
    page.goto(site + PAIR_PATH)
    skip = page.get_by_role("link", name="Skip to content")
    assert skip.bounding_box()["y"] + skip.bounding_box()["height"] <= 0

    page.keyboard.press("Tab")

    expect(skip).to_be_focused()
    assert skip.bounding_box()["y"] >= 0
    assert skip.evaluate("el => getComputedStyle(el).outlineStyle") != "none"
    page.keyboard.press("Enter")
    expect(page).to_have_url(site + PAIR_PATH + "#main")
