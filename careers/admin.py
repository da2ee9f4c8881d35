from django.contrib import admin
from django.core.exceptions import ValidationError
from django.db import models
from django.forms.models import BaseInlineFormSet
from django.shortcuts import render
from django.template.loader import render_to_string
from django.urls import path, reverse
from django.utils import timezone

from . import slugs
from .figures import FIGURES, SECTIONS, figure_of
from .models import (
    Area,
    Article,
    Category,
    Duty,
    FormerSlug,
    Industry,
    Occupation,
    RaceShare,
    Skill,
    Source,
    Wage,
)


def _whole_number(text):
    text = (text or "").strip()
    return int(text) if text.isascii() and text.isdigit() and len(text) < 10 else None


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


def figure_fieldsets():
    """A fieldset per section of ``careers.figures``: each figure's fields beside its source."""
    fieldsets = []
    for section, title in SECTIONS.items():
        rows = [(*figure.fields, figure.source_field) for figure in FIGURES if figure.section == section]
        if rows:
            fieldsets.append((title, {"fields": rows}))
    return fieldsets


@admin.register(Occupation)
class OccupationAdmin(admin.ModelAdmin):
    list_display = ["title", "soc_code", "category", "yearly_salary", "jobs", "updated_at"]
    list_filter = ["category"]
    search_fields = ["title", "soc_code", "slug"]
    list_select_related = ["category"]
    prepopulated_fields = {"slug": ["title"]}
    inlines = [DutyInline, SkillInline, RaceShareInline]
    readonly_fields = ["wording_preview", "edited_fields", "top_coded", "edited_at", "updated_at"]
    view_on_site = True
    fieldsets = [
        (None, {"fields": ["title", "slug", "category", "soc_code"]}),
        (
            "Wording",
            {
                "fields": ["wording_preview", "singular", "plural", "article"],
                "description": "How the title reads in the pages' sentences. Leave a form blank to "
                "derive it from the title; fill it in to correct it.",
            },
        ),
        *figure_fieldsets(),
        (
            "Record",
            {"fields": ["edited_fields", "top_coded", "edited_at", "updated_at"], "classes": ["collapse"]},
        ),
    ]

    class Media:
        js = ["careers/admin/wording_preview.js"]

    @admin.display(description="Reads as")
    def wording_preview(self, obj):
        return render_to_string(
            "careers/admin/wording_preview.html",
            {"occupation": obj, "url": reverse("admin:careers_occupation_wording_preview")},
        )

    def get_urls(self):
        preview = path(
            "wording-preview/",
            self.admin_site.admin_view(self.wording_preview_view),
            name="careers_occupation_wording_preview",
        )
        return [preview, *super().get_urls()]

    def wording_preview_view(self, request):
        """The preview for the forms being typed, which the change form fetches as the editor types."""
        fields = {
            name: request.GET.get(name, "")[:200] for name in ("title", "singular", "plural", "article")
        }
        if fields["article"] not in Article.values:
            fields["article"] = ""
        occupation = Occupation(**fields, yearly_salary=_whole_number(request.GET.get("yearly_salary")))
        return render(request, "careers/admin/wording_forms.html", {"occupation": occupation})

    def save_model(self, request, obj, form, change):
        edited = set(obj.edited_fields or [])
        edited.update(name for name in map(figure_of, form.changed_data) if name)
        obj.edited_fields = sorted(edited)
        # A wage an editor typed in is an exact figure, not a BLS top code.
        obj.top_coded = [f for f in obj.top_coded if f not in form.changed_data]
        if form.has_changed():
            obj.edited_at = timezone.now()
        super().save_model(request, obj, form, change)
        if change and "slug" in form.changed_data:
            slugs.record_move(obj, form.initial.get("slug"))

    def save_formset(self, request, form, formset, change):
        super().save_formset(request, form, formset, change)
        if formset.has_changed():
            figure = next(f.name for f in FIGURES if f.related == formset.fk.remote_field.related_name)
            occupation = form.instance
            occupation.edited_fields = sorted({*occupation.edited_fields, figure})
            occupation.edited_at = timezone.now()
            # Saved even when the figure was edited before: updated_at dates the page's validators.
            occupation.save(update_fields=["edited_fields", "edited_at", "updated_at"])


@admin.register(FormerSlug)
class FormerSlugAdmin(admin.ModelAdmin):
    list_display = ["slug", "occupation"]
    search_fields = ["slug", "occupation__title"]
    list_select_related = ["occupation"]
    raw_id_fields = ["occupation"]


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
