"""Writing OEWS wage cells fast: an upsert per cell on SQLite, COPY on PostgreSQL.

Building a model instance for each of 300,000 cells would take minutes; ``WageWriter``
compares each batch with what is stored and writes only new and changed cells.
"""

import json

from django.db import connection

from careers.models import Wage

BATCH_SIZE = 5000
SCRATCH_TABLE = "careers_wage_import"


class WageWriter:
    """Collects cells with ``add`` and writes them a batch at a time; call ``close`` at the end."""

    def __init__(self, source, fields, tally):
        self.source = source
        self.fields = fields
        self.tally = tally
        self.pending = []
        self.had_wages = Wage.objects.exists()
        self.scratch_ready = False
        self.json_values = {}
        self._prepare()

    def _prepare(self):
        """The SQL that writes one wage cell, inserting it or updating the one already there."""
        quote = connection.ops.quote_name
        meta = Wage._meta
        written = ["occupation", "area", "industry", "source", *self.fields, "annual_only", "top_coded"]
        others = [f for f in meta.concrete_fields if not f.primary_key and f.name not in written]
        # Fields added to Wage later get their defaults on insert and are left alone on update.
        self.defaults = tuple(f.get_db_prep_save(f.get_default(), connection) for f in others)
        columns = [meta.get_field(name).column for name in written]
        self.column_list = ", ".join(quote(c) for c in columns + [f.column for f in others])
        on_conflict = f"ON CONFLICT ({', '.join(quote(c) for c in columns[:3])}) DO UPDATE SET " + ", ".join(
            f"{quote(c)} = EXCLUDED.{quote(c)}" for c in columns[3:]
        )
        self.table = quote(meta.db_table)
        placeholders = ", ".join(["%s"] * (len(columns) + len(others)))
        self.upsert = f"INSERT INTO {self.table} ({self.column_list}) VALUES ({placeholders}) {on_conflict}"
        self.upsert_from_scratch = (
            f"INSERT INTO {self.table} ({self.column_list}) "
            f"SELECT {self.column_list} FROM {SCRATCH_TABLE} {on_conflict}"
        )

    def add(self, occupation_id, area_id, industry_id, values, top_coded, annual_only):
        self.pending.append((occupation_id, area_id, industry_id, values, top_coded, annual_only))
        if len(self.pending) >= BATCH_SIZE:
            self.flush()

    def flush(self):
        batch, self.pending = self.pending, []
        if not batch:
            return
        existing = self._stored(batch) if self.had_wages else {}
        created, changed = [], []
        for occupation_id, area_id, industry_id, values, top_coded, annual_only in batch:
            stored = existing.get((occupation_id, area_id, industry_id))
            record = (self.source.pk, *values, annual_only, top_coded)
            if stored == record:
                continue
            params = (
                occupation_id,
                area_id,
                industry_id,
                *record[:-1],
                self._json(top_coded),
                *self.defaults,
            )
            (created if stored is None else changed).append(params)
        self._write(created, new=True)
        self._write(changed, new=False)
        self.tally.count("wages", "created", len(created))
        self.tally.count("wages", "updated", len(changed))
        self.tally.count("wages", "unchanged", len(batch) - len(created) - len(changed))

    def _stored(self, batch):
        rows = Wage.objects.filter(
            area_id__in={cell[1] for cell in batch}, industry_id__in={cell[2] for cell in batch}
        ).values_list(
            "occupation_id", "area_id", "industry_id", "source_id", *self.fields, "annual_only", "top_coded"
        )
        return {row[:3]: row[3:] for row in rows}

    def close(self):
        self.flush()
        if self.scratch_ready:
            with connection.cursor() as cursor:
                cursor.execute(f"DROP TABLE IF EXISTS {SCRATCH_TABLE}")
            self.scratch_ready = False

    def _write(self, rows, new):
        """SQLite runs one prepared upsert many times; PostgreSQL copies new cells straight
        into the table, and changed ones into a scratch table that one statement upserts."""
        if not rows:
            return
        with connection.cursor() as cursor:
            if connection.vendor != "postgresql":
                cursor.executemany(self.upsert, rows)
                return
            if new:
                self._copy(cursor, self.table, rows)
                return
            if not self.scratch_ready:
                cursor.execute(f"DROP TABLE IF EXISTS {SCRATCH_TABLE}")
                cursor.execute(
                    f"CREATE TEMPORARY TABLE {SCRATCH_TABLE} AS SELECT {self.column_list} "
                    f"FROM {self.table} WITH NO DATA"
                )
                self.scratch_ready = True
            cursor.execute(f"TRUNCATE {SCRATCH_TABLE}")
            self._copy(cursor, SCRATCH_TABLE, rows)
            cursor.execute(self.upsert_from_scratch)

    def _copy(self, cursor, table, rows):
        with cursor.cursor.copy(f"COPY {table} ({self.column_list}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)

    def _json(self, top_coded):
        key = tuple(top_coded)
        if key not in self.json_values:
            if connection.vendor == "postgresql":
                # Copied as text into a jsonb column.
                self.json_values[key] = json.dumps(top_coded)
            else:
                self.json_values[key] = Wage._meta.get_field("top_coded").get_db_prep_save(
                    top_coded, connection
                )
        return self.json_values[key]

    def refresh_statistics(self):
        """Let the query planner see the new wages at once: without fresh statistics
        SQLite reads a page's two occupations' wages by area instead of by occupation,
        a query some twenty times slower."""
        with connection.cursor() as cursor:
            cursor.execute(f"ANALYZE {self.table}")
