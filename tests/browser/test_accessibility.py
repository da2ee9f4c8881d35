"""axe-core on every kind of public page, in both colour schemes: no serious or critical violation."""

import pytest
from axe_playwright_python.sync_playwright import Axe

pytestmark = pytest.mark.browser

PAGES = {
    "home": "/",
    "careers": "/careers/",
    "category": "/careers/category/office-and-administrative-support/",
    "occupation": "/careers/loss-mitigation-specialist/",
    "comparison": "/compare/loss-mitigation-specialist-vs-collections-customer-service/",
    "sources": "/careers/sources/",
}
BLOCKING = {"serious", "critical"}


def describe(violations):
    lines = []
    for violation in violations:
        lines.append(
            f"{violation['id']} ({violation['impact']}): {violation['help']} <{violation['helpUrl']}>"
        )
        for node in violation["nodes"]:
            lines.append(f"    {', '.join(map(str, node['target']))}: {node['failureSummary']}")
    return "\n".join(lines)


def blocking_violations(page):
    results = Axe().run(page)
    return [v for v in results.response["violations"] if v["impact"] in BLOCKING]


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("name", PAGES)
def test_page_has_no_serious_accessibility_violation(site, browser, name, scheme):
    context = browser.new_context(color_scheme=scheme, viewport={"width": 1280, "height": 800})
    try:
        page = context.new_page()
        response = page.goto(site + PAGES[name])
        assert response.status == 200
        violations = blocking_violations(page)
        assert not violations, f"{PAGES[name]} ({scheme}):\n{describe(violations)}"
    finally:
        context.close()


@pytest.mark.parametrize(
    "path",
    [
        "/search/?q=bill",
        "/search/?q=astronaut",
        "/careers/areas/",
        "/careers/areas/ohio/",
        "/careers/bill-collector/in/ohio/",
        "/compare/bill-collector-vs-service-representative/in/ohio/",
    ],
)
def test_search_and_area_pages_have_no_serious_accessibility_violation(site, ohio, page, path):
    response = page.goto(site + path)
    assert response.status == 200
    violations = blocking_violations(page)
    assert not violations, f"{path}:\n{describe(violations)}"


def test_comparison_on_a_phone_with_duties_open_has_no_serious_violation(site, browser):
    context = browser.new_context(viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True)
    try:
        page = context.new_page()
        page.goto(site + PAGES["comparison"])
        for summary in page.get_by_text("Show more").all():
            summary.click()
        violations = blocking_violations(page)
        assert not violations, describe(violations)
    finally:
        context.close()


def test_home_with_form_errors_has_no_serious_violation(site, page):
    page.goto(site + "/?a=Loss+Mitigation+Specialist&b=Astronaut")
    violations = blocking_violations(page)
    assert not violations, describe(violations)


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize(
    "path",
    [
        "/compare/bill-and-account-collectors-vs-customer-service-representatives/",
        "/compare/bill-and-account-collectors-vs-customer-service-representatives/in/texas/",
        "/careers/medical-secretaries-and-administrative-assistants/in/texas/",
    ],
)
def test_charts_and_area_figures_have_no_serious_violation(site, texas, browser, path, scheme):
    context = browser.new_context(color_scheme=scheme, viewport={"width": 360, "height": 740})
    try:
        page = context.new_page()
        assert page.goto(site + path).status == 200
        violations = blocking_violations(page)
        assert not violations, f"{path} ({scheme}):\n{describe(violations)}"
    finally:
        context.close()
