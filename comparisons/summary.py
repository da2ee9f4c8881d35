"""The prose summary at the top of a comparison page, written from the figures."""

from careers import formatting as fmt
from careers.local import where
from careers.models import Wage
from careers.wording import lower_first


def join_words(words):
    words = list(words)
    if len(words) <= 2:
        return " and ".join(words)
    return ", ".join(words[:-1]) + ", and " + words[-1]


def time_sentence(a, b):
    if a.time_to_become and a.time_to_become == b.time_to_become:
        return f"It typically takes {a.time_to_become} to become both {a.a_noun} and {b.a_noun}."
    parts = [f"{o.time_to_become} to become {o.a_noun}" for o in (a, b) if o.time_to_become]
    if not parts:
        return ""
    return f"It typically takes {' and '.join(parts)}."


def _salary(o):
    return fmt.money(o.yearly_salary, "yearly_salary" in o.top_coded)


def _comparable(a, b):
    """Which earns more, as -1, 0 or 1, or None when the figures cannot tell."""
    top_a, top_b = "yearly_salary" in a.top_coded, "yearly_salary" in b.top_coded
    if top_a and top_b:
        return None
    if top_a or top_b:
        other = b if top_a else a
        if other.yearly_salary >= Wage.TOP_CODE_ANNUAL:
            return None
        return 1 if top_a else -1
    return (a.yearly_salary > b.yearly_salary) - (a.yearly_salary < b.yearly_salary)


def _in(o):
    """ " in Texas" after a salary of an area, " in the United States" after a national one on
    a page about an area, "" on a national page."""
    place = where(o, "yearly_salary")
    return f" in {place}" if place else ""


def salary_sentence(a, b):
    if a.yearly_salary is None and b.yearly_salary is None:
        return f"There are no salary figures yet for {a.nouns} or {b.nouns}."
    if a.yearly_salary is None or b.yearly_salary is None:
        known, unknown = (a, b) if b.yearly_salary is None else (b, a)
        return (
            f"Additionally, {known.a_noun} has an average salary of {_salary(known)}{_in(known)}; "
            f"there is no salary figure yet for {unknown.nouns}."
        )
    # Salaries of two places are set side by side, never ranked.
    same_place = _in(a) == _in(b)
    order = _comparable(a, b) if same_place else None
    lead = f"Additionally,{_in(a)}," if same_place and _in(a) else "Additionally,"
    if order == 0:
        return f"{lead} {a.a_noun} and {b.a_noun} both have an average salary of {_salary(a)}."
    if order is None:
        places = ("", "") if same_place else (_in(a), _in(b))
        return (
            f"{lead} {a.a_noun} has an average salary of {_salary(a)}{places[0]} "
            f"and {b.a_noun} an average annual salary of {_salary(b)}{places[1]}."
        )
    if "yearly_salary" in a.top_coded or "yearly_salary" in b.top_coded:
        difference = ""
    else:
        gap = abs(a.yearly_salary - b.yearly_salary)
        difference = f"{fmt.money(gap)} "
    word = "higher" if order > 0 else "lower"
    return (
        f"{lead} {a.a_noun} has an average salary of {_salary(a)}, which is {difference}{word} "
        f"than the {_salary(b)} average annual salary of {b.a_noun}."
    )


# How each occupation's top skills are introduced, by how many there are (at most three).
SKILLS_LEADS = (
    {
        1: "The top skill for {} is {}.",
        2: "The top two skills for {} are {}.",
        3: "The top three skills for {} include {}.",
    },
    {
        1: "The most important skill for {} is {}.",
        2: "The most important skills for {} are {}.",
        3: "The most important skills for {} are {}.",
    },
)


def skills_sentences(a, b):
    sentences = []
    for o, leads in zip((a, b), SKILLS_LEADS, strict=True):
        names = [lower_first(skill.name) for skill in o.top_skills()]
        if names:
            sentences.append(leads[len(names)].format(o.a_noun, join_words(names)))
    return sentences


def summary(a, b):
    """Return the summary as a list of paragraphs."""
    first = [
        f"The differences between {a.nouns} and {b.nouns} can be seen in a few details.",
        "Each job has different responsibilities and duties.",
        time_sentence(a, b),
        salary_sentence(a, b),
    ]
    paragraphs = [" ".join(s for s in first if s)]
    skills = skills_sentences(a, b)
    if skills:
        paragraphs.append(" ".join(skills))
    return paragraphs
