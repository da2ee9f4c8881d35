"""`import_onet` sets descriptions from O*NET "Occupation Data" for occupations whose SOC code matches.

tests/careers/data/onet_small.txt is tab-separated with CRLF line ends, as O*NET
ships it; 43-4051 has an alternate O*NET occupation (.03) listed before its .00
row, and Chief Executives are not in the catalog the tests build.
"""

import gzip
import io
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from careers import bls
from careers.models import Occupation, Source

DATA = Path(__file__).parent / "data"
SMALL = DATA / "onet_small.txt"
pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def catalog():
    call_command("import_oews", str(DATA / "oews_small.csv"), verbosity=0)


def run(path=SMALL, *args):
    out = io.StringIO()
    call_command("import_onet", str(path), *args, stdout=out, stderr=io.StringIO())
    return out.getvalue()


def description(soc_code):
    return Occupation.objects.get(soc_code=soc_code).description


def test_sets_descriptions_with_the_onet_source_and_its_attribution():
    run()
    occupation = Occupation.objects.get(soc_code="43-3011")
    assert occupation.description.startswith("Locate and notify customers of delinquent accounts")
    source = occupation.description_source
    assert (source.name, source.as_of, source.as_of_display) == (
        bls.ONET_SOURCE_NAME,
        bls.ONET_AS_OF,
        "February 2025",
    )
    assert source.attribution == bls.ONET_ATTRIBUTION


def test_the_occupation_page_names_the_description_source_and_carries_the_attribution(client):
    run()
    occupation = Occupation.objects.get(soc_code="43-3011")
    page = client.get(occupation.get_absolute_url()).content.decode()
    assert "Source: O*NET 29.2 Database, February 2025" in page
    assert bls.ONET_ATTRIBUTION in page


def test_prefers_the_00_row_over_alternate_onet_occupations():
    out = run()
    assert description("43-4051").startswith("Interact with customers")
    assert "skipped 1: O*NET occupations that detail a SOC occupation" in out


def test_reports_onet_rows_without_an_occupation_and_leaves_others_blank():
    out = run()
    assert "skipped 1: O*NET occupations whose SOC code is not in the catalog" in out
    assert description("27-2011") == ""
    assert not Occupation.objects.filter(title="Chief Executives").exists()


def test_a_second_import_changes_nothing():
    run()
    before = list(Occupation.objects.order_by("pk").values())
    out = run()
    assert list(Occupation.objects.order_by("pk").values()) == before
    assert "Total: 0 created, 0 updated" in out
    assert Source.objects.filter(name=bls.ONET_SOURCE_NAME).count() == 1


def test_reference_occupations_keep_their_descriptions():
    before = list(Occupation.objects.filter(soc_code=None).order_by("pk").values())
    run()
    assert list(Occupation.objects.filter(soc_code=None).order_by("pk").values()) == before


def test_edited_descriptions_are_kept_unless_overwrite_edited():
    Occupation.objects.filter(soc_code="43-3011").update(
        description="Written by an editor.", edited_fields=["description"]
    )
    out = run()
    assert description("43-3011") == "Written by an editor."
    assert "skipped 1: descriptions edited by hand" in out
    run(SMALL, "--overwrite-edited")
    occupation = Occupation.objects.get(soc_code="43-3011")
    assert occupation.description.startswith("Locate and notify")
    assert occupation.edited_fields == []


def test_reads_a_gzipped_file(tmp_path):
    path = tmp_path / "occupation_data.txt.gz"
    path.write_bytes(gzip.compress(SMALL.read_bytes()))
    run(path)
    assert description("29-1211").startswith("Administer anesthetics")


def test_a_file_without_descriptions_is_refused_naming_the_column(tmp_path):
    path = tmp_path / "titles.txt"
    path.write_text("O*NET-SOC Code\tTitle\r\n43-3011.00\tBill and Account Collectors\r\n")
    with pytest.raises(CommandError, match="missing column DESCRIPTION"):
        run(path)


def test_a_bad_code_is_refused_with_its_row_and_nothing_is_changed(tmp_path):
    path = tmp_path / "bad.txt"
    path.write_text(SMALL.read_text().replace("29-1211.00", "29-1211"))
    with pytest.raises(CommandError, match=r"row 5, column O\*NET-SOC Code: '29-1211' is not"):
        run(path)
    assert description("43-3011") == ""
    assert not Source.objects.filter(name=bls.ONET_SOURCE_NAME).exists()
