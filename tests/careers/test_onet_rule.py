"""The one rule that chooses and combines O*NET occupations for a SOC code, case by case."""

from decimal import Decimal

from careers import onet
from careers.importers import onet_rule as rule
from careers.models import RelatedTier, TitleKind

D = Decimal


def test_the_00_occupation_is_chosen_alone_when_it_has_the_data():
    data = {"11-1011.00": "rated", "11-1011.03": "rated"}
    assert rule.describing("11-1011", ["11-1011.00", "11-1011.03"], data) == ["11-1011.00"]


def test_otherwise_every_occupation_of_the_code_with_the_data_is_chosen():
    data = {"15-1299.01": "rated", "15-1299.04": "rated"}
    codes = ["15-1299.00", "15-1299.01", "15-1299.02", "15-1299.04"]
    assert rule.describing("15-1299", codes, data) == ["15-1299.01", "15-1299.04"]
    assert rule.describing("43-9199", ["43-9199.00"], data) == []


def test_duties_list_core_tasks_of_all_first_and_each_task_once():
    first = [("Greet customers.", False), ("Answer calls.", True)]
    second = [("Answer  calls.", True), ("File records.", True), ("Greet customers.", False)]
    assert rule.duties([first, second]) == [
        {"text": "Answer calls.", "core": True},
        {"text": "File records.", "core": True},
        {"text": "Greet customers.", "core": False},
    ]


def test_skills_average_ratings_and_leave_a_level_not_relevant_to_all_empty():
    first = {
        "2.A.1.a": ["Reading Comprehension", D("3.00"), D("3.00")],
        "2.A.1.f": ["Science", D("1.00"), None],
    }
    second = {"2.A.1.a": ["Reading Comprehension", D("4.25"), None], "2.A.1.f": ["Science", D("1.50"), None]}
    assert rule.skills([first, second]) == [
        {
            "name": "Reading Comprehension",
            "element_id": "2.A.1.a",
            "importance": D("3.63"),
            "level": D("3.00"),
        },
        {"name": "Science", "element_id": "2.A.1.f", "importance": D("1.25"), "level": None},
    ]


def test_skills_tied_in_importance_rank_by_level_then_name():
    rated = {
        "a": ["Speaking", D("4.00"), D("3.00")],
        "b": ["Active Listening", D("4.00"), D("3.00")],
        "c": ["Service Orientation", D("4.00"), D("3.50")],
    }
    assert [row["name"] for row in rule.skills([rated])] == [
        "Service Orientation",
        "Active Listening",
        "Speaking",
    ]


def test_technologies_merge_by_name_and_list_hot_then_in_demand_then_by_name():
    first = [("Zendesk", "Help desk software", False, True), ("Excel", "Spreadsheet software", True, False)]
    second = [("Excel", "Spreadsheet software", False, True), ("access", "Database software", False, False)]
    assert rule.technologies([first, second]) == [
        {"name": "Excel", "category": "Spreadsheet software", "hot": True, "in_demand": True},
        {"name": "Zendesk", "category": "Help desk software", "hot": False, "in_demand": True},
        {"name": "access", "category": "Database software", "hot": False, "in_demand": False},
    ]


def test_shares_are_averaged_and_the_most_chosen_category_wins_the_lower_on_a_tie():
    shares = rule.distribution([{1: D("40"), 2: D("60")}, {1: D("60"), 2: D("40")}])
    assert shares == {1: D("50"), 2: D("50")}
    assert rule.most_chosen(shares, onet.REQUIRED_EDUCATION) == ("Less than a high school diploma", D("50.0"))
    assert rule.most_chosen({}, onet.REQUIRED_EDUCATION) == ("", None)


def test_the_job_zone_of_several_is_the_lower_middle_one():
    assert rule.job_zone([2, 3, 5]) == 3
    assert rule.job_zone([2, 3]) == 2
    assert rule.job_zone([]) is None


def test_no_chosen_occupation_empties_every_figure_of_the_kind():
    assert rule.figures(rule.REQUIRED_EDUCATION, []) == {
        "required_education": {"required_education": "", "required_education_share": None},
        "education_levels": [],
    }
    assert rule.figures(rule.TASKS, []) == {"duties": []}


def test_titles_list_reported_then_alternate_each_once_whatever_its_case():
    first = ([("Collector", True), ("Collection Agent", False)], ["Bill Collector", "Collection Agent"])
    second = ([("collection agent", True)], ["BILL  COLLECTOR", "Bill and Account Collectors", "Dunner"])
    assert rule.titles([first, second], "Bill and Account Collectors") == [
        # Reported by one occupation and alternate for another: reported, and common if either shows it.
        {"title": "Collector", "kind": TitleKind.REPORTED, "common": True},
        {"title": "Collection Agent", "kind": TitleKind.REPORTED, "common": True},
        {"title": "Bill Collector", "kind": TitleKind.ALTERNATE, "common": False},
        {"title": "Dunner", "kind": TitleKind.ALTERNATE, "common": False},
    ]


def test_no_titles_when_no_occupation_is_chosen():
    assert rule.titles([], "Office and Administrative Support Workers, All Other") == []


def test_related_soc_codes_keep_the_strongest_tier_and_lowest_index_of_any_way_they_are_reached():
    soc_code_of = {"15-1252.00": "15-1252", "15-1299.04": "15-1299", "21-1014.00": "21-1018"}.get
    first = [("15-1252.00", RelatedTier.PRIMARY_LONG, 7), ("21-1014.00", RelatedTier.SUPPLEMENTAL, 12)]
    second = [("15-1299.04", RelatedTier.PRIMARY_SHORT, 1), ("15-1252.00", RelatedTier.PRIMARY_SHORT, 3)]
    assert rule.related([first, second], soc_code_of) == {
        "15-1252": (RelatedTier.PRIMARY_SHORT, 3),
        "21-1018": (RelatedTier.SUPPLEMENTAL, 12),
        # The occupation's own code stays for the importer to drop and count.
        "15-1299": (RelatedTier.PRIMARY_SHORT, 1),
    }
