"""Import BLS Employment Projections: growth, openings and entry requirements of each occupation."""

from careers.importers.command import ImportCommand
from careers.importers.projections import ProjectionsImport


class Command(ImportCommand):
    help = (
        "Import BLS's occupational projections workbook (sheet Table 1.2) in one transaction: growth rate, "
        "annual openings, and typical education, experience and on-the-job training for entry. "
        "Figures an editor set by hand are kept unless --overwrite-edited is given."
    )
    importer = ProjectionsImport
    file_help = "e.g. occupation.xlsx from https://www.bls.gov/emp/tables.htm"
