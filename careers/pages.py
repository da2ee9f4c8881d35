"""Detail pages, about one or two occupations nationally or in one area: fetch, build, render.

``serve`` runs the steps every detail page takes: find the area of the address (404
for an unknown one), fetch what the page is about (404 when there is none), send the
reader on to the canonical address (301: the nation has no page of its own, a pair
has one order), then build the page object that the template, the structured data
and the downloads all read.

``OccupationPage`` is the occupation's page; ``comparisons.pages.PairPage`` the pair's.
"""

from functools import cached_property

from django.db.models import Prefetch, prefetch_related_objects
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.html import format_html

from . import areas, exposure, gaps, local, seo, skills, slugs, snapshots, wording
from .charts import education_chart, wage_chart
from .citations import Citations, load_sources, ranking_rule
from .models import AlternateTitle, AreaKind, Occupation, RelatedOccupation
from .tables import after_prices_note, after_prices_tables, section_tables


def find_area(slug):
    """The area an address names, or None for a national address. Runs one query for an area."""
    if slug is None:
        return None
    area = areas.find(slug)
    if area is None:
        raise Http404(areas.UNKNOWN.format(slug))
    return area


def serve(request, page_class, area_slug, **address):
    """Answer a detail page's address: a 404, a 301 to the canonical address, or the page."""
    page = page_class.fetch(request, find_area(area_slug), **address)
    moved = page.moved()
    if moved:
        return moved
    page.build()
    return render(request, page.template_name, {"page": page, "meta": page.meta})


class DetailPage:
    """What a page about ``occupations`` (fetched ``with_figures()``) in ``area`` shows.

    Subclasses set ``template_name`` and define ``fetch``, ``url``, ``heading``,
    ``picker_action`` and ``page_meta``.
    """

    template_name = ""
    # (state, address) of the page's indexable pages about states, which it links to.
    state_pages = ()

    def __init__(self, request, occupations, area=None):
        self.request = request
        self.occupations = occupations
        self.area = area

    @classmethod
    def fetch(cls, request, area, **address):
        raise NotImplementedError

    def url(self, area=None):
        """The canonical address of the page in ``area`` (national when None)."""
        raise NotImplementedError

    @property
    def local_area(self):
        """The page's area, or None for the nation, whose figures are the national page's."""
        return None if self.area is None or self.area.kind == AreaKind.NATION else self.area

    @property
    def published_for_all(self):
        """Whether BLS published figures of every occupation of the page in its area."""
        return all(item.local for item in self.area_wages)

    @property
    def indexable(self):
        """Crawlers may index a page about an area only where BLS published its figures."""
        return self.area is None or self.published_for_all

    def moved(self, url=None):
        """A permanent redirect when the address asked for is not the canonical one, else None."""
        canonical = url or self.url(self.local_area)
        return None if self.request.path == canonical else redirect(canonical, permanent=True)

    def build(self):
        """Gather what the page shows. Two queries: sources and picker areas; one more for the
        area's wage cells on a page about an area, those of ``careers.snapshots.complete`` for
        occupations not fetched there, and those of ``careers.skills.catalog`` on an empty cache.

        On a page about an area, ``shown`` holds the occupations with the area's wage
        figures (``careers.local``): the tables, the summary and the meta read them.
        """
        snapshots.complete(self.occupations)
        found = areas.cells(self.occupations, self.area)
        self.shown = local.shown(self.occupations, self.area, found)
        self.citations = Citations(load_sources(self.shown))
        self.tables = section_tables(self.shown, self.citations, self.heading, self.area)
        key = "nation" if self.area is None else "area"
        self.wage_chart = wage_chart(
            [(o, found[o.pk].get(key)) for o in self.occupations],
            areas.NATION if self.area is None else self.area.name,
            self.citations,
        )
        self.area_picker = areas.picker(self.picker_action, self.area, self.occupations)
        self.area_wages = (
            areas.area_wages(self.occupations, self.area, found, self.citations) if self.area else []
        )
        self.after_prices = after_prices_tables(self.request, self.occupations, self.citations)
        # The cell whose figures the structured data gives: the area's where BLS published
        # one, else the nation's.
        self.place_wages = {}
        for o in self.occupations:
            cell = found[o.pk].get(key)
            if not areas.has_figures(cell):
                cell = found[o.pk].get("nation")
            if areas.has_figures(cell):
                self.place_wages[o.pk] = cell
        self.national_wages = {
            o.pk: found[o.pk]["nation"]
            for o in self.occupations
            if areas.has_figures(found[o.pk].get("nation"))
        }
        self.ranking_rule = ranking_rule(self.occupations, self.citations.sources_by_id)
        self.education_chart = education_chart(self.occupations, self.citations)
        self.ai_exposure = exposure.section(self.occupations)
        self.meta = self.page_meta()

    def gaps(self):
        """The gaps between two BLS mean wages the page states (``careers.gaps.Gap``)."""
        return [item.gap for item in self.area_wages if item.gap is not None]

    @cached_property
    def gap_note(self):
        """The test that tells a gap from sampling error, cited to BLS, on a page that states a gap."""
        source = next((w.source for w in self.place_wages.values()), None)
        if not self.gaps() or source is None:
            return ""
        return format_html("{}{}", gaps.TEST, self.citations.mark_source(source))

    @property
    def after_prices_note(self):
        return after_prices_note()

    @property
    def demographics_notes(self):
        """What the demographic figures describe, where the survey's group is broader, and how to read them."""
        notes = [
            f"The figures for {o.nouns} describe the survey\u2019s group \u201c{o.demographics_group}\u201d."
            for o in self.occupations
            if o.demographics_group and o.demographics_group.lower() != o.title.lower()
        ]
        if any(o.demographics_group for o in self.occupations):
            notes.append(
                "People of Hispanic or Latino ethnicity may be of any race, so the shares need not add up to 100%."
            )
        return notes

    @property
    def onet_notes(self):
        """Which O*NET occupations the O*NET figures describe, where they are not the occupation itself."""
        notes = []
        for o in self.occupations:
            titles = [title for _, title in o.onet_occupations or []]
            if titles and (len(titles) > 1 or titles[0].lower() != o.title.lower()):
                notes.append(f"O*NET figures for {o.nouns} describe {wording.join_words(titles)}.")
        return notes


class OccupationPage(DetailPage):
    template_name = "careers/occupation_detail.html"

    @classmethod
    def fetch(cls, request, area, slug):
        """The occupation from ``careers.snapshots``, and two queries for its other titles and
        related occupations; more for a former slug, which ``moved`` redirects."""
        occupation = snapshots.fetch([slug]).get(slug)
        if occupation is None:
            occupation = slugs.moved_occupations(Occupation.objects.with_figures(), [slug]).get(slug)
        if occupation is None:
            raise Http404(f"We have no occupation at \u201c{slug}\u201d.")
        prefetch_related_objects(
            [occupation],
            Prefetch(
                "titles",
                queryset=AlternateTitle.objects.filter(common=True).select_related("source"),
                to_attr="common_titles",
            ),
            Prefetch(
                "related_occupations",
                queryset=RelatedOccupation.objects.select_related("related", "source").order_by("rank"),
                to_attr="related_list",
            ),
        )
        return cls(request, [occupation], area)

    def build(self):
        """Everything ``DetailPage.build`` gathers, and the next steps (``careers.skills.next_steps``)."""
        super().build()
        wage = self.national_wages.get(self.occupation.pk)
        median = wage.annual_median if wage is not None else None
        self.next_steps = skills.next_steps(self.occupation, median)
        titles, related = self.occupation.common_titles, self.occupation.related_list
        self.also_called = [t.title for t in titles]
        self.also_called_mark = self.citations.mark_named(titles[0].source) if titles else ""
        self.related_occupations = sorted(related, key=lambda r: (not r.primary, r.rank))
        self.related_mark = self.citations.mark_named(related[0].source) if related else ""
        self.skill_method = skills.METHOD
        published = self.area_picker["published"] if self.area_picker else []
        self.places_picker = areas.places_picker(
            self.occupation, self.local_area, every_metro=False, published=published
        )

    @property
    def occupation(self):
        return self.occupations[0]

    @property
    def heading(self):
        return self.occupation.title

    @property
    def picker_action(self):
        return reverse("careers:occupation-area-select", args=[self.occupation.slug])

    def url(self, area=None):
        if area is None:
            return reverse("careers:occupation-detail", args=[self.occupation.slug])
        return reverse("careers:occupation-area", args=[self.occupation.slug, area.slug])

    def page_meta(self):
        return seo.occupation_meta(self.request, self)
