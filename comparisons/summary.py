"""The prose summary at the top of a comparison page, written from the figures."""

from django.utils.text import capfirst

from careers import formatting as fmt
from careers import gaps, prices
from careers.areas import NATION
from careers.local import where
from careers.models import Wage
from careers.wording import education_phrase, join_words, lower_first


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


def salary_sentence(a, b, gap=None):
    """How the two average salaries compare. ``gap`` (a ``careers.gaps.Gap``) is given when both
    are BLS means with their sampling errors: a gap within the survey's margin of error is
    then never called higher or lower."""
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
    if gap is not None and not gap.real:
        return (
            f"{lead} {a.a_noun} has an average salary of {_salary(a)} and {b.a_noun} an average annual "
            f"salary of {_salary(b)}: a gap of {fmt.money(abs(a.yearly_salary - b.yearly_salary))}, "
            f"{gaps.verdict(gap)}, {gaps.UNTOLD}."
        )
    if "yearly_salary" in a.top_coded or "yearly_salary" in b.top_coded:
        difference = ""
    else:
        difference = f"{fmt.money(abs(a.yearly_salary - b.yearly_salary))} "
    word = "higher" if order > 0 else "lower"
    tested = f", a gap {gaps.verdict(gap)}" if gap is not None else ""
    return (
        f"{lead} {a.a_noun} has an average salary of {_salary(a)}, which is {difference}{word} "
        f"than the {_salary(b)} average annual salary of {b.a_noun}{tested}."
    )


def after_prices_sentence(a, b, place, pay_a, pay_b, gap=None):
    """Which of two occupations earns more in ``place`` at U.S. average prices, and by how much.

    ``pay_a`` and ``pay_b`` are their mean annual wages there at U.S. prices
    (``careers.prices.at_us_prices``); "" when either is unknown. Both are divided by the
    same price level, so the survey tells them apart exactly when it tells the wages apart
    (``gap``, a ``careers.gaps.Gap``): when it cannot, neither is said to earn more.
    """
    if pay_a is None or pay_b is None:
        return ""
    lead = f"At U.S. average prices, {a.nouns} in {place}"
    if pay_a == pay_b:
        return f"{lead} and {b.nouns} both earn {fmt.money(pay_a)} a year on average."
    if gap is not None and not gap.real:
        return (
            f"{lead} earn {fmt.money(pay_a)} a year on average and {b.nouns} {fmt.money(pay_b)}, "
            f"a gap {gaps.verdict(gap)}."
        )
    word = "more" if pay_a > pay_b else "less"
    return (
        f"{lead} earn {fmt.money(pay_a)} a year on average, {fmt.money(abs(pay_a - pay_b))} {word} "
        f"than {b.nouns} ({fmt.money(pay_b)})."
    )


def prices_sentence(a, b, gap=None):
    """On a page about an area, how the two mean wages there compare at U.S. prices, or that
    BEA publishes no price level for the area; "" unless both are the area's own and exact."""
    place = where(a, "yearly_salary")
    if not place or place != where(b, "yearly_salary") or place == NATION:
        return ""
    if "yearly_salary" in a.top_coded or "yearly_salary" in b.top_coded:
        return ""
    area = a.area
    if area.price_level is None:
        return prices.NO_PRICE_LEVEL.format(area.name)
    pays = [prices.at_us_prices(o.yearly_salary, area.price_level) for o in (a, b)]
    return after_prices_sentence(a, b, area.name, *pays, gap)


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


def _change(rate):
    if rate > 0:
        return f"grow {fmt.share(rate)}"
    if rate < 0:
        return f"shrink {fmt.share(-rate)}"
    return "stay about the same"


def published(o, figure, value):
    """Whether a catalog occupation's figure is its public source's: set, and not replaced by an editor."""
    return bool(o.soc_code) and value not in (None, "") and figure not in (o.edited_fields or [])


def growth_sentence(a, b):
    """How BLS projects employment of the two to change; for catalog occupations only."""
    if not (published(a, "growth_rate", a.growth_rate) and published(b, "growth_rate", b.growth_rate)):
        return ""
    if a.growth_rate == b.growth_rate:
        return f"BLS projects employment of both {a.nouns} and {b.nouns} to {_change(a.growth_rate)} from 2024 to 2034."
    lead = (
        f"BLS projects employment of {a.nouns} to {_change(a.growth_rate)} and of {b.nouns} "
        f"to {_change(b.growth_rate)} from 2024 to 2034"
    )
    if (a.growth_rate > 0) == (b.growth_rate > 0) and a.growth_rate != 0 and b.growth_rate != 0:
        faster = a if abs(a.growth_rate) > abs(b.growth_rate) else b
        verb = "grow" if a.growth_rate > 0 else "shrink"
        return f"{lead}, so jobs for {faster.nouns} are expected to {verb} faster."
    return f"{lead}."


def education_sentence(a, b):
    """What BLS says each typically needs to enter the occupation; for catalog occupations only."""
    if not (
        published(a, "entry_education", a.entry_education)
        and published(b, "entry_education", b.entry_education)
    ):
        return ""
    if a.entry_education == b.entry_education:
        return (
            f"Both typically need {education_phrase(a.entry_education)} to enter the occupation, "
            "according to BLS."
        )
    return (
        f"According to BLS, {a.nouns} typically need {education_phrase(a.entry_education)} to enter the "
        f"occupation and {b.nouns} {education_phrase(b.entry_education)}."
    )


# How many percentage points apart two exposures to AI language models must be for the summary
# to mention them: a difference that size is a fifth of all tasks, far beyond rounding.
EXPOSURE_GAP = 20


def exposure_sentence(a, b):
    """Which of the two has the larger share of tasks AI language models could speed up, when
    both were rated and they are at least ``EXPOSURE_GAP`` points apart."""
    if a.ai_exposure is None or b.ai_exposure is None or abs(a.ai_exposure - b.ai_exposure) < EXPOSURE_GAP:
        return ""
    more, less = (a, b) if a.ai_exposure > b.ai_exposure else (b, a)
    return (
        f"{capfirst(more.nouns)} do more tasks that AI language models could speed up: "
        f"{fmt.whole_share(more.ai_exposure)} of their tasks against {fmt.whole_share(less.ai_exposure)} "
        f"for {less.nouns}, as rated by people in 2023."
    )


def summary(a, b, gap=None):
    """Return the summary as a list of paragraphs; ``gap`` as ``salary_sentence`` takes it.

    Outlook and education sentences are written only for two catalog occupations,
    whose figures come from the same public sources.
    """
    first = [
        f"The differences between {a.nouns} and {b.nouns} can be seen in a few details.",
        "Each job has different responsibilities and duties.",
        time_sentence(a, b),
        salary_sentence(a, b, gap),
        prices_sentence(a, b, gap),
    ]
    paragraphs = [" ".join(s for s in first if s)]
    if a.soc_code and b.soc_code:
        outlook = [growth_sentence(a, b), education_sentence(a, b)]
        if any(outlook):
            paragraphs.append(" ".join(s for s in outlook if s))
    skills = skills_sentences(a, b)
    if skills:
        paragraphs.append(" ".join(skills))
    exposure = exposure_sentence(a, b)
    if exposure:
        paragraphs.append(exposure)
    return paragraphs
