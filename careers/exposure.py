"""Exposure of an occupation's tasks to AI language models, as "GPTs are GPTs" rated it.

Eloundou, Manning, Mishkin and Rock had people and GPT-4 label each task of O*NET's
early-2023 task list by whether a large language model could cut the time to do it by
at least half at equal quality. Each score is a share of the occupation's tasks:

- alpha: tasks a chatbot alone could do in half the time;
- beta (the paper's middle estimate, the site's headline): alpha plus half of the tasks
  that would need extra software built on the model;
- gamma: tasks exposed with or without extra software.

The study rates O*NET occupations; which of them describe a BLS occupation, and how
several combine, is ``careers.importers.onet_rule``'s rule, stated on the page where an
occupation combines several (``ai_exposure_occupations``).
"""

import datetime
from dataclasses import dataclass

from . import formatting as fmt
from . import wording
from .bls import Release

DOI = "10.1126/science.adj0998"
RELEASE = Release(
    name=(
        "Eloundou, Manning, Mishkin and Rock, \u201cGPTs are GPTs: Labor market impact potential "
        f"of LLMs\u201d, Science 384 (6702), 2024, doi:{DOI}"
    ),
    url=f"https://doi.org/{DOI}",
    # The tasks were rated in early 2023 (working paper arXiv:2303.10130, March 2023).
    as_of=datetime.date(2023, 3, 1),
    as_of_label="2023 ratings, published 2024",
    short_name="GPTs are GPTs, 2023 ratings",
    attribution=(
        "Occupation scores from github.com/openai/GPTs-are-GPTs, copyright (c) 2024 OpenAI, "
        "used under the MIT License."
    ),
)

HEADLINE = "of tasks exposed (human-rated)"

DEFINITION = (
    "The share of the job\u2019s tasks that an AI language model such as the one behind ChatGPT "
    "could help do at least twice as fast with the same quality. The headline figure counts the "
    "tasks a chatbot alone could speed up that much, plus half of those that would also need "
    "extra software built on the model, as rated by people; GPT-4 rated the same tasks."
)
CAVEATS = [
    "Exposure is the potential to speed up tasks, not a prediction that jobs will be lost, "
    "or of what will happen to pay, or when.",
    "The tasks were rated in 2023, on O*NET\u2019s task list of that year, not the current one "
    "listed under duties.",
    "When the study was written, three of its four authors worked at OpenAI, which makes GPT-4.",
]
RULE = (
    "The study rates O*NET occupations. Where O*NET divides an occupation, the figure is that "
    "of the O*NET occupation sharing its code (ending .00) when the study rated it; otherwise the "
    "average of the O*NET occupations BLS places under the code, each counting once."
)

# The rows of the table of variants: (field, who rated, what the share counts).
PEOPLE, MODEL = "Rated by people", "Rated by GPT-4"
ALPHA = "tasks a chatbot alone could do in half the time (\u03b1{})"
BETA = "those, plus half of the tasks that need extra software (\u03b2{})"
GAMMA = "tasks exposed with or without extra software (\u03b3{})"
VARIANTS = [
    ("ai_exposure_human_alpha", PEOPLE, ALPHA.format("")),
    ("ai_exposure", PEOPLE, BETA.format(", the headline figure")),
    ("ai_exposure_human_gamma", PEOPLE, GAMMA.format("")),
    ("ai_exposure_model_alpha", MODEL, ALPHA.format("")),
    ("ai_exposure_model_beta", MODEL, BETA.format("")),
    ("ai_exposure_model_gamma", MODEL, GAMMA.format("")),
]


def rated(occupation):
    """Whether the study gave the occupation its headline figure."""
    return occupation.ai_exposure is not None


def combined_note(occupation):
    """Which O*NET occupations the figures of the occupation average, where they are several,
    or are, where the one differs from it; "" otherwise."""
    titles = [title for _, title in occupation.ai_exposure_occupations or []]
    if len(titles) > 1:
        return (
            f"The figures for {occupation.nouns} average those of O*NET\u2019s "
            f"{wording.join_words(titles)}, each counting once."
        )
    if titles and titles[0].lower() != occupation.title.lower():
        return f"The figures for {occupation.nouns} are those of O*NET\u2019s {titles[0]}."
    return ""


@dataclass
class Section:
    """What the section about AI exposure shows for a page's occupations."""

    rated: list
    unrated: list
    release = RELEASE
    headline = HEADLINE
    definition = DEFINITION
    caveats = CAVEATS

    @property
    def headers(self):
        return [o.title for o in self.rated]

    @property
    def rows(self):
        """(label, [(value, occupation title, higher)]) of each variant, as ``figure_table.html`` reads them."""
        return [
            (
                f"{who}: {what}",
                [(fmt.whole_share(getattr(o, field)), o.title, False) for o in self.rated],
            )
            for field, who, what in VARIANTS
        ]

    @property
    def caption(self):
        return "Share of tasks exposed to AI language models, by rating"

    @property
    def notes(self):
        notes = [note for note in map(combined_note, self.rated) if note]
        if any(len(o.ai_exposure_occupations or []) > 1 for o in self.rated):
            notes.insert(0, RULE)
        return notes

    @property
    def missing(self):
        return [f"The study rated no tasks for {o.nouns}." for o in self.unrated]


def section(occupations):
    """The section of a page about ``occupations``, or None when the study rated none of them."""
    found = [o for o in occupations if rated(o)]
    if not found:
        return None
    return Section(found, [o for o in occupations if not rated(o)])
