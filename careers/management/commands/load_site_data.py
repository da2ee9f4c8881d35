"""Load the data the site ships with into an empty database; safe to run again."""

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand

from careers.models import Occupation

REFERENCE_FIXTURE = settings.BASE_DIR / "fixtures" / "reference.json"
REFERENCE_SLUGS = ["loss-mitigation-specialist", "collections-customer-service"]


class Command(BaseCommand):
    help = "Load the shipped reference occupations, unless they are already there."

    def handle(self, *args, **options):
        if Occupation.objects.filter(slug__in=REFERENCE_SLUGS).exists():
            self.stdout.write("Reference occupations already loaded; leaving them as they are.")
        else:
            call_command("loaddata", REFERENCE_FIXTURE, verbosity=0)
            self.stdout.write(self.style.SUCCESS("Loaded the reference occupations."))
