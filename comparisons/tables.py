"""django-tables2 tables that put figures for one or two occupations side by side."""

import django_tables2 as tables
from django.utils.html import format_html

from careers.figures import SECTIONS


def higher_class(column_key):
    """A td class callable that marks the cell holding the higher of two figures."""
    return lambda record: "higher" if record.get("higher") == column_key else None


class FigureTable(tables.Table):
    label = tables.Column(verbose_name="", attrs={"th": {"scope": "col"}, "td": {"class": "label"}})

    class Meta:
        orderable = False
        template_name = "comparisons/includes/figure_table.html"
        attrs = {"class": "figures"}

    def __init__(self, section, occupations, citations, caption):
        self.caption = caption
        columns = []
        for index, occupation in enumerate(occupations):
            key = f"o{index}"
            columns.append(
                (
                    key,
                    tables.Column(
                        verbose_name=occupation.title,
                        attrs={
                            "th": {"scope": "col"},
                            "td": {"class": higher_class(key)},
                        },
                    ),
                )
            )
        super().__init__(rows(section, occupations, citations), extra_columns=columns)


def rows(section, occupations, citations):
    data = []
    for row in SECTIONS[section]:
        record = {"label": row.label}
        for index, occupation in enumerate(occupations):
            record[f"o{index}"] = format_html(
                "{}{}", row.display(occupation), citations.mark(occupation, row.figure)
            )
        if row.rank and len(occupations) == 2:
            values = [row.rank(o) for o in occupations]
            if None not in values and values[0] != values[1]:
                record["higher"] = "o0" if values[0] > values[1] else "o1"
        data.append(record)
    return data


CAPTIONS = {
    "overview": "{} overview",
    "salary": "{} salary",
    "education": "{} education",
    "demographics": "{} demographics",
}


def section_tables(occupations, citations, heading):
    """One FigureTable per section, captioned with the page's heading."""
    return {
        section: FigureTable(section, occupations, citations, caption.format(heading))
        for section, caption in CAPTIONS.items()
    }
