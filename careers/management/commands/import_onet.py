"""Import O*NET "Occupation Data": descriptions for the occupations whose SOC code matches."""

from django.core.management.base import BaseCommand
from django.db import transaction

from careers.importers.onet import OnetImport


class Command(BaseCommand):
    help = (
        "Import O*NET Occupation Data (tab-separated, optionally gzipped) in one transaction. "
        "Descriptions an editor set by hand are kept unless --overwrite-edited is given."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help='e.g. "Occupation Data.txt"')
        parser.add_argument(
            "--overwrite-edited",
            action="store_true",
            help="Replace descriptions an editor set by hand as well.",
        )

    def handle(self, *args, **options):
        run = OnetImport(options["file"], options["overwrite_edited"], progress_stream=self.stderr)
        with transaction.atomic():
            tally = run.run()
        if options["verbosity"] < 1:
            return
        self.stdout.write(f"Read {run.rows:,} rows of {run.path_name} in {run.seconds:.1f} s.")
        for line in tally.lines():
            self.stdout.write(line)
