"""Derive the shipped catalog files in fixtures/ from the full BLS OEWS and O*NET releases."""

from django.core.management.base import BaseCommand

from careers.importers import catalog


class Command(BaseCommand):
    help = (
        "Write fixtures/ catalog files (the BLS OEWS rows the site uses, and O*NET Occupation Data), "
        "gzipped, from the full releases."
    )

    def add_arguments(self, parser):
        parser.add_argument("--oews", default=catalog.SOURCE_OEWS, help="The full OEWS all-data file.")
        parser.add_argument("--onet", default=catalog.SOURCE_ONET, help="O*NET Occupation Data.txt.")

    def handle(self, *args, **options):
        rows = catalog.build_oews(options["oews"], catalog.SHIPPED_OEWS)
        self.stdout.write(f"Wrote {rows:,} rows to {catalog.SHIPPED_OEWS.name}.")
        rows = catalog.build_onet(options["onet"], catalog.SHIPPED_ONET)
        self.stdout.write(f"Wrote {rows:,} rows to {catalog.SHIPPED_ONET.name}.")
