"""Comparisons shown on pages of other apps: an occupation's related comparisons on its page,
and the summary's salary sentence in the admin's preview of how a title reads."""

from django import template
from django.db.models import F

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
