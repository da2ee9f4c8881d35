"""Read BEA's Regional Price Parities into the price level of every area, through a crosswalk.

BEA publishes the all-items RPP (``LineCode`` 1) of states (SARPP), metropolitan
statistical areas (MARPP) and the metropolitan and nonmetropolitan portions of each
state (PARPP), one column per year, U.S. = 100. The files keep BEA's habits, which are
read as BEA means them:

- ``GeoFIPS`` is written ``␣"01000"``, a space before the quote, so the quotes stay in
  the cell: spaces and quotes are stripped.
- ``(NA)`` is not available, and ``0.000`` (PARPP's nonmetropolitan Delaware, District
  of Columbia, New Jersey and Rhode Island) is no published value, never a price level
  of zero: both are stored as no price level.
- Four note lines close each file (one cell each): they are skipped.
- A trailing `` *`` on a name points to BEA's footnotes: it is dropped.

The crosswalk names the RPP area (its ``GeoFIPS``) of each OEWS area: a state's own, a
metro area's CBSA, a nonmetropolitan area's state portion (Sussex, Delaware, takes the
state's, BEA publishing none for the portion), none for Puerto Rico and the other
territories. Every area gets the price level, the BEA name shown beside it and the
source; an area without one gets none.
"""

import re
import time
from pathlib import Path

from django.core.management.base import CommandError

from careers import prices
from careers.models import Area, Source
from careers.versions import bump_data_version

from .command import FileImport
from .files import Table
from .numbers import BadValue, number_parser
from .progress import Progress
from .ranking import rank_after_prices

ALL_ITEMS = "1"
NOT_AVAILABLE = "(NA)"
YEAR = str(prices.RPP_YEAR)
RPP_COLUMNS = ["GEOFIPS", "GEONAME", "LINECODE", YEAR]
CROSSWALK_COLUMNS = ["OEWS_AREA", "RPP_GEOFIPS"]
GEOFIPS = re.compile(r"^\d{5}$")
METRO_SUFFIX = " (Metropolitan Statistical Area)"
NONMETRO_PORTION = re.compile(r"^(?P<state>.+) \(Nonmetropolitan Portion\)$")
METRO_PORTION = re.compile(r"^(?P<state>.+) \(Metropolitan Portion\)$")
FIELDS = ["price_level", "price_area", "price_source"]

NOTES = "note lines below BEA's tables"
OTHER_LINES = "lines of RPPs other than all items (goods, housing, utilities, other services)"
NO_VALUE = (
    "areas whose RPP area BEA publishes no {year} value for ((NA) or 0.000), left without a price level"
)
NO_RPP = "areas the crosswalk gives no RPP area (Puerto Rico and the other territories), left without a price level"
NOT_LISTED = "areas the crosswalk does not list, left without a price level"
NOT_IN_CATALOG = "crosswalk rows of areas not in the catalog"


def display_name(geoname):
    """BEA's name of an RPP area as pages show it: "Abilene, TX", "nonmetropolitan Alabama"."""
    name = geoname.strip().removesuffix("*").strip()
    portion = NONMETRO_PORTION.match(name)
    if portion:
        return f"nonmetropolitan {portion['state']}"
    portion = METRO_PORTION.match(name)
    if portion:
        return f"metropolitan {portion['state']}"
    return name.removesuffix(METRO_SUFFIX)


class RppImport(FileImport):
    """One import of BEA's RPP tables and the crosswalk from OEWS areas to them."""

    def __init__(self, rpp_paths, crosswalk_path, overwrite_edited=False, progress_stream=None):
        super().__init__(crosswalk_path, overwrite_edited, progress_stream)
        self.rpp_paths = list(rpp_paths)
        self.crosswalk_path = crosswalk_path
        self.parse = number_parser(Area._meta.get_field("price_level"))

    @property
    def described(self):
        return ", ".join(Path(path).name for path in [*self.rpp_paths, self.crosswalk_path])

    def run(self):
        started = time.monotonic()
        levels = {}
        for path in self.rpp_paths:
            self.read_rpp(path, levels)
        wanted = self.read_crosswalk(levels)
        self.source = self.tally.ensure(Source, prices.RPP.lookup, prices.RPP.details)
        self.apply(wanted)
        rank_after_prices(self.tally, self.source, self.overwrite_edited)
        if self.tally.total("created") or self.tally.total("updated"):
            # Bulk writes send no signals: tell the page cache that figures changed.
            bump_data_version()
        self.seconds = time.monotonic() - started
        return self.tally

    @staticmethod
    def bad(path, number, column, message):
        where = f", column {column}" if column else ""
        raise CommandError(f"{Path(path).name}, row {number:,}{where}: {message}.")

    def read_rpp(self, path, levels):
        """Add {GeoFIPS: (price level or None, name, file name)} of the file's all-items lines to ``levels``."""
        name = Path(path).name
        with Table(path, keep_short_rows=True) as table:
            missing = [column for column in RPP_COLUMNS if column not in table.header]
            if missing:
                raise CommandError(
                    f"{name} is not a BEA Regional Price Parities table: no column {', '.join(missing)}."
                )
            at = {column: table.header.index(column) for column in RPP_COLUMNS}
            width = len(table.header)
            with Progress(self.progress_stream, f"Importing {name}") as progress:
                for number, row in table:
                    self.rows += 1
                    if len(row) == 1:
                        self.tally.skip(NOTES)
                        continue
                    if len(row) < width:
                        self.bad(path, number, "", f"{len(row)} columns where the header has {width}")
                    if row[at["LINECODE"]].strip() != ALL_ITEMS:
                        self.tally.skip(OTHER_LINES)
                        continue
                    geofips = row[at["GEOFIPS"]].strip().strip('"').strip()
                    if not GEOFIPS.match(geofips):
                        self.bad(path, number, "GeoFIPS", f"{geofips!r} is not a 5-digit GeoFIPS code")
                    level = self.level(path, number, row[at[YEAR]].strip())
                    found = (level, display_name(row[at["GEONAME"]]), name)
                    known = levels.get(geofips)
                    if known is not None and known[0] != level:
                        self.bad(
                            path,
                            number,
                            YEAR,
                            f"GeoFIPS {geofips} is {level} here and {known[0]} in {known[2]}",
                        )
                    levels.setdefault(geofips, found)
                    progress.update(table.fraction(), self.rows)
                progress.close(self.rows)

    def level(self, path, number, text):
        if text == NOT_AVAILABLE:
            return None
        try:
            value = self.parse(text)
        except BadValue as error:
            self.bad(path, number, YEAR, str(error))
        # BEA writes 0.000 where it publishes no value: no price level is zero.
        return value or None

    def read_crosswalk(self, levels):
        """{OEWS area code: (GeoFIPS, price level, BEA name)} of every row of the crosswalk; GeoFIPS "" for none."""
        wanted = {}
        with Table(self.crosswalk_path) as table:
            missing = [column for column in CROSSWALK_COLUMNS if column not in table.header]
            if missing:
                raise CommandError(
                    f"{Path(self.crosswalk_path).name} is not a crosswalk from OEWS areas to RPP areas: "
                    f"no column {', '.join(missing)}."
                )
            at = {column: table.header.index(column) for column in CROSSWALK_COLUMNS}
            for number, row in table:
                self.rows += 1
                code = row[at["OEWS_AREA"]].strip()
                geofips = row[at["RPP_GEOFIPS"]].strip()
                if not code:
                    self.bad(self.crosswalk_path, number, "oews_area", "the area code is blank")
                if code in wanted:
                    self.bad(self.crosswalk_path, number, "oews_area", f"area {code} is listed twice")
                if not geofips:
                    wanted[code] = ("", None, "")
                    continue
                if geofips not in levels:
                    self.bad(
                        self.crosswalk_path,
                        number,
                        "rpp_geofips",
                        f"RPP area {geofips!r} is in none of the RPP files ({', '.join(map(str, self.rpp_names))})",
                    )
                level, name, _ = levels[geofips]
                wanted[code] = (geofips, level, name)
        return wanted

    @property
    def rpp_names(self):
        return [Path(path).name for path in self.rpp_paths]

    def apply(self, wanted):
        changed = []
        areas = list(Area.objects.all())
        for area in areas:
            geofips, level, name = wanted.get(area.code, ("", None, ""))
            if area.code not in wanted:
                self.tally.skip(NOT_LISTED)
            elif not geofips:
                self.tally.skip(NO_RPP)
            elif level is None:
                self.tally.skip(NO_VALUE.format(year=YEAR))
            values = {
                "price_level": level,
                "price_area": name if level is not None else "",
                "price_source_id": self.source.pk if level is not None else None,
            }
            differing = [field for field, value in values.items() if getattr(area, field) != value]
            for field in differing:
                setattr(area, field, values[field])
            if differing:
                changed.append(area)
            self.tally.count("areas", "updated" if differing else "unchanged")
        Area.objects.bulk_update(changed, FIELDS, batch_size=500)
        self.tally.skip(NOT_IN_CATALOG, len(wanted.keys() - {area.code for area in areas}))
