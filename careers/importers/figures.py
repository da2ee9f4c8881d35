"""Setting imported figures on occupations, leaving alone the ones an editor set by hand.

Every importer hands each occupation's new values, by figure (see ``careers.figures``),
to one ``FigureWriter``, which changes only what differs, cites the import's source,
keeps the top-code marks of wages, and writes every changed occupation in one bulk
update at the end.
"""

from django.utils import timezone

from careers.figures import BY_NAME
from careers.models import Occupation

EDITED = "figures edited by hand, left as they are (use --overwrite-edited to replace them)"


class FigureWriter:
    def __init__(self, tally, overwrite_edited=False, edited=EDITED):
        self.tally = tally
        self.overwrite_edited = overwrite_edited
        self.edited = edited
        self.changed = {}
        self.fields = set()

    def apply(self, occupation, values, source, top_coded=()):
        """Set ``values`` ({figure name: {field: value}}) on the occupation, citing ``source``.

        ``top_coded`` names the fields whose value is a BLS top code. Returns whether
        anything changed.
        """
        edited = set(occupation.edited_fields or [])
        top = set(occupation.top_coded or [])
        changed = set()
        for name, fields in values.items():
            if name in edited:
                if not self.overwrite_edited:
                    self.tally.skip(self.edited)
                    continue
                edited.discard(name)
            changed |= self._set(occupation, BY_NAME[name], fields, source)
            for value in BY_NAME[name].values:
                if value.field in top_coded:
                    top.add(value.field)
                else:
                    top.discard(value.field)
        if sorted(edited) != sorted(occupation.edited_fields or []):
            occupation.edited_fields = sorted(edited)
            changed.add("edited_fields")
        if sorted(top) != sorted(occupation.top_coded or []):
            occupation.top_coded = sorted(top)
            changed.add("top_coded")
        if changed:
            self.changed[occupation.pk] = occupation
            self.fields |= changed
        return bool(changed)

    @staticmethod
    def _set(occupation, figure, fields, source):
        changed = set()
        for name, value in fields.items():
            if getattr(occupation, name) != value:
                setattr(occupation, name, value)
                changed.add(name)
        has_value = any(value not in (None, "") for value in fields.values())
        source_id = source.pk if has_value else None
        if getattr(occupation, f"{figure.source_field}_id") != source_id:
            setattr(occupation, f"{figure.source_field}_id", source_id)
            changed.add(figure.source_field)
        return changed

    def save(self):
        """Write every changed occupation in one bulk update; return how many changed."""
        if not self.changed:
            return 0
        now = timezone.now()
        for occupation in self.changed.values():
            occupation.updated_at = now
        Occupation.objects.bulk_update(
            list(self.changed.values()), [*sorted(self.fields), "updated_at"], batch_size=200
        )
        return len(self.changed)
