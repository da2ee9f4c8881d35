"""Import duties, skills, technologies, education, experience and job zones from O*NET database folders."""

from careers.importers.onet_db import OnetDatabaseImport
from careers.importers.onet_folders import FoldersCommand


class Command(FoldersCommand):
    help = (
        "Import O*NET database files (tab-separated, plain or gzipped) in one transaction: Task Statements, "
        "Skills, Technology Skills, Education, Training, and Experience, and Job Zones. A later folder's "
        "file replaces an earlier one's, and each figure cites the release its file came from. "
        "Figures an editor set by hand are kept unless --overwrite-edited is given."
    )

    importer = OnetDatabaseImport
    folders_example = "db_29_3_text db_30_1_text"
