"""`import_onet_db` fills duties, skills, technologies, education, experience and job zones from
O*NET database folders, choosing the O*NET occupations of each SOC code by one rule.

tests/careers/data/onet_29_3 and onet_30_1 hold real rows of the two releases, cut to a
few occupations, with each release's own "Read Me.txt"; the 29.3 folder has its
Skills and Job Zones too, which the 30.1 folder's replace. The occupations:

- 43-3011 and 43-4051, described by their .00 occupations alone;
- 11-1011, whose .00 occupation (Chief Executives) has data, and so does .03 (Chief
  Sustainability Officers), which is therefore not used;
- 15-1299 Computer Occupations, All Other: no data of its own (.00), so its specialties
  .01 (Web Administrators) and .04 (Penetration Testers) are combined;
- 21-1018, a BLS aggregate that O*NET splits into 21-1011.00 and 21-1014.00, which only
  the crosswalk (onet_crosswalk_small.xlsx, real rows) places under it; 21-1014.00 was
  re-rated in 30.1;
- 15-1252 Software Developers, rated for skills only from 30.1 on;
- 43-9199, an "All Other" code O*NET has no data for.
"""

import gzip
import io
import shutil
from decimal import Decimal
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from careers import bls
from careers.importers.crosswalk import Crosswalk
from careers.models import Duty, EducationLevel, Occupation, Skill, Source, Technology
from tests.factories import make_catalog

DATA = Path(__file__).parent / "data"
ONET_29, ONET_30 = DATA / "onet_29_3", DATA / "onet_30_1"
CROSSWALK = DATA / "onet_crosswalk_small.xlsx"
pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def catalog():
    return make_catalog()


def run(*folders, crosswalk=CROSSWALK, options=(), stderr=None):
    out = io.StringIO()
    folders = folders or (ONET_29, ONET_30)
    call_command(
        "import_onet_db",
        *map(str, folders),
        "--crosswalk",
        str(crosswalk),
        *options,
        stdout=out,
        stderr=stderr or io.StringIO(),
    )
    return out.getvalue()


def occupation(soc_code):
    return Occupation.objects.with_figures().get(soc_code=soc_code)


def snapshot():
    models = [Occupation, Duty, Skill, Technology, EducationLevel, Source]
    return {model.__name__: list(model.objects.order_by("pk").values()) for model in models}


def copy_folder(tmp_path, folder):
    copy = tmp_path / folder.name
    shutil.copytree(folder, copy)
    return copy


def edit(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_a_soc_code_is_described_by_its_00_occupation_when_that_has_data():
    run()
    executives = occupation("11-1011")
    assert executives.onet_occupations == [["11-1011.00", "Chief Executives"]]
    assert [d.text[:30] for d in executives.duties.all()] == [
        "Direct or coordinate an organi",
        "Confer with board members, org",
        "Prepare budgets for approval, ",
        "Nominate citizens to boards or",
    ]
    # Chief Executives' own ratings, not averaged with Chief Sustainability Officers' 4.00.
    assert [(s.name, s.importance) for s in executives.skills.all()] == [
        ("Critical Thinking", Decimal("4.38")),
        ("Speaking", Decimal("4.25")),
    ]
    assert executives.required_education == "Master's degree"
    assert executives.required_education_share == Decimal("45.9")


def test_the_specialties_of_a_code_without_data_of_its_own_are_combined():
    run()
    computers = occupation("15-1299")
    assert computers.onet_occupations == [
        ["15-1299.01", "Web Administrators"],
        ["15-1299.04", "Penetration Testers"],
    ]
    # Core tasks of both first, then the rest; Penetration Testers' tasks are not typed.
    duties = [(d.core, d.text[:30]) for d in computers.duties.all()]
    assert duties == [
        (True, "Monitor systems for intrusions"),
        (True, "Identify or document backup or"),
        (False, "Administer internet or intrane"),
        (False, "Assess the physical security o"),
        (False, "Collect stakeholder data to ev"),
    ]
    assert [(t.name, t.hot, t.in_demand) for t in computers.technologies.all()] == [
        ("Microsoft Excel", True, True),
        ("Metasploit", False, True),
        ("Wireshark", False, True),
        ("Apache HTTP Server", False, False),
    ]
    # Only Web Administrators are rated for skills and education: they alone describe those.
    assert [(s.name, s.importance) for s in computers.skills.all()] == [
        ("Critical Thinking", Decimal("4.00")),
        ("Active Listening", Decimal("3.75")),
    ]
    assert computers.job_zone == 4


def test_an_aggregate_code_combines_the_occupations_the_crosswalk_puts_under_it():
    run()
    counselors = occupation("21-1018")
    assert counselors.onet_occupations == [
        ["21-1011.00", "Substance Abuse and Behavioral Disorder Counselors"],
        ["21-1014.00", "Mental Health Counselors"],
    ]
    # Ratings averaged: (4.25 + 5.00) / 2 and (4.38 + 5.00) / 2, rounded half up.
    skills = [(s.name, s.importance, s.level, s.importance_score) for s in counselors.skills.all()]
    assert skills == [
        ("Active Listening", Decimal("4.63"), Decimal("4.69"), 91),
        ("Social Perceptiveness", Decimal("4.56"), Decimal("5.38"), 89),
    ]
    # Shares averaged: master's degree (41.41 + 89.29) / 2.
    assert (counselors.required_education, counselors.required_education_share) == (
        "Master's degree",
        Decimal("65.4"),
    )
    assert (counselors.related_experience, counselors.related_experience_share) == (
        "6 months to 1 year",
        Decimal("26.1"),
    )
    # A technology both use is listed once, hot or in demand if either marks it so.
    assert [(t.name, t.hot, t.in_demand) for t in counselors.technologies.all()] == [
        ("Microsoft Office software", True, True),
        ("Microsoft Excel", True, False),
        ("ACMS Casewatch Millenium", False, False),
        ("Database software", False, False),
    ]
    assert counselors.job_zone == 5


def test_an_all_other_code_o_net_has_no_data_for_is_left_empty():
    out = run()
    office = occupation("43-9199")
    assert office.onet_occupations == []
    for related in ("duties", "skills", "technologies", "education_levels"):
        assert not getattr(office, related).all()
    assert (office.required_education, office.related_experience, office.job_zone) == ("", "", None)
    for figure in ("duties", "skills", "technologies", "required_education", "job_zone", "education_levels"):
        assert getattr(office, f"{figure}_source") is None
    # It and the occupations of the sample with no O*NET rows at all.
    assert 'skipped 4: occupations O*NET has no data for (it rates no "All Other" occupation)' in out


def test_core_tasks_come_first():
    run()
    duties = list(occupation("43-4051").duties.all())
    assert [d.core for d in duties] == [True] * 7 + [False] * 6
    assert [d.position for d in duties] == list(range(13))
    assert duties[0].text.startswith("Confer with customers by telephone or in person")
    collectors = list(occupation("43-3011").duties.all())
    assert len(collectors) == 15
    assert [d.core for d in collectors] == [True] * 13 + [False] * 2


def test_skills_are_ranked_by_importance_on_a_0_to_100_scale():
    run()
    skills = list(occupation("43-3011").skills.all())
    # A tie in importance goes to the higher level, then to the name.
    assert [(s.name, s.importance_score) for s in skills] == [
        ("Active Listening", 72),
        ("Speaking", 72),
        ("Persuasion", 60),
        ("Reading Comprehension", 53),
        ("Service Orientation", 50),
        ("Science", 0),
    ]
    assert skills[1].element_id == "2.A.1.d"
    # O*NET marks Science's level "Not Relevant" for bill collectors.
    assert (skills[-1].importance, skills[-1].level) == (Decimal("1.00"), None)
    assert {s.share for s in skills} == {None}
    assert [s.name for s in occupation("43-4051").skills.all()] == [
        "Active Listening",
        "Service Orientation",
        "Speaking",
        "Persuasion",
    ]


def test_required_education_is_the_level_most_respondents_chose_with_the_whole_distribution():
    run()
    collectors = occupation("43-3011")
    assert (collectors.required_education, collectors.required_education_share) == (
        "High school diploma or equivalent",
        Decimal("48.2"),
    )
    levels = [(e.level, e.share) for e in collectors.education_levels.all()]
    assert levels[:6] == [
        (1, Decimal("2.3")),
        (2, Decimal("48.2")),
        (3, Decimal("1.1")),
        (4, Decimal("27.4")),
        (5, Decimal("0.0")),
        (6, Decimal("21.1")),
    ]
    assert len(levels) == 12
    representatives = occupation("43-4051")
    assert (representatives.required_education, representatives.required_education_share) == (
        "High school diploma or equivalent",
        Decimal("54.8"),
    )


def test_related_experience_is_the_most_common_category_worded_plainly():
    run()
    collectors = occupation("43-3011")
    assert (collectors.related_experience, collectors.related_experience_share) == (
        "6 months to 1 year",
        Decimal("42.5"),
    )
    assert collectors.job_zone == 2


def test_technologies_list_hot_ones_first_then_those_in_demand_then_by_name():
    run()
    technologies = list(occupation("43-3011").technologies.all())
    assert [(t.name, t.hot, t.in_demand) for t in technologies] == [
        ("Microsoft Excel", True, True),
        ("Microsoft Word", True, True),
        ("Intuit QuickBooks", True, False),
        ("ADP Drive DMS for Accounting", False, False),
        ("ADS Advantage", False, False),
    ]
    assert technologies[0].category == "Spreadsheet software"


def test_each_figure_cites_the_release_its_file_came_from():
    run()
    developers = occupation("15-1252")
    older = Source.objects.get(name="O*NET 29.3 Database")
    newer = Source.objects.get(name="O*NET 30.1 Database")
    for figure in ("duties", "technologies"):
        assert getattr(developers, f"{figure}_source") == older
    for figure in ("skills", "required_education", "education_levels", "job_zone"):
        assert getattr(developers, f"{figure}_source") == newer
    # 29.3 rated no skills of software developers; 30.1 does.
    assert [s.name for s in developers.skills.all()] == ["Programming", "Critical Thinking"]
    assert (newer.as_of.isoformat(), newer.as_of_display, newer.short_name, newer.url) == (
        "2025-12-01",
        "December 2025",
        "O*NET 30.1",
        bls.ONET_URL,
    )
    assert newer.attribution == bls.onet_attribution("30.1")
    assert "information from the O*NET 30.1 Database" in newer.attribution
    assert (older.as_of_display, older.short_name) == ("May 2025", "O*NET 29.3")


def test_a_later_folder_replaces_an_earlier_ones_file():
    run(ONET_30, ONET_29)
    # 29.3's Skills and Job Zones now come last: mental health counselors' older rating counts.
    counselors = occupation("21-1018")
    assert counselors.skills.get(name="Active Listening").importance == Decimal("4.50")
    assert counselors.skills_source.name == "O*NET 29.3 Database"
    assert counselors.required_education_source.name == "O*NET 30.1 Database"
    assert not occupation("15-1252").skills.exists()


def test_a_second_import_changes_nothing():
    run()
    before = snapshot()
    out = run()
    assert snapshot() == before
    assert "Total: 0 created, 0 updated" in out
    assert "deleted" not in out
    assert "duties: 0 created, 0 updated, 45 unchanged" in out


def test_rows_that_differ_are_replaced_and_date_the_occupation():
    run()
    collectors = occupation("43-3011")
    Duty.objects.filter(occupation=collectors, position=0).update(text="Changed behind the import's back.")
    out = run()
    assert "duties: 15 created, 0 updated, 30 unchanged, 15 deleted" in out
    after = occupation("43-3011")
    assert after.duties.first().text.startswith("Record information about financial status")
    assert after.updated_at > collectors.updated_at


def test_occupations_without_a_soc_code_are_never_touched():
    before = list(Occupation.objects.filter(soc_code=None).order_by("pk").values())
    duties = list(Duty.objects.filter(occupation__soc_code=None).order_by("pk").values())
    run()
    assert list(Occupation.objects.filter(soc_code=None).order_by("pk").values()) == before
    assert list(Duty.objects.filter(occupation__soc_code=None).order_by("pk").values()) == duties


def test_figures_an_editor_set_are_kept_unless_overwrite_edited():
    collectors = Occupation.objects.get(soc_code="43-3011")
    Duty.objects.create(occupation=collectors, text="Written by an editor.")
    Occupation.objects.filter(pk=collectors.pk).update(job_zone=3, edited_fields=["duties", "job_zone"])
    out = run()
    collectors = occupation("43-3011")
    assert [d.text for d in collectors.duties.all()] == ["Written by an editor."]
    assert collectors.job_zone == 3
    assert collectors.skills.count() == 6
    assert "skipped 2: figures edited by hand, left as they are" in out
    run(options=["--overwrite-edited"])
    collectors = occupation("43-3011")
    assert collectors.duties.count() == 15
    assert collectors.job_zone == 2
    assert collectors.edited_fields == []


def test_reads_gzipped_files(tmp_path):
    folder = copy_folder(tmp_path, ONET_29)
    for path in folder.glob("*.txt"):
        if path.name != "Read Me.txt":
            (folder / f"{path.name}.gz").write_bytes(gzip.compress(path.read_bytes()))
            path.unlink()
    run(folder, ONET_30)
    assert occupation("43-3011").duties.count() == 15


def test_progress_bar_is_drawn_on_a_terminal_only():
    class Terminal(io.StringIO):
        def isatty(self):
            return True

    terminal = Terminal()
    run(stderr=terminal)
    assert "Reading Task Statements.txt 100% |" in terminal.getvalue()


def test_a_bad_code_is_refused_with_its_file_row_and_column_and_nothing_is_changed(tmp_path):
    folder = copy_folder(tmp_path, ONET_29)
    edit(folder / "Task Statements.txt", "43-3011.00\t2474", "43-3011\t2474")
    with pytest.raises(
        CommandError,
        match=r"Task Statements.txt, row 21, column O\*NET-SOC Code: '43-3011' is not an O\*NET-SOC",
    ):
        run(folder, ONET_30)
    assert not Duty.objects.filter(occupation__soc_code__isnull=False).exists()
    assert not Source.objects.filter(name__startswith="O*NET 29.3").exists()


def test_a_rating_off_its_scale_is_refused_with_its_row_and_column(tmp_path):
    folder = copy_folder(tmp_path, ONET_30)
    edit(folder / "Skills.txt", "Speaking\tIM\t3.88", "Speaking\tIM\t38.8")
    with pytest.raises(
        CommandError, match=r"Skills.txt, row \d+, column Data Value: 38.8 is outside the scale's 1 to 5"
    ):
        run(ONET_29, folder)


def test_a_file_without_its_columns_is_refused_naming_them(tmp_path):
    folder = copy_folder(tmp_path, ONET_30)
    edit(folder / "Job Zones.txt", "Job Zone\t", "Zone\t")
    with pytest.raises(
        CommandError, match="Job Zones.txt is not O\\*NET's Job Zones: missing column Job Zone"
    ):
        run(ONET_29, folder)


def test_a_folder_without_its_read_me_or_a_file_is_refused(tmp_path):
    folder = copy_folder(tmp_path, ONET_30)
    (folder / "Read Me.txt").unlink()
    with pytest.raises(CommandError, match="has no Read Me.txt, which names the O\\*NET release"):
        run(ONET_29, folder)
    with pytest.raises(CommandError, match='No folder given has "Education, Training, and Experience.txt"'):
        run(ONET_29)


def test_a_wrong_crosswalk_is_refused(tmp_path):
    with pytest.raises(CommandError, match="has no sheet 'ONET to SOC crosswalk'"):
        run(crosswalk=DATA / "projections_small.xlsx")
    with pytest.raises(CommandError, match="cannot be read as an XLSX workbook"):
        broken = tmp_path / "crosswalk.xlsx"
        broken.write_bytes(b"PK\x03\x04 not really a workbook")
        run(crosswalk=broken)


def test_an_onet_occupation_newer_than_the_crosswalk_goes_by_its_first_seven_characters():
    crosswalk = Crosswalk({"21-1011.00": ("21-1018", "Substance Abuse and Behavioral Disorder Counselors")})
    assert crosswalk.group(["25-2056.00", "21-1011.00", "25-2055.00"]) == {
        "21-1018": ["21-1011.00"],
        "25-2055": ["25-2055.00"],
        "25-2056": ["25-2056.00"],
    }
    assert (crosswalk.title("21-1011.00"), crosswalk.title("25-2056.00")) == (
        "Substance Abuse and Behavioral Disorder Counselors",
        "",
    )
