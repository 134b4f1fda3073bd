"""The country a document speaks of: by the countries, regions and towns it names, its
dateline counted twice, a country named only as who acted counted apart.

"GAO, Mali — ... in northern Mali" speaks of Mali; "Kenyan soldiers killed 12
militants" of Kenya, for want of another; "Iranian missile strikes killed eight in
Hajin" and "near the Pakistani border" of no country (`dominant_countries`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from workbench.extract.gazetteer import COUNTRY_OF_PLACE, REGIONS, Country
from workbench.extract.not_places import (
    attribute_follows,
    beyond_before,
    border_follows,
    figure_before,
    speaks_first,
    strikes_follow,
)
from workbench.extract.place_patterns import literal_names
from workbench.extract.places import (
    COUNTRY_WORDS,
    country_in,
    gazetteer_hits,
    in_organisation,
    read_dateline,
)

# Countries by their names, demonyms, regions and towns; a longer place around a name
# ("Niger Delta", "Lake Chad") is that place, counted for its country or for none.
_HOME_WORDS: dict[str, Country | None] = {
    **{r: None for r in REGIONS},
    **COUNTRY_OF_PLACE,
    **COUNTRY_WORDS,
}
_COUNTRY_PATTERN = literal_names(_HOME_WORDS)


def dominant_country(text: str) -> Country | None:
    """The country a document speaks of most, by names and demonyms. A name or demonym
    that qualifies an actor ("US troops", "Kenyan soldiers", "Rwanda-backed") counts
    only where nothing else names a country, one that strikes from afar ("Russian
    airstrikes", "Iranian missile strikes") not at all; a dateline ("GAO, Mali —") on
    one of the first two lines counts twice."""
    return dominant_country_of([text])


def dominant_country_of(parts: Iterable[str], named_only: bool = False) -> Country | None:
    """`dominant_country` of a text given in parts read one after the other (a long
    document's pages), each counted and let go: the dateline is looked for in the first.
    With `named_only`, None when only names that qualify an actor say a country
    ("claimed by a Palestinian militant group" says who, not where)."""
    home, named_home = dominant_countries(parts)
    return named_home if named_only else home


def dominant_countries(
    parts: Iterable[str], title: str | None = None
) -> tuple[Country | None, Country | None]:
    """`dominant_country_of(parts)` and `dominant_country_of(parts, named_only=True)`,
    counted in one pass. Where the body names no country as a place, the country the
    document's `title` names as one stands in for both ("ACLED event note — Kenya" over
    a note that says only "Al Shabaab militants kill two police officers"); a body that
    names one keeps it, whatever the title says."""
    home, named_home = _counted(parts)
    if named_home is None and title:
        titled = _counted([title], dateline=False)[1]
        if titled is not None:
            return titled, titled
    return home, named_home


def _counted(parts: Iterable[str], dateline: bool = True) -> tuple[Country | None, Country | None]:
    """The country named most, of every name and of the names of places only."""
    named: Counter[Country] = Counter()
    qualifying: Counter[Country] = Counter()
    for index, text in enumerate(parts):
        end = len(text)
        for first, last, country in gazetteer_hits(text, 0, end, _COUNTRY_PATTERN, _HOME_WORDS):
            if (
                country is None
                or strikes_follow(text, last, end)
                or border_follows(text, last, end)
                or beyond_before(text, first)
                or figure_before(text, first)
            ):
                continue  # "Iranian missile strikes" come from afar, "the Pakistani border" is
            actor = (  # "US troops", "US admits ...": who acts or speaks
                attribute_follows(text, last, end)
                or in_organisation(text, first)
                or speaks_first(text, first, last, end)
            )
            (qualifying if actor else named)[country] += 1
        dated = _dateline_country(text) if index == 0 and dateline else None
        if dated is not None:
            named[dated] += 2
    home = _most(named or qualifying)
    return home, _most(named)


def _most(counts: Counter[Country]) -> Country | None:
    """The country counted most, the first counted of those tied (`most_common(1)`'s);
    None if none is."""
    return max(counts, key=counts.__getitem__) if counts else None


def _dateline_country(text: str) -> Country | None:
    """The country of a dateline on one of the first two lines of `text`."""
    line, end = 0, len(text)
    for _ in range(2):
        dateline = read_dateline(text, line, end, lambda: None)
        country = country_in(dateline.name) if dateline else None
        if country is not None:
            return country
        line = text.find("\n", line) + 1
        if line == 0:
            break
    return None
