"""How each figure reads on a page, and how its related rows read in the downloads.

Every function takes an occupation fetched ``with_figures()`` and returns text or safe
HTML, with the dash for a missing figure; ``careers.figures`` names which one each
figure uses.
"""

from django.utils.html import format_html, format_html_join

from . import formatting as fmt
from . import onet

PERCENT = "percent"
NOT_PUBLISHED = "not published: too few workers in the survey"


def _top(occupation, name):
    return name in (occupation.top_coded or [])


def text(name):
    return lambda o: fmt.text(getattr(o, name))


def number(name):
    return lambda o: fmt.number(getattr(o, name))


def share(name):
    return lambda o: fmt.share(getattr(o, name))


def whole_share(name):
    return lambda o: fmt.whole_share(getattr(o, name))


def value_of(name):
    return lambda o: getattr(o, name)


def with_share(name):
    """ "High school diploma or equivalent, 48%": a category and the share that chose it."""

    def display(o):
        value, part = getattr(o, name), getattr(o, f"{name}_share")
        if not value:
            return fmt.DASH
        return value if part is None else f"{value}, {fmt.share(part)}"

    return display


def salary(o):
    return fmt.money(o.yearly_salary, _top(o, "yearly_salary"))


def hourly(o):
    return fmt.hourly(o.hourly_rate, _top(o, "hourly_rate"))


def salary_range(o):
    if o.salary_low is None and o.salary_high is None:
        return fmt.DASH
    low = fmt.money(o.salary_low, _top(o, "salary_low"))
    high = fmt.money(o.salary_high, _top(o, "salary_high"))
    text = f"Between {low} and {high}"
    if o.salary_range_label:
        return format_html('{}<span class="note">{}</span>', text, o.salary_range_label)
    return text


def job_zone(o):
    return fmt.DASH if o.job_zone is None else onet.job_zone_text(o.job_zone)


def _surveyed(o, value):
    """The dash for a demographic figure, with the reason where the survey withheld it."""
    if value is not None:
        return value
    if o.demographics_group:
        return format_html('{}<span class="note">{}</span>', fmt.DASH, NOT_PUBLISHED)
    return fmt.DASH


def median_age(o):
    return _surveyed(o, None if o.median_age is None else fmt.decimal(o.median_age))


def gender(o):
    if o.male_share is None and o.female_share is None:
        return _surveyed(o, None)
    return format_html(
        '<ul class="shares"><li>Male, {}</li><li>Female, {}</li></ul>',
        fmt.share(o.male_share),
        fmt.share(o.female_share),
    )


def race(o):
    groups = list(o.race_shares.all())
    if not groups:
        return _surveyed(o, None)
    items = format_html_join("", "<li>{}, {}</li>", ((g.group, fmt.share(g.share)) for g in groups))
    return format_html('<ul class="shares">{}</ul>', items)


# Related rows, as the downloads list them: (label, value, unit, top-coded) -----------


def _skill(skill):
    if skill.share is not None:
        return (skill.name, skill.share, PERCENT, False)
    return (skill.name, skill.importance_score, "importance, 0 to 100", False)


ROWS = {
    "race_shares": lambda o: [(g.group, g.share, PERCENT, False) for g in o.race_shares.all()],
    "duties": lambda o: [
        ("Core task" if d.core else "Responsibility", d.text, "", False) for d in o.duties.all()
    ],
    "skills": lambda o: [_skill(s) for s in o.skills.all()],
    "technologies": lambda o: [
        ("Hot technology" if t.hot else "Technology", t.name, "", False) for t in o.technologies.all()
    ],
    "education_levels": lambda o: [
        (f"Required education: {e.label}", e.share, PERCENT, False) for e in o.education_levels.all()
    ],
}


def experience_requirements(o):
    if o.years_of_experience is None:
        return None
    return {"@type": "OccupationalExperienceRequirements", "monthsOfExperience": o.years_of_experience * 12}


def listed(related, attribute):
    return lambda o: [getattr(row, attribute) for row in getattr(o, related).all()] or None
