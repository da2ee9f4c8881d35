"""Template filters for figures: money, shares and dashes for what is missing."""

from django import template
from django.utils.safestring import mark_safe

from careers import formatting, markup

register = template.Library()

register.filter("money", formatting.money)
register.filter("hourly", formatting.hourly)
register.filter("number", formatting.number)
register.filter("share", formatting.share)
register.filter("whole_share", formatting.whole_share)
register.filter("dash", formatting.text)


@register.filter
def top_coded(occupation_or_wage, field):
    return field in (occupation_or_wage.top_coded or [])


@register.simple_tag
def cite(citations, occupation, figure):
    """The footnote mark that links a figure to its source on this page."""
    return citations.mark(occupation, figure)


@register.simple_tag
def cite_source(citations, source):
    """The bare footnote mark of a source already named beside it."""
    return citations.mark_source(source)


@register.simple_tag
def source_of(citations, occupation, figure):
    return citations.source_of(occupation, figure)


CELL = '<td{} data-label="{}">{}{}</td>'
HIGHER_CLASS = mark_safe(' class="higher"')
HIGHER_MARK = mark_safe(
    ' <span class="higher-mark"><span aria-hidden="true">&#9650;</span>'
    '<span class="visually-hidden"> (higher)</span></span>'
)


@register.simple_tag
def figure_rows(rows):
    """The body of a figure table, from its rows: (label, [(value, column title, higher)]) each."""
    return markup.rows(
        '\n    <tr><th scope="row">{}</th>{}</tr>', ((label, cells(row)) for label, row in rows)
    )


def cells(row):
    return markup.rows(
        CELL,
        (
            (HIGHER_CLASS, title, value, HIGHER_MARK) if higher else ("", title, value, "")
            for value, title, higher in row
        ),
    )
