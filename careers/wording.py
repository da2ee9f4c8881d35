"""English for occupation titles: articles, plurals and possessives."""

import re

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


def lower_first(text):
    """Lowercase a title for use mid-sentence, keeping acronyms ("IT", "HVAC") and names
    with capitals inside ("SharePoint", "iOS"); the parts of "Entry-Level" or "HR/Payroll" each on its own."""
    return re.sub(r"[^\s/-]+", lambda match: _lower_word(match.group()), text)


def _lower_word(word):
    if (word.isupper() and len(word) > 1) or any(c.isupper() for c in word[1:]):
        return word
    return word.lower()
