import json

from django import forms
from django.contrib import admin
from django.contrib.admin.widgets import RelatedFieldWidgetWrapper
from django.core.exceptions import ValidationError
from django.db import models
from django.forms.models import BaseInlineFormSet
from django.shortcuts import render
from django.template.loader import render_to_string
from django.urls import path, reverse
from django.utils import timezone
from reversion.admin import VersionAdmin
from reversion.models import Version

from . import locking, slugs
from .coverage import has_figure
from .figures import BY_NAME, FIGURES, SECTIONS, figure_of
from .models import (
    AlternateTitle,
    Area,
    Article,
    Category,
    DataVersion,
    Duty,
    EducationLevel,
    FormerSlug,
    Industry,
    Occupation,
    RaceShare,
    RelatedOccupation,
    Skill,
    Source,
    Technology,
    Wage,
)


def _whole_number(text):
    text = (text or "").strip()
    return int(text) if text.isascii() and text.isdigit() and len(text) < 10 else None


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    list_display = ["name", "as_of", "short_name", "url"]
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
    fields = locking.INLINES["duties"]


class SkillInline(admin.TabularInline):
    model = Skill
    extra = 1
    fields = locking.INLINES["skills"]


class TechnologyInline(admin.TabularInline):
    model = Technology
    extra = 0
    fields = locking.INLINES["technologies"]
    classes = ["collapse"]


class EducationLevelInline(admin.TabularInline):
    model = EducationLevel
    extra = 0
    fields = locking.INLINES["education_levels"]
    classes = ["collapse"]


class AlternateTitleInline(admin.TabularInline):
    model = AlternateTitle
    extra = 0
    fields = locking.INLINES["titles"]
    classes = ["collapse"]


class RelatedOccupationInline(admin.TabularInline):
    model = RelatedOccupation
    fk_name = "occupation"
    extra = 0
    fields = locking.INLINES["related_occupations"]
    autocomplete_fields = ["related"]
    classes = ["collapse"]


class RaceShareFormSet(BaseInlineFormSet):
    """Race shares may not add past 100%. An ethnicity counts apart: Hispanic or Latino people
    may be of any race, so in survey data (CPS) that share overlaps the others."""

    ETHNICITIES = {"hispanic or latino"}

    def clean(self):
        super().clean()
        total = sum(
            form.cleaned_data.get("share") or 0
            for form in self.forms
            if form.cleaned_data
            and not form.cleaned_data.get("DELETE")
            and (form.cleaned_data.get("group") or "").strip().lower() not in self.ETHNICITIES
        )
        if total > 100:
            raise ValidationError(f"The race shares add up to {total}%, which is more than 100%.")


class RaceShareInline(admin.TabularInline):
    model = RaceShare
    formset = RaceShareFormSet
    extra = 1
    fields = locking.INLINES["race_shares"]


def figure_fieldsets():
    """A fieldset per section of ``careers.figures``: each figure's fields beside its source."""
    fieldsets = []
    for section, title in SECTIONS.items():
        rows = [(*figure.fields, figure.source_field) for figure in FIGURES if figure.section == section]
        if rows:
            fieldsets.append((title, {"fields": rows}))
    return fieldsets


class MissingFigureFilter(admin.SimpleListFilter):
    """Occupations that lack a figure of the registry: what editors could fill in."""

    title = "missing figure"
    parameter_name = "missing"

    def lookups(self, request, model_admin):
        return [(figure.name, f"missing {figure.label}") for figure in FIGURES]

    def queryset(self, request, queryset):
        figure = BY_NAME.get(self.value())
        if figure is None:
            return queryset
        return queryset.exclude(has_figure(figure))


class OccupationForm(forms.ModelForm):
    """The occupation's change form, which refuses to overwrite a save made since it was opened."""

    opened_state = forms.CharField(widget=forms.HiddenInput, required=False)
    # Set by OccupationAdmin.get_form on the form class it makes for each request.
    request = None

    class Meta:
        model = Occupation
        # OccupationAdmin's fieldsets add the figures.
        fields = ["title", "slug", "category", "soc_code"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk and not self.is_bound:
            self.initial["opened_state"] = json.dumps(locking.stored_state(self.instance, self.edited()))

    def edited(self):
        return [name for name in self.fields if name != "opened_state"]

    @property
    def changed_data(self):
        # The lock is not a change: keep it out of the history's "Changed ..." messages.
        return [name for name in super().changed_data if name != "opened_state"]

    def clean(self):
        cleaned = super().clean()
        opened = locking.opened_state(self.data.get("opened_state"))
        if not self.instance.pk or opened is None:
            return cleaned
        conflict = locking.Conflict(self, opened, locking.stored_state(self.instance, self.edited()))
        if conflict:
            self.data = conflict.merged_data("opened_state")
            # The inline formsets were made before this form was checked, and read their
            # data only when they are checked: give them the merged rows.
            shared = getattr(self.request, "formset_data", None)
            if shared is not None:
                shared.clear()
                for key, values in self.data.lists():
                    shared.setlist(key, values)
            raise ValidationError(conflict.message(self.saved_by(locking.opened_at(opened))))
        return cleaned

    def saved_by(self, since):
        """Who saved the occupation last, and when, from its history."""
        version = (
            Version.objects.get_for_object(self.instance)
            .filter(revision__date_created__gt=since)
            .select_related("revision__user")
            .first()
        )
        if version is None:
            return "Someone"
        revision = version.revision
        who = revision.user.get_username() if revision.user else "Someone"
        return f"{who} (at {revision.date_created:%H:%M} UTC)"


@admin.register(Occupation)
class OccupationAdmin(VersionAdmin):
    list_display = ["title", "soc_code", "category", "yearly_salary", "jobs", "updated_at"]
    list_filter = ["category", MissingFigureFilter]
    search_fields = ["title", "soc_code", "slug"]
    list_select_related = ["category"]
    prepopulated_fields = {"slug": ["title"]}
    form = OccupationForm
    inlines = [
        DutyInline,
        SkillInline,
        RaceShareInline,
        TechnologyInline,
        EducationLevelInline,
        AlternateTitleInline,
        RelatedOccupationInline,
    ]
    readonly_fields = [
        "wording_preview",
        "onet_occupations",
        "edited_fields",
        "top_coded",
        "edited_at",
        "updated_at",
    ]
    view_on_site = True
    fieldsets = [
        (None, {"fields": ["title", "slug", "category", "soc_code", "opened_state"]}),
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
            {
                "fields": ["onet_occupations", "edited_fields", "top_coded", "edited_at", "updated_at"],
                "classes": ["collapse"],
            },
        ),
    ]

    class Media:
        js = ["careers/admin/wording_preview.js"]

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        """Each figure's source is a plain choice: forty add/change/view link sets would double
        the form's weight and the time it takes to draw; sources are edited on their own page."""
        formfield = super().formfield_for_dbfield(db_field, request, **kwargs)
        if db_field.name.endswith("_source") and isinstance(formfield.widget, RelatedFieldWidgetWrapper):
            formfield.widget = formfield.widget.widget
        return formfield

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        form.request = request
        return form

    def get_formset_kwargs(self, request, obj, inline, prefix):
        """The inlines share one copy of the posted data, which ``OccupationForm`` merges after a conflict."""
        kwargs = super().get_formset_kwargs(request, obj, inline, prefix)
        if "data" in kwargs:
            if not hasattr(request, "formset_data"):
                request.formset_data = kwargs["data"]
            kwargs["data"] = request.formset_data
        return kwargs

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
            related = formset.fk.remote_field.related_name
            figure = next((f.name for f in FIGURES if f.related == related), related)
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


@admin.register(DataVersion)
class DataVersionAdmin(admin.ModelAdmin):
    """When the catalog last changed, as the page cache reads it; saves and imports set it."""

    list_display = ["token", "changed_at"]
    readonly_fields = ["token", "changed_at"]

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
