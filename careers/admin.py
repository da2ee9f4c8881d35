from django.contrib import admin
from django.core.exceptions import ValidationError
from django.db import models
from django.forms.models import BaseInlineFormSet

from .models import Area, Category, Duty, Industry, Occupation, RaceShare, Skill, Source, Wage


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    list_display = ["name", "as_of", "url"]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    search_fields = ["name"]


@admin.register(Category)
class CategoryAdmin(admin.ModelAdmin):
    list_display = ["name", "soc_code", "slug"]
    search_fields = ["name", "soc_code"]
    prepopulated_fields = {"slug": ["name"]}


class DutyInline(admin.TabularInline):
    model = Duty
    extra = 1
    fields = ["text", "position"]


class SkillInline(admin.TabularInline):
    model = Skill
    extra = 1
    fields = ["name", "share", "position"]


class RaceShareFormSet(BaseInlineFormSet):
    def clean(self):
        super().clean()
        total = sum(
            form.cleaned_data.get("share") or 0
            for form in self.forms
            if form.cleaned_data and not form.cleaned_data.get("DELETE")
        )
        if total > 100:
            raise ValidationError(f"The race shares add up to {total}%, which is more than 100%.")


class RaceShareInline(admin.TabularInline):
    model = RaceShare
    formset = RaceShareFormSet
    extra = 1
    fields = ["group", "share", "position"]


def figure_fieldset(title, *rows):
    return (title, {"fields": list(rows)})


@admin.register(Occupation)
class OccupationAdmin(admin.ModelAdmin):
    list_display = ["title", "soc_code", "category", "yearly_salary", "jobs", "updated_at"]
    list_filter = ["category"]
    search_fields = ["title", "soc_code", "slug"]
    list_select_related = ["category"]
    prepopulated_fields = {"slug": ["title"]}
    inlines = [DutyInline, SkillInline, RaceShareInline]
    readonly_fields = ["edited_fields", "top_coded", "updated_at"]
    view_on_site = True
    fieldsets = [
        (None, {"fields": ["title", "slug", "category", "soc_code"]}),
        ("Wording", {"fields": ["singular", "plural", "article"], "classes": ["collapse"]}),
        figure_fieldset(
            "Description", ("description", "description_source"), ("time_to_become", "time_to_become_source")
        ),
        figure_fieldset(
            "Pay and outlook",
            ("yearly_salary", "yearly_salary_source"),
            ("hourly_rate", "hourly_rate_source"),
            ("salary_low", "salary_high", "salary_range_label", "salary_range_source"),
            ("growth_rate", "growth_rate_source"),
            ("jobs", "jobs_source"),
            ("job_satisfaction", "job_satisfaction_source"),
        ),
        figure_fieldset(
            "Where the pay is best",
            ("highest_paying_city", "highest_paying_city_source"),
            ("highest_paying_state", "highest_paying_state_source"),
            ("best_paying_company", "best_paying_company_source"),
            ("best_paying_industry", "best_paying_industry_source"),
        ),
        figure_fieldset(
            "Education and experience",
            ("degree", "degree_share", "degree_source"),
            ("major", "major_source"),
            ("college", "college_source"),
            ("years_of_experience", "years_of_experience_source"),
        ),
        figure_fieldset(
            "Demographics",
            ("average_age", "average_age_source"),
            ("male_share", "female_share", "gender_source"),
            "race_source",
            ("lgbt_share", "lgbt_share_source"),
        ),
        figure_fieldset("Duties and skills", "duties_source", "skills_source"),
        ("Record", {"fields": ["edited_fields", "top_coded", "updated_at"], "classes": ["collapse"]}),
    ]

    def save_model(self, request, obj, form, change):
        edited = set(obj.edited_fields or [])
        for name in form.changed_data:
            figure = figure_of(name)
            if figure:
                edited.add(figure)
        obj.edited_fields = sorted(edited)
        # A wage an editor typed in is an exact figure, not a BLS top code.
        obj.top_coded = [f for f in obj.top_coded if f not in form.changed_data]
        super().save_model(request, obj, form, change)

    def save_formset(self, request, form, formset, change):
        super().save_formset(request, form, formset, change)
        if formset.has_changed():
            figure = {Duty: "duties", Skill: "skills", RaceShare: "race"}[formset.model]
            occupation = form.instance
            occupation.edited_fields = sorted({*occupation.edited_fields, figure})
            # Saved even when the figure was edited before: updated_at dates the page's validators.
            occupation.save(update_fields=["edited_fields", "updated_at"])


FIELD_FIGURES = {
    "salary_low": "salary_range",
    "salary_high": "salary_range",
    "salary_range_label": "salary_range",
    "degree_share": "degree",
    "male_share": "gender",
    "female_share": "gender",
}


def figure_of(field_name):
    """The figure a form field belongs to, or None for fields that are not figures."""
    name = field_name.removesuffix("_source")
    name = FIELD_FIGURES.get(name, name)
    return name if name in Occupation.FIGURES else None


@admin.register(Area)
class AreaAdmin(admin.ModelAdmin):
    list_display = ["name", "code", "kind", "state"]
    list_filter = ["kind"]
    search_fields = ["name", "code"]


@admin.register(Industry)
class IndustryAdmin(admin.ModelAdmin):
    list_display = ["title", "code", "ownership", "level"]
    list_filter = ["level"]
    search_fields = ["title", "code"]


@admin.register(Wage)
class WageAdmin(admin.ModelAdmin):
    list_display = ["occupation", "area", "industry", "employment", "annual_mean"]
    list_filter = ["area__kind"]
    search_fields = ["occupation__title", "occupation__soc_code", "area__name"]
    list_select_related = ["occupation", "area", "industry"]
    raw_id_fields = ["occupation", "area", "industry"]
