from django.urls import path, register_converter

from . import views
from .places import PlacesConverter

app_name = "careers"

register_converter(PlacesConverter, "places")

urlpatterns = [
    path("careers/", views.occupation_list, name="occupation-list"),
    path("search/", views.search, name="search"),
    path("suggest/", views.suggest, name="suggest"),
    path("careers/sources/", views.source_list, name="sources"),
    path("careers/category/<slug:slug>/", views.category_detail, name="category-detail"),
    path("careers/areas/", views.area_list, name="area-list"),
    path("careers/areas/<slug:slug>/", views.area_detail, name="area-detail"),
    path("careers/<slug:slug>/", views.occupation_detail, name="occupation-detail"),
    path("careers/<slug:slug>/in/", views.occupation_area_select, name="occupation-area-select"),
    path("careers/<slug:slug>/in/compare/", views.occupation_places_select, name="occupation-places-select"),
    path("careers/<slug:slug>/in/<places:places>/", views.occupation_places, name="occupation-places"),
    path("careers/<slug:slug>/in/<slug:area>/", views.occupation_detail, name="occupation-area"),
]
