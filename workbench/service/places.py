"""The gazetteer for the shells: adding a user's GeoNames dumps, looking a name up.

The gazetteer is the user's, not one claims database's (`store.gazetteer`): it
needs no `Workbench`. Each file is added in one transaction, so a file that is
not a GeoNames dump adds nothing and stops no other file.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from workbench.errors import WorkbenchError
from workbench.extract.gazetteer import COUNTRY_BY_NAME
from workbench.geo.geonames import read_dump
from workbench.geo.name_alone import CITY_POPULATION
from workbench.geo.places import Kind, Place
from workbench.geo.resolve import resolve
from workbench.geo.stored_places import claim_place
from workbench.located import ClaimPlace
from workbench.match.place_names import fold_place
from workbench.models import Claim
from workbench.service.base import Base
from workbench.store.gazetteer import GazetteerFile, gazetteer_path, refusal


@dataclass(frozen=True)
class Added:
    """One file given to `add_to_gazetteer`: how many places it added, else why none."""

    path: Path
    places: int
    problem: str | None = None


def gazetteer() -> GazetteerFile:
    """The user's gazetteer (`store.gazetteer.gazetteer_path`), opened once per process
    and path (made on first use, about 3 s)."""
    return _opened(gazetteer_path())


@cache
def _opened(path: Path) -> GazetteerFile:
    return GazetteerFile(path)


def add_to_gazetteer(paths: Sequence[Path]) -> list[Added]:
    """Add each GeoNames dump (`NG.txt`, `NG.zip`, `cities15000.txt` ...) to the user's
    gazetteer; a file that cannot be read as one is reported in its `Added`."""
    refused = refusal(gazetteer_path())
    if refused:
        return [Added(path, 0, refused) for path in paths]
    found = []
    for path in paths:
        try:
            found.append(Added(path, gazetteer().add(read_dump(path), path.name)))
        except (WorkbenchError, OSError, UnicodeDecodeError) as error:
            found.append(Added(path, 0, _problem(path, error)))
    return found


def placed(claims: Iterable[Claim]) -> Iterator[Claim]:
    """The claims, each with the gazetteer's place for its place phrase where the
    gazetteer knows one of its names (`geo.resolve`); the others as they are. A claim
    of no known country is read in its report's one country (`_report_countries`),
    as geoparsers read a name by its document: a name with namesakes in several
    countries ("Southport", in England and in Queensland, on a page whose other claims
    are in northwest England: pairs-news-k study), and a small town taken by its name
    alone in another country than the report's cities and regions ("Bambui" is a town
    of Brazil, but a page whose other claims are in Bamenda, Cameroon, speaks of
    Cameroon's Bambui: re-trial 62). A claim of no country the extractor knew takes its
    place's, else its report's one country: "eight injured" at an unknown "Grand Blanc
    Township" on a page whose other claims lie in Michigan is of the United States
    (pairs-news-l study: no country, so no link to another report's Michigan)."""
    places = gazetteer()  # one look-up of its path for all the claims
    claims = list(claims)
    found = [_place_of(claim.location, claim.country, places) for claim in claims]
    homes = _report_countries(claims, found)
    for claim, place in zip(claims, found, strict=True):
        code, name = homes.get(claim.source, (None, None))
        if claim.country is None and code and (place is None or _abroad(place, code)):
            place = _place_in(claim.location, code, places)
        update: dict[str, object] = {"place": place} if place else {}
        if claim.country is None and (country := _country_of(place, name)):
            update["country"] = country
        yield claim.model_copy(update=update) if update else claim


def _abroad(place: ClaimPlace, code: str) -> bool:
    """Whether a place is a small town outside the report's country `code`: taken by
    its name alone, it may be a namesake of a place in the report's country."""
    return _small_town(place) and place.country_code != code


def _small_town(place: ClaimPlace) -> bool:
    """A town of fewer than CITY_POPULATION people: not a country, a region or a city."""
    return place.kind == Kind.TOWN.value and place.population < CITY_POPULATION


def _country_of(place: ClaimPlace | None, report: str | None) -> str | None:
    """The country a claim of none takes: its place's where the place lies in one
    country (not "near the Iraq-Syria border", which names two), else its report's."""
    if place is None:
        return report
    countries = {place.country, *(other.country for other in place.others)}
    return place.country if len(countries) == 1 else None


def _report_countries(
    claims: Sequence[Claim], found: Sequence[ClaimPlace | None]
) -> dict[str, tuple[str, str]]:
    """Each report's one country (its ISO code and name): where its placed claims lie,
    counting only the countries, regions and cities among them and the places of
    claims whose country the extractor knew where there are any (a small town taken
    by its name alone may be a namesake abroad: `_abroad`), else all of them; none
    where they lie in several."""
    strong: dict[str, dict[str, str]] = {}
    every: dict[str, dict[str, str]] = {}
    for claim, place in zip(claims, found, strict=True):
        if place is None or not place.country_code:
            continue
        every.setdefault(claim.source, {})[place.country_code] = place.country
        if claim.country is not None or not _small_town(place):
            strong.setdefault(claim.source, {})[place.country_code] = place.country
    homes = {source: strong.get(source) or c for source, c in every.items()}
    return {source: next(iter(c.items())) for source, c in homes.items() if len(c) == 1}


def _place_of(
    location: str | None, country: str | None, places: GazetteerFile
) -> ClaimPlace | None:
    """The gazetteer's place for a claim's place phrase, or None."""
    return _place_in(location, _country_code(country, places), places)


def _place_in(location: str | None, code: str | None, places: GazetteerFile) -> ClaimPlace | None:
    """The gazetteer's place for a place phrase in the country of ISO `code` (None: no
    country known), or None."""
    found = resolve(location, code, places) if location else None
    return claim_place(found) if found else None


def _country_code(country: str | None, places: GazetteerFile) -> str | None:
    """A claim's country (the extractor's name) as the gazetteer's ISO code, found by
    any name the extractor knows it by (GeoNames calls Palestine "Palestinian
    Territory"); the name itself where the gazetteer knows none of them."""
    known = COUNTRY_BY_NAME.get(country.lower()) if country else None
    names = (known.name, *known.aliases) if known else ()
    return next((c for n in names if (c := places.country_code(n))), country)


class Placing(Base):
    """Claims placed in the gazetteer after they were stored: those an older
    Workbench stored, and all of them again when the gazetteer grew."""

    def place_claims(self, again: bool = False) -> int:
        """Look up the place of every claim not looked up yet (with `again`, of every
        claim); returns how many were looked up. Matching runs it first."""
        if again:
            self.store.forget_places()
        found, places = [], gazetteer()
        for claim_id, location, country in self.store.unplaced_claims():
            place = _place_of(location, country, places)
            found.append((claim_id, place.model_dump_json() if place else ""))
        return self.store.set_places(found) if found else 0


def find_places(name: str, country: str | None = None) -> list[Place]:
    """What `name` resolves to, most likely first (in `country` first where given).
    A name the gazetteer holds under no spelling is read as a claim's place phrase is
    (`geo.resolve`: "Donetsk Oblast" is the region Donetsk, "the town of Gossi" Gossi),
    giving the one place a claim would get, if any."""
    places = gazetteer().find(name, country)
    if places:
        return places
    located = resolve(name, country, gazetteer())
    return [located.place] if located is not None else []


def regions_named(names: Iterable[str], country: str | None) -> frozenset[str]:
    """The first-level regions of `country` (the extractor's name for it) that `names`
    (folded, as `match.place_names.sentence_names` gives them) name in the gazetteer:
    a region by its name (where a town has it too: "Kaduna"), a district by the region
    it lies in (not a name two regions' districts share). Towns are left out: a
    dateline's capital ("ABUJA -") says where the story was filed, and a town's name
    has namesakes in many regions. Empty without a known country. Read from the
    country's divisions, gathered once a process (every stored report's lead is
    asked at each match)."""
    divisions = _division_regions(country) if country else {}
    return frozenset(r for name in names if (r := divisions.get(name)) is not None)


@cache
def _division_regions(country: str) -> dict[str, str | None]:
    """The folded name of each region and district of `country` (the extractor's name
    for it) -> the region it is or lies in; None for a district's name two regions
    share. Empty for a country the gazetteer does not know."""
    places = gazetteer()
    code = _country_code(country, places)
    if code is None or places.country_code(code) is None:
        return {}
    found: dict[str, str | None] = {
        fold_place(p.name): p.name for p in places.divisions(code, Kind.REGION)
    }
    regions = set(found)
    for place in places.divisions(code, Kind.DISTRICT):
        name = fold_place(place.name)
        if name in regions or not place.region:
            continue
        found[name] = place.region if found.get(name, place.region) == place.region else None
    return found


def country_known(name_or_code: str) -> bool:
    """Whether the gazetteer knows this country (a name or an ISO code)."""
    return gazetteer().country_code(name_or_code) is not None


def gazetteer_sources() -> dict[str, int]:
    """How many places came from where: "shipped", and each file the user added."""
    return gazetteer().sources()


def _problem(path: Path, error: Exception) -> str:
    if isinstance(error, UnicodeDecodeError):
        return f"{path}: not UTF-8 text, as GeoNames dumps are"
    if isinstance(error, OSError):
        return f"{path}: {error.strerror or error}"
    return str(error)
