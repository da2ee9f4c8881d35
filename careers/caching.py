"""HTTP validators and the page cache for public pages.

Every public page is cached whole under a key made of what it shows: its address with
the query parameters it reads (checked and normalised: any other parameter, such as
``utm_source``, is dropped before the view sees the request), and the site-wide data
version (``careers.versions``), which changes whenever any figure changes anywhere. A
change therefore never needs a cache purge: the next request asks for a new key.

A cached entry holds the page's validators beside its content, so that a cache hit,
conditional or not, runs no query: cached pages are served while the database is down.
"""

import hashlib
import threading
from collections import OrderedDict
from functools import cache as memoize
from functools import wraps

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError
from django.db.models import Max
from django.http import Http404, HttpResponse, HttpResponseNotAllowed, QueryDict
from django.urls import Resolver404, resolve
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import http_date, quote_etag, urlencode

from .versions import data_version, per_version

PAGE_KEY = "page:{}"
# Headers a cached page is served again with; the rest are set afresh each time.
KEPT_HEADERS = ["Content-Type", "Content-Disposition", "X-Robots-Tag", "Content-Language"]
SAFE_METHODS = ("GET", "HEAD")


@memoize
def code_fingerprint():
    """A digest of the templates and code that render pages, so that a deploy starts a fresh cache."""
    digest = hashlib.sha256()
    roots = [settings.BASE_DIR / name for name in ("templates", "static", "careers", "comparisons", "config")]
    for root in roots:
        for path in sorted(root.rglob("*")):
            if (
                path.suffix in (".py", ".html", ".txt", ".xml", ".css", ".js")
                and "migrations" not in path.parts
            ):
                digest.update(str(path.relative_to(settings.BASE_DIR)).encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def latest(*stamps):
    return max((s for s in stamps if s is not None), default=None)


def digest(*parts):
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:32]


def page_address(request, version):
    """What a page's cache key and ETag are made of, but for the rows it shows."""
    return [
        version.token,
        code_fingerprint(),
        request.scheme,
        request.get_host(),
        request.get_full_path(),
        settings.SITE_NAME,
        settings.POST_JOB_URL,
    ]


def keep_only(request, query):
    """Replace the request's query with the parameters the page reads, checked by ``query``."""
    params = query(request.GET) if query else {}
    request.GET = QueryDict(urlencode(sorted(params.items())))
    request.META["QUERY_STRING"] = request.GET.urlencode()


class Recent:
    """The pages this process served last, up to ``PAGE_MEMORY_BYTES``, in front of the cache.

    A page's key holds the data version, so an entry under a key never goes stale: a
    change makes new keys, and old entries are pushed out as new ones come in. Reading
    a page here saves carrying it from Redis at every request; the data version is still
    read from the cache each time.
    """

    def __init__(self):
        self.entries = OrderedDict()
        self.size = 0
        self.lock = threading.Lock()

    def get(self, key):
        with self.lock:
            entry = self.entries.get(key)
            if entry is not None:
                self.entries.move_to_end(key)
            return entry

    def add(self, key, entry):
        with self.lock:
            if key in self.entries:
                return
            self.entries[key] = entry
            self.size += len(entry[2])
            while self.size > settings.PAGE_MEMORY_BYTES and self.entries:
                _, dropped = self.entries.popitem(last=False)
                self.size -= len(dropped[2])

    def clear(self):
        with self.lock:
            self.entries.clear()
            self.size = 0


recent = Recent()


class Lookup:
    """A request's place in the page cache: its address, its key and the entry found there.

    Made once per request, by ``PageCacheMiddleware`` or else by the page's view.
    """

    def __init__(self, request, query):
        keep_only(request, query)
        self.version = data_version()
        self.address = page_address(request, self.version)
        self.key = PAGE_KEY.format(digest(*self.address))
        self.hit = None
        if settings.PAGE_CACHE_SECONDS:
            self.hit = recent.get(self.key)
            if self.hit is None:
                self.hit = cache.get(self.key)
                if self.hit is not None:
                    recent.add(self.key, self.hit)

    def serve(self, request):
        """The cached page, or 304 when the request's validators match it."""
        etag, timestamp, content, headers = self.hit
        response = get_conditional_response(request, etag=etag, last_modified=timestamp)
        return with_validators(response or HttpResponse(content, headers=headers), etag, timestamp)


def public_page(stamps=None, query=None):
    """Serve a public page with validators, Cache-Control and the page cache.

    ``query(request.GET)`` returns the query parameters the page reads, as a dict of
    normalised strings, and raises Http404 for a malformed one; without it the page
    reads none. ``stamps(request, *args, **kwargs)`` returns the ``updated_at`` of the
    rows the page is about, in one query, or ``None`` when there is no such page: the
    view then answers as it would uncached. Only GET and HEAD are answered.
    """

    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            if request.method not in SAFE_METHODS:
                return HttpResponseNotAllowed(SAFE_METHODS)
            lookup = getattr(request, "page_lookup", None) or Lookup(request, query)
            if lookup.hit is not None:
                return lookup.serve(request)
            found = stamps(request, *args, **kwargs) if stamps else []
            if found is None:
                return view(request, *args, **kwargs)
            etag = quote_etag(digest(*lookup.address, *(s.isoformat() for s in found if s is not None)))
            last_modified = latest(lookup.version.changed_at, *found)
            # HTTP dates have whole seconds: compare in whole seconds too.
            timestamp = int(last_modified.timestamp()) if last_modified else None
            response = get_conditional_response(request, etag=etag, last_modified=timestamp)
            if response is None:
                response = view(request, *args, **kwargs)
                if settings.PAGE_CACHE_SECONDS:
                    keep(lookup.key, response, etag, timestamp, settings.PAGE_CACHE_SECONDS)
            return with_validators(response, etag, timestamp)

        wrapped.page_query = query
        return wrapped

    return decorator


class PageCacheMiddleware:
    """Answer a public page from the page cache before sessions, CSRF, authentication and
    messages run: a cached page needs none of them, and a hit then costs little more
    than reading it. Anything else goes on to the view as usual.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method in SAFE_METHODS and settings.PAGE_CACHE_SECONDS:
            try:
                view = resolve(request.path_info).func
                if hasattr(view, "page_query"):
                    request.page_lookup = Lookup(request, view.page_query)
                    if request.page_lookup.hit is not None:
                        return request.page_lookup.serve(request)
            except (Resolver404, Http404, DatabaseError):
                # The view answers these as it always does: 404, or 503 while the database is down.
                request.page_lookup = None
        return self.get_response(request)


def keep(key, response, etag, timestamp, timeout):
    """Cache a page that rendered fine and is not too large; anything else is served once."""
    if response.status_code != 200 or response.streaming:
        return
    if hasattr(response, "render"):
        response.render()
    if len(response.content) > settings.PAGE_CACHE_MAX_BYTES:
        return
    headers = {name: response.headers[name] for name in KEPT_HEADERS if name in response.headers}
    cache.set(key, (etag, timestamp, response.content, headers), timeout)
    recent.add(key, (etag, timestamp, response.content, headers))


def with_validators(response, etag, timestamp):
    if response.status_code in (200, 304):
        response.headers["ETag"] = etag
        if timestamp is not None:
            response.headers["Last-Modified"] = http_date(timestamp)
        patch_cache_control(
            response,
            public=True,
            max_age=settings.BROWSER_CACHE_SECONDS,
            s_maxage=settings.CDN_CACHE_SECONDS,
        )
    return response


# Stamps of careers pages -------------------------------------------------


@per_version
def occupation_updates():
    """{slug: updated_at} of every occupation: one query per data version, which every save bumps."""
    from .models import Occupation

    return dict(Occupation.objects.values_list("slug", "updated_at").order_by())


def occupation_stamps(request, slug, **kwargs):
    """When the occupation last changed (``occupation_updates``), or None when no occupation
    has this slug."""
    updated_at = occupation_updates().get(slug)
    return None if updated_at is None else [updated_at]


def category_stamps(request, slug, **kwargs):
    """One query: when the category's newest occupation last changed."""
    from .models import Category

    row = (
        Category.objects.filter(slug=slug)
        .annotate(latest=Max("occupations__updated_at"))
        .values_list("latest", flat=True)
    )
    found = list(row)
    return None if not found else [found[0]]
