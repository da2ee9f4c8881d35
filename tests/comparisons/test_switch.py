"""The skill match and the skill gaps of a move from one occupation to another."""

from careers.skills import Rating, coverage, label, likeness, match
from comparisons.switch import carried, gaps


def profile(**skills):
    """{name: Rating} from name=(importance 1-5, level 0-7)."""
    return {name.replace("_", " "): Rating(float(i), float(lv)) for name, (i, lv) in skills.items()}


def test_a_job_matches_itself_fully():
    skills = profile(Speaking=(4, 4), Writing=(3, 3.5))
    assert match(skills, skills) == 100


def test_coverage_counts_missing_levels_by_their_importance_to_the_destination():
    destination = profile(Speaking=(4, 4), Programming=(2, 4))
    # Speaking is short by 2 of 4 levels and weighs 4; programming by 4 of 4 and weighs 2:
    # 1 - (4*2 + 2*4) / (4*4 + 2*4) = 1 - 16/24.
    assert round(100 * coverage(profile(Speaking=(4, 2)), destination)) == 33
    assert round(100 * coverage(profile(Speaking=(4, 4)), destination)) == 67
    assert coverage(profile(Speaking=(2, 6), Writing=(2, 5)), profile(Speaking=(4, 4), Writing=(3, 3.5))) == 1


def test_likeness_weighs_each_gap_by_the_skills_importance_to_either_job():
    # Speaking 6 and 4, weighing 4; writing 5 and 3.5, weighing 3:
    # 1 - (4*2 + 3*1.5) / (4*6 + 3*5) = 1 - 12.5/39.
    found = likeness(profile(Speaking=(2, 6), Writing=(2, 5)), profile(Speaking=(4, 4), Writing=(3, 3.5)))
    assert round(100 * found) == 68


def test_the_match_is_the_lower_of_coverage_and_likeness():
    expert, novice = profile(Programming=(5, 6)), profile(Programming=(5, 2))
    # An expert reaches every level a novice's job needs, but the jobs are not alike.
    assert round(100 * coverage(expert, novice)) == 100
    assert match(expert, novice) == 33
    assert match(novice, expert) == 33
    assert match(profile(Speaking=(2, 6), Writing=(2, 5)), profile(Speaking=(4, 4), Writing=(3, 3.5))) == 68


def test_no_ratings_no_match():
    assert match({}, profile(Speaking=(4, 4))) is None
    assert match(profile(Speaking=(4, 4)), {}) is None


def test_labels_in_plain_words():
    assert [label(score) for score in (100, 90, 89, 75, 74, 60, 59, 0)] == [
        "very similar skills",
        "very similar skills",
        "similar skills",
        "similar skills",
        "some new skills to learn",
        "some new skills to learn",
        "many new skills to learn",
        "many new skills to learn",
    ]


def test_gaps_are_important_skills_clearly_higher_ordered_by_importance():
    origin = profile(Speaking=(4, 3), Writing=(3, 3), Negotiation=(3, 1), Programming=(1, 0))
    destination = profile(
        Speaking=(4, 3.5), Writing=(3.5, 4.5), Negotiation=(4.5, 4), Programming=(2, 5), Science=(3, 2)
    )
    found = gaps(origin, destination)
    # Speaking is only 0.5 higher (not clearly); programming does not matter enough (importance 2).
    assert [g.name for g in found] == ["Negotiation", "Writing", "Science"]
    assert (found[0].importance, found[0].origin_level, found[0].destination_level) == (88, 14, 57)


def test_skills_at_the_level_needed_carry_over():
    origin = profile(Speaking=(4, 4), Writing=(3, 2), Monitoring=(3, 3))
    destination = profile(Speaking=(4, 4.1), Writing=(3, 3), Monitoring=(4, 3), Programming=(1, 1))
    assert carried(origin, destination) == ["Monitoring", "Speaking"]
