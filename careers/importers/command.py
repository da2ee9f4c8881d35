"""What the import commands share: the file argument, one transaction, and the summary."""

from django.core.management.base import BaseCommand, CommandError
from django.db import IntegrityError, transaction


class ImportCommand(BaseCommand):
    """Runs ``importer(path, overwrite_edited, progress_stream)`` and prints its tally."""

    importer = None
    file_help = ""
    overwrite_help = "Replace figures an editor set by hand as well."

    def add_arguments(self, parser):
        parser.add_argument("file", help=self.file_help)
        parser.add_argument("--overwrite-edited", action="store_true", help=self.overwrite_help)

    def handle(self, *args, **options):
        run = self.importer(options["file"], options["overwrite_edited"], progress_stream=self.stderr)
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
