"""Import duties, skills, technologies, education, experience and job zones from O*NET database folders."""

from careers.importers.command import ImportCommand
from careers.importers.onet_db import OnetDatabaseImport


class Command(ImportCommand):
    help = (
        "Import O*NET database files (tab-separated, plain or gzipped) in one transaction: Task Statements, "
        "Skills, Technology Skills, Education, Training, and Experience, and Job Zones. A later folder's "
        "file replaces an earlier one's, and each figure cites the release its file came from. "
        "Figures an editor set by hand are kept unless --overwrite-edited is given."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "folders",
            nargs="+",
            metavar="FOLDER",
            help='O*NET release folders, each with its "Read Me.txt", oldest first, e.g. db_29_3_text db_30_1_text',
        )
        parser.add_argument(
            "--crosswalk",
            required=True,
            help="BLS's O*NET-SOC to NEM crosswalk workbook, e.g. nem-onet-to-soc-crosswalk.xlsx",
        )
        parser.add_argument("--overwrite-edited", action="store_true", help=self.overwrite_help)

    def make_import(self, options):
        return OnetDatabaseImport(
            options["folders"], options["crosswalk"], options["overwrite_edited"], progress_stream=self.stderr
        )
