"""Load the data the site ships with into an empty database; safe to run again.

First the reference occupations (fixtures/reference.json), then the catalog: the
shipped BLS OEWS release and the O*NET descriptions. Each part is loaded only if
it is not there yet, so a second run changes nothing and takes a moment.
"""

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from careers import bls
from careers.importers import catalog
from careers.models import Occupation, Source, Wage

REFERENCE_FIXTURE = settings.BASE_DIR / "fixtures" / "reference.json"
REFERENCE_SLUGS = ["loss-mitigation-specialist", "collections-customer-service"]


class Command(BaseCommand):
    help = (
        "Load the shipped reference occupations and the BLS OEWS and O*NET catalog, "
        "each unless it is already there."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--reference-only",
            action="store_true",
            help="Load only the reference occupations, not the catalog (as the test databases do).",
        )
        parser.add_argument(
            "--force",
            action="store_true",
            help="Import the shipped catalog files again even if their releases are loaded.",
        )

    def handle(self, *args, **options):
        self.verbosity = options["verbosity"]
        if Occupation.objects.filter(slug__in=REFERENCE_SLUGS).exists():
            self.say("Reference occupations already loaded; leaving them as they are.")
        else:
            call_command("loaddata", REFERENCE_FIXTURE, verbosity=0)
            self.say(self.style.SUCCESS("Loaded the reference occupations."))
        if options["reference_only"]:
            return
        oews = Source.objects.filter(name=bls.OEWS_SOURCE_NAME, as_of=bls.OEWS_AS_OF).first()
        if oews and Wage.objects.filter(source=oews).exists() and not options["force"]:
            self.say(f"BLS OEWS {bls.OEWS_RELEASE} already loaded; use --force to import it again.")
        else:
            self.say(f"Importing BLS OEWS {bls.OEWS_RELEASE} from fixtures/; this takes about a minute.")
            self.load("import_oews", catalog.SHIPPED_OEWS, options)
        onet = Source.objects.filter(name=bls.ONET_SOURCE_NAME, as_of=bls.ONET_AS_OF).first()
        if onet and Occupation.objects.filter(description_source=onet).exists() and not options["force"]:
            self.say(f"{bls.ONET_RELEASE} descriptions already loaded; use --force to import them again.")
        else:
            self.load("import_onet", catalog.SHIPPED_ONET, options)

    def say(self, message):
        if self.verbosity >= 1:
            self.stdout.write(message)

    def load(self, command, path, options):
        if not path.is_file():
            raise CommandError(f"{path} is missing: restore it from the repository.")
        # Hand over the streams themselves, so that the importer sees a terminal and draws its bar.
        call_command(
            command,
            str(path),
            stdout=self.stdout._out,
            stderr=self.stderr._out,
            verbosity=options["verbosity"],
        )
