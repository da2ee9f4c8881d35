"""Import a BLS OEWS "all data" file: categories, occupations, areas, industries and wages."""

from careers.importers.command import ImportCommand
from careers.importers.oews import OewsImport


class Command(ImportCommand):
    help = (
        "Import a BLS OEWS all-data file (CSV, gzipped CSV or XLSX) in one transaction. "
        "Figures an editor set by hand are kept unless --overwrite-edited is given."
    )
    importer = OewsImport
    file_help = "e.g. all_data_M_2025.xlsx or oews_all_data_M_2025.csv.gz"
