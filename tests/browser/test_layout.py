"""The comparison page on a phone and on a desktop: no sideways scrolling, nothing drawn over
anything else, the two occupations side by side. Screenshots of both go to test-artifacts/."""

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

PAIR_PATH = "/compare/loss-mitigation-specialist-vs-collections-customer-service/"
PHONE = {"width": 360, "height": 740}
DESKTOP = {"width": 1280, "height": 800}

# Boxes of every visible heading, of every cell of each figure table and of each side-by-side
# column, with whether each one's content overflows it (text that spills out is drawn over
# its neighbour).
BOXES = """() => {
  const box = (el) => {
    const r = el.getBoundingClientRect();
    return {text: el.textContent.trim().slice(0, 40), x: r.x, y: r.y + scrollY, w: r.width, h: r.height,
            overflows: el.scrollWidth > el.clientWidth + 1};
  };
  const visible = (el) => el.getBoundingClientRect().width > 0 && el.getBoundingClientRect().height > 0;
  return {
    headings: [...document.querySelectorAll("h1, h2, h3, summary")].filter(visible).map(box),
    tables: [...document.querySelectorAll("table.figures")].map(
      (t) => [...t.querySelectorAll("th, td")].filter(visible).map(box)),
    columns: [...document.querySelectorAll(".side-by-side > *")].filter(visible).map(box),
  };
}"""


def overlap(a, b, tolerance=0.5):
    return (
        a["x"] + tolerance < b["x"] + b["w"]
        and b["x"] + tolerance < a["x"] + a["w"]
        and a["y"] + tolerance < b["y"] + b["h"]
        and b["y"] + tolerance < a["y"] + a["h"]
    )


def overlapping(boxes):
    return [(a["text"], b["text"]) for i, a in enumerate(boxes) for b in boxes[i + 1 :] if overlap(a, b)]


@pytest.fixture
def comparison(site, page):
    def at(viewport):
        page.set_viewport_size(viewport)
        page.goto(site + PAIR_PATH)
        return page

    return at


def assert_no_sideways_scroll(page):
    width, client = page.evaluate(
        "[document.documentElement.scrollWidth, document.documentElement.clientWidth]"
    )
    assert width <= client, f"the page is {width}px wide in a {client}px window"


def assert_nothing_overlaps(page):
    boxes = page.evaluate(BOXES)
    assert overlapping(boxes["headings"]) == []
    assert overlapping(boxes["columns"]) == []
    assert [c["text"] for c in boxes["columns"] if c["overflows"]] == []
    for cells in boxes["tables"]:
        assert overlapping(cells) == []
        assert [c["text"] for c in cells if c["overflows"]] == []


def value_cells(page, label):
    row = page.locator("#overview table tbody tr").filter(has=page.get_by_role("rowheader", name=label))
    return [cell.bounding_box() for cell in row.locator("td").all()]


def assert_side_by_side(first, second):
    assert abs(first["y"] - second["y"]) < 1, (first, second)
    assert first["x"] + first["width"] <= second["x"] + 0.5, (first, second)


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["360x740", "1280x800"])
def test_comparison_fits_the_window_without_overlaps(comparison, screenshot, viewport):
    page = comparison(viewport)
    for summary in page.get_by_text("Show more").all():
        summary.click()

    assert_no_sideways_scroll(page)
    assert_nothing_overlaps(page)
    first, second = value_cells(page, "Yearly salary")
    assert_side_by_side(first, second)

    page.goto(page.url)
    screenshot(page, f"comparison-{viewport['width']}x{viewport['height']}")


def test_descriptions_duties_and_skills_are_side_by_side_on_a_desktop(comparison):
    page = comparison(DESKTOP)
    for section in ("#descriptions > .description", "#duties .duties", "#skills .skills"):
        first, second = (column.bounding_box() for column in page.locator(section).all())
        assert_side_by_side(first, second)


def test_descriptions_duties_and_skills_stack_on_a_phone(comparison):
    page = comparison(PHONE)
    for section in ("#descriptions > .description", "#duties .duties", "#skills .skills"):
        first, second = (column.bounding_box() for column in page.locator(section).all())
        assert first["y"] + first["height"] <= second["y"], section


def test_higher_figure_is_marked_by_more_than_colour(comparison):
    page = comparison(DESKTOP)
    higher = page.locator("#overview td.higher").first
    other = page.locator("#overview td:not(.higher)").first

    expect(higher.locator("[aria-hidden=true]")).to_have_text("\u25b2")
    expect(higher.locator(".visually-hidden")).to_have_text("(higher)")
    assert int(higher.evaluate("el => getComputedStyle(el).fontWeight")) >= 700
    assert int(other.evaluate("el => getComputedStyle(el).fontWeight")) < 700


def test_figures_use_tabular_numbers(comparison):
    page = comparison(DESKTOP)
    cell = page.locator("#overview td").first
    assert "tabular-nums" in cell.evaluate("el => getComputedStyle(el).fontVariantNumeric")


def test_print_shows_the_comparison_alone_with_every_duty(comparison, screenshot):
    page = comparison(DESKTOP)
    page.emulate_media(media="print")

    expect(page.locator(".site-header")).to_be_hidden()
    expect(page.locator("nav.browse")).to_be_hidden()
    expect(
        page.get_by_text("Deal with Nielsen and Rentrak to monitor advertiser ad ratings.")
    ).to_be_visible()
    expect(page.locator("summary").first).to_be_hidden()
    assert page.locator("body").evaluate("el => getComputedStyle(el).backgroundColor") == "rgb(255, 255, 255)"
    screenshot(page, "comparison-print")
