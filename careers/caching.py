"""HTTP validators and the page cache for public pages.

Every public page is cached whole under a key made of what it shows: the address,
the ``updated_at`` of the rows it is about, and the site-wide data version
(``careers.versions``), which changes whenever any figure changes anywhere. A change
therefore never needs a cache purge: the next request asks for a new key.
"""

import hashlib
from functools import cache as memoize
from functools import wraps

from django.conf import settings
from django.core.cache import cache
from django.db.models import Max
from django.http import HttpResponse
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import http_date, quote_etag

from .versions import data_version

PAGE_KEY = "page:{}"
# Headers a cached page is served again with; the rest are set afresh each time.
KEPT_HEADERS = ["Content-Type", "Content-Disposition", "X-Robots-Tag", "Content-Language"]


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


def validators(request, stamps):
    """The ETag and Last-Modified of a page that shows rows last changed at ``stamps``."""
    version = data_version()
    parts = [
        version.token,
        code_fingerprint(),
        request.scheme,
        request.get_host(),
        request.get_full_path(),
        settings.SITE_NAME,
        settings.POST_JOB_URL,
        *(s.isoformat() for s in stamps if s is not None),
    ]
    etag = hashlib.sha256("\n".join(parts).encode()).hexdigest()[:32]
    return quote_etag(etag), latest(version.changed_at, *stamps)


def public_page(stamps=None):
    """Serve a public page with validators, Cache-Control and the page cache.

    ``stamps(request, *args, **kwargs)`` returns the ``updated_at`` of the rows the
    page is about, in as few queries as it can (one, in this project), or ``None``
    when there is no such page: the view then answers as it would uncached. A page
    answers 304 to a request whose validators still match, without a further query.
    """

    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            if request.method not in ("GET", "HEAD"):
                return view(request, *args, **kwargs)
            found = stamps(request, *args, **kwargs) if stamps else []
            if found is None:
                return view(request, *args, **kwargs)
            etag, last_modified = validators(request, found)
            # HTTP dates have whole seconds: compare in whole seconds too.
            timestamp = int(last_modified.timestamp()) if last_modified else None
            response = get_conditional_response(request, etag=etag, last_modified=timestamp)
            if response is None:
                response = cached_render(PAGE_KEY.format(etag), view, request, *args, **kwargs)
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

        return wrapped

    return decorator


def cached_render(key, view, request, *args, **kwargs):
    """The view's response, from the cache when it holds one; only 200 answers are kept."""
    timeout = settings.PAGE_CACHE_SECONDS
    if timeout:
        hit = cache.get(key)
        if hit is not None:
            content, headers = hit
            return HttpResponse(content, headers=headers)
    response = view(request, *args, **kwargs)
    if timeout and response.status_code == 200 and not response.streaming:
        if hasattr(response, "render"):
            response.render()
        headers = {name: response.headers[name] for name in KEPT_HEADERS if name in response.headers}
        cache.set(key, (response.content, headers), timeout)
    return response


# Stamps of careers pages -------------------------------------------------


def occupation_stamps(request, slug, **kwargs):
    """One query: when the occupation last changed, or None when there is no such occupation."""
    from .models import Occupation

    updated_at = Occupation.objects.filter(slug=slug).values_list("updated_at", flat=True).first()
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
