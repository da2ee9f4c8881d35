"""Former addresses of occupations: the slugs they had before, kept so that old links answer 301.

A slug moves when an editor changes it in the admin, and moved once for every title
with a slash, whose words the first imports glued together ("driversales-workers").
Pages look a slug up here only when no occupation has it, so the normal path costs
no query.
"""

from django.core.validators import slug_re
from django.db.models import F
from django.utils.text import slugify

from .models import FormerSlug, Occupation

# Two slugs in one part of an address: a pair of occupations, or one occupation's two places.
SEPARATOR = "-vs-"


def joined(first_slug, second_slug):
    """Two slugs as one part of an address: "accountants-and-auditors-vs-budget-analysts"."""
    return f"{first_slug}{SEPARATOR}{second_slug}"


def split_joined(value):
    """ "a-vs-b" -> ("a", "b"), or None for anything that is not two slugs joined by "-vs-"."""
    if value.count(SEPARATOR) != 1:
        return None
    first, second = value.split(SEPARATOR)
    # Only slugs go on to the database: PostgreSQL refuses some characters (NUL) outright.
    if not slug_re.match(first) or not slug_re.match(second):
        return None
    return first, second


class JoinedConverter:
    """A URL part of two slugs joined by "-vs-". Reversed with two objects that have a slug
    it joins their slugs in the order given; any checking is left to the view."""

    regex = "[^/]+"

    def to_python(self, value):
        return value

    def to_url(self, value):
        if isinstance(value, str):
            return value
        first, second = value
        return joined(first.slug, second.slug)


def record_move(occupation, old_slug):
    """Remember ``old_slug`` as a former address of the occupation, now at ``occupation.slug``."""
    if old_slug and old_slug != occupation.slug:
        FormerSlug.objects.update_or_create(slug=old_slug, defaults={"occupation": occupation})
    # The new slug is live: a record of it as another occupation's former slug would never be read.
    FormerSlug.objects.filter(slug=occupation.slug).delete()


def record_glued(occupation):
    """Keep the glued address of a title with a slash ("driversales-workers") answering, on any database.

    Sites loaded before slashes became hyphens published those addresses; a database
    loaded afresh must answer them too.
    """
    if "/" not in occupation.title:
        return
    glued = slugify(occupation.title)
    if glued != occupation.slug and not Occupation.objects.filter(slug=glued).exists():
        FormerSlug.objects.get_or_create(slug=glued, defaults={"occupation": occupation})


def current(slugs):
    """{former slug: current slug} for those of ``slugs`` that an occupation once had. One query."""
    return dict(FormerSlug.objects.filter(slug__in=list(slugs)).values_list("slug", "occupation__slug"))


def moved_occupations(queryset, slugs):
    """{former slug: occupation} of ``queryset`` for those of ``slugs`` that one once had.

    One query, plus the queryset's prefetches.
    """
    moved = queryset.filter(former_slugs__slug__in=list(slugs)).annotate(former=F("former_slugs__slug"))
    return {occupation.former: occupation for occupation in moved}
