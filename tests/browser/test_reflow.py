"""Pages at 360 px with text at 200%: nothing scrolls sideways, headings and the header reflow,
and the area picker shows its whole choice.

Text size is raised the way a browser's text-size setting does it: the root font size is set to
200% (``document.documentElement.style.fontSize``), which every size in the stylesheet (rem and
em) follows. Page zoom would instead widen the CSS pixel and is covered by the narrow viewport.
"""

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

PHONE = {"width": 360, "height": 740}
PAIR = "/compare/bill-and-account-collectors-vs-customer-service-representatives/"
LARGE_TEXT = "document.documentElement.style.fontSize = '200%'"
WIDTHS = "[document.documentElement.scrollWidth, window.innerWidth]"


def at_large_text(page, url):
    page.set_viewport_size(PHONE)
    page.goto(url)
    page.evaluate(LARGE_TEXT)
    return page


@pytest.mark.parametrize(
    "path",
    [
        PAIR,
        PAIR + "in/texas/",
        "/compare/loss-mitigation-specialist-vs-collections-customer-service/",
        "/careers/customer-service-representatives/",
        "/careers/customer-service-representatives/in/texas/",
        "/search/?q=representatives",
        "/careers/category/computer-and-mathematical/",
        "/careers/areas/",
        "/careers/areas/texas/",
        "/",
    ],
)
def test_no_page_scrolls_sideways_at_360px_with_200_percent_text(site, texas, page, path):
    at_large_text(page, site + path)
    for summary in page.locator("details > summary").all():
        summary.click()
    width, window = page.evaluate(WIDTHS)
    assert width <= window, f"{path} is {width}px wide in a {window}px window"


def test_long_heading_words_wrap_inside_the_window(site, texas, page):
    at_large_text(page, site + PAIR)
    heading = page.get_by_role("heading", level=1)
    box = heading.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"]
    assert heading.evaluate("el => el.scrollWidth <= el.clientWidth")


def test_header_search_keeps_room_to_type_with_large_text(site, texas, page):
    at_large_text(page, site + PAIR)
    search = page.get_by_role("searchbox", name="Search occupations by title or SOC code")
    assert search.bounding_box()["width"] >= 200
    button = page.locator(".site-search button").bounding_box()
    assert button["x"] + button["width"] <= PHONE["width"]


def test_area_picker_shows_its_whole_national_choice_on_a_phone(site, texas, page):
    page.set_viewport_size(PHONE)
    page.goto(site + PAIR)
    select = page.get_by_label("Show pay in")
    expect(select).to_have_value("")
    room, needed = select.evaluate(
        """(el) => {
          const style = getComputedStyle(el);
          const context = document.createElement("canvas").getContext("2d");
          context.font = style.font;
          const text = el.options[el.selectedIndex].text;
          // Chromium draws the drop-down arrow inside the padding box, about 1.5em wide.
          const arrow = 1.5 * parseFloat(style.fontSize);
          const room = el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - arrow;
          return [room, context.measureText(text).width];
        }"""
    )
    assert "national" in select.evaluate("el => el.options[el.selectedIndex].text")
    assert needed <= room, f"the choice needs {needed:.0f}px and has {room:.0f}px"


def test_percentile_names_stay_on_one_line_on_a_desktop(site, texas, page):
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(site + PAIR)
    lines = page.locator(".wage-percentiles tbody th").evaluate_all(
        """(cells) => cells.map((cell) => {
          const range = document.createRange();
          range.selectNodeContents(cell);
          return [cell.textContent, new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size];
        })"""
    )
    assert lines and all(count == 1 for _, count in lines), lines


def test_figures_stack_whole_under_their_names_with_large_text(site, texas, page):
    at_large_text(page, site + PAIR + "in/texas/")
    row = page.locator("#overview table tbody tr").filter(
        has=page.get_by_role("rowheader", name="Yearly salary in Texas")
    )
    first, second = (cell.bounding_box() for cell in row.locator("td").all())
    assert abs(first["x"] - second["x"]) < 1 and first["y"] + first["height"] <= second["y"] + 0.5
    names = row.locator("td").evaluate_all(
        "(cells) => cells.map((cell) => getComputedStyle(cell, '::before').content)"
    )
    assert [name.split(" / ")[0] for name in names] == [
        '"Bill and Account Collectors"',
        '"Customer Service Representatives"',
    ]
    # Every figure of the page's figure tables is on one line: none is split.
    split = page.evaluate(
        """() => [...document.querySelectorAll("table.figures td")].flatMap((cell) => {
          const found = [];
          const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
          while (walker.nextNode()) {
            const node = walker.currentNode;
            for (const match of node.data.matchAll(/[$]?[0-9][0-9,.]*/g)) {
              const range = document.createRange();
              range.setStart(node, match.index);
              range.setEnd(node, match.index + match[0].length);
              const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
              if (tops.size > 1) found.push(match[0]);
            }
          }
          return found;
        })"""
    )
    assert split == []
