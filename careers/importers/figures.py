"""Setting imported figures on occupations, leaving alone the ones an editor set by hand.

Every importer hands each occupation's new values, by figure (see ``careers.figures``),
to one ``FigureWriter``, which changes only what differs, cites the import's source,
keeps the top-code marks of wages, and writes every changed occupation in one bulk
update at the end.

A figure held in related rows (duties, skills, technologies, education levels, race
shares) is given as a list of rows, each a dict of field values in page order. When
the rows differ from the stored ones, all of the occupation's rows of that figure are
replaced: deleted and created in bulk, with ``position`` numbered from 0 where the
model has one.
"""

from django.db import connection
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
        # Per related name ("duties"): the ids of occupations whose rows are replaced, and the new rows.
        self.replaced = {}

    def apply(self, occupation, values, source, top_coded=()):
        """Set ``values`` ({figure name: {field: value}, or [row, ...]}) on the occupation, citing ``source``.

        ``top_coded`` names the fields whose value is a BLS top code. An occupation given
        rows must come with those rows prefetched. Returns whether anything changed.
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
            figure = BY_NAME[name]
            if figure.related:
                changed |= self._set_rows(occupation, figure, fields, source)
                continue
            changed |= self._set(occupation, figure, fields, source)
            for value in figure.values:
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
        self._record(occupation, changed)
        return bool(changed)

    def set_record(self, occupation, name, value):
        """Set a field that is no figure but records where figures came from (``onet_occupations``)."""
        if getattr(occupation, name) == value:
            return False
        setattr(occupation, name, value)
        self._record(occupation, {name})
        return True

    def _record(self, occupation, changed):
        if changed:
            self.changed[occupation.pk] = occupation
            self.fields |= changed

    @classmethod
    def _set(cls, occupation, figure, fields, source):
        changed = set()
        for name, value in fields.items():
            if getattr(occupation, name) != value:
                setattr(occupation, name, value)
                changed.add(name)
        has_value = any(value not in (None, "") for value in fields.values())
        return changed | cls._cite(occupation, figure, source if has_value else None)

    def _set_rows(self, occupation, figure, rows, source):
        model = Occupation._meta.get_field(figure.related).related_model
        kind = str(model._meta.verbose_name_plural)
        numbered = "position" in {field.name for field in model._meta.fields}
        rows = [{**row, "position": n} if numbered else dict(row) for n, row in enumerate(rows)]
        stored = list(getattr(occupation, figure.related).all())
        names = {name for row in rows for name in row}
        changed = self._cite(occupation, figure, source if rows else None)
        if [{name: getattr(obj, name) for name in names} for obj in stored] == rows:
            self.tally.count(kind, "unchanged", len(stored))
            return changed
        ids, new = self.replaced.setdefault(figure.related, ([], []))
        ids.append(occupation.pk)
        new.extend(model(occupation_id=occupation.pk, **row) for row in rows)
        self.tally.count(kind, "deleted", len(stored))
        self.tally.count(kind, "created", len(rows))
        # New rows change the occupation's pages, which its updated_at dates.
        return changed | {"updated_at"}

    @staticmethod
    def _cite(occupation, figure, source):
        source_id = source.pk if source is not None else None
        if getattr(occupation, f"{figure.source_field}_id") == source_id:
            return set()
        setattr(occupation, f"{figure.source_field}_id", source_id)
        return {figure.source_field}

    def save(self):
        """Write every changed occupation in one bulk update, and replace related rows in bulk;
        return how many occupations changed."""
        for related, (ids, rows) in self.replaced.items():
            model = Occupation._meta.get_field(related).related_model
            # One statement: no signal listens for these rows' deletion (careers.signals).
            model.objects.filter(occupation_id__in=ids).delete()
            model.objects.bulk_create(rows, batch_size=1000)
        if not self.changed:
            return 0
        now = timezone.now()
        for occupation in self.changed.values():
            occupation.updated_at = now
        update(self.changed.values(), [*sorted(self.fields - {"updated_at"}), "updated_at"])
        return len(self.changed)


def update(occupations, names):
    """Write the named fields of the occupations: one UPDATE statement, run for each of them.

    ``bulk_update`` would do the same in a few queries, but builds a CASE expression per
    field and occupation, which takes seconds for the 830 occupations of the catalog.
    """
    meta = Occupation._meta
    fields = [meta.get_field(name) for name in names]
    quote = connection.ops.quote_name
    assignments = ", ".join(f"{quote(field.column)} = %s" for field in fields)
    sql = f"UPDATE {quote(meta.db_table)} SET {assignments} WHERE {quote(meta.pk.column)} = %s"
    rows = [
        [field.get_db_prep_save(getattr(occupation, field.attname), connection) for field in fields]
        + [occupation.pk]
        for occupation in occupations
    ]
    with connection.cursor() as cursor:
        cursor.executemany(sql, rows)
