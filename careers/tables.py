"""Tables: sortable lists of occupations (django-tables2), and figures side by side."""

import django_tables2 as tables
from django.core.paginator import EmptyPage, PageNotAnInteger
from django.db.models import F
from django.http import Http404
from django.urls import reverse
from django.utils.html import format_html
from django.utils.http import urlencode

from . import areas, bls, local, markup, prices
from . import formatting as fmt
from .figures import BY_NAME, TABLES, table_rows
from .models import Occupation

PER_PAGE = 100


def paginate(request, table):
    """Sort and paginate ``table`` as the request's (checked) query asks; 404 past the last page."""
    paging = {"per_page": PER_PAGE, "silent": False}
    try:
        tables.RequestConfig(request, paginate=paging).configure(table)
    except (EmptyPage, PageNotAnInteger) as error:
        raise Http404(f"There is no page {request.GET.get('page')} of this list.") from error
    return table


class OccupationTable(tables.Table):
    title = tables.Column(linkify=True, verbose_name="Occupation")
    yearly_salary = tables.Column(
        verbose_name="Yearly salary", attrs={"td": {"class": "num"}, "th": {"class": "num"}}
    )
    jobs = tables.Column(
        verbose_name="Number of jobs", attrs={"td": {"class": "num"}, "th": {"class": "num"}}
    )

    class Meta:
        model = Occupation
        fields = ["title", "yearly_salary", "jobs"]
        order_by = "title"
        attrs = {"class": "listing"}
        template_name = "django_tables2/table.html"
        empty_text = "No occupations yet."

    def render_yearly_salary(self, value, record):
        return fmt.money(value, "yearly_salary" in record.top_coded)

    def render_jobs(self, value):
        return fmt.number(value)

    def order_yearly_salary(self, queryset, is_descending):
        return missing_last(queryset, "yearly_salary", is_descending)

    def order_jobs(self, queryset, is_descending):
        return missing_last(queryset, "jobs", is_descending)


def missing_last(queryset, field, is_descending, then="title"):
    """Order by a figure with missing ones last either way; PostgreSQL would put them first when descending."""
    expression = F(field).desc(nulls_last=True) if is_descending else F(field).asc(nulls_last=True)
    return queryset.order_by(expression, then), True


class AreaWageTable(tables.Table):
    """The occupations BLS published figures for in one area."""

    title = tables.Column(accessor="occupation__title", verbose_name="Occupation")
    annual_mean = tables.Column(
        verbose_name="Annual mean wage", attrs={"td": {"class": "num"}, "th": {"class": "num"}}
    )
    employment = tables.Column(
        verbose_name="Employment", attrs={"td": {"class": "num"}, "th": {"class": "num"}}
    )

    class Meta:
        attrs = {"class": "listing"}
        template_name = "django_tables2/table.html"
        order_by = "title"
        empty_text = "BLS published no occupations for this area."

    def __init__(self, data, area, **kwargs):
        self.area = area
        super().__init__(data, **kwargs)

    def render_title(self, value, record):
        url = reverse("careers:occupation-area", args=[record.occupation.slug, self.area.slug])
        return format_html('<a href="{}">{}</a>', url, value)

    def render_annual_mean(self, value, record):
        return fmt.money(value, record.is_top_coded("annual_mean"))

    def render_employment(self, value):
        return fmt.number(value)

    def order_annual_mean(self, queryset, is_descending):
        return missing_last(queryset, "annual_mean", is_descending, then="occupation__title")

    def order_employment(self, queryset, is_descending):
        return missing_last(queryset, "employment", is_descending, then="occupation__title")


NUMBER = {"td": {"class": "num"}, "th": {"class": "num"}}
# The top states' tables of a comparison page, one per occupation, sort by these parameters.
PAIR_PREFIXES = ("first-", "second-")
AFTER_PRICES_COUNT = 10
AFTER_PRICES_RULE = (
    f"States with at least {bls.RANKING_MIN_EMPLOYMENT:,} jobs, an employment estimate within "
    f"{bls.RANKING_MAX_EMPLOYMENT_RSE}% relative standard error and a mean wage within "
    f"{bls.RANKING_MAX_WAGE_RSE}%, as for \u201chighest paying\u201d."
)


class AfterPricesTable(tables.Table):
    """An occupation's states that pay most at U.S. prices (``careers.prices.top_states``),
    sortable by any column; the rows are few, so they are sorted in memory. Its template
    writes the cells of ``body``."""

    state = tables.Column(accessor="area__name", verbose_name="State")
    annual_mean = tables.Column(accessor="pay", verbose_name="Annual mean wage", attrs=NUMBER)
    price_level = tables.Column(verbose_name="Price level (U.S. = 100)", attrs=NUMBER)
    at_us_prices = tables.Column(verbose_name="At U.S. prices", attrs=NUMBER)
    employment = tables.Column(verbose_name="Jobs", attrs=NUMBER)

    class Meta:
        attrs = {"class": "listing after-prices"}
        template_name = "careers/includes/after_prices_table.html"
        order_by = "-at_us_prices"
        empty_text = "BLS published no state figures large and precise enough to rank."

    def __init__(self, data, occupation, caption, anchor, **kwargs):
        self.occupation = occupation
        self.caption = caption
        self.anchor = anchor
        super().__init__(data, **kwargs)

    def head(self):
        """Each column's header cell; a sortable column's is a link that sorts the table by
        it, as django-tables2's ``querystring_replace`` writes it."""
        cells = []
        for column in self.columns:
            header = column.header
            if column.orderable:
                params = dict(self.request.GET)
                params[self.prefixed_order_by_field] = column.order_by_alias.next
                query = "?" + urlencode(params, doseq=True)
                header = format_html('<a href="{}#{}">{}</a>', query, self.anchor, header)
            cells.append((column.attrs["th"].as_html(), header))
        return markup.rows("<th {}>{}</th>", cells)

    def body(self):
        """Each row, in the order the table is sorted, written out here: ten rows need no cell
        objects of their own."""
        states = [row.record for row in self.rows]
        urls = areas.addresses(
            lambda area: reverse("careers:occupation-area", args=[self.occupation.slug, area.slug]),
            [state.area for state in states],
        )
        return markup.rows(
            '<tr><td><a href="{}">{}</a></td><td class="num">{}</td><td class="num">{}</td>'
            '<td class="num">{}</td><td class="num">{}</td></tr>\n',
            (
                (
                    url,
                    state.area.name,
                    fmt.money(state.pay, state.top_coded),
                    state.price_level,
                    fmt.money(state.at_us_prices, state.top_coded),
                    fmt.number(state.employment),
                )
                for url, state in zip(urls, states, strict=True)
            ),
        )


def after_prices_tables(request, occupations, citations):
    """[(occupation, AfterPricesTable)] of the page's occupations (with ``top_states``, as
    ``careers.snapshots`` gives them), sorted as the request asks (``sort``, or ``first-sort``
    and ``second-sort`` on a comparison). No query."""
    prefixes = PAIR_PREFIXES if len(occupations) > 1 else ("",)
    made = []
    for occupation, prefix in zip(occupations, prefixes, strict=False):
        states = occupation.top_states
        marks = ""
        if states:
            marks = format_html(
                "{}{}",
                citations.mark_source(states[0].wage.source),
                citations.mark_source(states[0].area.price_source),
            )
        caption = format_html(
            "Top {} states for {} by annual mean wage at U.S. prices{}",
            AFTER_PRICES_COUNT,
            occupation.nouns,
            marks,
        )
        table = AfterPricesTable(
            states, occupation, caption, f"after-prices-{occupation.slug}", prefix=prefix
        )
        tables.RequestConfig(request, paginate=False).configure(table)
        made.append((occupation, table))
    return made


def after_prices_note():
    """Which states the tables rank, and how pay after prices is worked out."""
    return f"{AFTER_PRICES_RULE} {prices.METHOD}"


class FigureTable:
    """One section's figures, a row each, with a column per occupation.

    Plain rows rather than a django-tables2 table: it is never sorted or paged, and a
    page shows four of them, so its cells are made once here and the template only
    writes them out.
    """

    def __init__(self, section, occupations, citations, caption, area=None):
        self.caption = caption
        self.headers = [o.title for o in occupations]
        records = figure_rows(section, occupations, citations, area)
        self.figures = [record["figure"] for record in records]
        self.rows = [
            (
                record["label"],
                [
                    (record[f"o{index}"], title, record.get("higher") == f"o{index}")
                    for index, title in enumerate(self.headers)
                ],
            )
            for record in records
        ]

    def unrank(self, names):
        """Mark neither value of these figures higher: the survey cannot tell them apart."""
        self.rows = [
            (label, [(value, title, False) for value, title, _ in cells])
            if figure in names
            else (label, cells)
            for figure, (label, cells) in zip(self.figures, self.rows, strict=True)
        ]


def figure_rows(section, occupations, citations, area=None):
    """The rows of a section's table; on a page about ``area`` its wage figures say so."""
    data = []
    for label, figure in table_rows(section, occupations):
        if area is not None and figure.name in local.FIGURES:
            label = f"{label} in {area.name}"
        record = {"label": label, "figure": figure.name}
        for index, occupation in enumerate(occupations):
            record[f"o{index}"] = format_html(
                "{}{}{}",
                figure.display(occupation),
                national_note(occupation, figure.name),
                citations.mark(occupation, figure.name),
            )
        # Figures of two places (an area's beside the nation's) are set side by side, never ranked.
        places = {local.where(o, figure.name) for o in occupations}
        if figure.rank and len(occupations) == 2 and len(places) == 1:
            values = [figure.rank(o) for o in occupations]
            if None not in values and values[0] != values[1]:
                record["higher"] = "o0" if values[0] > values[1] else "o1"
        data.append(record)
    return data


def national_note(occupation, figure):
    """Beside a national figure on a page about an area: that it is national, and why."""
    if local.where(occupation, figure) != local.NATION:
        return ""
    if any(getattr(occupation, value.field) not in (None, "") for value in BY_NAME[figure].values):
        return format_html(
            '<span class="note">National figure: none published for {}</span>', occupation.area
        )
    return format_html('<span class="note">None published for {}</span>', occupation.area)


def section_tables(occupations, citations, heading, area=None):
    """One FigureTable per section, captioned with the page's heading."""
    return {
        section: FigureTable(section, occupations, citations, f"{heading} {caption}", area)
        for section, caption in TABLES.items()
    }
