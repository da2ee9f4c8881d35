"""Read a rendered page as a person sees it: its headings, its tables' figures, its forms.

Only the standard library's HTML parser is used, so that the tests depend on what a
page shows rather than on the exact markup around it.
"""

import re
from html.parser import HTMLParser

# Footnote marks ("[1]") and the "higher" marker sit beside figures; a figure is read without them.
DECORATION = re.compile(r"\[\d+\]|\u25b2|\(higher\)")
BLOCKS = {
    "p",
    "li",
    "tr",
    "td",
    "th",
    "h1",
    "h2",
    "h3",
    "h4",
    "caption",
    "div",
    "section",
    "summary",
    "dt",
    "dd",
}


def squash(text):
    return " ".join(text.split())


def figure(text):
    return squash(DECORATION.sub("", text))


class _PageParser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.headings = []
        self.tables = []
        self.text = []
        self._heading = None
        self._table = None
        self._row = None
        self._cell = None
        self._caption = None
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "title"):
            self._skip += 1
        if tag in BLOCKS:
            self.text.append(" ")
        if tag in ("h1", "h2", "h3"):
            self._heading = (tag, [])
        elif tag == "table":
            self._table = {"caption": "", "rows": []}
        elif tag == "caption" and self._table is not None:
            self._caption = []
        elif tag == "tr" and self._table is not None:
            self._row = []
        elif tag in ("td", "th") and self._row is not None:
            self._cell = []
        elif tag == "li" and self._cell is not None:
            self._cell.append(" ")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "title"):
            self._skip -= 1
        if tag in BLOCKS:
            self.text.append(" ")
        if self._heading and tag == self._heading[0]:
            self.headings.append((tag, figure("".join(self._heading[1]))))
            self._heading = None
        elif tag == "caption" and self._caption is not None:
            self._table["caption"] = squash("".join(self._caption))
            self._caption = None
        elif tag in ("td", "th") and self._cell is not None:
            self._row.append(figure("".join(self._cell)))
            self._cell = None
        elif tag == "tr" and self._row is not None:
            self._table["rows"].append(self._row)
            self._row = None
        elif tag == "table" and self._table is not None:
            self.tables.append(self._table)
            self._table = None

    def handle_data(self, data):
        if self._skip:
            return
        self.text.append(data)
        if self._heading:
            self._heading[1].append(data)
        for collector in (self._caption, self._cell):
            if collector is not None:
                collector.append(data)


class Page:
    """A rendered page: ``headings`` in order, ``text`` as one line, tables by caption."""

    def __init__(self, response_or_html):
        html = getattr(response_or_html, "content", response_or_html)
        if isinstance(html, bytes):
            html = html.decode()
        parser = _PageParser()
        parser.feed(html)
        self.headings = parser.headings
        self.text = squash("".join(parser.text))
        self._tables = parser.tables

    def heading_texts(self, *levels):
        return [text for tag, text in self.headings if not levels or tag in levels]

    def table(self, caption):
        """The table with this caption as {row label: [one cell per column]}; the header row is ""."""
        for table in self._tables:
            if table["caption"] == caption:
                header, *rows = table["rows"]
                return {"": header[1:], **{row[0]: row[1:] for row in rows}}
        captions = [t["caption"] for t in self._tables]
        raise AssertionError(f"No table captioned {caption!r}; the page has {captions}")


class _FormParser(HTMLParser):
    """Collects what a browser would submit for a form: its fields with their current values."""

    def __init__(self, form_id):
        super().__init__(convert_charrefs=True)
        self.form_id = form_id
        self.data = {}
        self._inside = False
        self._textarea = None
        self._select = None
        self._select_value = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self._inside = attrs.get("id") == self.form_id
        if not self._inside:
            return
        name = attrs.get("name")
        if tag == "input" and name:
            kind = attrs.get("type", "text")
            if kind in ("submit", "button", "image", "file"):
                return
            if kind in ("checkbox", "radio") and "checked" not in attrs:
                return
            self.data[name] = attrs.get("value", "on" if kind == "checkbox" else "")
        elif tag == "textarea" and name:
            self._textarea = name
            self.data[name] = ""
        elif tag == "select" and name:
            self._select = name
            self._select_value = None
            self.data[name] = ""
        elif tag == "option" and self._select:
            value = attrs.get("value", "")
            if self._select_value is None or "selected" in attrs:
                self._select_value = value
                self.data[self._select] = value

    def handle_endtag(self, tag):
        if tag == "form":
            self._inside = False
        elif tag == "textarea":
            self._textarea = None
        elif tag == "select":
            self._select = None

    def handle_data(self, data):
        if self._textarea:
            self.data[self._textarea] += data


def form_data(response, form_id):
    """The fields of the form with this id, as a browser would submit it unchanged."""
    parser = _FormParser(form_id)
    parser.feed(response.content.decode())
    if not parser.data:
        raise AssertionError(f"No form with id {form_id!r} and fields on the page")
    # Django renders a textarea's content after a newline that browsers drop.
    return {k: v.removeprefix("\n") if isinstance(v, str) else v for k, v in parser.data.items()}
