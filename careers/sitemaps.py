"""Sitemaps of the pages crawlers should index: home and lists, categories, occupations, areas.

Every sitemap page holds at most ``settings.SITEMAP_PAGE_SIZE`` URLs; the index at
``/sitemap.xml`` lists each page. Each URL's ``lastmod`` comes from the data.
"""

from xml.sax.saxutils import escape

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps.views import x_robots_tag
from django.core.paginator import EmptyPage, PageNotAnInteger
from django.db.models import Exists, Max, OuterRef
from django.http import Http404, HttpResponse
from django.urls import NoReverseMatch, reverse

from .models import Area, Category, Occupation, Source, Wage


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


def path_pattern(name, sample):
    """The URL of ``name`` for ``sample`` split around it, to build many URLs with one reverse()."""
    url = reverse(name, args=[sample])
    prefix, suffix = url.split(sample)
    return prefix, suffix


class PageSitemap(PathSitemap):
    """The home page and the lists, as new as the newest occupation."""

    NAMES = ["comparisons:home", "careers:occupation-list", "careers:area-list", "careers:sources"]

    def items(self):
        latest = Occupation.objects.aggregate(latest=Max("updated_at"))["latest"]
        found = []
        for name in self.NAMES:
            try:
                found.append((reverse(name), latest))
            except NoReverseMatch:
                continue
        return found


class CategorySitemap(PagedSitemap):
    def items(self):
        return (
            Category.objects.annotate(lastmod=Max("occupations__updated_at"))
            .filter(lastmod__isnull=False)
            .only("slug")
            .order_by("name")
        )

    def get_latest_lastmod(self):
        return Occupation.objects.aggregate(latest=Max("updated_at"))["latest"]


class OccupationSitemap(PathSitemap):
    def items(self):
        # Cached on the instance: the paginator and the index read the items more than once.
        if not hasattr(self, "_rows"):
            prefix, suffix = path_pattern("careers:occupation-detail", "slug")
            rows = Occupation.objects.order_by("pk").values_list("slug", "updated_at")
            self._rows = [(f"{prefix}{slug}{suffix}", updated_at) for slug, updated_at in rows]
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
