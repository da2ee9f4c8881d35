"""Sitemaps of the pages crawlers should index: home and lists, categories, occupations, areas.

Every sitemap page holds at most ``settings.SITEMAP_PAGE_SIZE`` URLs; the index at
``/sitemap.xml`` lists each page. Each URL's ``lastmod`` is the date its figures last
changed (``dated``): the release date of the sources it cites and the last time an
editor changed it, never the time an import last wrote the row, so that loading the
same data again moves no date.
"""

from xml.sax.saxutils import escape

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps.views import x_robots_tag
from django.core.paginator import EmptyPage, PageNotAnInteger
from django.db.models import Exists, Max, OuterRef
from django.http import Http404, HttpResponse
from django.urls import NoReverseMatch, reverse

from .figures import FIGURES
from .models import Area, Category, Occupation, Source, Wage

# The source of each figure, as a column of Occupation.
SOURCE_COLUMNS = [f"{figure.source_field}_id" for figure in FIGURES]


def dated(occupations, *fields):
    """(*fields, date) of each occupation of the queryset, the date being when its figures last
    changed: the newest release date (``Source.as_of``) of the sources its figures cite, or
    the day an editor last changed it if that is later. Two queries."""
    as_of = dict(Source.objects.values_list("pk", "as_of"))
    rows = []
    for *values, edited_at in occupations.values_list(*fields, *SOURCE_COLUMNS, "edited_at"):
        dates = [as_of[pk] for pk in values[len(fields) :] if pk is not None]
        if edited_at is not None:
            dates.append(edited_at.date())
        rows.append((*values[: len(fields)], max(dates, default=None)))
    return rows


def newest(dates):
    return max((d for d in dates if d is not None), default=None)


class PagedSitemap(Sitemap):
    @property
    def limit(self):
        return settings.SITEMAP_PAGE_SIZE

    def lastmod(self, item):
        return item.lastmod


class PathSitemap(PagedSitemap):
    """Items are (path, lastmod) pairs, built without reversing a URL per item."""

    def location(self, item):
        return item[0]

    def lastmod(self, item):
        return item[1]

    def get_latest_lastmod(self):
        return max((item[1] for item in self.items() if item[1] is not None), default=None)


def path_pattern(name, *samples):
    """The URL of ``name`` for ``samples`` split around each, to build many URLs with one reverse()."""
    parts, rest = [], reverse(name, args=samples)
    for sample in samples:
        before, rest = rest.split(sample, 1)
        parts.append(before)
    return (*parts, rest)


class PageSitemap(PathSitemap):
    """The home page and the lists, as new as the newest occupation's figures."""

    NAMES = ["comparisons:home", "careers:occupation-list", "careers:area-list", "careers:sources"]

    def items(self):
        if not hasattr(self, "_rows"):
            latest = newest(date for (date,) in dated(Occupation.objects.all()))
            self._rows = []
            for name in self.NAMES:
                try:
                    self._rows.append((reverse(name), latest))
                except NoReverseMatch:
                    continue
        return self._rows


class CategorySitemap(PathSitemap):
    """Categories with occupations, as new as their newest occupation's figures."""

    def items(self):
        if not hasattr(self, "_rows"):
            latest = {}
            for category, date in dated(Occupation.objects.all(), "category_id"):
                latest[category] = newest([latest.get(category), date])
            categories = Category.objects.filter(pk__in=latest).only("slug").order_by("name")
            self._rows = [(c.get_absolute_url(), latest[c.pk]) for c in categories]
        return self._rows


class OccupationSitemap(PathSitemap):
    def items(self):
        # Cached on the instance: the paginator and the index read the items more than once.
        if not hasattr(self, "_rows"):
            prefix, suffix = path_pattern("careers:occupation-detail", "slug")
            rows = dated(Occupation.objects.order_by("pk"), "slug")
            self._rows = [(f"{prefix}{slug}{suffix}", date) for slug, date in rows]
        return self._rows


class AreaSitemap(PagedSitemap):
    """Areas with published figures, dated by the newest release their figures come from."""

    def items(self):
        return (
            Area.objects.filter(Exists(Wage.objects.filter(area=OuterRef("pk")))).only("slug").order_by("pk")
        )

    def lastmod(self, item):
        if not hasattr(self, "_release"):
            sources = Source.objects.filter(Exists(Wage.objects.filter(source=OuterRef("pk"))))
            self._release = sources.aggregate(latest=Max("as_of"))["latest"]
        return self._release

    def get_latest_lastmod(self):
        return self.lastmod(None)


SITEMAPS = {
    "pages": PageSitemap,
    "categories": CategorySitemap,
    "occupations": OccupationSitemap,
    "areas": AreaSitemap,
}


URLSET_START = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
)
URLSET_END = "</urlset>\n"


def render_urlset(sitemap, page, base):
    """One sitemap page as XML text.

    Written out directly rather than through ``sitemap.xml`` and the template engine,
    which takes several seconds for the 50,000 URLs a page may hold.
    """
    parts = [URLSET_START]
    for item in sitemap.paginator.page(page).object_list:
        location = escape(base + sitemap.location(item))
        lastmod = sitemap.lastmod(item)
        if lastmod is None:
            parts.append(f"<url><loc>{location}</loc></url>\n")
        else:
            parts.append(f"<url><loc>{location}</loc><lastmod>{lastmod:%Y-%m-%d}</lastmod></url>\n")
    parts.append(URLSET_END)
    return "".join(parts)


@x_robots_tag
def section(request, section, sitemaps):
    """A page of one sitemap, ``?p=2`` for the second; 404 past the last page."""
    if section not in sitemaps:
        raise Http404(f"No sitemap called {section!r}.")
    sitemap = sitemaps[section]()
    try:
        body = render_urlset(sitemap, request.GET.get("p", 1), f"{request.scheme}://{request.get_host()}")
    except (EmptyPage, PageNotAnInteger) as error:
        raise Http404(str(error)) from error
    return HttpResponse(body, content_type="application/xml")
