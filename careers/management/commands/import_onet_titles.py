"""Import other titles of occupations and their related occupations from O*NET database folders."""

from careers.importers.onet_folders import FoldersCommand
from careers.importers.onet_titles import OnetTitlesImport


class Command(FoldersCommand):
    help = (
        "Import O*NET database files (tab-separated, plain or gzipped) in one transaction: Alternate Titles, "
        "Sample of Reported Titles and Related Occupations. A later folder's file replaces an earlier one's, "
        "and each row cites the release its file came from. An occupation's titles or related occupations "
        "that an editor changed are kept unless --overwrite-edited is given."
    )
    overwrite_help = "Replace titles and related occupations an editor changed as well."

    importer = OnetTitlesImport
    folders_example = "db_29_3_text"
