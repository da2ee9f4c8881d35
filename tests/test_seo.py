"""What pages tell crawlers: titles, descriptions, one canonical, Open Graph, JSON-LD, noindex, breadcrumbs."""

import json
import re
from html.parser import HTMLParser

from django.test import TestCase

from comparisons.models import Comparison
from tests.factories import make_category, make_occupation
from tests.pages import Page
from tests.wage_factories import make_area, make_wage

REFERENCE_URL = "/compare/loss-mitigation-specialist-vs-collections-customer-service/"


class Head(HTMLParser):
    """The <title>, meta tags, links and JSON-LD of a page, and its breadcrumb trail."""

    def __init__(self, html):
        super().__init__(convert_charrefs=True)
        self.title, self.meta, self.links, self.json_ld, self.crumbs = "", {}, [], [], []
        self._in = None
        self._crumb_nav = False
        self._in_body = False
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "title" and not self._in_body:
            self._in = "title"
        elif tag == "body":
            self._in_body = True
        elif tag == "meta":
            key = attrs.get("name") or attrs.get("property")
            if key:
                self.meta.setdefault(key, []).append(attrs.get("content"))
        elif tag == "link":
            self.links.append(attrs)
        elif tag == "script" and attrs.get("type") == "application/ld+json":
            self._in = "json"
            self.json_ld.append("")
        elif tag == "nav" and attrs.get("aria-label") == "Breadcrumb":
            self._crumb_nav = True
        elif tag == "a" and self._crumb_nav:
            self.crumbs.append([attrs.get("href"), "", attrs.get("aria-current")])
            self._in = "crumb"

    def handle_endtag(self, tag):
        if tag == "nav":
            self._crumb_nav = False
        if tag in ("title", "script", "a"):
            self._in = None

    def handle_data(self, data):
        if self._in == "title":
            self.title += data
        elif self._in == "json":
            self.json_ld[-1] += data
        elif self._in == "crumb":
            self.crumbs[-1][1] += data

    def canonicals(self):
        return [link["href"] for link in self.links if link.get("rel") == "canonical"]

    def things(self, kind):
        found = []
        for text in self.json_ld:
            data = json.loads(text)
            found += [thing for thing in data.get("@graph", [data]) if thing.get("@type") == kind]
        return found


def head(response):
    return Head(response.content.decode())


class SeoData(TestCase):
    @classmethod
    def setUpTestData(cls):
        computing = make_category("Computer and Mathematical")
        cls.developers = make_occupation(
            "Software Developers",
            category=computing,
            soc_code="15-1252",
            yearly_salary=144570,
            jobs=1654440,
            description="Research, design, and develop computer and network software.",
            degree="Bachelor's degree",
            skills=2,
            duties=2,
        )
        cls.testers = make_occupation(
            "Software Quality Assurance Analysts and Testers",
            category=computing,
            soc_code="15-1253",
            yearly_salary=110000,
            salary_low=60000,
            salary_high=160000,
        )
        make_wage(cls.developers, percentiles=(80000, 105000, 133080, 168000, 208000), annual_mean=144570)
        cls.actuaries = make_occupation(
            "Actuaries", category=computing, soc_code="15-2011", yearly_salary=125000
        )
        cls.pair_url = "/compare/software-developers-vs-software-quality-assurance-analysts-and-testers/"
        cls.other_group_url = "/compare/actuaries-vs-software-developers/"


class CanonicalAndTitleTests(SeoData):
    URLS = [
        "/",
        "/careers/",
        "/careers/sources/",
        "/careers/category/computer-and-mathematical/",
        "/careers/software-developers/",
        "/compare/software-developers-vs-software-quality-assurance-analysts-and-testers/",
        "/search/?q=software",
    ]

    def test_every_page_has_exactly_one_canonical_with_its_own_address(self):
        for url in self.URLS:
            with self.subTest(url=url):
                canonicals = head(self.client.get(url)).canonicals()
                self.assertEqual(len(canonicals), 1)
                self.assertEqual(canonicals[0], "http://testserver" + url.split("?")[0])

    def test_titles_and_descriptions_differ_from_page_to_page(self):
        heads = [head(self.client.get(url)) for url in self.URLS]
        titles = [h.title for h in heads]
        descriptions = [h.meta["description"][0] for h in heads]
        self.assertEqual(len(set(titles)), len(titles), titles)
        self.assertEqual(len(set(descriptions)), len(descriptions), descriptions)

    def test_description_is_written_from_the_occupations_figures(self):
        page = head(self.client.get("/careers/software-developers/"))
        self.assertIn("$144,570", page.meta["description"][0])
        self.assertIn("1,654,440", page.meta["description"][0])
        self.assertLessEqual(len(page.meta["description"][0]), 160)

    def test_pair_description_sets_both_salaries_side_by_side(self):
        description = head(self.client.get(self.pair_url)).meta["description"][0]
        self.assertIn("$144,570", description)
        self.assertIn("$110,000", description)

    def test_open_graph_tags_repeat_the_title_description_and_canonical(self):
        page = head(self.client.get("/careers/software-developers/"))
        self.assertEqual(page.meta["og:title"], ["Software Developers: pay, skills and outlook"])
        self.assertEqual(page.meta["og:url"], ["http://testserver/careers/software-developers/"])
        self.assertEqual(page.meta["og:description"], page.meta["description"])
        self.assertEqual(page.meta["og:site_name"], ["Career Compare"])

    def test_every_title_is_the_open_graph_title_with_the_site_name(self):
        area = make_area("Texas")
        for n in range(101):
            make_wage(
                make_occupation(f"Texas Worker {n}", soc_code=f"99-{n:04d}"), area, annual_mean=50000 + n
            )
        urls = [*self.URLS, "/careers/?page=2", "/careers/areas/texas/?page=2", "/careers/areas/texas/"]
        for url in urls:
            with self.subTest(url=url):
                page = head(self.client.get(url))
                heading = page.meta["og:title"][0]
                expected = (
                    "Career Compare" if heading == "Career Compare" else f"{heading} \u00b7 Career Compare"
                )
                self.assertEqual(page.title, expected)
        self.assertEqual(
            head(self.client.get("/careers/areas/texas/?page=2")).meta["og:title"],
            ["Jobs and pay in Texas, page 2"],
        )

    def test_a_later_page_of_a_list_keeps_its_page_number_in_its_canonical(self):
        page = head(self.client.get("/careers/?page=2&per_page=1&sort=title"))
        self.assertEqual(page.canonicals(), ["http://testserver/careers/?page=2"])


class NoindexTests(SeoData):
    def test_pair_across_minor_groups_renders_but_is_not_indexed(self):
        response = self.client.get(self.other_group_url)
        self.assertEqual(response.status_code, 200)
        self.assertEqual(head(response).meta.get("robots"), ["noindex"])

    def test_pair_an_editor_published_may_be_indexed(self):
        Comparison.objects.create(first=self.actuaries, second=self.developers, published=True)
        self.assertNotIn("robots", head(self.client.get(self.other_group_url)).meta)

    def test_pair_within_a_minor_group_may_be_indexed(self):
        self.assertNotIn("robots", head(self.client.get(self.pair_url)).meta)

    def test_editor_fixing_the_order_of_a_minor_group_pair_keeps_it_indexed(self):
        Comparison.objects.create(first=self.testers, second=self.developers)
        url = "/compare/software-quality-assurance-analysts-and-testers-vs-software-developers/"
        self.assertNotIn("robots", head(self.client.get(url)).meta)

    def test_reference_pair_is_published_and_indexed(self):
        self.assertNotIn("robots", head(self.client.get(REFERENCE_URL)).meta)

    def test_occupation_and_category_pages_are_indexed(self):
        for url in ["/careers/software-developers/", "/careers/category/computer-and-mathematical/", "/"]:
            with self.subTest(url=url):
                self.assertNotIn("robots", head(self.client.get(url)).meta)

    def test_search_results_are_not_indexed(self):
        self.assertEqual(head(self.client.get("/search/?q=software")).meta["robots"], ["noindex"])


class StructuredDataTests(SeoData):
    def test_occupation_json_ld_parses_and_carries_the_national_percentiles(self):
        page = head(self.client.get("/careers/software-developers/"))
        (occupation,) = page.things("Occupation")
        self.assertEqual(occupation["name"], "Software Developers")
        self.assertEqual(occupation["occupationalCategory"], "15-1252")
        self.assertEqual(
            occupation["description"], "Research, design, and develop computer and network software."
        )
        (salary,) = occupation["estimatedSalary"]
        self.assertEqual(salary["@type"], "MonetaryAmountDistribution")
        self.assertEqual(salary["currency"], "USD")
        self.assertEqual(salary["duration"], "P1Y")
        self.assertEqual(
            [salary[k] for k in ("percentile10", "percentile25", "median", "percentile75", "percentile90")],
            [80000, 105000, 133080, 168000, 208000],
        )
        self.assertEqual(occupation["skills"], ["Skill 0", "Skill 1"])
        self.assertEqual(occupation["responsibilities"], ["Duty number 0.", "Duty number 1."])
        self.assertEqual(occupation["educationRequirements"], "Bachelor's degree")

    def test_top_coded_percentile_is_left_out(self):
        make_wage(
            self.testers,
            percentiles=(70000, 90000, 120000, 200000, None),
            top_coded=["annual_p90"],
        )
        page = head(self.client.get("/careers/software-quality-assurance-analysts-and-testers/"))
        (occupation,) = page.things("Occupation")
        self.assertNotIn("percentile90", occupation["estimatedSalary"][0])
        self.assertEqual(occupation["estimatedSalary"][0]["percentile75"], 200000)

    def test_national_percentiles_are_the_ones_the_chart_shows(self):
        response = self.client.get("/careers/software-developers/")
        chart = Page(response).table("Annual wage percentiles in the United States, May 2025[1]")
        (salary,) = head(response).things("Occupation")[0]["estimatedSalary"]
        shown = [chart[label][0] for label in ("10th percentile", "Median", "90th percentile")]
        self.assertEqual([f"${salary[k]:,}" for k in ("percentile10", "median", "percentile90")], shown)
        self.assertEqual(
            head(response).things("Occupation")[0]["occupationLocation"][0]["name"], "United States"
        )

    def test_an_average_salary_is_a_mean_and_an_unlabelled_range_no_percentile(self):
        response = self.client.get("/careers/software-quality-assurance-analysts-and-testers/")
        (occupation,) = head(response).things("Occupation")
        (salary,) = occupation["estimatedSalary"]
        self.assertEqual(salary["@type"], "MonetaryAmount")
        self.assertEqual(salary["value"], {"@type": "QuantitativeValue", "value": 110000, "unitText": "YEAR"})
        self.assertEqual(
            Page(response).table("Software Quality Assurance Analysts and Testers salary")["Average salary"],
            ["$110,000"],
        )
        self.assertNotIn("median", salary)
        self.assertNotIn("percentile10", salary)
        self.assertEqual(occupation["occupationalCategory"], "15-1253")

    def test_a_range_labelled_with_its_percentiles_gives_only_those(self):
        self.testers.salary_range_label = "25th to 75th percentile"
        self.testers.save()
        page = head(self.client.get("/careers/software-quality-assurance-analysts-and-testers/"))
        (salary,) = page.things("Occupation")[0]["estimatedSalary"]
        self.assertEqual(salary["@type"], "MonetaryAmountDistribution")
        self.assertEqual(
            {k: v for k, v in salary.items() if k.startswith("percentile") or k == "median"},
            {"percentile25": 60000, "percentile75": 160000},
        )

    def test_reference_occupation_states_its_editors_average_as_a_mean_without_a_soc_code(self):
        response = self.client.get("/careers/loss-mitigation-specialist/")
        (occupation,) = head(response).things("Occupation")
        self.assertNotIn("occupationalCategory", occupation)
        (salary,) = occupation["estimatedSalary"]
        shown = Page(response).table("Loss Mitigation Specialist salary")["Average salary"]
        self.assertEqual([f"${salary['value']['value']:,}"], shown)
        self.assertEqual(set(salary), {"@type", "name", "currency", "value"})

    def test_comparison_describes_both_occupations(self):
        things = head(self.client.get(self.pair_url)).things("Occupation")
        self.assertEqual(
            [t["name"] for t in things],
            ["Software Developers", "Software Quality Assurance Analysts and Testers"],
        )
        self.assertEqual(things[0]["estimatedSalary"][0]["median"], 133080)

    def test_json_ld_cannot_close_its_script_element(self):
        self.developers.description = "Writes </script><script>alert(1)</script> & more"
        self.developers.save()
        html = self.client.get("/careers/software-developers/").content.decode()
        script = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
        self.assertNotIn("<", script)
        self.assertIn("Writes </script>", json.loads(script)["@graph"][0]["description"])

    def test_home_page_offers_a_site_search_action(self):
        (website,) = head(self.client.get("/")).things("WebSite")
        self.assertEqual(
            website["potentialAction"]["target"]["urlTemplate"],
            "http://testserver/search/?q={search_term_string}",
        )


class BreadcrumbTests(SeoData):
    def test_occupation_breadcrumbs_lead_home_then_category(self):
        page = head(self.client.get("/careers/software-developers/"))
        self.assertEqual(
            [(href, text) for href, text, _ in page.crumbs],
            [
                ("/", "Home"),
                ("/careers/category/computer-and-mathematical/", "Computer and Mathematical"),
                ("/careers/software-developers/", "Software Developers"),
            ],
        )
        self.assertEqual(page.crumbs[-1][2], "page")

    def test_breadcrumb_list_matches_the_visible_trail(self):
        page = head(self.client.get(self.pair_url))
        (trail,) = page.things("BreadcrumbList")
        names = [item["name"] for item in trail["itemListElement"]]
        self.assertEqual(names, [text for _, text, _ in page.crumbs])
        self.assertEqual([item["position"] for item in trail["itemListElement"]], [1, 2, 3])
        self.assertEqual(trail["itemListElement"][-1]["item"], "http://testserver" + self.pair_url)

    def test_breadcrumbs_are_a_labelled_navigation(self):
        self.assertContains(
            self.client.get("/careers/software-developers/"),
            '<nav class="breadcrumbs" aria-label="Breadcrumb">',
        )

    def test_category_and_list_pages_have_breadcrumbs(self):
        for url, last in [
            ("/careers/category/computer-and-mathematical/", "Computer and Mathematical"),
            ("/careers/", "Careers"),
            ("/careers/sources/", "Sources"),
        ]:
            with self.subTest(url=url):
                crumbs = head(self.client.get(url)).crumbs
                self.assertEqual([text for _, text, _ in crumbs], ["Home", last])
