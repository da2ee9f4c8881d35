from django.urls import path

from . import views

app_name = "careers"

urlpatterns = [
    path("careers/", views.occupation_list, name="occupation-list"),
    path("careers/sources/", views.source_list, name="sources"),
    path("careers/category/<slug:slug>/", views.category_detail, name="category-detail"),
    path("careers/<slug:slug>/", views.occupation_detail, name="occupation-detail"),
]
