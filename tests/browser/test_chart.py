"""The wage chart on a phone, with large text and in dark mode: its words are HTML at the page's
sizes, long names wrap instead of being cut, the axis labels keep apart, and its colours follow
the colour scheme. Screenshots of the comparison with large text and of the chart in dark mode
go to test-artifacts/screenshots/."""

import pytest

pytestmark = pytest.mark.browser

PHONE = {"width": 360, "height": 740}
PAIR = "/compare/bill-and-account-collectors-vs-customer-service-representatives/in/texas/"
LONG = "/compare/customer-service-representatives-vs-medical-secretaries-and-administrative-assistants/"
LARGE_TEXT = "document.documentElement.style.fontSize = '200%'"

SIZES = """() => {
  const px = (el) => parseFloat(getComputedStyle(el).fontSize);
  const small = document.createElement("p");
  small.className = "note";
  document.querySelector("main").append(small);
  const sizes = {
    small: px(small),
    labels: [...document.querySelectorAll(".chart-label, .chart-axis span")].map(px),
  };
  small.remove();
  return sizes;
}"""

# Boxes of the axis labels shown, and the chart's.
AXIS = """() => ({
  chart: document.querySelector(".chart").getBoundingClientRect().toJSON(),
  labels: [...document.querySelectorAll(".chart-axis span")]
    .filter((el) => getComputedStyle(el).visibility !== "hidden")
    .map((el) => el.getBoundingClientRect().toJSON()),
})"""


def test_chart_text_is_at_least_the_small_text_size_and_grows_with_it(site, texas, page):
    page.set_viewport_size(PHONE)
    page.goto(site + PAIR)
    normal = page.evaluate(SIZES)
    assert normal["labels"] and min(normal["labels"]) >= normal["small"] >= 13
    page.evaluate(LARGE_TEXT)
    large = page.evaluate(SIZES)
    assert min(large["labels"]) >= 2 * min(normal["labels"]) - 0.5


@pytest.mark.parametrize("text", ["100%", "200%"])
def test_axis_labels_keep_apart_inside_the_chart(site, texas, page, text):
    page.set_viewport_size(PHONE)
    page.goto(site + PAIR)
    page.evaluate(f"document.documentElement.style.fontSize = '{text}'")
    found = page.evaluate(AXIS)
    labels = sorted(found["labels"], key=lambda box: box["x"])
    assert len(labels) >= 3
    for left, right in zip(labels, labels[1:], strict=False):
        assert left["x"] + left["width"] <= right["x"], (left, right)
    assert labels[0]["x"] >= found["chart"]["x"] - 16
    assert labels[-1]["x"] + labels[-1]["width"] <= found["chart"]["x"] + found["chart"]["width"]


def test_long_names_wrap_whole_instead_of_being_cut(site, texas, page):
    page.set_viewport_size(PHONE)
    page.goto(site + LONG)
    label = page.locator(".chart-label").filter(has_text="Medical Secretaries")
    assert label.inner_text().startswith("Medical Secretaries and Administrative Assistants, median $43,380")
    assert label.evaluate("el => el.scrollWidth <= el.clientWidth")
    line = float(label.evaluate("el => parseFloat(getComputedStyle(el).lineHeight)"))
    assert label.bounding_box()["height"] > 1.5 * line


def test_chart_follows_the_dark_colour_scheme(site, texas, browser, screenshot):
    colours = {}
    for scheme in ("light", "dark"):
        context = browser.new_context(color_scheme=scheme, viewport=PHONE)
        try:
            page = context.new_page()
            page.goto(site + PAIR)
            chart = page.locator("#wage-distribution")
            colours[scheme] = chart.evaluate(
                """(el) => {
                  const svg = el.querySelector(".chart-row svg");
                  return {
                    page: getComputedStyle(document.body).backgroundColor,
                    drawing: getComputedStyle(svg).backgroundColor,
                    series: getComputedStyle(el.querySelector(".series-0")).color,
                    point: getComputedStyle(el.querySelector(".chart-point")).fill,
                  };
                }"""
            )
            if scheme == "dark":
                screenshot(chart, "wage-chart-dark-360x740")
                page.evaluate(LARGE_TEXT)
                screenshot(chart, "wage-chart-dark-360x740-text-200")
        finally:
            context.close()
    dark, light = colours["dark"], colours["light"]
    assert dark["page"] != "rgb(255, 255, 255)"
    assert dark["drawing"] in ("rgba(0, 0, 0, 0)", dark["page"])
    # The points are punched out in the page's colour, not in white.
    assert dark["point"] == dark["page"] and light["point"] == light["page"]
    assert dark["series"] != light["series"]


def test_comparison_with_large_text_on_a_phone(site, texas, page, screenshot):
    page.set_viewport_size(PHONE)
    page.goto(site + PAIR)
    page.evaluate(LARGE_TEXT)
    screenshot(page, "comparison-360x740-text-200")
