"""Sortable lists of occupations."""

import django_tables2 as tables

from . import formatting as fmt
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
