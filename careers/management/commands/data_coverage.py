"""Print how many of the BLS occupations have each figure, so that editors see what is missing."""

from django.core.management.base import BaseCommand

from careers.coverage import coverage
from careers.figures import SECTIONS


class Command(BaseCommand):
    help = (
        "Print, for every figure of the registry, how many of the occupations imported from BLS "
        "(those with a SOC code) have it."
    )

    def handle(self, *args, **options):
        total, counts = coverage()
        self.stdout.write(f"Figures of the {total:,} BLS occupations (with a SOC code):\n")
        rows = [("Figure", "Section", "Filled by", "Have", "Missing", "Share")]
        for figure, count in counts:
            rows.append(
                (
                    figure.label,
                    SECTIONS[figure.section],
                    "imports" if figure.imported else "editors",
                    f"{count:,}",
                    f"{total - count:,}",
                    f"{count / total:.0%}" if total else "-",
                )
            )
        widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
        for number, row in enumerate(rows):
            cells = [
                cell.ljust(width) if i < 3 else cell.rjust(width)
                for i, (cell, width) in enumerate(zip(row, widths, strict=True))
            ]
            self.stdout.write("  ".join(cells).rstrip())
            if number == 0:
                self.stdout.write("  ".join("-" * width for width in widths))
