"""`import_ai_exposure` fills exposure to AI language models from the "GPTs are GPTs" scores.

tests/careers/data/ai_exposure_small.csv holds real rows of occ_level.csv:

- 43-3011 and 43-4051, each its .00 occupation alone;
- 11-1011, whose .00 occupation (Chief Executives) is rated, and so is .03 (Chief
  Sustainability Officers), which is therefore not used;
- 15-1299 Computer Occupations, All Other: no .00 row, so its specialties .01 and .04 are
  averaged;
- 21-1018 and 31-1120, BLS aggregates that only the crosswalk (onet_crosswalk_small.xlsx)
  places 21-1011.00 and 21-1014.00, and 31-1121.00 and 31-1122.00, under;
- 11-1031.00 Legislators, which the catalog the tests build does not have;
- no row for 43-9199, an "All Other" code the study rated no tasks for.
"""

import io
from decimal import Decimal
from pathlib import Path
from unittest import mock

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from careers import exposure
from careers.models import Occupation, Source
from tests.factories import make_catalog

DATA = Path(__file__).parent / "data"
SMALL = DATA / "ai_exposure_small.csv"
CROSSWALK = DATA / "onet_crosswalk_small.xlsx"
pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def catalog():
    return make_catalog()


def run(path=SMALL, *options, stderr=None):
    out = io.StringIO()
    call_command(
        "import_ai_exposure",
        str(path),
        "--crosswalk",
        str(CROSSWALK),
        *options,
        stdout=out,
        stderr=stderr or io.StringIO(),
    )
    return out.getvalue()


def occupation(soc_code):
    return Occupation.objects.get(soc_code=soc_code)


def edited_copy(tmp_path, code, column, value):
    """The sample file with one cell of the O*NET occupation ``code`` changed; returns (path, row)."""
    lines = SMALL.read_text().splitlines()
    header = lines[0].split(",")
    for number, line in enumerate(lines[1:], start=2):
        if line.startswith(f"{code},"):
            cells = line.split(",")
            cells[header.index(column)] = value
            lines[number - 1] = ",".join(cells)
            break
    path = tmp_path / "occ_level.csv"
    path.write_text("\n".join(lines) + "\n")
    return path, number


def test_fills_the_six_shares_in_percent_citing_the_paper():
    run()
    collectors = occupation("43-3011")
    # human beta, human alpha, human gamma, GPT-4 alpha, beta, gamma
    assert [
        collectors.ai_exposure,
        collectors.ai_exposure_human_alpha,
        collectors.ai_exposure_human_gamma,
        collectors.ai_exposure_model_alpha,
        collectors.ai_exposure_model_beta,
        collectors.ai_exposure_model_gamma,
    ] == [Decimal(v) for v in ("42.86", "10.71", "75.00", "39.29", "69.64", "100.00")]
    assert occupation("43-4051").ai_exposure == Decimal("70.45")
    assert collectors.ai_exposure_occupations == [["43-3011.00", "Bill and Account Collectors"]]
    source = collectors.ai_exposure_source
    assert (source.url, source.as_of_display, source.short_name) == (
        "https://doi.org/10.1126/science.adj0998",
        "2023 ratings, published 2024",
        "GPTs are GPTs, 2023 ratings",
    )
    assert "doi:10.1126/science.adj0998" in source.name
    assert "MIT License" in source.attribution


def test_the_00_occupation_describes_its_code_when_rated():
    run()
    executives = occupation("11-1011")
    assert executives.ai_exposure == Decimal("35.0")
    assert executives.ai_exposure_occupations == [["11-1011.00", "Chief Executives"]]


def test_several_onet_occupations_are_averaged_each_counting_once():
    run()
    computer = occupation("15-1299")
    # (0.6739130434782609 + 0.5909090909090909) / 2 = 0.63241...
    assert computer.ai_exposure == Decimal("63.24")
    assert [code for code, _ in computer.ai_exposure_occupations] == ["15-1299.01", "15-1299.04"]


def test_aggregate_codes_are_covered_through_the_crosswalk():
    run()
    aides = occupation("31-1120")
    # human beta (0.0385 + 0.3333) / 2, human alpha (0 + 0.2222) / 2, GPT-4 gamma (0.0769 + 0.2778) / 2
    assert (aides.ai_exposure, aides.ai_exposure_human_alpha, aides.ai_exposure_model_gamma) == (
        Decimal("18.59"),
        Decimal("11.11"),
        Decimal("17.74"),
    )
    assert aides.ai_exposure_occupations == [
        ["31-1121.00", "Home Health Aides"],
        ["31-1122.00", "Personal Care Aides"],
    ]
    assert occupation("21-1018").ai_exposure == Decimal("27.68")


def test_occupations_the_study_did_not_rate_keep_no_figure_and_the_summary_gives_coverage():
    out = run()
    other = occupation("43-9199")
    assert other.ai_exposure is None
    assert other.ai_exposure_source is None
    assert other.ai_exposure_occupations == []
    assert 'skipped 1: occupations the study rated no tasks for ("All Other" codes)' in out
    assert "skipped 1: rated O*NET occupations under no SOC code of the catalog" in out
    assert "Exposure scores for 9 of the catalog's 10 SOC occupations." in out
    assert "Read 14 rows of ai_exposure_small.csv and the crosswalk" in out


def test_a_second_import_changes_nothing_and_only_the_first_bumps_the_data_version():
    with mock.patch("careers.importers.ai_exposure.bump_data_version") as bump:
        run()
        assert bump.call_count == 1
        before = list(Occupation.objects.order_by("pk").values())
        out = run()
        assert bump.call_count == 1
    assert list(Occupation.objects.order_by("pk").values()) == before
    assert "Total: 0 created, 0 updated" in out
    assert Source.objects.filter(name=exposure.RELEASE.name).count() == 1


def test_reference_occupations_are_never_touched():
    before = list(Occupation.objects.filter(soc_code=None).order_by("pk").values())
    run()
    assert list(Occupation.objects.filter(soc_code=None).order_by("pk").values()) == before


def test_a_figure_an_editor_set_is_kept_unless_overwrite_edited():
    Occupation.objects.filter(soc_code="43-3011").update(
        ai_exposure=Decimal("12.0"), edited_fields=["ai_exposure"]
    )
    out = run()
    collectors = occupation("43-3011")
    assert collectors.ai_exposure == Decimal("12.0")
    assert collectors.ai_exposure_model_beta is None
    assert "skipped 1: figures edited by hand" in out
    run(SMALL, "--overwrite-edited")
    collectors = occupation("43-3011")
    assert (collectors.ai_exposure, collectors.edited_fields) == (Decimal("42.86"), [])


@pytest.mark.parametrize(
    "value, message",
    [
        ("many", "'many' is not a number"),
        ("NaN", "'NaN' is not a number"),
        ("1.2", "'1.2' is not a share from 0 to 1"),
        ("-0.1", "'-0.1' is not a share from 0 to 1"),
    ],
)
def test_a_bad_score_is_refused_with_its_row_and_column_and_nothing_is_changed(tmp_path, value, message):
    path, row = edited_copy(tmp_path, "43-4051.00", "human_rating_beta", value)
    with pytest.raises(CommandError, match=f"occ_level.csv, row {row}, column human_rating_beta: {message}"):
        run(path)
    assert occupation("43-3011").ai_exposure is None
    assert not Source.objects.filter(name=exposure.RELEASE.name).exists()


def test_a_bad_code_is_refused_with_its_row(tmp_path):
    path, row = edited_copy(tmp_path, "43-4051.00", "O*NET-SOC Code", "43-4051")
    with pytest.raises(
        CommandError, match=f"row {row}, column O\\*NET-SOC Code: '43-4051' is not an O\\*NET-SOC"
    ):
        run(path)


def test_a_file_without_a_score_column_is_refused(tmp_path):
    path = tmp_path / "occ_level.csv"
    path.write_text(SMALL.read_text().replace("dv_rating_gamma", "dv_rating_zeta"))
    with pytest.raises(CommandError, match="occ_level.csv is not .* no column 'dv_rating_gamma'"):
        run(path)


def test_a_cut_short_row_is_refused_with_its_row(tmp_path):
    path = tmp_path / "occ_level.csv"
    lines = SMALL.read_text().splitlines()
    lines[3] = ",".join(lines[3].split(",")[:4])
    path.write_text("\n".join(lines) + "\n")
    with pytest.raises(CommandError, match="occ_level.csv, row 4: 4 columns where the header has 8"):
        run(path)
