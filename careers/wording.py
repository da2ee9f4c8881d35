"""English for occupation titles: articles, singulars, plurals and possessives.

BLS titles are plural ("Bill and Account Collectors") and editors may type either
form, so every sentence reads a title through ``forms``: the singular with its
article, the plural and the possessive, each overridden by an editor's own.
"""

import re
from dataclasses import dataclass
from functools import lru_cache

# Words that start with a vowel letter but a consonant sound, and the reverse.
CONSONANT_SOUND = re.compile(r"^(uni|use|usu|uti|eu|one|once|ufo|ur[aeiou])", re.IGNORECASE)
VOWEL_SOUND = re.compile(r"^(hour|honest|honou?r|heir|mri|rn\b|lpn\b|x-ray|fbi)", re.IGNORECASE)
# An acronym read letter by letter ("HR", "HVAC", "U.S.") sounds like its first letter's name.
ACRONYM = re.compile(r"^(?:[A-Z]{2,}|(?:[A-Z]\.)+)(?![a-z])")
VOWEL_LETTER_NAMES = "AEFHILMNORSX"
# Numbers said with a leading vowel: eight, eighty, eight hundred; eleven; eighteen.
VOWEL_NUMBER = re.compile(r"^(8|11(?!\d)|18(?!\d))")

# Head nouns that do not take a plain "s" in the plural.
IRREGULAR_PLURALS = {
    "man": "men",
    "woman": "women",
    "person": "people",
    "staff": "staff",
    "personnel": "personnel",
    "chief": "chiefs",
    "series": "series",
    "aircraft": "aircraft",
    "clergy": "clergy",
    "police": "police",
}

# Words after which the rest of a title qualifies its head noun: "director of operations".
QUALIFYING_WORDS = re.compile(r" (of|for|in chief|at law|at arms)(?= |$)")
# A title that is one list sharing its last noun: "meeting, convention, and event planner".
SHARED_HEAD_LIST = re.compile(r"^[^,]+(?:, [^,]+)*, (?:and|or) [^,]+$")


def indefinite_article(title):
    """Return "a" or "an" for a title by how its first word sounds."""
    word = title.strip().split(" ", 1)[0] if title.strip() else ""
    if not word:
        return "a"
    if ACRONYM.match(word):
        return "an" if word[0] in VOWEL_LETTER_NAMES else "a"
    if VOWEL_NUMBER.match(word):
        return "an"
    if VOWEL_SOUND.match(word):
        return "an"
    if CONSONANT_SOUND.match(word):
        return "a"
    return "an" if word[0].lower() in "aeiou" else "a"


def pluralize_noun(word):
    if len(word) > 1 and word.isupper():
        # Acronyms take a lower-case s: "CEOs", "RNs".
        return word + "s"
    lower = word.lower()
    if lower in IRREGULAR_PLURALS:
        plural = IRREGULAR_PLURALS[lower]
    elif lower.endswith(("man", "woman")) and len(lower) > 3:
        plural = lower[:-2] + "en"
    elif lower.endswith("person"):
        plural = lower[: -len("person")] + "people"
    elif re.search(r"[^aeiou]y$", lower):
        plural = lower[:-1] + "ies"
    elif lower.endswith(("s", "x", "z", "ch", "sh")):
        plural = lower + "es"
    else:
        plural = lower + "s"
    return word[: len(word) - len(lower)] + _match_case(word, plural)


def _match_case(original, plural):
    if original.isupper():
        return plural.upper()
    if original[:1].isupper():
        return plural[:1].upper() + plural[1:]
    return plural


def plural_title(title):
    """Pluralise the head noun of a title.

    "Loss mitigation specialist" -> "Loss mitigation specialists";
    "Bill and account collector" -> "Bill and account collectors";
    "Director of operations" -> "Directors of operations";
    "Meeting, convention, and event planner" -> "Meeting, convention, and event planners";
    a title whose head ends in "s" already ("Collections, customer service")
    or that names a field rather than a person is returned unchanged: an
    editor sets the plural for those.
    """
    title = title.strip()
    if SHARED_HEAD_LIST.match(title) and ", except " not in title:
        head, sep, rest = title, "", ""
    else:
        head, sep, rest = title.partition(",")
    qualifier = QUALIFYING_WORDS.search(head)
    if qualifier:
        head, rest = head[: qualifier.start()], head[qualifier.start() :] + sep + rest
        sep = ""
    words = head.split(" ")
    last = words[-1]
    ends_in_s = last.lower().endswith("s") and not last.lower().endswith("ss")
    if not last or ends_in_s or not last[-1].isalpha():
        return title
    words[-1] = pluralize_noun(last)
    return " ".join(words) + sep + rest


def possessive(noun_phrase):
    """ "specialists" -> "specialists'", "staff" -> "staff's"."""
    if noun_phrase.endswith("s"):
        return noun_phrase + "'"
    return noun_phrase + "'s"


# Pages ask for the same few titles' forms many times each.
@lru_cache(maxsize=4096)
def lower_first(text):
    """Lowercase a title for use mid-sentence, keeping acronyms ("IT", "HVAC") and names
    with capitals inside ("SharePoint", "iOS"); the parts of "Entry-Level" or "HR/Payroll" each on its own."""
    return re.sub(r"[^\s/-]+", lambda match: _lower_word(match.group()), text)


def _lower_word(word):
    if (word.isupper() and len(word) > 1) or any(c.isupper() for c in word[1:]):
        return word
    return word.lower()


# Plural-looking words in a list that name a field or a thing, not people ("public relations and ...").
NOT_PERSONS = (
    *("ions", "ics", "ss", "us", "ities", "sales", "services", "systems", "goods", "arts"),
    *("news", "surfaces", "benefits"),
)
PERSONS = ("mechanics",)
# Where the head of a title ends and its qualifiers begin.
QUALIFIERS = re.compile(r",? (?:of|in|for|except|including) ")
# A head that lists several nouns: "cutting, punching, and press machine setters, operators, and tenders".
LISTED_HEAD = re.compile(r"^(?:[^,]+, )+(?:and|or|&) [^,]+")
LIST_SEPARATOR = re.compile(r"(, (?:and |or |& )?| and | or | & )")


def singular_title(title):
    """A reasonable singular for a title, mid-sentence; a singular title is only lowercased.

    "Bill and Account Collectors" -> "bill and account collector";
    "Chefs and Head Cooks" -> "chef and head cook";
    "First-Line Supervisors of Retail Sales Workers" ->
    "first-line supervisor of retail sales workers";
    "Art, Drama, and Music Teachers, Postsecondary" ->
    "art, drama, and music teacher, postsecondary". Editors correct the rest.
    """
    text = lower_first(title.strip())
    first, joined, rest = text.partition("--")
    if joined and " " not in first:
        # "Helpers--Carpenters": the helper is the person, the rest says whose.
        return singular_noun(first) + joined + rest
    head, tail = _split_head(text)
    parts = LIST_SEPARATOR.split(head)
    last = len(parts) - 1
    for index in range(0, len(parts), 2):
        words = parts[index].split(" ")
        if index == last or _person_plural(words[-1]):
            words[-1] = singular_noun(words[-1])
        parts[index] = " ".join(words)
    return "".join(parts) + tail


def _person_plural(word):
    return word.endswith(PERSONS) or (word.endswith("s") and not word.endswith(NOT_PERSONS))


def _split_head(text):
    """(the nouns a title names, the qualifiers after them)."""
    qualifier = QUALIFIERS.search(text)
    cut = qualifier.start() if qualifier else len(text)
    head, tail = text[:cut], text[cut:]
    listed = LISTED_HEAD.match(head)
    if listed:
        items = LIST_SEPARATOR.split(listed.group())[::2]
        # "Pressers, Textile, Garment, and Related Materials": the first noun is the head.
        if _person_plural(items[0]) and not all(_person_plural(item.split(" ")[-1]) for item in items[1:-1]):
            listed = None
    end = listed.end() if listed else (head.find(",") if "," in head else len(head))
    return head[:end], head[end:] + tail


def singular_noun(word):
    lower = word.lower()
    for singular, plural in IRREGULAR_PLURALS.items():
        if lower == plural:
            return word[: len(word) - len(plural)] + singular if singular != plural else word
    if lower.endswith("men") and len(lower) > 3:
        return word[:-3] + word[-3] + "an"
    if lower.endswith("ies") and len(lower) > 4:
        return word[:-3] + "y"
    if lower.endswith(("ches", "shes", "xes", "zes", "sses")):
        return word[:-2]
    if lower.endswith("s") and not lower.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


@dataclass(frozen=True)
class Forms:
    """How an occupation reads in sentences: "a bill and account collector", "... collectors"."""

    noun: str
    nouns: str
    a_noun: str

    @property
    def nouns_possessive(self):
        """ "collectors'"; a head noun qualified after a comma takes the apostrophe itself:
        "sales representatives', wholesale and manufacturing"."""
        head, tail = _split_head(self.nouns)
        if tail.startswith(","):
            return possessive(head) + tail
        return possessive(self.nouns)


@lru_cache(maxsize=4096)
def forms(title, singular="", plural="", article=""):
    """The forms of a title, each from an editor's correction when there is one.

    A plural title ("Sales Representatives, Wholesale and Manufacturing") is its own
    plural and is made singular for "a ..."; a singular title is pluralised.
    """
    derived = singular_title(title)
    noun = singular or derived
    if plural:
        nouns = plural
    elif not singular and derived != lower_first(title.strip()):
        nouns = lower_first(title.strip())
    else:
        nouns = plural_title(noun)
    return Forms(noun, nouns, f"{article or indefinite_article(noun)} {noun}")


def join_words(words):
    """ "a", "a and b", "a, b, and c"."""
    words = list(words)
    if len(words) <= 2:
        return " and ".join(words)
    return ", ".join(words[:-1]) + ", and " + words[-1]


# How BLS's and O*NET's education levels read after "a" or on their own, mid-sentence.
UNCOUNTED_EDUCATION = ("no ", "some ", "less than")


def education_phrase(level):
    """ "High school diploma or equivalent" -> "a high school diploma or equivalent"."""
    text = lower_first(level)
    if text.startswith(UNCOUNTED_EDUCATION):
        return text
    return f"{indefinite_article(text)} {text}"
