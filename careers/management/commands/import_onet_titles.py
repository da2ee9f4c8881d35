"""Import other titles of occupations and their related occupations from O*NET database folders."""

from careers.importers.command import ImportCommand
from careers.importers.onet_titles import OnetTitlesImport


class Command(ImportCommand):
    help = (
        "Import O*NET database files (tab-separated, plain or gzipped) in one transaction: Alternate Titles, "
        "Sample of Reported Titles and Related Occupations. A later folder's file replaces an earlier one's, "
        "and each row cites the release its file came from. An occupation's titles or related occupations "
        "that an editor changed are kept unless --overwrite-edited is given."
    )
    overwrite_help = "Replace titles and related occupations an editor changed as well."

    def add_arguments(self, parser):
        parser.add_argument(
            "folders",
            nargs="+",
            metavar="FOLDER",
            help='O*NET release folders, each with its "Read Me.txt", oldest first, e.g. db_29_3_text',
        )
        parser.add_argument(
            "--crosswalk",
            required=True,
            help="BLS's O*NET-SOC to NEM crosswalk workbook, e.g. nem-onet-to-soc-crosswalk.xlsx",
        )
        parser.add_argument("--overwrite-edited", action="store_true", help=self.overwrite_help)

    def make_import(self, options):
        return OnetTitlesImport(
            options["folders"], options["crosswalk"], options["overwrite_edited"], progress_stream=self.stderr
        )
