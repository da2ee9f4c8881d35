"""Import O*NET "Occupation Data": descriptions for the occupations whose SOC code matches."""

from careers.importers.command import ImportCommand
from careers.importers.onet import OnetImport


class Command(ImportCommand):
    help = (
        "Import O*NET Occupation Data (tab-separated, optionally gzipped) in one transaction. "
        "Descriptions an editor set by hand are kept unless --overwrite-edited is given."
    )
    importer = OnetImport
    file_help = 'e.g. "Occupation Data.txt"'
    overwrite_help = "Replace descriptions an editor set by hand as well."
