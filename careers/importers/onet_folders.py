"""What the imports of O*NET database folders share: the folders, oldest first, and BLS's
crosswalk that places their O*NET occupations under SOC codes."""

from . import onet_files as files
from .command import FileImport, ImportCommand
from .crosswalk import read_crosswalk


class FoldersImport(FileImport):
    """One import of the ``names`` files of O*NET database folders, with the crosswalk."""

    names = files.FILES

    def __init__(self, folders, crosswalk, overwrite_edited=False, progress_stream=None):
        super().__init__(folders[-1], overwrite_edited, progress_stream)
        self.folders = folders
        self.crosswalk_path = crosswalk

    @property
    def described(self):
        releases = sorted({f.release.short_name for f in self.files.values()})
        return f"{len(self.files)} {' and '.join(releases)} files and the crosswalk"

    def locate(self):
        """Find each file in the last folder that has it, and read the crosswalk."""
        self.files = files.locate(self.folders, self.names)
        self.crosswalk, self.rows = read_crosswalk(self.crosswalk_path)


class FoldersCommand(ImportCommand):
    """Runs a ``FoldersImport`` (``importer``) of the folders and crosswalk given."""

    folders_example = "db_29_3_text db_30_1_text"

    def add_arguments(self, parser):
        parser.add_argument(
            "folders",
            nargs="+",
            metavar="FOLDER",
            help=f'O*NET release folders, each with its "Read Me.txt", oldest first, e.g. {self.folders_example}',
        )
        parser.add_argument(
            "--crosswalk",
            required=True,
            help="BLS's O*NET-SOC to NEM crosswalk workbook, e.g. nem-onet-to-soc-crosswalk.xlsx",
        )
        parser.add_argument("--overwrite-edited", action="store_true", help=self.overwrite_help)

    def make_import(self, options):
        return self.importer(
            options["folders"], options["crosswalk"], options["overwrite_edited"], progress_stream=self.stderr
        )
