"""The skill match and the skill gaps of a move from one occupation to another."""

from decimal import Decimal

from careers.skills import Rating, label, match
from comparisons.switch import carried, gaps


def profile(**skills):
    """{name: Rating} from name=(importance 1-5, level 0-7)."""
    return {
        name.replace("_", " "): Rating(name.replace("_", " "), Decimal(str(i)), Decimal(str(lv)))
        for name, (i, lv) in skills.items()
    }


def test_a_job_matches_itself_fully():
    skills = profile(Speaking=(4, 4), Writing=(3, 3.5))
    assert match(skills, skills) == 100


def test_reaching_or_passing_every_level_is_a_full_match():
    assert match(profile(Speaking=(2, 6), Writing=(2, 5)), profile(Speaking=(4, 4), Writing=(3, 3.5))) == 100


def test_missing_levels_count_by_how_important_the_skill_is_to_the_destination():
    destination = profile(Speaking=(4, 4), Programming=(2, 4))
    # Speaking is short by 2 of 4 levels and weighs 4; programming by 4 of 4 and weighs 2:
    # 1 - (4*2 + 2*4) / (4*4 + 2*4) = 1 - 16/24 = 33.
    assert match(profile(Speaking=(4, 2)), destination) == 33
    assert match(profile(Speaking=(4, 4)), destination) == 67


def test_the_match_is_directional():
    expert, novice = profile(Programming=(5, 6)), profile(Programming=(5, 2))
    assert match(expert, novice) == 100
    assert match(novice, expert) == 33


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
