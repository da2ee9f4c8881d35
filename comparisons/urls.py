from django.urls import path

from . import views

app_name = "comparisons"

urlpatterns = [
    path("", views.home, name="home"),
    path("compare/<str:pair>/", views.pair, name="pair"),
    path("compare/<str:pair>/data.csv", views.pair_data, {"fmt": "csv"}, name="pair-csv"),
    path("compare/<str:pair>/data.json", views.pair_data, {"fmt": "json"}, name="pair-json"),
    path("compare/<str:pair>/in/", views.pair_area_select, name="pair-area-select"),
    path("compare/<str:pair>/in/<slug:area>/", views.pair, name="pair-area"),
]
