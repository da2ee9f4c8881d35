from django.urls import path, register_converter

from . import views
from .pairs import PairConverter

app_name = "comparisons"

register_converter(PairConverter, "pair")

urlpatterns = [
    path("", views.home, name="home"),
    path("compare/<pair:pair>/", views.pair, name="pair"),
    path("compare/<pair:pair>/data.csv", views.pair_data, {"fmt": "csv"}, name="pair-csv"),
    path("compare/<pair:pair>/data.json", views.pair_data, {"fmt": "json"}, name="pair-json"),
    path("compare/<pair:pair>/in/", views.pair_area_select, name="pair-area-select"),
    path("compare/<pair:pair>/in/<slug:area>/", views.pair, name="pair-area"),
]
