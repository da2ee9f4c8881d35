"""Load the data the site ships with into an empty database; safe to run again.

First the reference occupations (fixtures/reference.json), then the catalog: the
shipped BLS OEWS release, the O*NET descriptions, the O*NET database (duties, skills,
software, education, job zones; then other titles and related occupations), the BLS
projections, the CPS demographics, the "GPTs are GPTs" exposure to AI language models
and the BEA price levels of areas. Each
part is loaded only if it is not there yet, so a second run changes nothing and takes
a moment.
"""

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db.models import Q

from careers import bls, exposure, prices
from careers.importers import catalog, onet_files
from careers.importers.onet_files import read_release
from careers.models import AlternateTitle, Area, Occupation, RelatedOccupation, Source, Wage

REFERENCE_FIXTURE = settings.BASE_DIR / "fixtures" / "reference.json"
REFERENCE_SLUGS = ["loss-mitigation-specialist", "collections-customer-service"]
ONET_DB_FIGURES = [
    "duties",
    "skills",
    "technologies",
    "required_education",
    "education_levels",
    "related_experience",
    "job_zone",
]


def cited(release, figures):
    """Whether an occupation cites the release for one of the figures: its import ran to the end."""
    condition = Q()
    for figure in figures:
        condition |= Q(**{f"{figure}_source__name": release.name, f"{figure}_source__as_of": release.as_of})
    return Occupation.objects.filter(condition).exists()


def priced(release):
    """Whether areas have the release's price levels and occupations their rankings after prices."""
    areas = Area.objects.filter(price_source__name=release.name, price_source__as_of=release.as_of)
    return areas.exists() and cited(release, ["highest_paying_state_after_prices"])


def has_rows(model, release):
    """Whether any row of the model cites the release: its import ran to the end."""
    return model.objects.filter(source__name=release.name, source__as_of=release.as_of).exists()


class Command(BaseCommand):
    help = (
        "Load the shipped reference occupations and the catalog (BLS OEWS, O*NET, BLS projections, CPS, "
        "GPTs are GPTs, BEA price levels), "
        "each part unless it is already there."
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
        self.options = options
        if Occupation.objects.filter(slug__in=REFERENCE_SLUGS).exists():
            self.say("Reference occupations already loaded; leaving them as they are.")
        else:
            call_command("loaddata", REFERENCE_FIXTURE, verbosity=0)
            self.say(self.style.SUCCESS("Loaded the reference occupations."))
        if options["reference_only"]:
            return
        self.load_oews()
        self.load_descriptions()
        self.load_onet_database()
        self.load_onet_titles()
        self.load_once(
            f"BLS projections {bls.EP.as_of_label}",
            cited(bls.EP, ["growth_rate"]),
            "import_projections",
            catalog.SHIPPED_PROJECTIONS,
        )
        self.load_once(
            f"CPS {bls.CPS.as_of_label}",
            cited(bls.CPS, ["median_age"]),
            "import_cps",
            catalog.SHIPPED_CPS_SHARES,
            catalog.SHIPPED_CPS_AGES,
            catalog.SHIPPED_CENSUS_CODES,
        )
        self.load_once(
            f"GPTs are GPTs {exposure.RELEASE.as_of_label}",
            cited(exposure.RELEASE, ["ai_exposure"]),
            "import_ai_exposure",
            catalog.SHIPPED_AI_EXPOSURE,
            "--crosswalk",
            catalog.SHIPPED_CROSSWALK,
        )
        self.load_once(
            f"BEA Regional Price Parities {prices.RPP.as_of_label}",
            priced(prices.RPP),
            "import_rpp",
            *catalog.SHIPPED_RPP,
            "--crosswalk",
            catalog.SHIPPED_RPP_CROSSWALK,
        )

    def load_oews(self):
        oews = Source.objects.filter(name=bls.OEWS_SOURCE_NAME, as_of=bls.OEWS_AS_OF).first()
        if oews and Wage.objects.filter(source=oews).exists() and not self.options["force"]:
            self.say(f"BLS OEWS {bls.OEWS_RELEASE} already loaded; use --force to import it again.")
        else:
            self.say(f"Importing BLS OEWS {bls.OEWS_RELEASE} from fixtures/; this takes about a minute.")
            self.load("import_oews", catalog.SHIPPED_OEWS)

    def load_descriptions(self):
        onet = Source.objects.filter(name=bls.ONET_SOURCE_NAME, as_of=bls.ONET_AS_OF).first()
        if onet and Occupation.objects.filter(description_source=onet).exists() and not self.options["force"]:
            self.say(f"{bls.ONET_RELEASE} descriptions already loaded; use --force to import them again.")
        else:
            self.load("import_onet", catalog.SHIPPED_ONET)

    def load_onet_database(self):
        for folder in catalog.SHIPPED_ONET_DB:
            self.require(folder)
        releases = [read_release(folder) for folder in catalog.SHIPPED_ONET_DB]
        self.load_once(
            " and ".join(release.short_name for release in releases),
            all(cited(release, ONET_DB_FIGURES) for release in releases),
            "import_onet_db",
            *catalog.SHIPPED_ONET_DB,
            "--crosswalk",
            catalog.SHIPPED_CROSSWALK,
        )

    def load_onet_titles(self):
        found = onet_files.locate(catalog.SHIPPED_ONET_DB, onet_files.TITLE_FILES)
        titles = found[onet_files.ALTERNATE_TITLES].release
        related = found[onet_files.RELATED_OCCUPATIONS].release
        self.load_once(
            f"{titles.short_name} titles and related occupations",
            has_rows(AlternateTitle, titles) and has_rows(RelatedOccupation, related),
            "import_onet_titles",
            *catalog.SHIPPED_ONET_DB,
            "--crosswalk",
            catalog.SHIPPED_CROSSWALK,
        )

    def load_once(self, release, loaded, command, *args):
        if loaded and not self.options["force"]:
            self.say(f"{release} already loaded; use --force to import again.")
        else:
            self.load(command, *args)

    def say(self, message):
        if self.verbosity >= 1:
            self.stdout.write(message)

    @staticmethod
    def require(path):
        if not path.exists():
            raise CommandError(f"{path} is missing: restore it from the repository.")

    def load(self, command, *args):
        for arg in args:
            if not isinstance(arg, str):
                self.require(arg)
        # Hand over the streams themselves, so that the importer sees a terminal and draws its bar.
        call_command(
            command,
            *map(str, args),
            stdout=self.stdout._out,
            stderr=self.stderr._out,
            verbosity=self.options["verbosity"],
        )
