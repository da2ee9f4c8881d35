"""Optimistic locking of an occupation's change form: another editor's save is never lost.

The form carries the state it was opened with: the occupation's fields and its inline
rows (duties, skills, race shares, software, education levels, titles, related
occupations), written as the form writes them. When it is saved, that state is
compared with what is stored now. If someone else saved in between, nothing is saved:
the form comes back with a message saying what they changed, who and when, and with
their changes filled in wherever this editor left the value as it was, so that saving
again keeps both edits. Where both changed the same field, this editor's value stays in
the form and the message gives the other one.
"""

import json
from decimal import Decimal

from django import forms
from django.db import models
from django.forms.models import model_to_dict
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.html import format_html, format_html_join

# The inlines of the occupation's change form: prefix, and the fields each row edits.
# ``careers.admin`` builds the inlines from this.
INLINES = {
    "duties": ["text", "core", "position"],
    "skills": ["name", "share", "importance", "level", "position"],
    "race_shares": ["group", "share", "position"],
    "technologies": ["name", "category", "hot", "in_demand", "position"],
    "education_levels": ["level", "share"],
    "titles": ["title", "kind", "common", "source"],
    "related_occupations": ["related", "tier", "rank", "source"],
}


def as_text(value):
    """A stored value as a form posts it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        # A checkbox posts "on", or nothing at all.
        return "on" if value else ""
    if isinstance(value, models.Model):
        return str(value.pk)
    if isinstance(value, Decimal):
        return str(value)
    return str(value)


def stored_state(occupation, field_names):
    """What the change form shows of the stored occupation: its fields and its inline rows, as text."""
    values = model_to_dict(occupation, fields=field_names)
    return {
        "at": timezone.now().isoformat(),
        "fields": {name: as_text(value) for name, value in values.items()},
        "rows": {
            prefix: {
                str(row.pk): {name: as_text(getattr(row, name)) for name in names}
                for row in getattr(occupation, prefix).all()
            }
            for prefix, names in INLINES.items()
        },
    }


def posted_rows(data, prefix):
    """The inline rows a form posts: {row id or "new-N": {field: text}}, without those marked for deletion."""
    rows = {}
    try:
        total = int(data.get(f"{prefix}-TOTAL_FORMS", 0))
    except ValueError:
        return rows
    for index in range(total):
        key = f"{prefix}-{index}-"
        if data.get(key + "DELETE"):
            continue
        values = {name: data.get(key + name, "") for name in INLINES[prefix]}
        row_id = data.get(key + "id", "")
        if row_id:
            rows[row_id] = values
        elif any(value for name, value in values.items() if name != "position"):
            rows[f"new-{index}"] = values
    return rows


def same(field, first, second):
    """Whether two posted texts mean the same value of a form field ("1" and "1.0" do)."""
    if first == second:
        return True
    if isinstance(field, forms.ModelChoiceField):
        return False
    try:
        return field.to_python(first) == field.to_python(second)
    except forms.ValidationError:
        return False


class Conflict:
    """What others changed since ``opened`` and what this editor changed, and the form data that keeps both."""

    def __init__(self, form, opened, stored):
        self.form = form
        self.opened = opened
        self.stored = stored
        data = form.data
        self.theirs = {
            name: value for name, value in stored["fields"].items() if value != opened["fields"].get(name)
        }
        self.mine = {
            name
            for name, field in form.fields.items()
            if name in opened["fields"] and not same(field, data.get(name, ""), opened["fields"][name])
        }
        self.their_rows = [prefix for prefix in INLINES if stored["rows"][prefix] != opened["rows"][prefix]]
        self.my_rows = [
            prefix
            for prefix in INLINES
            if posted_rows(data, prefix) != opened["rows"][prefix] and f"{prefix}-TOTAL_FORMS" in data
        ]

    def __bool__(self):
        return bool(self.theirs or self.their_rows)

    def merged_data(self, state_field):
        """The posted data with the others' changes filled in wherever this editor changed nothing."""
        data = self.form.data.copy()
        for name in self.theirs.keys() - self.mine:
            data[name] = self.theirs[name]
        for prefix in self.their_rows:
            if prefix not in self.my_rows:
                self._replace_rows(data, prefix)
        data[state_field] = json.dumps(self.stored)
        return data

    def _replace_rows(self, data, prefix):
        for key in [key for key in data if key.startswith(f"{prefix}-") and "_FORMS" not in key]:
            del data[key]
        rows = self.stored["rows"][prefix]
        for index, (row_id, values) in enumerate(rows.items()):
            data[f"{prefix}-{index}-id"] = row_id
            data[f"{prefix}-{index}-occupation"] = str(self.form.instance.pk)
            for name, value in values.items():
                data[f"{prefix}-{index}-{name}"] = value
        data[f"{prefix}-TOTAL_FORMS"] = str(len(rows))
        data[f"{prefix}-INITIAL_FORMS"] = str(len(rows))

    def message(self, saved_by):
        """The message over the form: who saved, and each change they made."""
        labels = {name: field.label or name for name, field in self.form.fields.items()}
        lines = []
        for name, value in self.theirs.items():
            before = self.opened["fields"].get(name, "")
            if name in self.mine:
                note = "you changed it too: your value is in the form, check it before saving"
            else:
                note = "now in the form"
            lines.append((labels.get(name, name), before or "blank", value or "blank", note))
        for prefix in self.their_rows:
            label = prefix.replace("_", " ").capitalize()
            if prefix in self.my_rows:
                note = "you changed them too: your rows are in the form and will replace theirs"
            else:
                note = "their rows are now in the form"
            lines.append((label, "rows as you opened them", "rows changed", note))
        items = format_html_join("", "<li>{}: {} \u2192 {} ({})</li>", lines)
        return format_html(
            "{} saved this occupation after you opened this page, so your changes were not saved yet. "
            "Their changes are below; review the form and save again to keep both.<ul>{}</ul>",
            saved_by,
            items,
        )


def opened_state(text):
    try:
        state = json.loads(text)
    except (TypeError, ValueError):
        return None
    if not isinstance(state, dict) or not {"fields", "rows", "at"} <= state.keys():
        return None
    return state


def opened_at(state):
    return parse_datetime(state["at"])
