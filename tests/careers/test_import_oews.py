"""`import_oews` reads the BLS OEWS all-data layout into the catalog.

tests/careers/data/oews_small.csv is a few rows in that layout, most of them real
May 2025 cells, some edited to carry every special value: ``*``, ``**``, ``-``,
blank, ``#`` (Anesthesiologists' national wages are top-coded there), and
thousands separators ("158,830"). Besides them it has cells that the rankings
must pass over: the District of Columbia and San Jose have too few jobs, New
York's mean wage and Dallas's employment are too imprecise, and a sector row
outranks the 4-digit industries but is not their level.
"""

import gzip
import io
from decimal import Decimal
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection

from careers import bls, formatting
from careers.importers.oews import unique_slug
from careers.models import Area, AreaKind, Category, Industry, Occupation, Source, Wage

DATA = Path(__file__).parent / "data"
SMALL = DATA / "oews_small.csv"
DETAILED_ROWS = 21
pytestmark = pytest.mark.django_db


def run(path=SMALL, *args, stderr=None):
    out = io.StringIO()
    call_command("import_oews", str(path), *args, stdout=out, stderr=stderr or io.StringIO())
    return out.getvalue()


def edited_copy(tmp_path, old, new, count=1):
    text = SMALL.read_text()
    assert text.count(old) >= count
    path = tmp_path / "edited.csv"
    path.write_text(text.replace(old, new, count))
    return path


def row_number(text):
    """The spreadsheet row number (header = 1) of the first line containing text."""
    for number, line in enumerate(SMALL.read_text().splitlines(), start=1):
        if text in line:
            return number
    raise AssertionError(text)


def collectors():
    return Occupation.objects.get(soc_code="43-3011")


def wage(soc_code, area_code, naics="000000", ownership="1235"):
    return Wage.objects.get(
        occupation__soc_code=soc_code,
        area__code=area_code,
        industry__code=naics,
        industry__ownership=ownership,
    )


def snapshot():
    models = [Occupation, Wage, Area, Industry, Category, Source]
    return {model.__name__: list(model.objects.order_by("pk").values()) for model in models}


def test_creates_occupations_from_detailed_rows_with_readable_slugs_and_wording():
    run()
    occupation = collectors()
    assert occupation.title == "Bill and Account Collectors"
    assert occupation.slug == "bill-and-account-collectors"
    # The wording is read off the title, so an editor's new title reads right at once.
    assert (occupation.singular, occupation.plural) == ("", "")
    assert occupation.a_noun == "a bill and account collector"
    assert occupation.nouns == "bill and account collectors"
    assert set(Occupation.objects.exclude(soc_code=None).values_list("soc_code", flat=True)) == {
        "27-2011",
        "29-1211",
        "43-3011",
        "43-4051",
    }


def test_categories_come_from_major_groups_and_reuse_an_existing_one():
    run()
    health = Category.objects.get(soc_code="29-0000")
    assert health.name == "Healthcare Practitioners and Technical"
    assert health.slug == "healthcare-practitioners-and-technical"
    # The reference data already has 43-0000: occupations join it, no second one is made.
    assert Category.objects.filter(name="Office and Administrative Support").count() == 1
    assert collectors().category.soc_code == "43-0000"


def test_areas_and_industries_are_created_with_their_kinds():
    run()
    kinds = dict(Area.objects.values_list("slug", "kind"))
    assert kinds["united-states"] == AreaKind.NATION
    assert kinds["california"] == AreaKind.STATE
    assert kinds["puerto-rico"] == AreaKind.TERRITORY
    assert kinds["houston-pasadena-the-woodlands-tx"] == AreaKind.METRO
    assert kinds["coastal-plains-region-of-texas-nonmetropolitan-area"] == AreaKind.NONMETRO
    assert Area.objects.get(slug="california").state == "CA"
    industry = Industry.objects.get(code="522200", ownership="5")
    assert (industry.title, industry.level) == ("Nondepository Credit Intermediation", "4-digit")


def test_an_area_whose_code_is_written_another_way_keeps_its_page():
    california = Area.objects.create(code="06", name="California", slug="california", kind=AreaKind.STATE)
    out = run()
    assert Area.objects.filter(name="California").count() == 1
    california.refresh_from_db()
    assert (california.code, california.slug) == ("600000", "california")
    assert "areas: 10 created, 1 updated, 0 unchanged" in out


def test_national_row_fills_the_figures_with_the_oews_source_and_release():
    run()
    occupation = collectors()
    assert occupation.yearly_salary == 49060
    assert occupation.hourly_rate == Decimal("23.59")
    assert (occupation.salary_low, occupation.salary_high) == (34400, 65580)
    assert occupation.salary_range_label == "10th to 90th percentile"
    assert occupation.jobs == 158830
    assert Occupation.objects.get(soc_code="43-4051").jobs == 2595750
    source = occupation.yearly_salary_source
    assert (source.name, source.as_of, source.as_of_display) == (
        bls.OEWS_SOURCE_NAME,
        bls.OEWS_AS_OF,
        "May 2025",
    )
    for figure in ("hourly_rate", "salary_range", "jobs", "highest_paying_state", "best_paying_industry"):
        assert getattr(occupation, f"{figure}_source") == source


def test_highest_and_best_paying_come_only_from_cells_that_pass_the_thresholds():
    run()
    occupation = collectors()
    # DC pays more but has 240 jobs; New York's mean wage RSE is 12%.
    assert occupation.highest_paying_state == "California"
    # San Jose has 660 jobs; Dallas's employment RSE is 30%.
    assert occupation.highest_paying_city == "Houston-Pasadena-The Woodlands, TX"
    # The Finance and Insurance sector pays more but is not the ranked 4-digit level.
    assert occupation.best_paying_industry == "Nondepository Credit Intermediation"


def test_nothing_ranked_leaves_the_figure_blank_without_a_source():
    run()
    # Customer service representatives' only state cell has no employment (**).
    occupation = Occupation.objects.get(soc_code="43-4051")
    assert occupation.highest_paying_state == ""
    assert occupation.highest_paying_state_source is None


def test_missing_values_are_stored_as_none_never_zero():
    run()
    actors = Occupation.objects.get(soc_code="27-2011")
    assert actors.yearly_salary is None  # "-"
    assert actors.yearly_salary_source is None
    assert actors.hourly_rate == Decimal("58.29")
    assert (actors.salary_low, actors.salary_high, actors.salary_range_label) == (None, None, "")
    california = wage("27-2011", "600000")
    assert california.employment == 26170
    assert [getattr(california, f) for f in ("hourly_mean", "annual_mean", "mean_rse", "annual_p90")] == [
        None
    ] * 4
    no_employment = wage("43-4051", "600000")  # "**"
    assert (no_employment.employment, no_employment.employment_rse, no_employment.jobs_per_1000) == (
        None,
        None,
        None,
    )
    assert no_employment.annual_mean == 48050
    assert wage("43-3011", "99").location_quotient is None  # blank for the nation
    assert wage("27-2011", "12060").annual_only is True


def test_top_coded_wages_store_the_top_code_and_say_so():
    run()
    occupation = Occupation.objects.get(soc_code="29-1211")
    assert occupation.yearly_salary == Wage.TOP_CODE_ANNUAL
    assert occupation.hourly_rate == Wage.TOP_CODE_HOURLY
    assert occupation.salary_high == 239200
    assert occupation.salary_low == 101460
    assert occupation.top_coded == ["hourly_rate", "salary_high", "yearly_salary"]
    assert (
        formatting.money(occupation.yearly_salary, "yearly_salary" in occupation.top_coded)
        == "$239,200 or more"
    )
    national = wage("29-1211", "99")
    assert national.annual_p90 == 239200
    assert set(national.top_coded) == {
        "hourly_mean",
        "annual_mean",
        "hourly_median",
        "hourly_p75",
        "hourly_p90",
        "annual_median",
        "annual_p75",
        "annual_p90",
    }
    assert wage("29-1211", "1100000").top_coded == []


def test_wages_are_kept_for_every_detailed_cell_only():
    out = run()
    assert Wage.objects.count() == DETAILED_ROWS
    assert not Wage.objects.filter(occupation__soc_code__endswith="0000").exists()
    assert "skipped 6: rows of total, major, minor and broad groups" in out
    assert f"wages: {DETAILED_ROWS} created, 0 updated, 0 unchanged" in out


@pytest.mark.skipif(connection.vendor != "sqlite", reason="reads SQLite's own statistics table")
def test_an_import_refreshes_the_query_planners_statistics_of_wages():
    run()
    with connection.cursor() as cursor:
        # sqlite_stat1 exists only once ANALYZE has run.
        cursor.execute("SELECT count(*) FROM sqlite_stat1 WHERE tbl = 'careers_wage'")
        assert cursor.fetchone()[0] > 0


def test_a_second_import_changes_nothing_and_says_so():
    run()
    before = snapshot()
    out = run()
    assert snapshot() == before
    assert "Total: 0 created, 0 updated" in out
    assert f"wages: 0 created, 0 updated, {DETAILED_ROWS} unchanged" in out


def test_a_changed_cell_is_updated_on_the_next_import(tmp_path):
    run()
    out = run(edited_copy(tmp_path, "22.20,46170", "22.50,46800"))
    assert "wages: 0 created, 1 updated" in out
    assert wage("43-3011", "4800000").annual_mean == 46800
    assert Wage.objects.count() == DETAILED_ROWS


def test_reference_occupations_are_never_touched():
    reference = list(Occupation.objects.order_by("pk").values())
    out = run()
    assert list(Occupation.objects.filter(soc_code=None).order_by("pk").values()) == reference
    assert "skipped 2: occupations without a SOC code" in out


def test_figures_edited_by_hand_are_kept(tmp_path):
    run()
    occupation = collectors()
    occupation.yearly_salary = 50000
    occupation.highest_paying_state = "Texas"
    occupation.edited_fields = ["highest_paying_state", "yearly_salary"]
    occupation.save()
    out = run(edited_copy(tmp_path, '23.59,"49,060"', '24.00,"49,920"'))
    occupation = collectors()
    assert (occupation.yearly_salary, occupation.highest_paying_state) == (50000, "Texas")
    assert occupation.hourly_rate == Decimal("24.00")
    assert occupation.edited_fields == ["highest_paying_state", "yearly_salary"]
    assert "skipped 2: figures edited by hand" in out


def test_overwrite_edited_replaces_figures_edited_by_hand():
    run()
    Occupation.objects.filter(soc_code="43-3011").update(yearly_salary=50000, edited_fields=["yearly_salary"])
    run(SMALL, "--overwrite-edited")
    occupation = collectors()
    assert occupation.yearly_salary == 49060
    assert occupation.edited_fields == []


def test_a_file_without_a_column_is_refused_naming_it(tmp_path):
    path = tmp_path / "no_mean.csv"
    lines = SMALL.read_text().splitlines()
    header = lines[0].split(",")
    at = header.index("A_MEAN")
    path.write_text("\n".join([",".join(header[:at] + header[at + 1 :]), *lines[1:]]))
    with pytest.raises(CommandError, match="missing column A_MEAN"):
        run(path)
    assert not Occupation.objects.exclude(soc_code=None).exists()


def test_a_bad_number_is_refused_with_its_row_and_column(tmp_path):
    path = edited_copy(tmp_path, "13880,5.8", '"13,88O",5.8')
    with pytest.raises(
        CommandError, match=rf"row {row_number('13880,5.8')}, column TOT_EMP: '13,88O' is not a number"
    ):
        run(path)


def test_a_failing_import_leaves_the_database_as_it_was(tmp_path):
    before = snapshot()
    # The last row fails, after every category, occupation, area and most wages were written.
    path = edited_copy(tmp_path, "40020,3.6", "40020,lots")
    with pytest.raises(CommandError, match="column EMP_PRSE"):
        run(path)
    assert snapshot() == before


def test_a_file_cut_short_is_refused(tmp_path):
    path = tmp_path / "cut.csv"
    text = SMALL.read_text()
    path.write_text(text[: text.index("13880,5.8") + len("13880,5.8")])
    with pytest.raises(
        CommandError, match=rf"row {row_number('13880,5.8')}: 13 columns where the header has 30"
    ):
        run(path)
    assert not Wage.objects.exists()


def test_a_failing_reimport_keeps_the_previous_import(tmp_path):
    run()
    before = snapshot()
    with pytest.raises(CommandError):
        run(edited_copy(tmp_path, "40020,3.6", "40020,#"))
    assert snapshot() == before


def test_a_truncated_gzip_file_is_refused_naming_it_and_changes_nothing(tmp_path):
    run()
    before = snapshot()
    packed = gzip.compress(SMALL.read_bytes())
    path = tmp_path / "oews_M2025.csv.gz"
    path.write_bytes(packed[: len(packed) * 2 // 3])
    with pytest.raises(
        CommandError, match=r"oews_M2025\.csv\.gz, after row \d+: the gzip file is damaged or cut short"
    ):
        run(path, "--force")
    assert snapshot() == before


def test_reads_gzipped_csv(tmp_path):
    path = tmp_path / "oews.csv.gz"
    path.write_bytes(gzip.compress(SMALL.read_bytes()))
    run(path)
    assert collectors().yearly_salary == 49060


def test_reads_an_xlsx_workbook_with_numbers_as_numbers(tmp_path):
    import csv

    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    with open(SMALL, newline="") as f:
        for number, row in enumerate(csv.reader(f)):
            cells = []
            for column, text in enumerate(row):
                plain = text.replace(",", "")
                # Codes stay text, as in BLS's workbook; figures become numbers.
                if number and column > 10 and plain.replace(".", "", 1).isdigit():
                    cells.append(float(plain) if "." in plain else int(plain))
                else:
                    cells.append(text)
            sheet.append(cells)
    path = tmp_path / "all_data_M_2025.xlsx"
    workbook.save(path)
    run(path)
    occupation = collectors()
    assert (occupation.yearly_salary, occupation.hourly_rate, occupation.jobs) == (
        49060,
        Decimal("23.59"),
        158830,
    )
    assert wage("43-3011", "600000").jobs_per_1000 == Decimal("0.762")
    assert Wage.objects.count() == DETAILED_ROWS


class Terminal(io.StringIO):
    def isatty(self):
        return True


def test_progress_bar_is_drawn_on_a_terminal_only():
    terminal = Terminal()
    run(stderr=terminal)
    assert "Importing oews_small.csv 100% |" in terminal.getvalue()
    captured = io.StringIO()
    run(stderr=captured)
    assert captured.getvalue() == ""


def test_an_occupation_before_its_major_group_is_refused(tmp_path):
    text = SMALL.read_text().splitlines()
    major = next(line for line in text if ",29-0000," in line)
    path = tmp_path / "unordered.csv"
    path.write_text("\n".join(line for line in text if line != major))
    with pytest.raises(CommandError, match="comes before its major group 29-0000"):
        run(path)


def test_slugs_never_read_as_a_pair_and_never_collide():
    assert unique_slug("Data vs Model Analysts", set(), "15-2099") == "data-versus-model-analysts"
    taken = {"loss-mitigation-specialist"}
    assert unique_slug("Loss Mitigation Specialist", taken, "13-2099") == "loss-mitigation-specialist-13-2099"
