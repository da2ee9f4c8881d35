"""`load_site_data` loads the shipped reference occupations and catalog once and never duplicates them."""

import csv
import gzip
import hashlib
from decimal import Decimal
from io import StringIO
from pathlib import Path
from unittest import mock

from django.core.management import call_command
from django.test import TestCase

from careers import bls
from careers.importers import catalog
from careers.importers.files import Table
from careers.importers.onet_files import read_release
from careers.models import Area, Category, Duty, Occupation, RaceShare, Skill, Source, Wage
from comparisons.models import Comparison

SHIPPED = [Source, Category, Occupation, Duty, Skill, RaceShare, Comparison]


def counts():
    return {model.__name__: model.objects.count() for model in SHIPPED}


def load():
    out = StringIO()
    call_command("load_site_data", "--reference-only", stdout=out)
    return out.getvalue()


class LoadSiteDataTests(TestCase):
    def empty_the_database(self):
        Comparison.objects.all().delete()
        Occupation.objects.all().delete()
        Category.objects.all().delete()
        Source.objects.all().delete()

    def test_loads_the_reference_occupations_into_an_empty_database(self):
        self.empty_the_database()
        self.assertIn("Loaded the reference occupations.", load())
        self.assertEqual(
            counts(),
            {
                "Source": 1,
                "Category": 1,
                "Occupation": 2,
                "Duty": 12,
                "Skill": 12,
                "RaceShare": 12,
                "Comparison": 1,
            },
        )

    def test_running_again_changes_nothing(self):
        self.empty_the_database()
        load()
        before = counts()
        self.assertIn("already loaded", load())
        self.assertEqual(counts(), before)

    def test_editors_changes_survive_a_second_run(self):
        Occupation.objects.filter(slug="loss-mitigation-specialist").update(yearly_salary=50000)
        load()
        self.assertEqual(Occupation.objects.get(slug="loss-mitigation-specialist").yearly_salary, 50000)


DATA = Path(__file__).parent / "data"


@mock.patch.object(catalog, "SHIPPED_AI_EXPOSURE", DATA / "ai_exposure_small.csv")
@mock.patch.object(catalog, "SHIPPED_RPP_CROSSWALK", DATA / "rpp" / "crosswalk_small.csv")
@mock.patch.object(
    catalog,
    "SHIPPED_RPP",
    [DATA / "rpp" / name for name in ("SARPP_small.csv", "MARPP_small.csv", "PARPP_small.csv")],
)
@mock.patch.object(catalog, "SHIPPED_CENSUS_CODES", DATA / "census_codes_small.xlsx")
@mock.patch.object(catalog, "SHIPPED_CPS_AGES", DATA / "cps_table11b_small.xlsx")
@mock.patch.object(catalog, "SHIPPED_CPS_SHARES", DATA / "cps_table11_small.csv")
@mock.patch.object(catalog, "SHIPPED_PROJECTIONS", DATA / "projections_small.xlsx")
@mock.patch.object(catalog, "SHIPPED_CROSSWALK", DATA / "onet_crosswalk_small.xlsx")
@mock.patch.object(catalog, "SHIPPED_ONET_DB", [DATA / "onet_29_3", DATA / "onet_30_1"])
@mock.patch.object(catalog, "SHIPPED_ONET", DATA / "onet_small.txt")
@mock.patch.object(catalog, "SHIPPED_OEWS", DATA / "oews_small.csv")
class CatalogTests(TestCase):
    """The catalog step, on the small test files in place of the shipped ones."""

    def load(self, *args):
        out = StringIO()
        call_command("load_site_data", *args, stdout=out, stderr=StringIO())
        return out.getvalue()

    def test_imports_the_catalog_after_the_reference_occupations(self):
        out = self.load()
        self.assertIn("Reference occupations already loaded", out)
        occupation = Occupation.objects.get(soc_code="43-3011")
        self.assertEqual(occupation.yearly_salary, 49060)
        self.assertTrue(occupation.description.startswith("Locate and notify"))
        self.assertEqual(Wage.objects.count(), 21)
        self.assertEqual(occupation.duties.count(), 15)
        self.assertEqual(occupation.required_education, "High school diploma or equivalent")
        self.assertEqual((occupation.growth_rate, occupation.openings), (Decimal("-10.5"), 13_700))
        self.assertEqual((occupation.median_age, occupation.female_share), (Decimal("45.5"), Decimal("67.0")))
        self.assertEqual(occupation.titles.count(), 45)
        self.assertEqual([r.related.soc_code for r in occupation.related_occupations.all()], ["43-4051"])
        self.assertEqual(occupation.ai_exposure, Decimal("42.86"))
        self.assertEqual(Area.objects.get(name="Texas").price_level, Decimal("97.057"))
        self.assertTrue(occupation.highest_paying_state_after_prices)

    def test_a_second_run_does_not_import_again(self):
        self.load()
        before = list(Occupation.objects.order_by("pk").values()), list(Wage.objects.order_by("pk").values())
        out = self.load()
        self.assertIn(f"BLS OEWS {bls.OEWS_RELEASE} already loaded", out)
        self.assertIn(f"{bls.ONET_RELEASE} descriptions already loaded", out)
        self.assertIn("O*NET 29.3 and O*NET 30.1 already loaded", out)
        self.assertIn("O*NET 29.3 titles and related occupations already loaded", out)
        self.assertIn("BLS projections 2024\u201334 already loaded", out)
        self.assertIn("CPS 2025 annual averages already loaded", out)
        self.assertIn("GPTs are GPTs 2023 ratings, published 2024 already loaded", out)
        self.assertIn("BEA Regional Price Parities 2024 already loaded", out)
        self.assertNotIn("Read ", out)
        after = list(Occupation.objects.order_by("pk").values()), list(Wage.objects.order_by("pk").values())
        self.assertEqual(after, before)

    def test_force_imports_again_without_changing_anything(self):
        self.load()
        out = self.load("--force")
        self.assertEqual(out.count("Total: 0 created, 0 updated"), 8)

    def test_reference_only_leaves_the_catalog_out(self):
        self.load("--reference-only")
        self.assertFalse(Occupation.objects.exclude(soc_code=None).exists())


def shipped_national_rows(*soc_codes):
    """The nation's all-industries rows for the SOC codes, read from the shipped file."""
    found = {}
    with gzip.open(catalog.SHIPPED_OEWS, "rt", newline="") as f:
        for row in csv.DictReader(f):
            if row["AREA"] == "99" and row["NAICS"] == "000000" and row["OCC_CODE"] in soc_codes:
                found[row["OCC_CODE"]] = row
                if len(found) == len(soc_codes):
                    break
    return found


def test_the_shipped_oews_file_carries_the_published_figures():
    rows = shipped_national_rows("43-3011", "43-4051")
    assert (rows["43-3011"]["OCC_TITLE"], rows["43-3011"]["A_MEAN"], rows["43-3011"]["TOT_EMP"]) == (
        "Bill and Account Collectors",
        "49060",
        "158830",
    )
    assert (rows["43-4051"]["A_MEAN"], rows["43-4051"]["TOT_EMP"]) == ("46590", "2595750")


def test_the_shipped_files_are_small_enough_to_commit():
    total = sum(path.stat().st_size for path in catalog.FIXTURES.rglob("*") if path.is_file())
    assert total < 25 * 1024 * 1024


def test_every_shipped_file_is_there_and_the_onet_folders_name_their_releases():
    for _, path in catalog.COPIES:
        assert path.is_file(), path
    releases = [read_release(folder) for folder in catalog.SHIPPED_ONET_DB]
    assert [release.short_name for release in releases] == ["O*NET 29.3", "O*NET 30.1"]
    assert (catalog.FIXTURES / "NOTICE.md").is_file()


def test_build_catalog_fixture_copies_the_other_sources_gzipping_text(tmp_path):
    shared = tmp_path / "shared"
    (shared / "onet").mkdir(parents=True)
    for name in ("Job Zones.txt", "Read Me.txt"):
        (shared / "onet" / name).write_bytes((DATA / "onet_30_1" / name).read_bytes())
    copies = [
        ("onet/Job Zones.txt", tmp_path / "fixtures" / "onet" / "Job Zones.txt.gz"),
        ("onet/Read Me.txt", tmp_path / "fixtures" / "onet" / "Read Me.txt"),
    ]
    with mock.patch.object(catalog, "COPIES", copies):
        written = catalog.build_copies(shared)
        first = [path.read_bytes() for path in written]
        catalog.build_copies(shared)
    assert [path.read_bytes() for path in written] == first, "a rebuild changes no byte"
    assert gzip.decompress(first[0]) == (DATA / "onet_30_1" / "Job Zones.txt").read_bytes()
    assert first[1] == (DATA / "onet_30_1" / "Read Me.txt").read_bytes()


def test_the_ai_exposure_scores_ship_unchanged_with_their_license():
    scores = catalog.SHIPPED_AI_EXPOSURE.read_bytes()
    assert (
        hashlib.sha256(scores).hexdigest()
        == "40c74f53de40aec91c0017d80690cbba915f83a8bb414bcf2f884692f1749acb"
    )
    license = catalog.SHIPPED_AI_EXPOSURE_LICENSE.read_text()
    assert license.startswith("MIT License") and "Copyright (c) 2024 OpenAI" in license
    assert "ai_exposure/LICENSE" in (catalog.FIXTURES / "NOTICE.md").read_text()


def test_the_shipped_onet_file_has_the_descriptions():
    with gzip.open(catalog.SHIPPED_ONET, "rt", newline="") as f:
        lines = f.read().split("\r\n")
    assert lines[0] == "O*NET-SOC Code\tTitle\tDescription"
    assert any(
        line.startswith("43-3011.00\tBill and Account Collectors\tLocate and notify") for line in lines
    )


def test_build_catalog_fixture_keeps_the_rows_the_site_uses_nation_first(tmp_path):
    oews, onet = tmp_path / "oews.csv.gz", tmp_path / "onet.txt.gz"
    with mock.patch.object(catalog, "SHIPPED_OEWS", oews), mock.patch.object(catalog, "SHIPPED_ONET", onet):
        call_command(
            "build_catalog_fixture",
            "--oews",
            str(DATA / "oews_small.csv"),
            "--onet",
            str(DATA / "onet_small.txt"),
            stdout=StringIO(),
        )
    with gzip.open(oews, "rt", newline="") as f:
        rows = list(csv.DictReader(f))
    groups = [(row["AREA"], row["OCC_CODE"], row["O_GROUP"]) for row in rows]
    # The nation's all-industries rows lead, with the major groups before their occupations.
    assert groups[:7] == [
        ("99", "27-0000", "major"),
        ("99", "27-2011", "detailed"),
        ("99", "29-0000", "major"),
        ("99", "29-1211", "detailed"),
        ("99", "43-0000", "major"),
        ("99", "43-3011", "detailed"),
        ("99", "43-4051", "detailed"),
    ]
    assert {group for _, _, group in groups[7:]} == {"detailed"}
    assert len(rows) == 21 + 3
    assert gzip.decompress(onet.read_bytes()) == (DATA / "onet_small.txt").read_bytes()


def test_the_shipped_projections_and_cps_files_carry_the_published_figures():
    with Table(catalog.SHIPPED_PROJECTIONS, sheet="Table 1.2", header_row=2) as table:
        code = table.header.index("2024 NATIONAL EMPLOYMENT MATRIX CODE")
        rows = {row[code]: row for _, row in table if row[code] in ("43-3011", "43-4051")}
    assert (rows["43-3011"][8], rows["43-3011"][10]) == ("-10.5", "13.7")
    assert (rows["43-4051"][8], rows["43-4051"][10]) == ("-5.5", "341.7")
    with gzip.open(catalog.SHIPPED_CPS_SHARES, "rt", newline="") as f:
        shares = {row["occupation"]: row["pct_women"] for row in csv.DictReader(f)}
    assert (shares["Bill and account collectors"], shares["Customer service representatives"]) == (
        "67.0",
        "64.8",
    )
