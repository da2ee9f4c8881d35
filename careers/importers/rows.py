"""Writing an occupation's imported rows that are no figure of the registry: its other titles
and its related occupations.

An import hands each occupation's wanted rows, keyed by what identifies a row among the
occupation's (a title, a related occupation), to one ``RowWriter`` per model. The writer
compares them with the stored rows, read in one query, and at the end deletes, updates
and creates in bulk only what differs, so that an import run twice changes nothing the
second time. An occupation whose rows an editor changed in the admin (its
``edited_fields`` name the rows' related name, see ``OccupationAdmin.save_formset``) is
left alone unless the import overwrites edited data.
"""

from django.utils import timezone

from .figures import update

EDITED = (
    "occupations whose {name} an editor changed, left as they are (use --overwrite-edited to replace them)"
)
BATCH = 2000
# Rows deleted per statement: well under the bound SQLite puts on a query's parameters.
DELETE_BATCH = 500


class RowWriter:
    def __init__(self, model, key, tally, overwrite_edited=False):
        """``key`` names the field (besides the occupation) that identifies a row."""
        self.model = model
        self.key = key
        self.tally = tally
        self.overwrite_edited = overwrite_edited
        self.related_name = model._meta.get_field("occupation").remote_field.related_name
        self.kind = str(model._meta.verbose_name_plural)
        self.stored = {}
        for row in model.objects.filter(occupation__soc_code__isnull=False).order_by():
            self.stored.setdefault(row.occupation_id, {})[getattr(row, self.key)] = row
        self.created, self.updated, self.deleted = [], [], []
        self.fields = set()

    def apply(self, occupation, wanted):
        """Make the occupation's rows the ``wanted`` ones ({key: {field: value}}); returns whether
        any row (or the occupation's ``edited_fields``) changes."""
        edited = self.related_name in (occupation.edited_fields or [])
        if edited and not self.overwrite_edited:
            self.tally.skip(EDITED.format(name=self.kind))
            return False
        stored = self.stored.get(occupation.pk, {})
        changed = edited
        for key, row in stored.items():
            if key not in wanted:
                self.deleted.append(row.pk)
                changed = True
            elif self._set(row, wanted[key]):
                self.updated.append(row)
                changed = True
            else:
                self.tally.count(self.kind, "unchanged")
        for key, values in wanted.items():
            if key not in stored:
                self.created.append(self.model(occupation_id=occupation.pk, **{self.key: key}, **values))
                changed = True
        if edited:
            occupation.edited_fields = [
                name for name in occupation.edited_fields if name != self.related_name
            ]
        return changed

    def _set(self, row, values):
        differing = {name for name, value in values.items() if getattr(row, name) != value}
        for name in differing:
            setattr(row, name, values[name])
        self.fields |= differing
        return bool(differing)

    def save(self):
        """Delete, update and create in bulk what ``apply`` found different."""
        for start in range(0, len(self.deleted), DELETE_BATCH):
            stale = self.model.objects.filter(pk__in=self.deleted[start : start + DELETE_BATCH])
            # Deleted without Django's collector: nothing refers to these rows, and the
            # collector would send a signal, and bump the data version, per row. The
            # importer bumps it once.
            stale._raw_delete(stale.db)
        if self.updated:
            self.model.objects.bulk_update(self.updated, sorted(self.fields), batch_size=BATCH)
        self.model.objects.bulk_create(self.created, batch_size=BATCH)
        self.tally.count(self.kind, "deleted", len(self.deleted))
        self.tally.count(self.kind, "updated", len(self.updated))
        self.tally.count(self.kind, "created", len(self.created))


def touch(occupations):
    """Date the occupations whose rows changed, and write their ``edited_fields``: their pages changed."""
    if not occupations:
        return
    now = timezone.now()
    for occupation in occupations:
        occupation.updated_at = now
    update(occupations, ["edited_fields", "updated_at"])
