"""Import "GPTs are GPTs" scores: the share of each occupation's tasks exposed to AI language models."""

from careers.importers.ai_exposure import AiExposureImport
from careers.importers.command import ImportCommand


class Command(ImportCommand):
    help = (
        "Import the occupation scores of Eloundou, Manning, Mishkin and Rock, \u201cGPTs are GPTs\u201d "
        "(occ_level.csv) in one transaction: the share of tasks exposed to AI language models, rated by "
        "people and by GPT-4, placing each O*NET occupation under its SOC code with BLS's crosswalk. "
        "Figures an editor set by hand are kept unless --overwrite-edited is given."
    )
    file_help = "occ_level.csv from https://github.com/openai/GPTs-are-GPTs (data/occ_level.csv)"

    def add_arguments(self, parser):
        super().add_arguments(parser)
        parser.add_argument(
            "--crosswalk",
            required=True,
            help="BLS's O*NET-SOC to NEM crosswalk workbook, e.g. nem-onet-to-soc-crosswalk.xlsx",
        )

    def make_import(self, options):
        return AiExposureImport(
            options["file"], options["crosswalk"], options["overwrite_edited"], progress_stream=self.stderr
        )
