"""Import the Current Population Survey's median age, percent women and race and ethnicity shares."""

from careers.importers.command import ImportCommand
from careers.importers.cps import CpsImport


class Command(ImportCommand):
    help = (
        "Import CPS annual averages in one transaction: table 11 (percent women, White, Black or African "
        "American, Asian, Hispanic or Latino) and table 11b (median age), placing each SOC occupation in its "
        "Census occupation with the Census Bureau's 2018 occupation code list. "
        "Figures an editor set by hand are kept unless --overwrite-edited is given."
    )

    def add_arguments(self, parser):
        parser.add_argument("table11", help="CPS table 11 as CSV (plain or gzipped), e.g. cpsaat11_2025.csv")
        parser.add_argument("table11b", help="CPS table 11b workbook, e.g. cpsaat11b.xlsx")
        parser.add_argument(
            "census_codes",
            help="The Census 2018 occupation code list, e.g. 2018-occupation-code-list-and-crosswalk.xlsx",
        )
        parser.add_argument("--overwrite-edited", action="store_true", help=self.overwrite_help)

    def make_import(self, options):
        return CpsImport(
            options["table11"],
            options["table11b"],
            options["census_codes"],
            options["overwrite_edited"],
            progress_stream=self.stderr,
        )
