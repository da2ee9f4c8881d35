"""`import_onet_titles` fills occupations' other titles and related occupations from O*NET
database folders, choosing the O*NET occupations of each SOC code by the one rule.

tests/careers/data/onet_29_3 holds real rows of O*NET 29.3's Alternate Titles, Sample
of Reported Titles and Related Occupations, cut to a few occupations:

- 43-3011 Bill and Account Collectors: every title and related occupation of 43-3011.00;
  its nine reported titles are among its 45 alternate titles, as every reported title is;
- 11-1011, whose .00 occupation (Chief Executives) has titles and related occupations,
  and so does .03 (Chief Sustainability Officers): its titles name 11-1011 too, but its
  related occupations are not used;
- 15-1299 Computer Occupations, All Other: the sample leaves out the 18 titles of its .00
  occupation (the full file has them), so that the titles of its specialties .01 (Web
  Administrators) and .04 (Penetration Testers) are combined; O*NET lists no related
  occupation for 15-1299.00 at all;
- 21-1018 and 31-1120, BLS aggregates of 21-1011.00 and 21-1014.00, and of 31-1121.00 and
  31-1122.00, which only the crosswalk (onet_crosswalk_small.xlsx) places under them;
- 45-2091.00 Agricultural Equipment Operators, one of whose alternate titles is the
  occupation's own title.
"""

import gzip
import io
import shutil
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from careers.models import AlternateTitle, Occupation, RelatedOccupation, RelatedTier, Source, TitleKind
from tests.factories import make_catalog, make_occupation, make_source
from tests.pages import Page

DATA = Path(__file__).parent / "data"
ONET_29 = DATA / "onet_29_3"
CROSSWALK = DATA / "onet_crosswalk_small.xlsx"
pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def catalog():
    return make_catalog()


def run(*folders, options=(), stderr=None):
    out = io.StringIO()
    call_command(
        "import_onet_titles",
        *map(str, folders or (ONET_29,)),
        "--crosswalk",
        str(CROSSWALK),
        *options,
        stdout=out,
        stderr=stderr or io.StringIO(),
    )
    return out.getvalue()


def titles(soc_code):
    """(title, kind, common) of the occupation's other titles, in the model's order: common first."""
    return [(t.title, t.kind, t.common) for t in AlternateTitle.objects.filter(occupation__soc_code=soc_code)]


def related(soc_code):
    rows = RelatedOccupation.objects.filter(occupation__soc_code=soc_code).select_related("related")
    return [(r.related.soc_code, r.tier, r.rank) for r in rows.order_by("rank", "related__soc_code")]


def snapshot():
    models = [Occupation, AlternateTitle, RelatedOccupation, Source]
    return {model.__name__: list(model.objects.order_by("pk").values()) for model in models}


def copy_folder(tmp_path, folder=ONET_29):
    copy = tmp_path / folder.name
    shutil.copytree(folder, copy)
    return copy


def edit(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


REPORTED, ALTERNATE = TitleKind.REPORTED, TitleKind.ALTERNATE
SHORT, LONG, SUPPLEMENTAL = RelatedTier.PRIMARY_SHORT, RelatedTier.PRIMARY_LONG, RelatedTier.SUPPLEMENTAL


def test_reported_titles_are_stored_as_reported_and_those_my_next_move_shows_are_common():
    run()
    collectors = titles("43-3011")
    assert len(collectors) == 45
    assert collectors[:4] == [
        ("Collector", REPORTED, True),
        ("Debt Collector", REPORTED, True),
        ("Patient Access Specialist", REPORTED, True),
        ("Patient Account Representative", REPORTED, True),
    ]
    # Reported and alternate alike: stored once, as reported.
    assert ("Collection Agent", REPORTED, False) in collectors
    assert [t for t in collectors if t[1] == REPORTED][4:] == [
        ("Account Representative", REPORTED, False),
        ("Accounts Receivable Specialist (AR Specialist)", REPORTED, False),
        ("Collection Agent", REPORTED, False),
        ("Collection Specialist", REPORTED, False),
        ("Telephone Collector", REPORTED, False),
    ]
    assert ("Bill Collector", ALTERNATE, False) in collectors
    assert len([t for t in collectors if t[1] == ALTERNATE]) == 36


def test_a_soc_code_takes_the_titles_of_every_o_net_occupation_under_it():
    run()
    # Chief Sustainability Officers (11-1011.03) are chief executives too: their titles name 11-1011.
    found = titles("11-1011")
    assert found[:2] == [
        ("CEO (Chief Executive Officer)", REPORTED, True),
        ("Chief Financial Officer (CFO)", REPORTED, True),
    ]
    assert ("Chief Sustainability Officer (CSO)", REPORTED, True) in found
    assert ("Agency Owner", ALTERNATE, False) in found


def test_the_titles_of_the_specialties_of_a_code_without_titles_of_its_own_are_combined():
    run()
    assert titles("15-1299") == [
        ("Corporate Webmaster", REPORTED, True),
        ("Webmaster", REPORTED, True),
        ("Ethical Hacker", ALTERNATE, False),
        ("Penetration Tester", ALTERNATE, False),
        ("Web Administrator", REPORTED, False),
    ]


def test_an_aggregate_code_combines_the_titles_of_the_occupations_the_crosswalk_puts_under_it_each_once():
    run()
    # "Counselor" and "Case Manager" are titles of both O*NET occupations; "Licensed Mental
    # Health Counselor (LMHC)" is listed twice by 21-1014.00 itself.
    assert titles("21-1018") == [
        ("Addictions Counselor", REPORTED, True),
        ("Clinician", REPORTED, True),
        ("Counselor", REPORTED, True),
        ("Mental Health Therapist", REPORTED, True),
        ("Substance Abuse Counselor (SA Counselor)", REPORTED, True),
        ("Licensed Mental Health Counselor (LMHC)", ALTERNATE, False),
        ("Case Manager", REPORTED, False),
        ("Clinical Counselor", REPORTED, False),
    ]


def test_titles_that_differ_only_in_case_are_stored_once_in_the_first_spelling(tmp_path):
    folder = copy_folder(tmp_path)
    edit(folder / "Alternate Titles.txt", "43-3011.00\tAccounts Collector\t", "43-3011.00\tBILL COLLECTOR\t")
    run(folder)
    found = [t for t, _, _ in titles("43-3011") if t.lower() == "bill collector"]
    assert found == ["BILL COLLECTOR"]


def test_a_title_that_is_the_occupations_own_is_left_out():
    make_occupation("Agricultural Equipment Operators", soc_code="45-2091")
    run()
    assert titles("45-2091") == [
        ("Equipment Operator", REPORTED, True),
        ("Farm Equipment Operator", REPORTED, True),
    ]


def test_a_title_too_long_for_the_database_is_skipped_and_counted(tmp_path):
    folder = copy_folder(tmp_path)
    edit(folder / "Alternate Titles.txt", "\tChaser\t", f"\t{'Chaser ' * 40}\t")
    out = run(folder)
    assert len(titles("43-3011")) == 44
    assert "skipped 1: titles longer than the 250 characters the database holds" in out


def test_an_occupation_without_titles_in_o_net_has_none():
    out = run()
    assert titles("43-9199") == []
    assert "occupations O*NET lists no other title for" in out


def test_related_occupations_are_placed_under_soc_codes_with_o_nets_tier_and_index():
    run()
    assert related("43-3011") == [("43-4051", SHORT, 3)]
    assert related("43-4051") == [("43-3011", LONG, 9)]
    assert related("11-3111") == [("11-1011", SUPPLEMENTAL, 20)]


def test_a_related_soc_code_reached_several_ways_keeps_the_strongest_tier_and_lowest_index():
    run()
    # Web Administrators name Software Developers Primary-Short 3, Penetration Testers Primary-Long 7;
    # the specialties' relations to one another (15-1299.01 to .08, .05 ...) are left out.
    assert related("15-1299") == [("15-1252", SHORT, 3)]


def test_aggregates_are_related_through_the_crosswalk_on_both_sides():
    out = run()
    # 31-1122.00 Personal Care Aides name 21-1014.00 Mental Health Counselors (Supplemental 12);
    # Home Health Aides and Personal Care Aides, both 31-1120, are not related to themselves.
    assert related("31-1120") == [("21-1018", SUPPLEMENTAL, 12)]
    assert related("21-1018") == []
    assert "related pairs of O*NET occupations under one SOC code" in out
    assert "related pairs whose related O*NET occupation is under no SOC code of the catalog" in out


def test_related_occupations_follow_the_rule_too():
    run()
    # Chief Sustainability Officers (11-1011.03) name 15-1299.09; Chief Executives, whose
    # relations describe 11-1011, name none of the sample's occupations but themselves.
    assert related("11-1011") == []


def test_every_row_cites_the_o_net_release_its_file_came_from():
    run()
    assert {t.source.short_name for t in AlternateTitle.objects.select_related("source")} == {"O*NET 29.3"}
    assert {r.source.short_name for r in RelatedOccupation.objects.select_related("source")} == {"O*NET 29.3"}
    source = Source.objects.get(short_name="O*NET 29.3")
    assert (source.name, source.as_of.isoformat()) == ("O*NET 29.3 Database", "2025-05-01")


def test_a_second_import_changes_nothing():
    out = run()
    created = AlternateTitle.objects.count()
    assert f"alternate titles: {created} created" in out
    before = snapshot()
    out = run()
    assert snapshot() == before
    assert "Total: 0 created, 0 updated" in out
    assert f"alternate titles: 0 created, 0 updated, {created} unchanged" in out
    assert "related occupations: 0 created, 0 updated, 5 unchanged" in out
    assert "deleted" not in out


def test_rows_that_differ_are_updated_created_or_deleted_and_date_the_occupation():
    run()
    stored = AlternateTitle.objects.count()
    collectors = Occupation.objects.get(soc_code="43-3011")
    source = make_source("Written by hand")
    AlternateTitle.objects.filter(occupation=collectors, title="Collector").update(common=False)
    AlternateTitle.objects.filter(occupation=collectors, title="Dunner").delete()
    AlternateTitle.objects.create(occupation=collectors, title="Repo Man", source=source)
    out = run()
    assert f"alternate titles: 1 created, 1 updated, {stored - 2} unchanged, 1 deleted" in out
    assert ("Collector", REPORTED, True) in titles("43-3011")
    assert "Repo Man" not in {t for t, _, _ in titles("43-3011")}
    assert Occupation.objects.get(soc_code="43-3011").updated_at > collectors.updated_at
    assert Occupation.objects.get(soc_code="43-4051").updated_at <= collectors.updated_at


def test_titles_and_related_occupations_an_editor_changed_are_kept_unless_overwrite_edited():
    collectors = Occupation.objects.get(soc_code="43-3011")
    AlternateTitle.objects.create(occupation=collectors, title="Repo Agent", source=make_source())
    Occupation.objects.filter(pk=collectors.pk).update(edited_fields=["job_zone", "titles"])
    representatives = Occupation.objects.get(soc_code="43-4051")
    Occupation.objects.filter(pk=representatives.pk).update(edited_fields=["related_occupations"])
    out = run()
    assert [t for t, _, _ in titles("43-3011")] == ["Repo Agent"]
    assert related("43-3011") == [("43-4051", SHORT, 3)]
    assert related("43-4051") == []
    assert len(titles("43-4051")) == 6
    assert "skipped 1: occupations whose alternate titles an editor changed, left as they are" in out
    assert "skipped 1: occupations whose related occupations an editor changed, left as they are" in out
    run(options=["--overwrite-edited"])
    assert len(titles("43-3011")) == 45
    assert related("43-4051") == [("43-3011", LONG, 9)]
    assert Occupation.objects.get(soc_code="43-3011").edited_fields == ["job_zone"]
    assert Occupation.objects.get(soc_code="43-4051").edited_fields == []


def test_occupations_without_a_soc_code_are_never_touched():
    reference = Occupation.objects.filter(soc_code=None).first()
    AlternateTitle.objects.create(occupation=reference, title="Collector", source=make_source())
    before = list(Occupation.objects.filter(soc_code=None).order_by("pk").values())
    out = run()
    assert list(Occupation.objects.filter(soc_code=None).order_by("pk").values()) == before
    assert [t.title for t in reference.titles.all()] == ["Collector"]
    assert "skipped 2: occupations without a SOC code, which imports never change" in out


def test_reads_gzipped_files(tmp_path):
    folder = copy_folder(tmp_path)
    for path in folder.glob("*.txt"):
        if path.name != "Read Me.txt":
            (folder / f"{path.name}.gz").write_bytes(gzip.compress(path.read_bytes()))
            path.unlink()
    run(folder)
    assert len(titles("43-3011")) == 45


def test_progress_bar_is_drawn_on_a_terminal_only():
    class Terminal(io.StringIO):
        def isatty(self):
            return True

    terminal = Terminal()
    run(stderr=terminal)
    assert "Reading Related Occupations.txt 100% |" in terminal.getvalue()
    stderr = io.StringIO()
    run(stderr=stderr)
    assert stderr.getvalue() == ""


@pytest.mark.parametrize(
    ("file", "old", "new", "message"),
    [
        (
            "Sample of Reported Titles.txt",
            "Debt Collector\tY",
            "Debt Collector\tYes",
            r"Sample of Reported Titles.txt, row 23, column Shown in My Next Move: 'Yes' is not Y or N",
        ),
        (
            "Related Occupations.txt",
            "43-3011.00\t43-4051.00\tPrimary-Short",
            "43-3011.00\t43-4051.00\tPrimary",
            r"Related Occupations.txt, row \d+, column Relatedness Tier: 'Primary' is not one of Primary-Short, "
            "Primary-Long, Supplemental",
        ),
        (
            "Related Occupations.txt",
            "43-3011.00\t43-4051.00\tPrimary-Short\t3",
            "43-3011.00\t43-4051.00\tPrimary-Short\tthree",
            r"Related Occupations.txt, row \d+, column Index: 'three' is not an index from 1 to 999",
        ),
        (
            "Related Occupations.txt",
            "43-3011.00\t43-4051.00",
            "43-3011.00\t43-4051",
            r"Related Occupations.txt, row \d+, column Related O\*NET-SOC Code: '43-4051' is not an O\*NET-SOC code",
        ),
        (
            "Alternate Titles.txt",
            "43-3011.00\tChaser",
            "43-3011\tChaser",
            r"Alternate Titles.txt, row \d+, column O\*NET-SOC Code: '43-3011' is not an O\*NET-SOC code",
        ),
        (
            "Alternate Titles.txt",
            "Alternate Title\t",
            "Title\t",
            r"Alternate Titles.txt is not O\*NET's Alternate Titles: missing column Alternate Title",
        ),
    ],
)
def test_a_malformed_file_is_refused_naming_its_row_and_column_and_nothing_is_changed(
    tmp_path, file, old, new, message
):
    folder = copy_folder(tmp_path)
    edit(folder / file, old, new)
    with pytest.raises(CommandError, match=message):
        run(folder)
    assert not AlternateTitle.objects.exists()
    assert not RelatedOccupation.objects.exists()
    assert not Source.objects.filter(short_name="O*NET 29.3").exists()


def test_a_folder_without_one_of_the_files_is_refused(tmp_path):
    folder = copy_folder(tmp_path)
    (folder / "Related Occupations.txt").unlink()
    with pytest.raises(CommandError, match='No folder given has "Related Occupations.txt"'):
        run(folder)


def test_the_occupation_page_and_search_show_the_imported_titles(client):
    run()
    page = Page(client.get("/careers/bill-and-account-collectors/"))
    assert (
        "Also called: Collector, Debt Collector, Patient Access Specialist, Patient Account Representative"
        in page.text
    )
    assert "Collection Agent" not in page.text
    results = Page(client.get("/search/", {"q": "collection agent"})).table("Search results")
    first = next(iter(key for key in results if key))
    assert first.startswith("Bill and Account Collectors"), first
    assert "also called \u201cCollection Agent\u201d" in first
