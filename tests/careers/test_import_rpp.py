"""`import_rpp` sets areas' price levels from BEA's Regional Price Parities, and ranks pay after prices.

tests/careers/data/rpp holds BEA's three tables cut down to a few areas, byte for byte
as BEA writes them (a space before each quoted GeoFIPS, note lines below, the
nonmetropolitan portions of Delaware and the District of Columbia at 0.000, Enid's
early years "(NA)" and its name's " *"), and the rows of the project's crosswalk for
the areas of oews_small.csv, Enid and Sussex, Delaware.
"""

import io
from decimal import Decimal
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from careers import prices
from careers.models import Area, AreaKind, Occupation, Source
from careers.versions import data_version
from tests.factories import make_catalog
from tests.wage_factories import make_area, make_wage, nation

RPP = Path(__file__).parent / "data" / "rpp"
TABLES = [RPP / "SARPP_small.csv", RPP / "MARPP_small.csv", RPP / "PARPP_small.csv"]
CROSSWALK = RPP / "crosswalk_small.csv"
OEWS_SMALL = Path(__file__).parent / "data" / "oews_small.csv"
pytestmark = pytest.mark.django_db

AREAS = [
    ("Texas", AreaKind.STATE, "4800000"),
    ("California", AreaKind.STATE, "600000"),
    ("New York", AreaKind.STATE, "3600000"),
    ("Puerto Rico", AreaKind.TERRITORY, "7200000"),
    ("Guam", AreaKind.TERRITORY, "6600000"),
    ("Houston-Pasadena-The Woodlands, TX", AreaKind.METRO, "26420"),
    ("San Jose-Sunnyvale-Santa Clara, CA", AreaKind.METRO, "41940"),
    ("Enid, OK", AreaKind.METRO, "21420"),
    ("Coastal Plains Region of Texas nonmetropolitan area", AreaKind.NONMETRO, "4800006"),
    ("Sussex Delaware nonmetropolitan area", AreaKind.NONMETRO, "1000005"),
]


@pytest.fixture(autouse=True)
def areas():
    nation()
    return {name: make_area(name, kind, code=code) for name, kind, code in AREAS}


def run(*args, tables=TABLES, crosswalk=CROSSWALK, stderr=None):
    out = io.StringIO()
    call_command(
        "import_rpp",
        *map(str, tables),
        "--crosswalk",
        str(crosswalk),
        *args,
        stdout=out,
        stderr=stderr or io.StringIO(),
    )
    return out.getvalue()


def area(name):
    return Area.objects.get(name=name)


def edited(tmp_path, source, name, old, new):
    """A copy of a sample file with one piece of text replaced."""
    text = source.read_bytes()
    assert old.encode() in text, old
    path = tmp_path / name
    path.write_bytes(text.replace(old.encode(), new.encode(), 1))
    return path


def test_sets_the_2024_all_items_price_level_of_states_metros_and_nonmetro_areas():
    run()
    texas = area("Texas")
    assert (texas.price_level, texas.price_area) == (Decimal("97.057"), "Texas")
    assert texas.price_source == Source.objects.get(name=prices.RPP_NAME, as_of=prices.RPP.as_of)
    assert texas.price_source.short_name == "BEA RPP 2024"
    assert texas.price_source.as_of_label == "2024"
    houston = area("Houston-Pasadena-The Woodlands, TX")
    assert (houston.price_level, houston.price_area) == (
        Decimal("98.629"),
        "Houston-Pasadena-The Woodlands, TX",
    )
    coastal = area("Coastal Plains Region of Texas nonmetropolitan area")
    assert coastal.price_area == "nonmetropolitan Texas"
    assert coastal.price_level is not None
    assert (area("U.S.").price_level, area("U.S.").price_area) == (Decimal("100.000"), "United States")


def test_a_name_marked_for_a_footnote_and_early_years_not_available_still_give_2024():
    run()
    enid = area("Enid, OK")
    assert (enid.price_level, enid.price_area) == (Decimal("84.269"), "Enid, OK")


def test_sussex_delaware_takes_the_state_level_the_crosswalk_names():
    run()
    sussex = area("Sussex Delaware nonmetropolitan area")
    assert (sussex.price_level, sussex.price_area) == (Decimal("99.808"), "Delaware")


def test_areas_without_an_rpp_get_none_and_are_counted():
    out = run()
    for name in ("Puerto Rico", "Guam"):
        found = area(name)
        assert (found.price_level, found.price_area, found.price_source) == (None, "", None)
    assert "skipped 1: areas the crosswalk gives no RPP area" in out
    assert "skipped 1: areas the crosswalk does not list" in out
    # Of the crosswalk's 13 rows, DC, Atlanta and Dallas are not areas here.
    assert "skipped 3: crosswalk rows of areas not in the catalog" in out
    assert "skipped 12: note lines below BEA's tables" in out


def test_zero_is_no_value_never_a_price_level(tmp_path):
    crosswalk = edited(
        tmp_path,
        CROSSWALK,
        "crosswalk.csv",
        "1000005,Sussex Delaware nonmetropolitan area,10000,",
        "1000005,Sussex Delaware nonmetropolitan area,10999,",
    )
    out = run(crosswalk=crosswalk)
    sussex = area("Sussex Delaware nonmetropolitan area")
    assert (sussex.price_level, sussex.price_area, sussex.price_source) == (None, "", None)
    assert "skipped 1: areas whose RPP area BEA publishes no 2024 value" in out


def test_not_available_in_2024_is_no_value(tmp_path):
    marpp = edited(tmp_path, TABLES[1], "MARPP.csv", "86.455,84.269", "86.455,(NA)")
    run(tables=[TABLES[0], marpp, TABLES[2]])
    assert area("Enid, OK").price_level is None
    assert area("Houston-Pasadena-The Woodlands, TX").price_level == Decimal("98.629")


def test_a_second_import_changes_nothing_and_only_the_first_bumps_the_data_version():
    before = data_version().token
    run()
    first = data_version().token
    assert first != before
    levels = list(Area.objects.order_by("pk").values())
    out = run()
    assert list(Area.objects.order_by("pk").values()) == levels
    assert "Total: 0 created, 0 updated" in out
    assert data_version().token == first
    assert Source.objects.filter(name=prices.RPP_NAME).count() == 1


def test_a_bad_price_level_is_refused_naming_the_file_row_and_column_and_nothing_changes(tmp_path):
    sarpp = edited(tmp_path, TABLES[0], "SARPP.csv", "97.140,97.057", "97.140,lots")
    with pytest.raises(CommandError, match=r"SARPP\.csv, row 7, column 2024: 'lots' is not a number"):
        run(tables=[sarpp, *TABLES[1:]])
    assert area("Texas").price_level is None
    assert not Source.objects.filter(name=prices.RPP_NAME).exists()


def test_a_row_cut_short_is_refused_naming_its_row(tmp_path):
    sarpp = edited(tmp_path, TABLES[0], "SARPP.csv", ',"Index",', ',"Index"\r\n')
    with pytest.raises(CommandError, match=r"SARPP\.csv, row 2: 8 columns where the header has 25"):
        run(tables=[sarpp, *TABLES[1:]])


def test_a_crosswalk_naming_an_unknown_rpp_area_is_refused_naming_its_row(tmp_path):
    crosswalk = edited(tmp_path, CROSSWALK, "crosswalk.csv", "4800000,Texas,48000", "4800000,Texas,48001")
    with pytest.raises(CommandError, match=r"crosswalk\.csv, row 6, column rpp_geofips: RPP area '48001'"):
        run(crosswalk=crosswalk)


def test_a_file_that_is_not_an_rpp_table_is_refused():
    with pytest.raises(CommandError, match="oews_small.csv is not a BEA Regional Price Parities table"):
        run(tables=[OEWS_SMALL])
    with pytest.raises(CommandError, match="is not a crosswalk from OEWS areas to RPP areas"):
        run(crosswalk=OEWS_SMALL)


# Ranking after prices -------------------------------------------------------

TRUSTED = {"employment": 5000, "employment_rse": Decimal("2.0"), "mean_rse": Decimal("1.5")}


@pytest.fixture
def collectors(areas):
    occupation = make_catalog("43-3011")["43-3011"]
    # California pays more, Texas more at U.S. prices: 60,000 / 0.97057 = 61,820; 65,000 / 1.1072 = 58,710.
    make_wage(occupation, areas["Texas"], annual_mean=60_000, **TRUSTED)
    make_wage(occupation, areas["California"], annual_mean=65_000, **TRUSTED)
    # New York would win either way, but on too few jobs to trust.
    make_wage(occupation, areas["New York"], annual_mean=90_000, **{**TRUSTED, "employment": 500})
    make_wage(occupation, areas["Houston-Pasadena-The Woodlands, TX"], annual_mean=62_000, **TRUSTED)
    make_wage(occupation, areas["San Jose-Sunnyvale-Santa Clara, CA"], annual_mean=68_000, **TRUSTED)
    # Imprecise wages are never ranked either.
    make_wage(occupation, areas["Enid, OK"], annual_mean=80_000, **{**TRUSTED, "mean_rse": Decimal("12.0")})
    return occupation


def test_ranks_states_and_metros_by_pay_at_us_prices(collectors):
    run()
    collectors.refresh_from_db()
    assert collectors.highest_paying_state_after_prices == "Texas"
    assert collectors.highest_paying_city_after_prices == "Houston-Pasadena-The Woodlands, TX"
    assert collectors.highest_paying_state_after_prices_source.name == prices.RPP_NAME
    assert collectors.highest_paying_city_after_prices_source.name == prices.RPP_NAME


def test_an_hourly_mean_ranks_as_a_years_pay_when_the_annual_mean_is_missing(collectors, areas):
    collectors.wages.filter(area=areas["California"]).update(annual_mean=None, hourly_mean=Decimal("40.00"))
    run()
    collectors.refresh_from_db()
    # $40 an hour is $83,200 a year: $75,140 at U.S. prices.
    assert collectors.highest_paying_state_after_prices == "California"


def test_an_occupation_without_trusted_cells_has_no_ranking(collectors):
    customer = make_catalog("43-4051")["43-4051"]
    run()
    customer.refresh_from_db()
    assert customer.highest_paying_state_after_prices == ""
    assert customer.highest_paying_state_after_prices_source is None


def test_rankings_an_editor_set_are_kept_unless_overwrite_edited(collectors):
    Occupation.objects.filter(pk=collectors.pk).update(
        highest_paying_state_after_prices="Vermont", edited_fields=["highest_paying_state_after_prices"]
    )
    out = run()
    collectors.refresh_from_db()
    assert collectors.highest_paying_state_after_prices == "Vermont"
    assert collectors.highest_paying_city_after_prices == "Houston-Pasadena-The Woodlands, TX"
    assert "figures edited by hand" in out
    run("--overwrite-edited")
    collectors.refresh_from_db()
    assert collectors.highest_paying_state_after_prices == "Texas"


def test_import_oews_ranks_again_once_price_levels_are_there():
    out = io.StringIO()
    call_command("import_oews", str(OEWS_SMALL), stdout=out, stderr=io.StringIO())
    collectors = Occupation.objects.get(soc_code="43-3011")
    assert collectors.highest_paying_state_after_prices == ""
    run()
    collectors.refresh_from_db()
    ranked = collectors.highest_paying_state_after_prices
    assert ranked
    Occupation.objects.filter(pk=collectors.pk).update(highest_paying_state_after_prices="")
    call_command("import_oews", str(OEWS_SMALL), stdout=out, stderr=io.StringIO())
    collectors.refresh_from_db()
    assert collectors.highest_paying_state_after_prices == ranked
