"""Importers that read public source files into the catalog.

``oews`` reads the BLS Occupational Employment and Wage Statistics "all data"
layout, ``onet`` the O*NET "Occupation Data" file; ``files`` opens either kind of
file whatever its packaging, ``progress`` draws the bar, ``tally`` counts what
an import did for its summary, and ``command`` holds what both importers and
their management commands share.
"""
