
import re

import django.db.models.deletion
from django.db import migrations, models
from django.utils.text import slugify


def imported_slug(text):
    """The slug the OEWS import gives a title, without the SOC code it adds on a clash."""
    slug = slugify(text)[:180].strip("-")
    return re.sub(r"(^|-)vs(-|$)", r"\1versus\2", slug)


def hyphenate_slashes(apps, schema_editor):
    """Move each occupation whose imported slug glued the words of a slash to the hyphenated slug,
    remembering the old one so that its addresses redirect. Slugs an editor chose stay as they are."""
    Occupation = apps.get_model("careers", "Occupation")
    FormerSlug = apps.get_model("careers", "FormerSlug")
    taken = set(Occupation.objects.values_list("slug", flat=True))
    for occupation in Occupation.objects.filter(title__contains="/").order_by("pk"):
        old = occupation.slug
        new = imported_slug(occupation.title.replace("/", " "))
        if old != imported_slug(occupation.title) or new == old or new in taken:
            continue
        occupation.slug = new
        occupation.save(update_fields=["slug"])
        taken.add(new)
        FormerSlug.objects.update_or_create(slug=old, defaults={"occupation": occupation})


class Migration(migrations.Migration):

    dependencies = [
        ('careers', '0006_data_version'),
    ]

    operations = [
        migrations.CreateModel(
            name='FormerSlug',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('slug', models.SlugField(max_length=200, unique=True)),
                ('occupation', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='former_slugs', to='careers.occupation')),
            ],
            options={
                'ordering': ['slug'],
            },
        ),
        migrations.RunPython(hyphenate_slashes, migrations.RunPython.noop),
    ]
