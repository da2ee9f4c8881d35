"""English for occupation titles: articles, plurals and possessives."""

import re

# Words that start with a vowel letter but a consonant sound, and the reverse.
CONSONANT_SOUND = re.compile(r"^(uni|use|usu|uti|eu|one|once|ufo|ure)", re.IGNORECASE)
VOWEL_SOUND = re.compile(r"^(hour|honest|honou?r|heir|mri|rn\b|lpn\b|x-ray|fbi)", re.IGNORECASE)

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
}


def indefinite_article(title):
    """Return "a" or "an" for a title by how its first word sounds."""
    word = title.strip().split(" ", 1)[0] if title.strip() else ""
    if not word:
        return "a"
    if VOWEL_SOUND.match(word):
        return "an"
    if CONSONANT_SOUND.match(word):
        return "a"
    return "an" if word[0].lower() in "aeiou" else "a"


def pluralize_noun(word):
    lower = word.lower()
    if lower in IRREGULAR_PLURALS:
        plural = IRREGULAR_PLURALS[lower]
    elif lower.endswith(("man", "woman")) and len(lower) > 3:
        plural = lower[:-2] + "en"
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
    a title whose head ends in "s" already ("Collections, customer service")
    or that names a field rather than a person is returned unchanged: an
    editor sets the plural for those.
    """
    title = title.strip()
    head, sep, rest = title.partition(",")
    words = head.split(" ")
    last = words[-1]
    if not last or last.lower().endswith("s") or not last[-1].isalpha():
        return title
    words[-1] = pluralize_noun(last)
    return " ".join(words) + sep + rest


def possessive(noun_phrase):
    """ "specialists" -> "specialists'", "staff" -> "staff's"."""
    if noun_phrase.endswith("s"):
        return noun_phrase + "'"
    return noun_phrase + "'s"


def lower_first(text):
    """Lowercase a title for use mid-sentence, keeping acronyms ("IT", "HVAC")."""
    words = text.split(" ")
    return " ".join(w if (w.isupper() and len(w) > 1) else w.lower() for w in words)
