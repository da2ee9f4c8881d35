"""Comparisons shown on pages of other apps: an occupation's related comparisons on its page,
and the summary's salary sentence in the admin's preview of how a title reads; and the long
lists of the switch section, written out here rather than in template loops."""

from django import template
from django.db.models import F

from careers import formatting, markup
from careers.models import Occupation
from comparisons.related import related_comparisons as related
from comparisons.summary import salary_sentence

register = template.Library()


@register.inclusion_tag("comparisons/includes/related.html")
def related_comparisons(occupation):
    """Comparisons of the occupation with its peers, best first. Two queries."""
    return {
        "related": related([occupation]),
        "related_heading": f"Compare {occupation.title_lower} with similar careers",
    }


@register.simple_tag
def salary_sentence_sample(occupation):
    """The summary's salary sentence with ``occupation`` beside the occupation with the most jobs."""
    sample = (
        Occupation.objects.exclude(pk=occupation.pk)
        .exclude(yearly_salary=None)
        .order_by(F("jobs").desc(nulls_last=True), "title")
        .first()
    )
    if sample is None:
        sample = Occupation(title="Accountants and Auditors")
    return salary_sentence(occupation, sample)


@register.simple_tag
def gap_items(gaps):
    """<li> of each skill to build up (``comparisons.switch.SkillGap``)."""
    return markup.rows(
        "<li>{}: level {} now, {} needed</li>", ((g.name, g.origin_level, g.destination_level) for g in gaps)
    )


@register.simple_tag
def skill_dots(chart):
    """A row of the skill chart for each ``comparisons.switch.ChartRow``: a dot at each level."""
    return markup.rows(
        '<li><span class="bar-label">{}</span>\n<svg class="dots" viewBox="0 0 100 10" preserveAspectRatio="none" '
        'focusable="false"><line class="track" x1="0" x2="100" y1="5" y2="5"/>'
        '<line class="gap" x1="{}" x2="{}" y1="5" y2="5"/>{}</svg>\n</li>',
        (
            (
                row.name,
                *row.span,
                markup.rows(
                    '<rect class="series-{}" x="{}" y="2" width="2" height="6"/>',
                    ((index, level - 1) for index, level in enumerate(row.levels) if level is not None),
                ),
            )
            for row in chart
        ),
    )


@register.simple_tag
def level_rows(chart):
    """A table row of each ``comparisons.switch.ChartRow``: its levels, a dash for a missing one."""
    return markup.number_rows((row.name, map(formatting.number, row.levels)) for row in chart)
