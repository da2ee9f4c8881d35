"""Tags that write out the items of long lists, which template loops write several times slower."""

from django import template

from careers import formatting, markup

register = template.Library()


@register.simple_tag
def items(values, attribute=""):
    """<li> of each value, or of each value's ``attribute``."""
    if attribute:
        values = (getattr(value, attribute) for value in values)
    return markup.rows("<li>{}</li>", ((value,) for value in values))


@register.simple_tag
def link_items(links):
    """<li> of a link to each (area, address), named for the area."""
    return markup.rows('<li><a href="{}">{}</a></li>', ((url, area.name) for area, url in links))


@register.simple_tag
def importance_items(skills):
    """<li> of each skill with its importance on O*NET's 0 to 100 scale."""
    return markup.rows(
        "<li>{}, importance {}</li>",
        ((skill.name, formatting.number(skill.importance_score)) for skill in skills),
    )


@register.simple_tag
def share_items(skills):
    """<li> of each skill with the share of job postings that name it."""
    return markup.rows("<li>{}, {}</li>", ((skill.name, formatting.share(skill.share)) for skill in skills))


@register.simple_tag
def area_options(groups, selected):
    """The <optgroup>s of the area picker: [(label, [areas])], with the area ``selected`` (a slug) chosen."""
    return markup.rows(
        '<optgroup label="{}">{}</optgroup>',
        (
            (
                label,
                markup.rows(
                    '<option value="{}"{}>{}</option>',
                    ((a.slug, " selected" if a.slug == selected else "", a.name) for a in places),
                ),
            )
            for label, places in groups
        ),
        separator="\n",
    )
