from django import forms
from django.db.models import F, Q
from django.urls import reverse

from careers.models import AlternateTitle, Occupation


class OccupationChoiceField(forms.CharField):
    """Takes any title of an occupation, its slug or its SOC code, and returns the occupation."""

    def clean(self, value):
        value = super().clean(value)
        if not value:
            return None
        value = " ".join(value.split())
        match = Occupation.objects.filter(
            Q(title__iexact=value) | Q(slug=value.lower()) | Q(soc_code=value)
        ).first()
        if match is None:
            other = (
                AlternateTitle.objects.filter(title__iexact=value)
                .select_related("occupation")
                .order_by("-common", F("occupation__jobs").desc(nulls_last=True))
                .first()
            )
            match = other.occupation if other else None
        if match is None:
            raise forms.ValidationError(
                f"We have no occupation called \u201c{value}\u201d. Pick one of the suggestions, or search for it."
            )
        return match


class CompareForm(forms.Form):
    a = OccupationChoiceField(label="First occupation", max_length=200)
    b = OccupationChoiceField(label="Second occupation", max_length=200)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("a", "b"):
            self.fields[name].widget.attrs.update(
                {"autocomplete": "off", "data-suggest-url": reverse("careers:suggest")}
            )

    def clean(self):
        data = super().clean()
        if data.get("a") and data.get("a") == data.get("b"):
            self.add_error("b", "Choose a different occupation to compare with.")
        return data
