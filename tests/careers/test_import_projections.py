"""`import_projections` fills outlook and entry requirements from BLS Employment Projections.

tests/careers/data/projections_small.xlsx keeps the layout of BLS's workbook: an index
sheet first, sheet "Table 1.2" with its title above the header, indented titles, a
summary row, real line items (Legislators are not in the catalog the tests build) and
the footnotes below; and a longer sheet after it that the import must not read.
"""

import io
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from careers import bls
from careers.models import Occupation, Source
from tests.factories import make_catalog

DATA = Path(__file__).parent / "data"
SMALL = DATA / "projections_small.xlsx"
pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def catalog():
    return make_catalog()


def run(path=SMALL, *args, stderr=None):
    out = io.StringIO()
    call_command("import_projections", str(path), *args, stdout=out, stderr=stderr or io.StringIO())
    return out.getvalue()


def occupation(soc_code):
    return Occupation.objects.get(soc_code=soc_code)


def edited_copy(tmp_path, code, column, value):
    """The sample workbook with one cell of the line item ``code`` changed (column by letter)."""
    workbook = openpyxl.load_workbook(SMALL)
    sheet = workbook["Table 1.2"]
    row = next(cells[0].row for cells in sheet.iter_rows() if cells[1].value == code)
    sheet[f"{column}{row}"] = value
    path = tmp_path / "occupation.xlsx"
    workbook.save(path)
    return path, row


def test_fills_growth_openings_and_entry_requirements_citing_the_projections():
    run()
    collectors = occupation("43-3011")
    assert collectors.growth_rate == Decimal("-10.5")
    assert collectors.openings == 13_700
    assert collectors.entry_education == "High school diploma or equivalent"
    assert collectors.entry_experience == "None"
    assert collectors.entry_training == "Moderate-term on-the-job training"
    representatives = occupation("43-4051")
    assert (representatives.growth_rate, representatives.openings) == (Decimal("-5.5"), 341_700)
    assert representatives.entry_training == "Short-term on-the-job training"
    executives = occupation("11-1011")
    assert (executives.growth_rate, executives.openings, executives.entry_experience) == (
        Decimal("4.3"),
        22_200,
        "5 years or more",
    )
    source = collectors.growth_rate_source
    assert (source.name, source.as_of_display, source.short_name, source.url) == (
        bls.EP.name,
        "2024\u201334",
        "BLS projections 2024\u201334",
        "https://www.bls.gov/emp/",
    )
    for figure in ("openings", "entry_education", "entry_experience", "entry_training"):
        assert getattr(collectors, f"{figure}_source") == source


def test_reports_groups_and_occupations_outside_the_catalog():
    out = run()
    assert "skipped 1: rows of occupation groups (Summary)" in out
    assert "skipped 1: projected occupations not in the catalog" in out
    assert "occupations: 0 created, 4 updated, 0 unchanged" in out
    assert not Occupation.objects.filter(title__icontains="legislators").exists()
    # Occupations the sample has no row for keep their figures, empty here.
    assert occupation("43-9199").growth_rate is None


def test_a_value_not_available_is_stored_as_none(tmp_path):
    path, _ = edited_copy(tmp_path, "43-3011", "I", "\u2014")
    run(path)
    collectors = occupation("43-3011")
    assert collectors.growth_rate is None
    assert collectors.growth_rate_source is None
    assert collectors.openings == 13_700


def test_a_second_import_changes_nothing():
    run()
    before = list(Occupation.objects.order_by("pk").values())
    out = run()
    assert list(Occupation.objects.order_by("pk").values()) == before
    assert "Total: 0 created, 0 updated" in out
    assert Source.objects.filter(name=bls.EP.name).count() == 1


def test_reference_occupations_are_never_touched():
    before = list(Occupation.objects.filter(soc_code=None).order_by("pk").values())
    run()
    assert list(Occupation.objects.filter(soc_code=None).order_by("pk").values()) == before


def test_figures_an_editor_set_are_kept_unless_overwrite_edited():
    Occupation.objects.filter(soc_code="43-3011").update(
        growth_rate=Decimal("2.0"), edited_fields=["growth_rate"]
    )
    out = run()
    collectors = occupation("43-3011")
    assert collectors.growth_rate == Decimal("2.0")
    assert collectors.openings == 13_700
    assert "skipped 1: figures edited by hand" in out
    run(SMALL, "--overwrite-edited")
    assert occupation("43-3011").growth_rate == Decimal("-10.5")


def test_a_bad_number_is_refused_with_its_row_and_column_and_nothing_is_changed(tmp_path):
    path, row = edited_copy(tmp_path, "43-4051", "K", "many")
    message = f"occupation.xlsx, row {row}, column OCCUPATIONAL OPENINGS, 2024\u201334 ANNUAL AVERAGE: 'many' is not a number"
    with pytest.raises(CommandError, match=message):
        run(path)
    assert occupation("43-3011").growth_rate is None
    assert not Source.objects.filter(name=bls.EP.name).exists()


def test_a_bad_code_is_refused_with_its_row_and_column(tmp_path):
    path, row = edited_copy(tmp_path, "43-4051", "B", "43-405")
    with pytest.raises(
        CommandError, match=f"row {row}, column 2024 NATIONAL EMPLOYMENT MATRIX CODE: '43-405'"
    ):
        run(path)


def test_a_workbook_without_the_table_is_refused(tmp_path):
    with pytest.raises(CommandError, match="has no sheet 'Table 1.2'"):
        run(DATA / "onet_crosswalk_small.xlsx")
    path, _ = edited_copy(tmp_path, "43-4051", "B", "43-4051")
    workbook = openpyxl.load_workbook(path)
    workbook["Table 1.2"]["M2"] = "Education"
    workbook.save(path)
    with pytest.raises(CommandError, match="no column 'TYPICAL EDUCATION NEEDED FOR ENTRY' in row 2"):
        run(path)


def test_progress_bar_is_drawn_on_a_terminal_only():
    class Terminal(io.StringIO):
        def isatty(self):
            return True

    terminal = Terminal()
    run(stderr=terminal)
    assert "Importing projections_small.xlsx 100% |" in terminal.getvalue()
