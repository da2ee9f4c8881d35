from django.db import migrations, models


def date_edits(apps, schema_editor):
    """Occupations an editor changed before this field existed were last changed, at the latest,
    when their row was."""
    Occupation = apps.get_model("careers", "Occupation")
    for occupation in Occupation.objects.exclude(edited_fields=[]).only("updated_at"):
        Occupation.objects.filter(pk=occupation.pk).update(edited_at=occupation.updated_at)


class Migration(migrations.Migration):

    dependencies = [
        ('careers', '0007_former_slugs_hyphenate_slashes'),
    ]

    operations = [
        migrations.AddField(
            model_name='occupation',
            name='edited_at',
            field=models.DateTimeField(blank=True, editable=False, help_text='When an editor last changed the occupation.', null=True),
        ),
        migrations.RunPython(date_edits, migrations.RunPython.noop),
    ]
