"""Import a BLS OEWS "all data" file: categories, occupations, areas, industries and wages."""

from django.core.management.base import BaseCommand, CommandError
from django.db import IntegrityError, transaction

from careers.importers.oews import OewsImport


class Command(BaseCommand):
    help = (
        "Import a BLS OEWS all-data file (CSV, gzipped CSV or XLSX) in one transaction. "
        "Figures an editor set by hand are kept unless --overwrite-edited is given."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="e.g. all_data_M_2025.xlsx or oews_all_data_M_2025.csv.gz")
        parser.add_argument(
            "--overwrite-edited",
            action="store_true",
            help="Replace figures an editor set by hand as well.",
        )

    def handle(self, *args, **options):
        run = OewsImport(options["file"], options["overwrite_edited"], progress_stream=self.stderr)
        try:
            with transaction.atomic():
                tally = run.run()
        except IntegrityError as error:
            raise CommandError(
                f"Nothing was imported: the file breaks a rule of the database ({error})."
            ) from None
        if options["verbosity"] < 1:
            return
        self.stdout.write(f"Read {run.rows:,} rows of {run.path_name} in {run.seconds:.1f} s.")
        for line in tally.lines():
            self.stdout.write(line)
