"""Importers that read public source files into the catalog.

One module per source: ``oews`` reads the BLS Occupational Employment and Wage
Statistics "all data" layout, writing its cells through ``wages`` and ranking them
through ``ranking``; ``onet`` reads the O*NET "Occupation Data" file; ``onet_db``
imports the O*NET database's duties, skills, technologies, education and job zones,
reading release folders through ``onet_files``, placing O*NET occupations under SOC
codes with BLS's ``crosswalk`` and choosing and combining them by ``onet_rule``;
``onet_titles`` imports other titles and related occupations the same way; ``projections`` reads BLS Employment Projections; ``cps`` reads the Current
Population Survey's demographics, placing occupations in the survey's rows through
the Census code list (``census``).

What they share: ``files`` opens a file whatever its packaging, ``numbers`` reads its
numbers, ``figures`` sets imported figures and related rows on occupations (leaving
editors' alone), ``rows`` writes rows that are no figure (other titles, related
occupations) the same way, ``progress`` draws the bar, ``tally`` counts what an import did for
its summary, and ``command`` runs an import in one transaction. ``catalog`` derives
the files shipped in ``fixtures/`` from the full releases.
"""
