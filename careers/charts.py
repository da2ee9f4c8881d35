"""The wage distribution chart: BLS percentile wages of one or two occupations on one scale.

The chart is drawn on the server from the geometry computed here; the template
``careers/includes/wage_chart.html`` turns it into markup, with the same numbers in a
table beside it for anyone who cannot see the picture. Each occupation's drawing is an
SVG strip that scales with its column; every word and number is HTML around the strips,
so that text keeps the page's sizes, grows with the reader's text size and wraps, and
colours come from the stylesheet, which follows the colour scheme.
"""

from dataclasses import dataclass, field

from . import bls, onet
from . import formatting as fmt
from .models import Wage

# The drawing of one occupation, in SVG user units; it scales to the width of its column.
WIDTH = 480
MARGIN = 36
ROW_HEIGHT = 30
MIDDLE = ROW_HEIGHT // 2
TICKS_AT_MOST = 6
STEPS = [5_000, 10_000, 20_000, 25_000, 50_000, 100_000, 200_000, 250_000, 500_000]


@dataclass
class Point:
    label: str
    value: int
    top_coded: bool
    x: float = 0

    @property
    def text(self):
        return fmt.money(self.value, self.top_coded)

    @property
    def arrow(self):
        """An arrowhead at the top code, pointing on to the wages above it."""
        return f"{self.x - 6},{MIDDLE - 8} {self.x + 4},{MIDDLE} {self.x - 6},{MIDDLE + 8}"


@dataclass
class Series:
    occupation: object
    wage: object
    points: dict
    label: str = ""

    @property
    def title(self):
        """What the series is of: its occupation, or its place on a chart of one occupation's places."""
        return self.label or self.occupation.title

    def cell(self, label):
        point = self.points.get(label)
        return point.text if point else fmt.DASH

    # The geometry the template draws: a whisker from the lowest to the highest
    # percentile published, a box from the 25th to the 75th, a bar at the median.
    @property
    def whisker(self):
        xs = [p.x for p in self.points.values()]
        return min(xs), max(xs)

    @property
    def box(self):
        low, high = self.points.get("25th percentile"), self.points.get("75th percentile")
        if low is None or high is None:
            return None
        return low.x, max(high.x - low.x, 1)

    @property
    def median(self):
        return self.points.get("Median")

    @property
    def top_point(self):
        """The highest top-coded percentile: all of them sit at the top code, so one arrow marks them."""
        top = [p for p in self.points.values() if p.top_coded]
        return top[-1] if top else None

    @property
    def summary(self):
        parts = [f"{label.lower()} {point.text}" for label, point in self.points.items()]
        return f"{self.title}: {', '.join(parts)}."


@dataclass
class Tick:
    value: int
    x: float

    @property
    def text(self):
        """The axis label, short enough for a phone: "$0", "$50k", "$250k"."""
        if self.value and self.value % 1000 == 0:
            return f"${self.value // 1000:,}k"
        return fmt.money(self.value)


@dataclass
class WageChart:
    place: str
    release: str
    series: list
    missing: list
    ticks: list = field(default_factory=list)
    mark: str = ""
    subject: str = ""
    width: int = WIDTH
    height: int = ROW_HEIGHT
    middle: int = MIDDLE
    labels: list = field(default_factory=lambda: [p.label for p in Wage.PERCENTILES])

    @property
    def title(self):
        names = self.subject or " and ".join(s.title for s in self.series)
        return f"Annual wage percentiles of {names} in {self.place}, {self.release}"

    @property
    def description(self):
        return " ".join(s.summary for s in self.series)

    @property
    def rows(self):
        """(percentile, [(occupation title, figure)]) of the table beside the chart."""
        return [(label, [(s.title, s.cell(label)) for s in self.series]) for label in self.labels]

    @property
    def axis(self):
        return self.ticks[0].x, self.ticks[-1].x

    @property
    def has_top_coded(self):
        return any(p.top_coded for s in self.series for p in s.points.values())

    @property
    def top_code(self):
        return fmt.money(Wage.TOP_CODE_ANNUAL)

    @property
    def source(self):
        return self.series[0].wage.source if self.series else None

    @property
    def citation(self):
        source = self.source
        return f"{source.name}, {source.as_of_display}" if source else bls.OEWS_CITATION


def points_of(wage):
    points = {}
    for percentile in Wage.PERCENTILES:
        value = wage.value(percentile.annual)
        if value is not None:
            points[percentile.label] = Point(percentile.label, value, wage.is_top_coded(percentile.annual))
    return points


def nice_scale(highest):
    """The top of the axis and the step between its ticks: round numbers, at most TICKS_AT_MOST steps."""
    for step in STEPS:
        if highest <= step * TICKS_AT_MOST:
            break
    top = -(-highest // step) * step
    return max(top, step), step


def wage_chart(cells, place="the United States", citations=None, labels=None, subject=""):
    """Build the chart from ``(occupation, wage or None)`` pairs.

    ``labels``, one per pair, name the series instead of their occupations, and ``subject``
    says what the chart is of: one occupation's wages in two places.

    Occupations without a published percentile are listed in ``missing`` instead of
    drawn; when none has one, the chart has no series and pages say so in words.
    ``place`` is how the area reads mid-sentence. The chart cites the first wage's
    source through ``citations``.
    """
    series, missing = [], []
    for index, (occupation, wage) in enumerate(cells):
        points = points_of(wage) if wage is not None else {}
        if points:
            series.append(Series(occupation, wage, points, labels[index] if labels else ""))
        else:
            missing.append(occupation)
    source = series[0].wage.source if series else None
    chart = WageChart(
        place=place,
        release=source.as_of_display if source else bls.OEWS_RELEASE,
        series=series,
        missing=missing,
        subject=subject,
    )
    if not series:
        return chart
    if citations is not None:
        chart.mark = citations.mark_source(source)

    highest = max(p.value for s in series for p in s.points.values())
    top, step = nice_scale(highest)
    plot = WIDTH - 2 * MARGIN

    def x(value):
        return round(MARGIN + plot * value / top, 1)

    chart.ticks = [Tick(value, x(value)) for value in range(0, top + 1, step)]
    for s in series:
        for point in s.points.values():
            point.x = x(point.value)
    return chart


# The required-education chart -------------------------------------------------


@dataclass(frozen=True)
class Bar:
    index: int
    share: object
    y: float
    height: float

    @property
    def width(self):
        """The bar's length, in percent of the row: its share."""
        return self.share or 0


@dataclass
class EducationRow:
    label: str
    shares: list
    height: int = 10

    @property
    def bars(self):
        """One bar per occupation, stacked in the row with a small gap between them."""
        each = self.height / len(self.shares)
        return [Bar(index, share, index * each, each * 0.8) for index, share in enumerate(self.shares)]


@dataclass
class EducationChart:
    """O*NET's required-education distribution of one or two occupations, level by level."""

    titles: list
    rows: list
    source: object = None
    mark: str = ""

    @property
    def description(self):
        parts = []
        for index, title in enumerate(self.titles):
            shares = ", ".join(f"{row.label.lower()} {fmt.share(row.shares[index])}" for row in self.rows)
            parts.append(f"{title}: {shares}.")
        return " ".join(parts)


def education_chart(occupations, citations):
    """The chart of the occupations' required-education levels, or None when none has them.

    Levels no occupation's respondents chose are left out; each bar's length is its share.
    The chart cites the source of the first occupation's levels through ``citations``.
    """
    by_occupation = [{level.level: level.share for level in o.education_levels.all()} for o in occupations]
    if not any(by_occupation):
        return None
    levels = sorted({level for shares in by_occupation for level, share in shares.items() if share > 0})
    rows = [
        EducationRow(onet.REQUIRED_EDUCATION[level], [shares.get(level) for shares in by_occupation])
        for level in levels
    ]
    chart = EducationChart([o.title for o in occupations], rows)
    cited = next((o for o, shares in zip(occupations, by_occupation, strict=True) if shares), None)
    chart.source = citations.source_of(cited, "education_levels")
    if chart.source is not None:
        chart.mark = citations.mark_source(chart.source)
    return chart
