"""`import_cps` fills median age, gender and race shares from the Current Population Survey.

The samples keep the real files' layouts and rows: cps_table11_small.csv (table 11, with
"-" for Compensation and benefits managers, whose base is under 50,000),
cps_table11b_small.xlsx (table 11b: title rows above the header, "–" for the same
row, a note below) and census_codes_small.xlsx (the Census code list: an overview
sheet first, title rows, group headings with code ranges, codes typed as text or as
numbers, and SOC equivalents given as detailed codes, a minor group (25-1000) and a
wildcard (13-20XX)).
"""

import io
from decimal import Decimal
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from careers import bls
from careers.importers.census import covered_prefix
from careers.models import Occupation, RaceShare, Source
from tests.factories import make_catalog, make_occupation

DATA = Path(__file__).parent / "data"
SHARES, AGES, CODES = (
    DATA / "cps_table11_small.csv",
    DATA / "cps_table11b_small.xlsx",
    DATA / "census_codes_small.xlsx",
)
pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def catalog():
    return make_catalog()


def run(shares=SHARES, ages=AGES, codes=CODES, options=(), stderr=None):
    out = io.StringIO()
    call_command(
        "import_cps", str(shares), str(ages), str(codes), *options, stdout=out, stderr=stderr or io.StringIO()
    )
    return out.getvalue()


def occupation(soc_code):
    return Occupation.objects.with_figures().get(soc_code=soc_code)


def races(occupation):
    return [(share.group, share.share) for share in occupation.race_shares.all()]


def edited_copy(tmp_path, path, old, new):
    text = path.read_text()
    assert old in text
    copy = tmp_path / path.name
    copy.write_text(text.replace(old, new, 1))
    return copy


def test_fills_median_age_gender_and_race_from_the_occupations_own_row():
    run()
    collectors = occupation("43-3011")
    assert collectors.median_age == Decimal("45.5")
    assert (collectors.female_share, collectors.male_share) == (Decimal("67.0"), Decimal("33.0"))
    assert races(collectors) == [
        ("White", Decimal("76.4")),
        ("Black or African American", Decimal("16.9")),
        ("Asian", Decimal("1.5")),
        ("Hispanic or Latino", Decimal("21.6")),
    ]
    assert collectors.demographics_group == "Bill and account collectors"
    representatives = occupation("43-4051")
    assert (representatives.median_age, representatives.female_share, representatives.male_share) == (
        Decimal("37"),
        Decimal("64.8"),
        Decimal("35.2"),
    )
    assert races(representatives)[-1] == ("Hispanic or Latino", Decimal("22.5"))
    source = collectors.median_age_source
    assert (source.name, source.as_of_display, source.short_name) == (
        bls.CPS.name,
        "2025 annual averages",
        "CPS 2025",
    )
    assert collectors.gender_source == collectors.race_source == source


def test_an_occupation_in_a_broader_census_group_names_the_group():
    run()
    teachers = occupation("25-1011")
    assert teachers.demographics_group == "Postsecondary teachers"
    assert (teachers.median_age, teachers.female_share) == (Decimal("49.2"), Decimal("52.3"))


def test_a_suppressed_row_stores_no_figures_but_names_its_group():
    run()
    managers = occupation("11-3111")
    assert managers.demographics_group == "Compensation and benefits managers"
    assert (managers.median_age, managers.female_share, managers.male_share) == (None, None, None)
    assert races(managers) == []
    assert managers.gender_source is None
    assert managers.race_source is None


def test_a_code_that_combines_census_occupations_takes_the_largest_one():
    run()
    # OEWS joins 21-1011 and 21-1014; mental health counselors are 218,000 to 164,000.
    counselors = occupation("21-1018")
    assert counselors.demographics_group == "Mental health counselors"
    assert (counselors.median_age, counselors.female_share) == (Decimal("40.9"), Decimal("72.6"))
    # The broad group 31-1120: personal care aides (1,840,000) over home health aides.
    aides = occupation("31-1120")
    assert aides.demographics_group == "Personal care aides"
    assert aides.female_share == Decimal("79.8")


def test_occupations_the_tables_do_not_cover_are_reported_and_left_alone():
    # The wildcard 13-20XX places it in "Other financial specialists", which the sample table lacks.
    make_occupation("Financial Specialists, All Other", soc_code="13-2099")
    out = run()
    # Software developers, other computer occupations and other office workers are not in the sample list.
    assert "skipped 3: occupations the Census code list does not place" in out
    assert "skipped 1: occupations whose Census occupation has no row in table 11" in out
    assert occupation("15-1252").demographics_group == ""
    assert occupation("13-2099").demographics_group == ""


def test_census_codes_cover_the_soc_codes_that_begin_with_them():
    assert covered_prefix("43-3011") == "43-3011"
    assert covered_prefix("11-2030") == "11-203"
    assert covered_prefix("25-1000") == "25-1"
    assert covered_prefix("13-20XX") == "13-20"
    assert covered_prefix("51-4XXX") == "51-4"


def test_a_second_import_changes_nothing():
    run()
    before = list(Occupation.objects.order_by("pk").values()), list(RaceShare.objects.order_by("pk").values())
    out = run()
    after = list(Occupation.objects.order_by("pk").values()), list(RaceShare.objects.order_by("pk").values())
    assert after == before
    assert "Total: 0 created, 0 updated" in out
    assert Source.objects.filter(name=bls.CPS.name).count() == 1


def test_reference_occupations_keep_their_demographics():
    before = list(RaceShare.objects.filter(occupation__soc_code=None).order_by("pk").values())
    run()
    assert list(RaceShare.objects.filter(occupation__soc_code=None).order_by("pk").values()) == before


def test_figures_an_editor_set_are_kept_unless_overwrite_edited():
    collectors = Occupation.objects.get(soc_code="43-3011")
    RaceShare.objects.create(occupation=collectors, group="Editors' group", share=Decimal("50.0"))
    Occupation.objects.filter(pk=collectors.pk).update(edited_fields=["race"])
    out = run()
    assert races(occupation("43-3011")) == [("Editors' group", Decimal("50.0"))]
    assert occupation("43-3011").female_share == Decimal("67.0")
    assert "skipped 1: figures edited by hand" in out
    run(options=["--overwrite-edited"])
    assert len(races(occupation("43-3011"))) == 4


def test_a_bad_share_is_refused_with_its_file_row_and_column_and_nothing_is_changed(tmp_path):
    shares = edited_copy(tmp_path, SHARES, "111,67.0,", "111,sixty-seven,")
    with pytest.raises(CommandError, match="cps_table11_small.csv, row 10, column pct_women: 'sixty-seven'"):
        run(shares=shares)
    assert occupation("43-3011").demographics_group == ""
    assert not Source.objects.filter(name=bls.CPS.name).exists()


def test_files_given_in_the_wrong_order_are_refused():
    with pytest.raises(CommandError, match="is not CPS table 11b by occupation and age"):
        run(ages=SHARES)
    with pytest.raises(CommandError, match="has no sheet '2018 Census Occ Code List'"):
        run(codes=AGES)
    with pytest.raises(CommandError, match="is not CPS table 11 by occupation, sex and race"):
        run(shares=DATA / "oews_small.csv")


def test_progress_bar_is_drawn_on_a_terminal_only():
    class Terminal(io.StringIO):
        def isatty(self):
            return True

    terminal = Terminal()
    run(stderr=terminal)
    assert "Importing cps_table11_small.csv 100% |" in terminal.getvalue()
    captured = io.StringIO()
    run(stderr=captured)
    assert captured.getvalue() == ""
