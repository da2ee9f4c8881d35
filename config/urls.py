from django.contrib import admin
from django.contrib.sitemaps import views as sitemap_views
from django.urls import include, path
from django.views.generic import TemplateView

from careers.caching import public_page
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
        public_page()(sitemap_section),
        {"sitemaps": sitemaps},
        name="sitemap-section",
    ),
    path("", include("careers.urls")),
    path("", include("comparisons.urls")),
]
