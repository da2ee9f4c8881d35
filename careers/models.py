"""Occupations, their categories, and every figure the pages show about them."""

from dataclasses import dataclass
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils.text import slugify

from . import bls, onet, wording

SOC_CODE = RegexValidator(r"^\d{2}-\d{4}$", "Enter a SOC code such as 43-3011.")
SHARE_VALIDATORS = [MinValueValidator(Decimal("0")), MaxValueValidator(Decimal("100"))]
MONEY_VALIDATORS = [MinValueValidator(0)]
AI_EXPOSURE_FIELDS = (
    "ai_exposure",
    "ai_exposure_human_alpha",
    "ai_exposure_human_gamma",
    "ai_exposure_model_alpha",
    "ai_exposure_model_beta",
    "ai_exposure_model_gamma",
)


def validate_pair_slug(value):
    """A slug must survive being joined as "<a>-vs-<b>" and split again."""
    if "-vs-" in f"-{value}-":
        raise ValidationError('A slug cannot contain "vs" as a word: it would break comparison URLs.')
    if value.startswith("-") or value.endswith("-") or "--" in value:
        raise ValidationError("A slug cannot start or end with a hyphen or contain two in a row.")


def title_slug(title):
    """The slug of a title, words joined by a slash kept apart: "Driver/Sales Workers" -> "driver-sales-workers"."""
    return slugify(title.replace("/", " "))


def share_field(**kwargs):
    return models.DecimalField(
        max_digits=4, decimal_places=1, null=True, blank=True, validators=SHARE_VALIDATORS, **kwargs
    )


def exposure_field(**kwargs):
    """A share of tasks in percent, to a hundredth so that the whole percent rounds as the source's."""
    return models.DecimalField(
        max_digits=5, decimal_places=2, null=True, blank=True, validators=SHARE_VALIDATORS, **kwargs
    )


def source_field():
    return models.ForeignKey(
        "Source",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        help_text="Where this figure comes from, and as of when.",
    )


class Source(models.Model):
    """Where a figure comes from and the date the figure describes."""

    name = models.CharField(max_length=200)
    url = models.URLField(blank=True)
    as_of = models.DateField(help_text="The date the figures describe (a release or survey date).")
    as_of_label = models.CharField(
        max_length=40, blank=True, help_text='How the date reads on pages, e.g. "May 2025".'
    )
    attribution = models.TextField(blank=True, help_text="Text the license requires beside the figures.")
    short_name = models.CharField(
        max_length=60,
        blank=True,
        help_text='How figures name the source beside their footnote mark, e.g. "BLS, May 2025".',
    )

    class Meta:
        ordering = ["name", "-as_of"]
        constraints = [
            models.UniqueConstraint(fields=["name", "as_of"], name="source_unique_name_as_of"),
        ]

    def __str__(self):
        return f"{self.name} ({self.as_of_display})"

    def get_absolute_url(self):
        return reverse("careers:sources") + f"#source-{self.pk}"

    @property
    def as_of_display(self):
        return self.as_of_label or self.as_of.strftime("%B %Y")


class Category(models.Model):
    """A SOC major group, e.g. Office and Administrative Support."""

    name = models.CharField(max_length=150, unique=True)
    slug = models.SlugField(max_length=150, unique=True, validators=[validate_pair_slug])
    soc_code = models.CharField(max_length=7, unique=True, null=True, blank=True, validators=[SOC_CODE])
    browse_label = models.CharField(
        max_length=150, blank=True, help_text='Reads "Browse ... jobs"; defaults to the name in lower case.'
    )

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "categories"

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("careers:category-detail", args=[self.slug])

    @property
    def browse_text(self):
        return f"Browse {self.browse_label or wording.lower_first(self.name)} jobs"


class OccupationQuerySet(models.QuerySet):
    def with_figures(self):
        """Everything a detail or comparison page shows, in six queries.

        Sources are not joined: ``careers.citations.load_sources`` fetches them for
        any number of occupations in one more query.
        """
        # Each in the order of one occupation's rows: the models' own ordering starts with the
        # occupation, which sorts by its title and so joins the occupations' table.
        in_order = ("position", "pk")
        return self.select_related("category").prefetch_related(
            models.Prefetch("duties", Duty.objects.order_by(*in_order)),
            models.Prefetch("skills", Skill.objects.order_by(*in_order)),
            models.Prefetch("race_shares", RaceShare.objects.order_by(*in_order)),
            models.Prefetch("technologies", Technology.objects.order_by(*in_order)),
            models.Prefetch("education_levels", EducationLevel.objects.order_by("level")),
        )

    def for_listing(self):
        # top_coded is read to write "or more" beside a top-coded salary; leaving it
        # deferred would cost one query per row.
        return self.select_related("category").only(
            "title",
            "slug",
            "soc_code",
            "yearly_salary",
            "jobs",
            "top_coded",
            "category__name",
            "category__slug",
        )


class Article(models.TextChoices):
    A = "a", "a"
    AN = "an", "an"


class Occupation(models.Model):
    """An occupation and its figures; ``careers.figures`` says which fields make up each figure."""

    category = models.ForeignKey(Category, on_delete=models.PROTECT, related_name="occupations")
    title = models.CharField(max_length=200)
    slug = models.SlugField(max_length=200, unique=True, validators=[validate_pair_slug])
    soc_code = models.CharField(
        "SOC code", max_length=7, null=True, blank=True, unique=True, validators=[SOC_CODE]
    )
    singular = models.CharField(
        max_length=200,
        blank=True,
        help_text='How one person in this job reads mid-sentence, e.g. "loss mitigation specialist". '
        "Defaults to the title in lower case.",
    )
    plural = models.CharField(
        max_length=200, blank=True, help_text="Defaults to the singular with its last noun pluralised."
    )
    article = models.CharField(
        max_length=2,
        choices=Article.choices,
        blank=True,
        help_text="Defaults to a or an by the sound of the singular.",
    )

    description = models.TextField(blank=True)
    description_source = source_field()
    time_to_become = models.CharField(max_length=60, blank=True, help_text='e.g. "6-12 months"')
    time_to_become_source = source_field()

    yearly_salary = models.PositiveIntegerField(null=True, blank=True, help_text="US dollars a year")
    yearly_salary_source = source_field()
    hourly_rate = models.DecimalField(
        max_digits=7, decimal_places=2, null=True, blank=True, validators=MONEY_VALIDATORS
    )
    hourly_rate_source = source_field()
    salary_low = models.PositiveIntegerField(null=True, blank=True)
    salary_high = models.PositiveIntegerField(null=True, blank=True)
    salary_range_label = models.CharField(
        max_length=80, blank=True, help_text='What the range spans, e.g. "10th to 90th percentile".'
    )
    salary_range_source = source_field()
    growth_rate = models.DecimalField(
        max_digits=5,
        decimal_places=1,
        null=True,
        blank=True,
        help_text="Percent over ten years; may be negative.",
    )
    growth_rate_source = source_field()
    jobs = models.PositiveIntegerField("number of jobs", null=True, blank=True)
    jobs_source = source_field()
    job_satisfaction = models.DecimalField(
        max_digits=3,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal("0")), MaxValueValidator(Decimal("5"))],
        help_text="Out of 5.",
    )
    job_satisfaction_source = source_field()

    degree = models.CharField("most common degree", max_length=100, blank=True)
    degree_share = share_field()
    degree_source = source_field()
    major = models.CharField("most common major", max_length=100, blank=True)
    major_source = source_field()
    college = models.CharField("most common college", max_length=150, blank=True)
    college_source = source_field()

    average_age = models.PositiveSmallIntegerField(
        null=True, blank=True, validators=[MinValueValidator(14), MaxValueValidator(100)]
    )
    average_age_source = source_field()
    years_of_experience = models.PositiveSmallIntegerField(
        null=True, blank=True, validators=[MaxValueValidator(70)]
    )
    years_of_experience_source = source_field()

    highest_paying_city = models.CharField(max_length=150, blank=True)
    highest_paying_city_source = source_field()
    highest_paying_state = models.CharField(max_length=100, blank=True)
    highest_paying_state_source = source_field()
    # Ranked by annual mean wage at U.S. average prices (``careers.prices``).
    highest_paying_city_after_prices = models.CharField(max_length=150, blank=True)
    highest_paying_city_after_prices_source = source_field()
    highest_paying_state_after_prices = models.CharField(max_length=100, blank=True)
    highest_paying_state_after_prices_source = source_field()
    best_paying_company = models.CharField(max_length=150, blank=True)
    best_paying_company_source = source_field()
    best_paying_industry = models.CharField(max_length=150, blank=True)
    best_paying_industry_source = source_field()

    male_share = share_field()
    female_share = share_field()
    gender_source = source_field()
    race_source = source_field()
    lgbt_share = share_field(verbose_name="LGBT share")
    lgbt_share_source = source_field()
    duties_source = source_field()
    skills_source = source_field()

    # Outlook and entry requirements, from BLS Employment Projections.
    openings = models.PositiveIntegerField(
        "annual openings",
        null=True,
        blank=True,
        help_text="Openings a year, on average over the projection decade.",
    )
    openings_source = source_field()
    entry_education = models.CharField("typical education for entry", max_length=100, blank=True)
    entry_education_source = source_field()
    entry_experience = models.CharField("work experience for entry", max_length=100, blank=True)
    entry_experience_source = source_field()
    entry_training = models.CharField("typical on-the-job training", max_length=100, blank=True)
    entry_training_source = source_field()

    # What O*NET's surveys and analysts rate.
    required_education = models.CharField(
        max_length=100, blank=True, help_text="The level most respondents say is required to be hired."
    )
    required_education_share = share_field(help_text="Share of respondents who chose that level, in percent.")
    required_education_source = source_field()
    education_levels_source = source_field()
    related_experience = models.CharField(
        max_length=100, blank=True, help_text="The related work experience most respondents say is required."
    )
    related_experience_share = share_field(help_text="Share of respondents who chose it, in percent.")
    related_experience_source = source_field()
    job_zone = models.PositiveSmallIntegerField(
        null=True, blank=True, validators=[MinValueValidator(1), MaxValueValidator(5)]
    )
    job_zone_source = source_field()
    technologies_source = source_field()
    onet_occupations = models.JSONField(
        "O*NET occupations",
        default=list,
        blank=True,
        editable=False,
        help_text="The O*NET occupations ([code, title]) whose data the O*NET figures describe.",
    )

    # Exposure of the job's tasks to large language models ("GPTs are GPTs"), as shares
    # of tasks in percent: rated by people and by GPT-4, each as alpha, beta and gamma.
    ai_exposure = exposure_field(
        verbose_name="exposure to AI language models",
        help_text="Human-rated share of tasks exposed (the paper's beta), in percent.",
    )
    ai_exposure_human_alpha = exposure_field(help_text="Human-rated alpha, in percent.")
    ai_exposure_human_gamma = exposure_field(help_text="Human-rated gamma, in percent.")
    ai_exposure_model_alpha = exposure_field(help_text="GPT-4-rated alpha, in percent.")
    ai_exposure_model_beta = exposure_field(help_text="GPT-4-rated beta, in percent.")
    ai_exposure_model_gamma = exposure_field(help_text="GPT-4-rated gamma, in percent.")
    ai_exposure_source = source_field()
    ai_exposure_occupations = models.JSONField(
        "O*NET occupations rated for AI exposure",
        default=list,
        blank=True,
        editable=False,
        help_text="The O*NET occupations ([code, title]) whose exposure scores the figure combines.",
    )

    # Who does the job, from the Current Population Survey.
    median_age = models.DecimalField(
        max_digits=4,
        decimal_places=1,
        null=True,
        blank=True,
        validators=[MinValueValidator(14), MaxValueValidator(100)],
    )
    median_age_source = source_field()
    demographics_group = models.CharField(
        max_length=200,
        blank=True,
        help_text="The survey's occupation group the demographic figures describe, when it is broader "
        "than this occupation; a figure left blank for it was not published (fewer than 50,000 workers).",
    )

    top_coded = models.JSONField(
        default=list,
        blank=True,
        editable=False,
        help_text="Wage figures published only as at or above the top code.",
    )
    edited_fields = models.JSONField(
        default=list,
        blank=True,
        editable=False,
        help_text="Figures an editor has set by hand; imports leave them alone.",
    )
    edited_at = models.DateTimeField(
        null=True, blank=True, editable=False, help_text="When an editor last changed the occupation."
    )
    updated_at = models.DateTimeField(auto_now=True)

    objects = OccupationQuerySet.as_manager()

    class Meta:
        ordering = ["title"]
        constraints = [
            models.CheckConstraint(
                condition=Q(salary_low__isnull=True)
                | Q(salary_high__isnull=True)
                | Q(salary_low__lte=models.F("salary_high")),
                name="occupation_salary_range_ordered",
            ),
            models.CheckConstraint(
                condition=Q(hourly_rate__isnull=True) | Q(hourly_rate__gte=0),
                name="occupation_hourly_rate_not_negative",
            ),
            models.CheckConstraint(
                condition=Q(male_share__isnull=True)
                | Q(female_share__isnull=True)
                # Shares have one decimal place; the extra 0.05 absorbs SQLite's float arithmetic.
                | Q(male_share__lte=Decimal("100.05") - models.F("female_share")),
                name="occupation_gender_shares_at_most_100",
            ),
            *[
                models.CheckConstraint(
                    condition=Q(**{f"{name}__isnull": True}) | Q(**{f"{name}__gte": 0, f"{name}__lte": 100}),
                    name=f"occupation_{name}_is_a_share",
                )
                for name in (
                    "degree_share",
                    "male_share",
                    "female_share",
                    "lgbt_share",
                    "required_education_share",
                    "related_experience_share",
                    *AI_EXPOSURE_FIELDS,
                )
            ],
            models.CheckConstraint(
                condition=Q(job_zone__isnull=True) | Q(job_zone__gte=1, job_zone__lte=5),
                name="occupation_job_zone_1_to_5",
            ),
            models.CheckConstraint(condition=~Q(slug__contains="-vs-"), name="occupation_slug_without_vs"),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("careers:occupation-detail", args=[self.slug])

    def clean(self):
        errors = {}
        if (
            self.salary_low is not None
            and self.salary_high is not None
            and self.salary_low > self.salary_high
        ):
            errors["salary_high"] = "The top of the salary range must not be below its bottom."
        if (
            self.male_share is not None
            and self.female_share is not None
            and self.male_share + self.female_share > 100
        ):
            errors["female_share"] = "The male and female shares add up to more than 100%."
        if self.title and not self.slug:
            self.slug = title_slug(self.title)
        if errors:
            raise ValidationError(errors)

    # Wording -----------------------------------------------------------

    @property
    def forms(self):
        return wording.forms(self.title, self.singular, self.plural, self.article)

    @property
    def noun(self):
        return self.forms.noun

    @property
    def nouns(self):
        return self.forms.nouns

    @property
    def a_noun(self):
        return self.forms.a_noun

    @property
    def nouns_possessive(self):
        return self.forms.nouns_possessive

    @property
    def title_lower(self):
        """The title mid-sentence: "collections, customer service"."""
        return wording.lower_first(self.title)

    @property
    def title_sentence(self):
        """The title as it starts a sentence: "Loss mitigation specialist"."""
        return self.title_lower[:1].upper() + self.title_lower[1:]

    # Figures -----------------------------------------------------------

    def top_skills(self, count=3):
        return list(self.skills.all())[:count]

    def hot_technologies(self):
        """The names of the technologies O*NET marks hot, the ones employers name most."""
        return [t.name for t in self.technologies.all() if t.hot]


class RaceShare(models.Model):
    occupation = models.ForeignKey(Occupation, on_delete=models.CASCADE, related_name="race_shares")
    group = models.CharField(max_length=100)
    share = models.DecimalField(max_digits=4, decimal_places=1, validators=SHARE_VALIDATORS)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["occupation", "position", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["occupation", "group"], name="race_share_unique_group"),
            models.CheckConstraint(condition=Q(share__gte=0, share__lte=100), name="race_share_is_a_share"),
        ]

    def __str__(self):
        return f"{self.group}, {self.share}%"

    def get_absolute_url(self):
        return self.occupation.get_absolute_url()


class Duty(models.Model):
    occupation = models.ForeignKey(Occupation, on_delete=models.CASCADE, related_name="duties")
    text = models.TextField()
    core = models.BooleanField(default=False, help_text="O*NET rates the task core to the occupation.")
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["occupation", "position", "pk"]
        verbose_name_plural = "duties"

    def __str__(self):
        return self.text

    def get_absolute_url(self):
        return self.occupation.get_absolute_url()


class Skill(models.Model):
    """A skill of an occupation: editors give the share of resumes that list it; O*NET rates
    how important it is (1 to 5) and the level needed (0 to 7)."""

    IMPORTANCE_SCALE = (Decimal("1"), Decimal("5"))
    LEVEL_SCALE = (Decimal("0"), Decimal("7"))

    occupation = models.ForeignKey(Occupation, on_delete=models.CASCADE, related_name="skills")
    name = models.CharField(max_length=100)
    element_id = models.CharField("O*NET element", max_length=20, blank=True, help_text='e.g. "2.A.1.a"')
    share = share_field(help_text="Share of job postings or resumes that list it, in percent.")
    importance = models.DecimalField(
        max_digits=3,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(IMPORTANCE_SCALE[0]), MaxValueValidator(IMPORTANCE_SCALE[1])],
        help_text="O*NET importance, 1 (not important) to 5 (extremely important).",
    )
    level = models.DecimalField(
        max_digits=3,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(LEVEL_SCALE[0]), MaxValueValidator(LEVEL_SCALE[1])],
        help_text="O*NET level needed, 0 to 7.",
    )
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["occupation", "position", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["occupation", "name"], name="skill_unique_name"),
            models.CheckConstraint(
                condition=Q(share__isnull=True) | Q(share__gte=0, share__lte=100),
                name="skill_share_is_a_share",
            ),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return self.occupation.get_absolute_url()

    @property
    def importance_score(self):
        """Importance on O*NET's 0 to 100 scale, or None."""
        return _standardised(self.importance, self.IMPORTANCE_SCALE)

    @property
    def level_score(self):
        """Level on O*NET's 0 to 100 scale, or None."""
        return _standardised(self.level, self.LEVEL_SCALE)


def _standardised(value, scale):
    if value is None:
        return None
    low, high = scale
    return round((value - low) / (high - low) * 100)


class Technology(models.Model):
    """Software an occupation uses, as O*NET's technology skills name it."""

    occupation = models.ForeignKey(Occupation, on_delete=models.CASCADE, related_name="technologies")
    name = models.CharField(max_length=200)
    category = models.CharField(max_length=200, blank=True, help_text='e.g. "Spreadsheet software"')
    hot = models.BooleanField(default=False, help_text="Frequently listed in employers' job postings.")
    in_demand = models.BooleanField(default=False, help_text="Often listed in this occupation's postings.")
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["occupation", "position", "pk"]
        verbose_name_plural = "technologies"
        constraints = [
            models.UniqueConstraint(fields=["occupation", "name"], name="technology_unique_name"),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return self.occupation.get_absolute_url()


class EducationLevel(models.Model):
    """One level of O*NET's required-education scale and the share of respondents who chose it."""

    occupation = models.ForeignKey(Occupation, on_delete=models.CASCADE, related_name="education_levels")
    level = models.PositiveSmallIntegerField(validators=[MinValueValidator(1), MaxValueValidator(12)])
    share = models.DecimalField(max_digits=4, decimal_places=1, validators=SHARE_VALIDATORS)

    class Meta:
        ordering = ["occupation", "level"]
        constraints = [
            models.UniqueConstraint(fields=["occupation", "level"], name="education_level_unique_level"),
            models.CheckConstraint(
                condition=Q(share__gte=0, share__lte=100), name="education_level_share_is_a_share"
            ),
        ]

    def __str__(self):
        return f"{self.label}, {self.share}%"

    def get_absolute_url(self):
        return self.occupation.get_absolute_url()

    @property
    def label(self):
        return onet.REQUIRED_EDUCATION.get(self.level, str(self.level))


class TitleKind(models.TextChoices):
    REPORTED = "reported", "Reported by workers"
    ALTERNATE = "alternate", "Alternate title"


class AlternateTitle(models.Model):
    """Another name for an occupation: a title its workers report, or one of O*NET's alternates."""

    occupation = models.ForeignKey(Occupation, on_delete=models.CASCADE, related_name="titles")
    title = models.CharField(max_length=250)
    kind = models.CharField(max_length=10, choices=TitleKind.choices, default=TitleKind.ALTERNATE)
    common = models.BooleanField(
        default=False, help_text="One of the titles most people know the occupation by; pages list these."
    )
    source = models.ForeignKey(Source, on_delete=models.PROTECT, related_name="+")

    class Meta:
        ordering = ["occupation", "-common", "kind", "title"]
        constraints = [
            models.UniqueConstraint(fields=["occupation", "title"], name="alternate_title_unique_title"),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return self.occupation.get_absolute_url()


class RelatedTier(models.TextChoices):
    PRIMARY_SHORT = "primary-short", "Primary, most related"
    PRIMARY_LONG = "primary-long", "Primary"
    SUPPLEMENTAL = "supplemental", "Supplemental"


class RelatedOccupation(models.Model):
    """An occupation O*NET names as related to another, in its tiers, most related first."""

    PRIMARY = [RelatedTier.PRIMARY_SHORT, RelatedTier.PRIMARY_LONG]

    occupation = models.ForeignKey(Occupation, on_delete=models.CASCADE, related_name="related_occupations")
    related = models.ForeignKey(Occupation, on_delete=models.CASCADE, related_name="+")
    tier = models.CharField(max_length=15, choices=RelatedTier.choices)
    rank = models.PositiveSmallIntegerField(default=0, help_text="O*NET's index: 1 is the most related.")
    source = models.ForeignKey(Source, on_delete=models.PROTECT, related_name="+")

    class Meta:
        ordering = ["occupation", "rank"]
        constraints = [
            models.UniqueConstraint(fields=["occupation", "related"], name="related_occupation_unique_pair"),
            models.CheckConstraint(
                condition=~Q(occupation=F("related")), name="related_occupation_not_itself"
            ),
        ]

    def __str__(self):
        return f"{self.occupation} \u2192 {self.related}"

    def get_absolute_url(self):
        return self.occupation.get_absolute_url()

    @property
    def primary(self):
        return self.tier in self.PRIMARY


class AreaKind(models.TextChoices):
    NATION = "nation", "Nation"
    STATE = "state", "State"
    TERRITORY = "territory", "U.S. territory"
    METRO = "metro", "Metropolitan area"
    NONMETRO = "nonmetro", "Nonmetropolitan area"


class Area(models.Model):
    """A BLS OEWS area: the nation, a state or territory, or a metro or nonmetro area."""

    code = models.CharField(max_length=10, unique=True)
    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=200, unique=True)
    kind = models.CharField(max_length=10, choices=AreaKind.choices)
    state = models.CharField(max_length=2, blank=True, help_text="Postal code of the (first) state.")
    price_level = models.DecimalField(
        max_digits=6,
        decimal_places=3,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal("1"))],
        help_text="All-items Regional Price Parity (U.S. = 100); empty where BEA publishes none.",
    )
    price_area = models.CharField(
        max_length=200,
        blank=True,
        help_text='The BEA area the price level is of, e.g. "nonmetropolitan Alabama".',
    )
    price_source = source_field()

    class Meta:
        ordering = ["kind", "name"]
        constraints = [
            models.CheckConstraint(
                condition=Q(price_level__isnull=True) | Q(price_level__gt=0), name="area_price_level_positive"
            ),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("careers:area-detail", args=[self.slug])


class Industry(models.Model):
    """A NAICS industry as BLS publishes it; code 000000 is all industries."""

    code = models.CharField(max_length=6)
    ownership = models.CharField(max_length=4, default="1235", help_text="1235 all owners, 5 private.")
    title = models.CharField(max_length=250)
    level = models.CharField(max_length=30)

    class Meta:
        ordering = ["code", "ownership"]
        verbose_name_plural = "industries"
        constraints = [
            models.UniqueConstraint(fields=["code", "ownership"], name="industry_unique_code_ownership"),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("careers:occupation-list")


class WageQuerySet(models.QuerySet):
    def cross_industry(self):
        """Cells for all industries and all owners, the only ones BLS publishes below the nation."""
        return self.filter(industry__code="000000", industry__ownership="1235")

    def national(self):
        return self.filter(area__kind=AreaKind.NATION)

    def for_area(self, area):
        return self.filter(area=area)

    def national_of(self, occupations):
        """Each occupation's national, all-industries cell with its source, by occupation id. One query."""
        wages = self.cross_industry().national().select_related("source")
        return {wage.occupation_id: wage for wage in wages.filter(occupation__in=[o.pk for o in occupations])}

    def rankable(self):
        """Cells large and precise enough to rank "highest paying" (``careers.bls.RANKING_*``)."""
        return self.filter(
            employment__gte=bls.RANKING_MIN_EMPLOYMENT,
            employment_rse__lte=bls.RANKING_MAX_EMPLOYMENT_RSE,
            mean_rse__lte=bls.RANKING_MAX_WAGE_RSE,
        )

    def priced_states(self, occupations):
        """The occupations' rankable all-industries cells in states with a price level, with
        their areas, the areas' price sources and their own sources. One query."""
        return (
            self.cross_industry()
            .rankable()
            .filter(occupation__in=[o.pk for o in occupations], area__kind=AreaKind.STATE)
            .exclude(area__price_level=None)
            .select_related("area", "area__price_source", "source")
        )


@dataclass(frozen=True)
class Percentile:
    """One wage percentile BLS publishes: its Wage fields, BLS columns and schema.org name."""

    key: str
    label: str
    schema: str

    @property
    def annual(self):
        return f"annual_{self.key}"

    @property
    def hourly(self):
        return f"hourly_{self.key}"

    @property
    def column(self):
        """The BLS column without its A_ (annual) or H_ (hourly) prefix."""
        return "MEDIAN" if self.key == "median" else f"PCT{self.key[1:]}"


class Wage(models.Model):
    """One published OEWS cell: an occupation's employment and wages in an area and industry."""

    TOP_CODE_ANNUAL = 239200
    TOP_CODE_HOURLY = Decimal("115.00")
    PERCENTILES = [
        Percentile("p10", "10th percentile", "percentile10"),
        Percentile("p25", "25th percentile", "percentile25"),
        Percentile("median", "Median", "median"),
        Percentile("p75", "75th percentile", "percentile75"),
        Percentile("p90", "90th percentile", "percentile90"),
    ]

    occupation = models.ForeignKey(Occupation, on_delete=models.CASCADE, related_name="wages")
    area = models.ForeignKey(Area, on_delete=models.CASCADE, related_name="wages")
    # No index of its own: three cells in four are of one industry (all industries), and an
    # index on it led query planners to read those 220,000 cells to find one occupation's.
    # Lookups by industry go through the index on area and industry.
    industry = models.ForeignKey(Industry, on_delete=models.CASCADE, related_name="wages", db_index=False)
    source = models.ForeignKey(Source, on_delete=models.PROTECT, related_name="wages")

    employment = models.PositiveIntegerField(null=True, blank=True)
    employment_rse = models.DecimalField(max_digits=5, decimal_places=1, null=True, blank=True)
    jobs_per_1000 = models.DecimalField(max_digits=9, decimal_places=3, null=True, blank=True)
    location_quotient = models.DecimalField(max_digits=7, decimal_places=2, null=True, blank=True)
    hourly_mean = models.DecimalField(max_digits=7, decimal_places=2, null=True, blank=True)
    annual_mean = models.PositiveIntegerField(null=True, blank=True)
    mean_rse = models.DecimalField(max_digits=5, decimal_places=1, null=True, blank=True)
    hourly_p10 = models.DecimalField(max_digits=7, decimal_places=2, null=True, blank=True)
    hourly_p25 = models.DecimalField(max_digits=7, decimal_places=2, null=True, blank=True)
    hourly_median = models.DecimalField(max_digits=7, decimal_places=2, null=True, blank=True)
    hourly_p75 = models.DecimalField(max_digits=7, decimal_places=2, null=True, blank=True)
    hourly_p90 = models.DecimalField(max_digits=7, decimal_places=2, null=True, blank=True)
    annual_p10 = models.PositiveIntegerField(null=True, blank=True)
    annual_p25 = models.PositiveIntegerField(null=True, blank=True)
    annual_median = models.PositiveIntegerField(null=True, blank=True)
    annual_p75 = models.PositiveIntegerField(null=True, blank=True)
    annual_p90 = models.PositiveIntegerField(null=True, blank=True)
    annual_only = models.BooleanField(default=False)
    top_coded = models.JSONField(
        default=list, blank=True, help_text="Columns BLS published only as at or above the top code (#)."
    )

    objects = WageQuerySet.as_manager()

    class Meta:
        ordering = ["occupation", "area", "industry"]
        constraints = [
            models.UniqueConstraint(fields=["occupation", "area", "industry"], name="wage_unique_cell"),
        ]
        indexes = [models.Index(fields=["area", "industry"], name="wage_area_industry")]

    def __str__(self):
        return f"{self.occupation} in {self.area} ({self.industry})"

    def get_absolute_url(self):
        return self.occupation.get_absolute_url()

    def is_top_coded(self, name):
        """Whether BLS published this field only as "#", at or above the top code."""
        return name in (self.top_coded or [])

    def value(self, name):
        """A field's value, the top code standing in for a top-coded wage BLS left blank."""
        value = getattr(self, name)
        if value is None and self.is_top_coded(name):
            return self.TOP_CODE_HOURLY if name.startswith("hourly") else self.TOP_CODE_ANNUAL
        return value


class DataVersion(models.Model):
    """The site-wide data version, one row: ``careers.versions`` keeps a copy in the cache.

    It lives in the database so that a change made while the cache is down still
    changes the version, in the same transaction as the change itself.
    """

    token = models.CharField(max_length=32)
    changed_at = models.DateTimeField()

    class Meta:
        ordering = ["pk"]

    def __str__(self):
        return f"{self.token} ({self.changed_at:%Y-%m-%d %H:%M:%S})"

    def get_absolute_url(self):
        return reverse("comparisons:home")


class FormerSlug(models.Model):
    """A slug an occupation had before: its old addresses answer with a redirect to the current ones."""

    occupation = models.ForeignKey(Occupation, on_delete=models.CASCADE, related_name="former_slugs")
    slug = models.SlugField(max_length=200, unique=True)

    class Meta:
        ordering = ["slug"]

    def __str__(self):
        return self.slug

    def get_absolute_url(self):
        return self.occupation.get_absolute_url()
