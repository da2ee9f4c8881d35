"""The query parameters public pages read, checked and normalised for ``caching.public_page``.

Each function takes the request's query and returns the parameters a page reads as
strings in one spelling, so that ``?page=02&utm_source=x`` and ``?page=2`` are one page
in the cache. A malformed value raises Http404, whose answer is never cached.
"""

import re

from django.http import Http404

MAX_PER_PAGE = 200
WHOLE_NUMBER = re.compile(r"[0-9]{1,9}")


def whole_number(name, text, highest):
    """A query parameter that must be a whole number from 1 to ``highest``, as a string without leading zeros."""
    if WHOLE_NUMBER.fullmatch(text) and 1 <= int(text) <= highest:
        return str(int(text))
    raise Http404(f"\u201c{name}\u201d must be a whole number from 1 to {highest:,}.")


def sortable(table_class):
    return {name for name, column in table_class.base_columns.items() if column.orderable is not False}


def sorts(query, columns, prefixes=("",)):
    """The ``<prefix>sort`` parameters that name one of ``columns`` (``-`` before it for descending)."""
    found = {}
    for prefix in prefixes:
        name = f"{prefix}sort"
        if query.get(name, "").removeprefix("-") in columns:
            found[name] = query[name]
    return found


def sort_query(table_class, prefixes=("",)):
    """A page that reads only the sorting of its tables of ``table_class``, one per prefix;
    a sort by anything but one of the table's columns is dropped."""
    columns = sortable(table_class)
    return lambda query: sorts(query, columns, prefixes)


def listing_query(table_class):
    """The query parameters a listing of ``table_class`` reads, checked, for ``caching.public_page``.

    ``page`` and ``per_page`` (at most ``MAX_PER_PAGE``) must be whole numbers, else
    the answer is 404; a ``sort`` by anything but one of the table's columns is dropped,
    which leaves the table in its default order.
    """
    columns = sortable(table_class)

    def read(query):
        found = {}
        if "page" in query:
            found["page"] = whole_number("page", query["page"], 10**9)
        if "per_page" in query:
            found["per_page"] = whole_number("per_page", query["per_page"], MAX_PER_PAGE)
        found.update(sorts(query, columns))
        return found

    return read


def sitemap_query(query):
    """A sitemap page reads its page number, ``p``, and nothing else."""
    return {"p": whole_number("p", query["p"], 10**9)} if "p" in query else {}


def compare_query(query):
    """The home page reads the compare form's two fields, and nothing else."""
    return {name: query[name] for name in ("a", "b") if name in query}
