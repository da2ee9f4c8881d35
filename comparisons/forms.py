from django import forms
from django.db.models import Q

from careers.models import Occupation


class OccupationChoiceField(forms.CharField):
    """Takes a title, a slug or a SOC code and returns the occupation it names."""

    def clean(self, value):
        value = super().clean(value)
        if not value:
            return None
        value = value.strip()
        match = Occupation.objects.filter(
            Q(title__iexact=value) | Q(slug=value.lower()) | Q(soc_code=value)
        ).first()
        if match is None:
            raise forms.ValidationError(
                f"We have no occupation called \u201c{value}\u201d. Pick one of the suggestions."
            )
        return match


class CompareForm(forms.Form):
    a = OccupationChoiceField(label="First occupation", max_length=200)
    b = OccupationChoiceField(label="Second occupation", max_length=200)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("a", "b"):
            self.fields[name].widget.attrs.update({"list": "occupation-titles", "autocomplete": "off"})

    def clean(self):
        data = super().clean()
        if data.get("a") and data.get("a") == data.get("b"):
            self.add_error("b", "Choose a different occupation to compare with.")
        return data
