"""Tags that write out the bars, points and rows of the charts (``careers.charts``)."""

from django import template

from careers import formatting, markup

register = template.Library()


@register.simple_tag
def education_bars(chart):
    """A row of bars for each level of an ``EducationChart``, with the shares beside it."""
    return markup.rows(
        '<li><span class="bar-label">{}</span>\n<svg class="bars" viewBox="0 0 100 {}" '
        'preserveAspectRatio="none" focusable="false">{}</svg>\n<span class="bar-values">{}</span></li>\n',
        (
            (
                row.label,
                row.height,
                markup.rows(
                    '<rect class="series-{}" x="0" y="{}" width="{}" height="{}"/>',
                    ((bar.index, bar.y, bar.width, bar.height) for bar in row.bars),
                ),
                markup.rows(
                    '<span class="series-{}">{}</span>',
                    ((bar.index, formatting.share(bar.share)) for bar in row.bars),
                ),
            )
            for row in chart.rows
        ),
    )


@register.simple_tag
def share_rows(rows):
    """A table row of each of an ``EducationChart``'s rows: its label, then its shares."""
    return markup.number_rows((row.label, map(formatting.share, row.shares)) for row in rows)


@register.simple_tag
def tick_lines(chart):
    """The wage chart's grid: a line up from each tick of its axis."""
    return markup.rows(
        '<line x1="{}" x2="{}" y1="0" y2="{}"/>', ((t.x, t.x, chart.height) for t in chart.ticks)
    )


@register.simple_tag
def point_circles(series, chart):
    """A circle at each of a wage chart series' percentiles, but at a top-coded one."""
    return markup.rows(
        '<circle class="chart-point" cx="{}" cy="{}" r="3.5" stroke-width="2"/>',
        ((p.x, chart.middle) for p in series.points.values() if not p.top_coded),
    )
