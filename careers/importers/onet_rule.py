"""Which O*NET occupations describe a BLS occupation, and how their data combine: the one rule.

O*NET describes some SOC occupations in several O*NET occupations (15-1299.01 to .09),
and BLS publishes a dozen SOC codes that aggregate O*NET occupations (31-1120 is
31-1121.00 and 31-1122.00, through BLS's crosswalk). For each SOC code and each kind of
data (tasks, skills, technologies, required education, related experience, job zone):

- the O*NET occupation ``<SOC code>.00`` describes it when that occupation has the data;
- otherwise every O*NET occupation the crosswalk puts under the code that has the data,
  combined: ratings and shares are averaged (each O*NET occupation counting once), the
  job zone is the median (the lower middle zone of an even number), and tasks and
  technologies are listed together (core tasks first, a duplicate listed once);
- when none has it (O*NET rates no "All Other" occupation), the figure stays empty.

Other titles and related occupations (``onet_titles``) follow the same rule, "has the
data" meaning has any title, or any related occupation: the titles of the occupations
chosen are listed together, each once whatever its case; the occupations they name as
related are placed under SOC codes too, and a SOC code reached several ways keeps the
strongest tier and the lowest index.

The O*NET occupations used for figures are stored on the occupation
(``onet_occupations``) so that the page can name them.
"""

import statistics
from decimal import ROUND_HALF_UP, Decimal

from careers import onet
from careers.models import RelatedTier, TitleKind

RATING = Decimal("0.01")
SHARE = Decimal("0.1")

# The kinds of data the rule chooses O*NET occupations for, one at a time.
TASKS, SKILLS, TECHNOLOGIES = "tasks", "skills", "technologies"
REQUIRED_EDUCATION, RELATED_EXPERIENCE, JOB_ZONE = "required education", "related experience", "job zone"
KINDS = [TASKS, SKILLS, TECHNOLOGIES, REQUIRED_EDUCATION, RELATED_EXPERIENCE, JOB_ZONE]


def describing(soc_code, onet_codes, data):
    """The O*NET codes whose data (a dict or set of the codes that have it) describe the SOC code,
    per the rule above."""
    own = f"{soc_code}.00"
    if own in data:
        return [own]
    return [code for code in onet_codes if code in data]


def naming(soc_code, onet_codes, data):
    """The O*NET codes whose titles name the SOC code: all of them, the ``.00`` occupation first.

    Titles are the rule's one exception: a specialty's titles ("Penetration Tester" under
    15-1299.04) are names people use for the SOC occupation, whichever O*NET occupation
    describes its figures.
    """
    own = f"{soc_code}.00"
    return [own] * (own in data) + [code for code in onet_codes if code in data and code != own]


def _round(value, exponent):
    return value.quantize(exponent, rounding=ROUND_HALF_UP)


def _mean(values):
    return _round(sum(values, Decimal(0)) / len(values), RATING) if values else None


def duties(task_lists):
    """Duty rows from each O*NET occupation's [(task, core)]: core tasks first, each task once."""
    seen = set()
    rows = []
    for core in (True, False):
        for tasks in task_lists:
            for text, is_core in tasks:
                key = " ".join(text.casefold().split())
                if is_core == core and key not in seen:
                    seen.add(key)
                    rows.append({"text": text, "core": core})
    return rows


def skills(ratings):
    """Skill rows from each O*NET occupation's {element: [name, importance, level]}, most important
    first (then the higher level, then by name). Ratings are averaged; a level O*NET marks
    "Not Relevant" counts for none, and a skill with no relevant level has none."""
    combined = {}
    for rated in ratings:
        for element, (name, importance, level) in rated.items():
            entry = combined.setdefault(element, [name, [], []])
            if importance is not None:
                entry[1].append(importance)
            if level is not None:
                entry[2].append(level)
    rows = [
        {
            "name": name,
            "element_id": element,
            "importance": _mean(importances),
            "level": _mean(levels),
        }
        for element, (name, importances, levels) in combined.items()
    ]
    rows.sort(key=lambda row: (-(row["importance"] or 0), -(row["level"] or 0), row["name"]))
    return rows


def technologies(lists):
    """Technology rows from each O*NET occupation's [(name, category, hot, in demand)]: hot
    technologies first, then those in demand, then by name; one row per name, hot or in
    demand if any occupation marks it so."""
    combined = {}
    for technologies in lists:
        for name, category, hot, in_demand in technologies:
            entry = combined.setdefault(
                name, {"name": name, "category": category, "hot": False, "in_demand": False}
            )
            entry["hot"] |= hot
            entry["in_demand"] |= in_demand
    return sorted(combined.values(), key=lambda t: (not t["hot"], not t["in_demand"], t["name"].casefold()))


def distribution(shares):
    """The average of each category's share over the O*NET occupations' {category: percent}."""
    if not shares:
        return {}
    categories = sorted({category for chosen in shares for category in chosen})
    return {
        category: sum((chosen.get(category, Decimal(0)) for chosen in shares), Decimal(0)) / len(shares)
        for category in categories
    }


def most_chosen(shares, labels):
    """(label, share) of the category the most respondents chose (the lower one of a tie)."""
    if not shares:
        return "", None
    category = max(shares, key=lambda c: (shares[c], -c))
    return labels.get(category, str(category)), _round(shares[category], SHARE)


def required_education(shares):
    """The most chosen level of required education, and the whole distribution."""
    label, share = most_chosen(shares, onet.REQUIRED_EDUCATION)
    return {
        "required_education": {"required_education": label, "required_education_share": share},
        "education_levels": [
            {"level": level, "share": _round(part, SHARE)} for level, part in shares.items()
        ],
    }


def related_experience(shares):
    label, share = most_chosen(shares, onet.RELATED_EXPERIENCE)
    return {"related_experience": {"related_experience": label, "related_experience_share": share}}


def job_zone(zones):
    return statistics.median_low(zones) if zones else None


FIGURES = {
    TASKS: lambda chosen: {"duties": duties(chosen)},
    SKILLS: lambda chosen: {"skills": skills(chosen)},
    TECHNOLOGIES: lambda chosen: {"technologies": technologies(chosen)},
    REQUIRED_EDUCATION: lambda chosen: required_education(distribution(chosen)),
    RELATED_EXPERIENCE: lambda chosen: related_experience(distribution(chosen)),
    JOB_ZONE: lambda chosen: {"job_zone": {"job_zone": job_zone(chosen)}},
}


def title_key(title):
    """What makes two titles the same: case and spacing aside."""
    return " ".join(title.casefold().split())


def titles(chosen, own_title):
    """Title rows from each O*NET occupation's (reported titles [(title, shown)], alternate titles
    [title]): reported titles first, then alternates, each once whatever its case (the first
    spelling kept); a title both reported and alternate is reported. Common titles are the
    reported ones My Next Move shows, by any of the occupations. The occupation's own title
    is left out."""
    rows = {title_key(own_title): None}
    for reported, _ in chosen:
        for title, shown in reported:
            row = rows.setdefault(
                title_key(title), {"title": title, "kind": TitleKind.REPORTED, "common": False}
            )
            if row is not None:
                row["common"] |= shown
    for _, alternates in chosen:
        for title in alternates:
            rows.setdefault(title_key(title), {"title": title, "kind": TitleKind.ALTERNATE, "common": False})
    return [row for row in rows.values() if row is not None]


# Strongest first: a pair reached through several O*NET occupations keeps the first of these.
TIERS = [RelatedTier.PRIMARY_SHORT, RelatedTier.PRIMARY_LONG, RelatedTier.SUPPLEMENTAL]


def related(chosen, soc_code_of):
    """{related SOC code: (tier, index)} from each O*NET occupation's [(related code, tier, index)],
    with ``soc_code_of`` placing a related O*NET occupation under its SOC code. A SOC code
    reached several ways keeps the strongest tier and the lowest index; the occupation's own
    SOC code may be among them (one of its specialties is related to another)."""
    found = {}
    for pairs in chosen:
        for code, tier, index in pairs:
            soc_code = soc_code_of(code)
            if soc_code in found:
                strongest, lowest = found[soc_code]
                tier = min(tier, strongest, key=TIERS.index)
                index = min(index, lowest)
            found[soc_code] = (tier, index)
    return found


def figures(kind, chosen):
    """The figures (by name, as ``FigureWriter.apply`` takes them) that one kind of data fills,
    from the data of the O*NET occupations chosen for it (none: the figures are emptied)."""
    return FIGURES[kind](chosen)
