"""Small helpers that build occupations for tests, beside the reference data every test database holds."""

import datetime
from decimal import Decimal

from django.utils.text import slugify

from careers.models import Category, Duty, EducationLevel, Occupation, RaceShare, Skill, Source, Technology


def make_source(name="Test survey", **fields):
    source, _ = Source.objects.get_or_create(
        name=name, as_of=fields.pop("as_of", datetime.date(2025, 5, 1)), defaults=fields
    )
    return source


def make_category(name="Computer and Mathematical", **fields):
    fields.setdefault("slug", slugify(name))
    category, _ = Category.objects.get_or_create(name=name, defaults=fields)
    return category


def make_occupation(
    title, *, category=None, duties=0, skills=0, race_groups=0, technologies=0, education_levels=0, **fields
):
    """An occupation with the given figures and numbered rows of duties, skills, race groups,
    technologies and (at most 12) required-education levels."""
    fields.setdefault("slug", slugify(title))
    occupation = Occupation.objects.create(title=title, category=category or make_category(), **fields)
    Duty.objects.bulk_create(
        Duty(occupation=occupation, text=f"Duty number {n}.", position=n) for n in range(duties)
    )
    Skill.objects.bulk_create(
        Skill(occupation=occupation, name=f"Skill {n}", share=Decimal("1.0"), position=n)
        for n in range(skills)
    )
    RaceShare.objects.bulk_create(
        RaceShare(occupation=occupation, group=f"Group {n}", share=Decimal("1.0"), position=n)
        for n in range(race_groups)
    )
    Technology.objects.bulk_create(
        Technology(occupation=occupation, name=f"Software {n}", hot=n % 2 == 0, position=n)
        for n in range(technologies)
    )
    EducationLevel.objects.bulk_create(
        EducationLevel(occupation=occupation, level=n + 1, share=Decimal("1.0"))
        for n in range(education_levels)
    )
    return occupation


def reference_pair():
    """The two occupations the site ships with, in their canonical order."""
    return (
        Occupation.objects.get(slug="loss-mitigation-specialist"),
        Occupation.objects.get(slug="collections-customer-service"),
    )


# BLS titles of the SOC codes the importers' sample files (tests/careers/data) describe.
CATALOG_TITLES = {
    "11-1011": "Chief Executives",
    "11-3111": "Compensation and Benefits Managers",
    "15-1252": "Software Developers",
    "15-1299": "Computer Occupations, All Other",
    "21-1018": "Substance Abuse, Behavioral Disorder, and Mental Health Counselors",
    "25-1011": "Business Teachers, Postsecondary",
    "31-1120": "Home Health and Personal Care Aides",
    "43-3011": "Bill and Account Collectors",
    "43-4051": "Customer Service Representatives",
    "43-9199": "Office and Administrative Support Workers, All Other",
}


def make_catalog(*soc_codes):
    """Occupations as the OEWS import leaves them (a SOC code and a title, no other figure),
    by SOC code; all of ``CATALOG_TITLES`` unless codes are given."""
    category = make_category("Sample BLS occupations")
    return {
        code: make_occupation(CATALOG_TITLES[code], soc_code=code, category=category)
        for code in soc_codes or CATALOG_TITLES
    }
