"""Trigram similarity for forgiving search on PostgreSQL; nothing to do on other databases."""

from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations


class TrigramExtensionOnPostgres(TrigramExtension):
    """pg_trgm on PostgreSQL; a no-op both ways elsewhere (SQLite in development and tests)."""

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "postgresql":
            super().database_backwards(app_label, schema_editor, from_state, to_state)


class Migration(migrations.Migration):
    dependencies = [("careers", "0001_initial")]

    operations = [TrigramExtensionOnPostgres()]
