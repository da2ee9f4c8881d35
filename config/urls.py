from django.conf import settings
from django.contrib import admin
from django.contrib.sitemaps import views as sitemap_views
from django.http import HttpResponse
from django.urls import include, path
from django.views.generic import TemplateView

from careers.caching import public_page
from careers.queries import sitemap_query
from careers.sitemaps import SITEMAPS
from careers.sitemaps import section as sitemap_section
from comparisons.sitemaps import ComparisonSitemap, StateComparisonSitemap

sitemaps = {**SITEMAPS, "comparisons": ComparisonSitemap, "state-comparisons": StateComparisonSitemap}

urlpatterns = [
    path("admin/", admin.site.urls),
    path(
        "robots.txt",
        public_page()(TemplateView.as_view(template_name="robots.txt", content_type="text/plain")),
        name="robots",
    ),
    path(
        "sitemap.xml",
        public_page()(sitemap_views.index),
        {"sitemaps": sitemaps, "sitemap_url_name": "sitemap-section"},
        name="sitemap",
    ),
    path(
        "sitemap-<slug:section>.xml",
        public_page(query=sitemap_query)(sitemap_section),
        {"sitemaps": sitemaps},
        name="sitemap-section",
    ),
    path("", include("careers.urls")),
    path("", include("comparisons.urls")),
]

if settings.BENCH_VIEW:
    # The baseline bench/load.py measures pages against: Django's whole stack, no work.
    urlpatterns.append(path("bench/bare/", lambda request: HttpResponse("ok")))
