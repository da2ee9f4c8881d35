"""HTML written in Python for the long lists of pages, where template loops cost the most.

``rows`` gives what Django's ``format_html_join`` gives, for less: it escapes each value
as ``conditional_escape`` does (safe strings are kept as they are) without the checks for
lazy strings that every call of Django's helpers makes.
"""

from html import escape

from django.utils.safestring import mark_safe


def escaped(value):
    return value.__html__() if hasattr(value, "__html__") else escape(str(value))


def rows(format_string, values, separator=""):
    """``format_string`` filled with each tuple of ``values``, escaped, joined by ``separator``."""
    return mark_safe(separator.join(format_string.format(*map(escaped, row)) for row in values))


def number_rows(labelled):
    """A table row of each (label, [texts]): the label as its header, then a number cell for each text."""
    return rows(
        '<tr><th scope="row">{}</th>{}</tr>',
        ((label, rows('<td class="num">{}</td>', ((text,) for text in texts))) for label, texts in labelled),
    )
