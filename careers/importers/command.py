"""What the importers share: the file they read, and the command that runs them in one
transaction and prints their summary."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import IntegrityError, transaction

from .tally import Tally


class FileImport:
    """One import of one file; ``run`` returns a Tally. Run it inside a transaction."""

    def __init__(self, path, overwrite_edited=False, progress_stream=None):
        self.path = path
        self.overwrite_edited = overwrite_edited
        self.progress_stream = progress_stream
        self.tally = Tally()
        self.rows = 0

    @property
    def path_name(self):
        return Path(self.path).name

    @property
    def described(self):
        """What the summary says was read: the file's name, or the files' of an import of several."""
        return self.path_name

    def notes(self):
        """Lines the summary adds after the tally, such as how many occupations the file covers."""
        return []


class ImportCommand(BaseCommand):
    """Runs ``importer(path, overwrite_edited, progress_stream)`` and prints its tally.

    An import of several files overrides ``add_arguments`` and ``make_import``.
    """

    importer = None
    file_help = ""
    overwrite_help = "Replace figures an editor set by hand as well."

    def add_arguments(self, parser):
        parser.add_argument("file", help=self.file_help)
        parser.add_argument("--overwrite-edited", action="store_true", help=self.overwrite_help)

    def make_import(self, options):
        return self.importer(options["file"], options["overwrite_edited"], progress_stream=self.stderr)

    def handle(self, *args, **options):
        run = self.make_import(options)
        try:
            with transaction.atomic():
                tally = run.run()
        except IntegrityError as error:
            raise CommandError(
                f"Nothing was imported: the file breaks a rule of the database ({error})."
            ) from None
        if options["verbosity"] < 1:
            return
        self.stdout.write(f"Read {run.rows:,} rows of {run.described} in {run.seconds:.1f} s.")
        for line in [*tally.lines(), *run.notes()]:
            self.stdout.write(line)
