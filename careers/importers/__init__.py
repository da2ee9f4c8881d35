"""Importers that read public source files into the catalog.

``oews`` reads the BLS Occupational Employment and Wage Statistics "all data"
layout, writing its cells through ``wages`` and ranking them through ``ranking``;
``onet`` reads the O*NET "Occupation Data" file. What they share: ``files`` opens a
file whatever its packaging, ``numbers`` reads its numbers, ``figures`` sets imported
figures on occupations (leaving editors' alone), ``progress`` draws the bar,
``tally`` counts what an import did for its summary, and ``command`` runs an import
in one transaction.
"""
