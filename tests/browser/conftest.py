"""Fixtures that drive Debian's Chromium through Playwright against the live test server.

The server runs with DEBUG off, as in production: pages link hashed static files and
whitenoise serves them from STATIC_ROOT.
"""

import os
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from pytest_django.live_server_helper import LiveServer

# Playwright's sync API runs an event loop in this thread; Django's ORM calls made from
# the tests themselves are still synchronous, so its async-safety check does not apply.
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SCREENSHOTS = Path(settings.BASE_DIR) / "test-artifacts" / "screenshots"

_saved_screenshots = []


@pytest.fixture(scope="session")
def live_server():
    """pytest-django's live server, but with static files served by whitenoise.

    pytest-django wraps the site in staticfiles' development handler, which answers 404
    when DEBUG is off; the site's own middleware serves them instead, as in production.
    """
    server = LiveServer(os.environ.get("DJANGO_LIVE_TEST_SERVER_ADDRESS", "localhost"), start=False)
    server.thread.static_handler = lambda handler: handler
    server.start()
    yield server
    server.stop()


@pytest.fixture
def site(live_server):
    """The live server's address, with the reference occupations in its database.

    Tests that share the live server run outside a transaction and the database is emptied
    after each of them, so the reference data is loaded again first.
    """
    call_command("load_site_data", "--reference-only", verbosity=0)
    return live_server.url


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail(
            f"The browser tests need Debian's Chromium at {CHROMIUM}: install it with "
            "`apt-get install chromium` (.ci/run does).",
            pytrace=False,
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield browser
        browser.close()


@pytest.fixture
def context(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    yield context
    context.close()


@pytest.fixture
def page(context):
    page = context.new_page()
    page.set_default_timeout(10_000)
    return page


@pytest.fixture
def screenshot():
    """Saves a screenshot of a whole page, or of one element (a locator), under
    test-artifacts/screenshots/ and returns its path."""

    def save(target, name, full_page=True):
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        path = SCREENSHOTS / f"{name}.png"
        if hasattr(target, "goto"):
            target.screenshot(path=str(path), full_page=full_page)
        else:
            target.screenshot(path=str(path))
        _saved_screenshots.append(path)
        print(f"screenshot: {path}")
        return path

    return save


def pytest_terminal_summary(terminalreporter):
    if _saved_screenshots:
        terminalreporter.write_sep("-", "browser screenshots")
        terminalreporter.write_line(f"saved in {SCREENSHOTS}:")
        for path in _saved_screenshots:
            terminalreporter.write_line(f"  {path.name}")


@pytest.fixture
def ohio(site):
    """Two occupations with national and Ohio pay, and more duties than a comparison shows at first."""
    from careers.models import AreaKind
    from tests.factories import make_occupation
    from tests.wage_factories import make_area, make_wage

    collector = make_occupation("Bill Collector", soc_code="43-3011", duties=8, skills=3)
    agent = make_occupation("Service Representative", soc_code="43-4051", duties=8, skills=3)
    state = make_area("Ohio", AreaKind.STATE, slug="ohio", state="OH")
    for occupation, national, local in (
        (collector, [33_000, 38_000, 46_000, 58_000, 70_000], [34_000, 39_000, 45_000, 55_000, 64_000]),
        (agent, [31_000, 36_000, 44_000, 54_000, 66_000], [30_000, 35_000, 42_000, 50_000, 60_000]),
    ):
        make_wage(occupation, percentiles=national, annual_mean=national[2] + 2_000, employment=150_000)
        make_wage(occupation, state, percentiles=local, annual_mean=local[2] + 1_500, employment=6_000)
    return {"first": collector, "second": agent, "area": state}


@pytest.fixture
def texas(site):
    """Bill and account collectors and customer service representatives nationally and in Texas,
    with their May 2025 figures, and an occupation whose long name must wrap in the chart."""
    from careers.models import AreaKind
    from tests.factories import make_occupation
    from tests.wage_factories import make_area, make_wage

    state = make_area("Texas", AreaKind.STATE, slug="texas", state="TX")
    cells = {
        ("Bill and Account Collectors", "43-3011"): (
            ([34_130, 38_700, 47_030, 57_110, 66_590], 49_060, 158_830),
            ([30_730, 37_520, 45_710, 52_580, 60_130], 46_170, 21_720),
        ),
        ("Customer Service Representatives", "43-4051"): (
            ([31_390, 36_100, 42_900, 53_960, 65_060], 46_590, 2_595_750),
            ([29_320, 35_420, 40_420, 48_300, 59_590], 43_220, 337_170),
        ),
        ("Medical Secretaries and Administrative Assistants", "43-6013"): (
            ([33_070, 37_190, 43_380, 50_200, 58_730], 44_630, 780_090),
            ([29_830, 34_510, 39_640, 46_400, 54_800], 41_560, 66_210),
        ),
    }
    found = {}
    for (title, soc_code), (national, local) in cells.items():
        occupation = make_occupation(title, soc_code=soc_code, duties=4, skills=3)
        for area, (percentiles, mean, jobs) in ((None, national), (state, local)):
            make_wage(occupation, area, percentiles=percentiles, annual_mean=mean, employment=jobs)
        found[soc_code] = occupation
    return found
