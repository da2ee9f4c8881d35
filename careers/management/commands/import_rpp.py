"""Import BEA's Regional Price Parities: the price level of every state, metro and nonmetro area."""

from careers.importers.command import ImportCommand
from careers.importers.rpp import RppImport


class Command(ImportCommand):
    help = (
        "Import BEA Regional Price Parities in one transaction: the all-items price level (U.S. = 100) of "
        "every area the crosswalk maps to a state, metropolitan area or a state's nonmetropolitan portion, "
        "then rank each occupation's highest paying state and city after prices. "
        "Figures an editor set by hand are kept unless --overwrite-edited is given."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "rpp_files",
            nargs="+",
            help="BEA's RPP tables as CSV (plain or gzipped): SARPP_STATE_2008_2024.csv, "
            "MARPP_MSA_2008_2024.csv and PARPP_PORT_2008_2024.csv from https://apps.bea.gov/regional/downloadzip.htm",
        )
        parser.add_argument(
            "--crosswalk",
            required=True,
            help="The crosswalk from OEWS areas to RPP areas (oews-rpp-crosswalk.csv)",
        )
        parser.add_argument("--overwrite-edited", action="store_true", help=self.overwrite_help)

    def make_import(self, options):
        return RppImport(
            options["rpp_files"],
            options["crosswalk"],
            options["overwrite_edited"],
            progress_stream=self.stderr,
        )
