"""What it takes to switch from one occupation to the other, in each direction.

Each move from an origin to a destination has its skill match (``careers.skills``),
the skills to build up and those that carry over, the software the destination adds,
the gap in preparation, and the change in pay and outlook.
"""

from dataclasses import dataclass, field
from decimal import Decimal

from careers import formatting as fmt
from careers import onet
from careers.skills import METHOD, label, match, profile
from careers.wording import join_words, lower_first

from .summary import published

# A level gap on O*NET's 0-7 scale that counts as clearly higher: about 11 points out of 100.
CLEAR_GAP = 0.75
# Importance (1 to 5) from which a skill counts as important to a job: O*NET's "important".
IMPORTANT = 3.0
BUILD_UP = 5
CARRY_OVER = 5
CHART_SKILLS = 10
SOFTWARE = 12


def score_100(value, scale_top):
    return round(value / scale_top * 100)


@dataclass
class SkillGap:
    name: str
    importance: int
    origin_level: int
    destination_level: int


@dataclass
class Move:
    origin: object
    destination: object
    score: int | None = None
    build_up: list = field(default_factory=list)
    carry_over: list = field(default_factory=list)
    software_shared: list = field(default_factory=list)
    software_added: list = field(default_factory=list)
    more_software: int = 0
    preparation: list = field(default_factory=list)
    pay: list = field(default_factory=list)
    outlook: list = field(default_factory=list)

    @property
    def label(self):
        return label(self.score) if self.score is not None else ""

    @property
    def heading(self):
        return f"From {self.origin.noun} to {self.destination.noun}"

    @property
    def prose(self):
        return " ".join(
            s for s in (self.skills_sentence(), *self.pay_sentences(), self.outlook_sentence()) if s
        )

    def skills_sentence(self):
        if self.score is None:
            return f"O*NET has no skill ratings to compare {self.origin.nouns} with {self.destination.nouns}."
        mover = self.origin.a_noun[:1].upper() + self.origin.a_noun[1:]
        sentences = [
            f"{mover} moving to {self.destination.noun} work has a skill match of {self.score} out of 100: "
            f"{self.label}."
        ]
        if self.build_up:
            names = join_words(lower_first(g.name) for g in self.build_up)
            lead = "The skills to build up are" if len(self.build_up) > 1 else "The skill to build up is"
            sentences.append(f"{lead} {names}.")
        if self.carry_over:
            names = join_words(lower_first(n) for n in self.carry_over)
            verb = "carry" if len(self.carry_over) > 1 else "carries"
            sentences.append(f"{names[:1].upper()}{names[1:]} {verb} over.")
        return " ".join(sentences)

    def pay_sentences(self):
        sentences = []
        for place, _, origin, destination in self.pay:
            if origin is None or destination is None:
                continue
            change = destination - origin
            if change == 0:
                sentences.append(f"{place}, the median pay is the same, {fmt.money(origin)} a year.")
                continue
            direction = "rises" if change > 0 else "falls"
            sentences.append(
                f"{place}, the median pay {direction} from {fmt.money(origin)} to {fmt.money(destination)} "
                f"a year ({signed_money(change)}, {signed_share(change, origin)})."
            )
        return sentences

    def outlook_sentence(self):
        origin, destination = self.origin.growth_rate, self.destination.growth_rate
        if not (
            published(self.origin, "growth_rate", origin)
            and published(self.destination, "growth_rate", destination)
        ):
            return ""
        if origin == destination:
            return f"BLS projects the same growth for both, {fmt.share(origin)} over ten years."
        better = "better" if destination > origin else "weaker"
        return (
            f"BLS projects {better} prospects for {self.destination.nouns}: {fmt.share(destination)} "
            f"over ten years, against {fmt.share(origin)} for {self.origin.nouns}."
        )


def signed_money(value):
    return ("+" if value > 0 else "\u2212") + fmt.money(abs(value))


def signed_share(change, base):
    percent = Decimal(change) / Decimal(base) * 100
    return ("+" if percent > 0 else "\u2212") + fmt.share(abs(percent).quantize(Decimal("0.1")))


def gaps(origin, destination):
    """Important skills the destination needs at a clearly higher level, most important first."""
    found = []
    for name, need in destination.items():
        have = origin[name].level if name in origin else 0.0
        if need.importance >= IMPORTANT and need.level - have >= CLEAR_GAP:
            found.append(
                SkillGap(
                    name, score_100(need.importance - 1, 4), score_100(have, 7), score_100(need.level, 7)
                )
            )
    return sorted(found, key=lambda g: (-g.importance, g.destination_level - g.origin_level))[:BUILD_UP]


def carried(origin, destination):
    """Skills important to the destination that the origin already has at its level."""
    kept = [
        (name, need)
        for name, need in destination.items()
        if need.importance >= IMPORTANT
        and name in origin
        and origin[name].level >= need.level - CLEAR_GAP / 3
    ]
    return [name for name, need in sorted(kept, key=lambda item: (-item[1].importance, item[0]))[:CARRY_OVER]]


def preparation(origin, destination):
    """(what, origin's, destination's) rows of the preparation each needs."""

    def zone(o):
        return f"Zone {o.job_zone}: {onet.JOB_ZONES[o.job_zone][0].lower()}" if o.job_zone else None

    def shared(o, name):
        value, part = getattr(o, name), getattr(o, f"{name}_share")
        return f"{value} ({fmt.share(part)} of respondents)" if value and part is not None else value or None

    return [
        ("Job zone (O*NET)", zone(origin), zone(destination)),
        (
            "Required education (O*NET survey)",
            shared(origin, "required_education"),
            shared(destination, "required_education"),
        ),
        (
            "Related work experience (O*NET survey)",
            shared(origin, "related_experience"),
            shared(destination, "related_experience"),
        ),
        (
            "Typical entry education (BLS)",
            origin.entry_education or None,
            destination.entry_education or None,
        ),
    ]


def move(origin, destination, profiles, medians):
    """One direction of the switch; see ``switch`` for ``medians``."""
    result = Move(origin, destination, match(profiles[origin.pk], profiles[destination.pk]))
    if result.score is not None:
        result.build_up = gaps(profiles[origin.pk], profiles[destination.pk])
        result.carry_over = carried(profiles[origin.pk], profiles[destination.pk])
    have = set(origin.hot_technologies())
    wanted = destination.hot_technologies()
    result.software_shared = [name for name in wanted if name in have]
    result.software_added = [name for name in wanted if name not in have]
    result.more_software = max(len(result.software_added) - SOFTWARE, 0)
    result.software_added = result.software_added[:SOFTWARE]
    result.preparation = preparation(origin, destination)
    result.pay = [
        (place, where, found.get(origin.pk), found.get(destination.pk)) for place, where, found in medians
    ]
    result.outlook = [
        ("Projected growth, 2024\u201334", origin.growth_rate, destination.growth_rate),
        ("Openings a year", origin.openings, destination.openings),
    ]
    return result


@dataclass
class ChartRow:
    name: str
    levels: list
    importance: int

    @property
    def span(self):
        known = [level for level in self.levels if level is not None]
        return min(known), max(known)


@dataclass
class Switch:
    moves: list
    chart: list
    titles: list
    method: str = METHOD

    @property
    def has_skills(self):
        return any(m.score is not None for m in self.moves)

    @property
    def software_shared(self):
        return self.moves[0].software_shared


def chart_rows(first, second, profiles):
    """The ten skills that matter most to either occupation, with both levels on O*NET's 0-100 scale."""
    a, b = profiles[first.pk], profiles[second.pk]
    names = sorted(
        set(a) | set(b),
        key=lambda n: (-max(a[n].importance if n in a else 0, b[n].importance if n in b else 0), n),
    )
    return [
        ChartRow(
            name,
            [score_100(p[name].level, 7) if name in p else None for p in (a, b)],
            score_100(max(p[name].importance for p in (a, b) if name in p) - 1, 4),
        )
        for name in names[:CHART_SKILLS]
    ]


def switch(first, second, medians):
    """Both directions of a switch between two occupations fetched ``with_figures()``. No query.

    ``medians`` are (how the place starts a sentence, how it reads in a label, {occupation pk:
    median annual pay}), e.g. ("Nationally", "national", {...}), ("In Texas", "Texas", {...}).
    """
    profiles = {o.pk: profile(o) for o in (first, second)}
    moves = [move(first, second, profiles, medians), move(second, first, profiles, medians)]
    chart = chart_rows(first, second, profiles) if all(profiles.values()) else []
    return Switch(moves, chart, [first.title, second.title])
