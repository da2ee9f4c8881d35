"""Sortable lists of occupations."""

import django_tables2 as tables
from django.db.models import F
from django.urls import reverse
from django.utils.html import format_html

from . import formatting as fmt
from .charts import top_coded
from .models import Occupation


class OccupationTable(tables.Table):
    title = tables.Column(linkify=True, verbose_name="Occupation")
    yearly_salary = tables.Column(
        verbose_name="Yearly salary", attrs={"td": {"class": "num"}, "th": {"class": "num"}}
    )
    jobs = tables.Column(
        verbose_name="Number of jobs", attrs={"td": {"class": "num"}, "th": {"class": "num"}}
    )

    class Meta:
        model = Occupation
        fields = ["title", "yearly_salary", "jobs"]
        order_by = "title"
        attrs = {"class": "listing"}
        template_name = "django_tables2/table.html"
        empty_text = "No occupations yet."

    def render_yearly_salary(self, value, record):
        return fmt.money(value, "yearly_salary" in record.top_coded)

    def render_jobs(self, value):
        return fmt.number(value)

    def order_yearly_salary(self, queryset, is_descending):
        return missing_last(queryset, "yearly_salary", is_descending)

    def order_jobs(self, queryset, is_descending):
        return missing_last(queryset, "jobs", is_descending)


def missing_last(queryset, field, is_descending):
    """Order by a figure with missing ones last either way; PostgreSQL would put them first when descending."""
    expression = F(field).desc(nulls_last=True) if is_descending else F(field).asc(nulls_last=True)
    return queryset.order_by(expression, "title"), True


class AreaWageTable(tables.Table):
    """The occupations BLS published figures for in one area."""

    title = tables.Column(accessor="occupation__title", verbose_name="Occupation")
    annual_mean = tables.Column(
        verbose_name="Annual mean wage", attrs={"td": {"class": "num"}, "th": {"class": "num"}}
    )
    employment = tables.Column(
        verbose_name="Employment", attrs={"td": {"class": "num"}, "th": {"class": "num"}}
    )

    class Meta:
        attrs = {"class": "listing"}
        template_name = "django_tables2/table.html"
        order_by = "title"
        empty_text = "BLS published no occupations for this area."

    def __init__(self, data, area, **kwargs):
        self.area = area
        super().__init__(data, **kwargs)

    def render_title(self, value, record):
        url = reverse("careers:occupation-area", args=[record.occupation.slug, self.area.slug])
        return format_html('<a href="{}">{}</a>', url, value)

    def render_annual_mean(self, value, record):
        return fmt.money(value, top_coded(record, "annual_mean"))

    def render_employment(self, value):
        return fmt.number(value)

    def order_annual_mean(self, queryset, is_descending):
        return self.missing_last(queryset, "annual_mean", is_descending)

    def order_employment(self, queryset, is_descending):
        return self.missing_last(queryset, "employment", is_descending)

    @staticmethod
    def missing_last(queryset, field, is_descending):
        expression = F(field).desc(nulls_last=True) if is_descending else F(field).asc(nulls_last=True)
        return queryset.order_by(expression, "occupation__title"), True
