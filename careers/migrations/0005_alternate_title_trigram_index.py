"""A trigram index on other titles for search on PostgreSQL; nothing to do on other databases."""

from django.db import migrations

CREATE = (
    "CREATE INDEX IF NOT EXISTS careers_alternatetitle_title_trgm "
    "ON careers_alternatetitle USING gin (upper(title) gin_trgm_ops)"
)
DROP = "DROP INDEX IF EXISTS careers_alternatetitle_title_trgm"


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE)


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP)


class Migration(migrations.Migration):
    dependencies = [("careers", "0004_titles_and_related_occupations")]

    operations = [migrations.RunPython(create, drop)]
