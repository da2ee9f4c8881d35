"""Lists written in Python escape what they are given, as templates do."""

from django.template import Context, Template
from django.test import SimpleTestCase
from django.utils.html import format_html_join
from django.utils.safestring import SafeString, mark_safe

from careers import markup


class RowsTests(SimpleTestCase):
    def test_values_are_escaped_and_safe_ones_kept(self):
        values = [('<b>"Tom" & Jerry\'s</b>', mark_safe("<i>kept</i>")), (42, 1.5)]
        written = markup.rows("<li>{}: {}</li>", values, separator="\n")
        self.assertIsInstance(written, SafeString)
        self.assertEqual(
            written,
            "<li>&lt;b&gt;&quot;Tom&quot; &amp; Jerry&#x27;s&lt;/b&gt;: <i>kept</i></li>\n<li>42: 1.5</li>",
        )
        self.assertEqual(written, format_html_join("\n", "<li>{}: {}</li>", values))

    def test_the_list_tags_write_what_a_template_loop_would(self):
        names = ["Microsoft <Excel>", "SAP & Oracle"]
        loop = Template("{% for name in names %}<li>{{ name }}</li>{% endfor %}").render(
            Context({"names": names})
        )
        tag = Template("{% load lists %}{% items names %}").render(Context({"names": names}))
        self.assertEqual(tag, loop)
        self.assertEqual(tag, "<li>Microsoft &lt;Excel&gt;</li><li>SAP &amp; Oracle</li>")
