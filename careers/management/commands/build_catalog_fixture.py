"""Derive the shipped catalog files in fixtures/ from the full releases of their sources."""

from django.core.management.base import BaseCommand

from careers.importers import catalog


class Command(BaseCommand):
    help = (
        "Write fixtures/ catalog files (the BLS OEWS rows the site uses, and O*NET Occupation Data), "
        "gzipped, from the full releases, and copy the O*NET database, projections and CPS files "
        "the site uses from the shared data folder."
    )

    def add_arguments(self, parser):
        parser.add_argument("--oews", default=catalog.SOURCE_OEWS, help="The full OEWS all-data file.")
        parser.add_argument("--onet", default=catalog.SOURCE_ONET, help="O*NET Occupation Data.txt.")
        parser.add_argument(
            "--shared-data",
            default=catalog.SHARED_DATA,
            help="The folder of source data (laid out as ../shared/data) that the other files are copied from.",
        )

    def handle(self, *args, **options):
        rows = catalog.build_oews(options["oews"], catalog.SHIPPED_OEWS)
        self.stdout.write(f"Wrote {rows:,} rows to {catalog.SHIPPED_OEWS.name}.")
        rows = catalog.build_onet(options["onet"], catalog.SHIPPED_ONET)
        self.stdout.write(f"Wrote {rows:,} rows to {catalog.SHIPPED_ONET.name}.")
        for path in catalog.build_copies(options["shared_data"]):
            self.stdout.write(f"Wrote {path.relative_to(catalog.FIXTURES)}.")
