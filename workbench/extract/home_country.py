"""The country a document speaks of: by the countries, regions and towns it names, its
dateline counted twice, a country named only as who acted counted apart.

"GAO, Mali — ... in northern Mali" speaks of Mali; "Kenyan soldiers killed 12
militants" of Kenya, for want of another; "Iranian missile strikes killed eight in
Hajin" and "near the Pakistani border" of no country (`dominant_countries`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from workbench.extract.country_acts import aged_person, blamed_before, strikes_from_afar
from workbench.extract.country_parties import (
    border_named,
    mediator_named,
    party_named,
    refuge_named,
)
from workbench.extract.country_roles import (
    carrier_named,
    community_named,
    contingent_named,
    landmark_named,
    outlet_named,
    role_before,
)
from workbench.extract.french_demonyms import FRENCH_DEMONYMS
from workbench.extract.gazetteer import COUNTRY_BY_DEMONYM, COUNTRY_OF_PLACE, REGIONS, Country
from workbench.extract.known_names import gazetteer_hits
from workbench.extract.not_places import (
    COMPOUND,
    attribute_follows,
    beyond_before,
    border_follows,
    figure_before,
    group_before,
    sided_before,
    speaks_first,
    strikes_follow,
    titled_person_before,
)
from workbench.extract.origin_places import currency_named, people_of_before
from workbench.extract.person_words import is_person
from workbench.extract.place_country import into_neighbour
from workbench.extract.place_names import STATE_ORGANS, in_organisation
from workbench.extract.place_patterns import literal_names
from workbench.extract.places import (
    COUNTRY_WORDS,
    country_in,
    read_dateline,
)

# Countries by their names, demonyms, regions and towns; a longer place around a name
# ("Niger Delta", "Lake Chad") is that place, counted for its country or for none.
_HOME_WORDS: dict[str, Country | None] = {
    **{r: None for r in REGIONS},
    **COUNTRY_OF_PLACE,
    **COUNTRY_WORDS,
    **FRENCH_DEMONYMS,  # "soldats tchadiens", "l'armée nigériane"
}
_COUNTRY_PATTERN = literal_names(_HOME_WORDS)
# A nationality that names a place: "a northeastern Kenyan town", "the Kenyan capital",
# "on Malian soil". Elsewhere ("Croatian nationalists", "a Kenyan official") it says who
# someone is, not where anything happened: it counts as an actor's.
_PLACE_AFTER_DEMONYM = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:town|city|village|capital|soil|territory|state|region|province|"
    r"district|county|coast|countryside|side|port|island|camp|hamlet|settlements?|army\s+base|"
    # where fire landed: "a Thai position", "Cambodian military positions" (trial 77k)
    r"positions?|posts?|outposts?)\b"
)
# A side's positions are where fire landed, whatever word between: "Thai military
# positions", "Eritrean army posts" (trial 77k: a Thai paper's one place-like name)
_POSITIONS = re.compile(r"\s+(?:[a-z]+\s+){0,2}?(?:positions?|posts?|outposts?)\b")
# A French place before its nationality: "la capitale tchadienne", "en territoire malien"
_FRENCH_PLACE_BEFORE = re.compile(
    r"\b(?i:capitale|ville|villes|localité|sol|territoire|région|province|côte|"
    r"village|camp|base|port|île|zone)\s+$"
)
# Where someone went away to: "the attackers fled towards Virunga National Park in the
# Democratic Republic of the Congo", "escaped across the border into Chad".
_WENT_BEFORE = re.compile(
    r"\b(?i:fled|flee|fleeing|escaped|retreated|withdrew|crossed|evacuated|airlifted|flown)"
    r"\s+(?:back\s+)?(?i:to|towards?|into|across|over)\b[^.;:!?\n]{0,70}$"
)
# A country named as where a strike or its men came from, in either language: "un drone
# venu du Soudan", "a drone launched from Sudan" (a Chadian story named Sudan so, and
# Chad once), "men from neighbouring Nigeria" (a Cameroonian story was put in Nigeria).
_CAME_FROM = re.compile(
    r"(?i:\b(?:venus?|venues?|venant|arriv[ée]e?s?|en\s+provenance|tir[ée]e?s?|lanc[ée]e?s?|"
    r"came|coming|launched|fired|flown|crossing|crossed)"
    r"\s+(?:from\s+(?:across\s+the\s+(?:border|river|frontier)\s+in\s+)?(?:the\s+)?|"
    r"(?:depuis\s+)?(?:du\s+|de\s+la\s+|de\s+l['’]\s*|d['’]\s*|des\s+|de\s+)|"
    r"depuis\s+(?:la\s+|le\s+|l['’]\s*|les\s+)?)"
    # "tirés depuis la Birmanie", "des obus depuis la Birmanie": where they were fired from
    r"|\b(?:obus|roquettes?|missiles?|tirs?|frappes?|drones?)\s+(?:\w+\s+)?depuis\s+"
    r"(?:la\s+|le\s+|l['’]\s*|les\s+)?"
    # "men from neighbouring Nigeria": who they were, not where it happened
    r"|\bfrom\s+(?:the\s+)?neighbou?ring\s+"
    # "from across the border in Myanmar", "across the border from Israel" (not "fighting
    # across the border in Sudan": where it happened)
    r"|\bfrom\s+across\s+the\s+(?:border|river|frontier)\s+in\s+(?:the\s+)?"
    r"|\bacross\s+the\s+(?:border|river|frontier)\s+from\s+(?:the\s+)?)$"
)
# What was fired from a country, by its name: "shells from Myanmar", "the shelling from
# Israel" (not from a town it names: "killed in shelling from Syria's Jarablus" tells
# where, `_fired_from`; nor "a drone attack from Syria", an attack's only country).
_SHOT_FROM = re.compile(
    r"(?i:\b(?:shells?|shelling|rockets?|missiles?|mortars?|artillery|gunfire)"
    r"\s+from\s+(?:the\s+)?)$"
)
# A country people fled or left, their origin, in either language: "Rohingya who fled
# Myanmar", "refugees fleeing Sudan", "qui ont fui la Birmanie", "fuyant le Soudan".
_FLED = re.compile(
    r"(?i:\b(?:fled|flee|flees|fleeing|escaped|escaping|fui|fuyant|fuient|fuit|quitté)"
    r"\s+(?:the\s+|la\s+|le\s+|l['’]\s*|les\s+)?)$"
)
# What makes a name say whose, not where: "Iran-backed", "US-led", "of Iraqi nationality",
# "British nationals", "Somali-born".
_ORIGIN_AFTER = re.compile(
    rf"{COMPOUND}|\s+(?i:nationality|nationals?|citizens?|citizenship|origin|descent|passports?|"
    r"expatriates?|tourists?|immigrants?|consulate|embassy)\b"
)


# A nationality or country before the outlet that tells the news says who reports,
# not where it happened, nor who acted: "Car bomb in al-Bab kills 19: Turkish media"
# is no news of Turkey, even for want of another country.
_REPORTER_AFTER = re.compile(
    r"\s+(?i:state\s+)?(?i:media|press|newspapers?|television|tv|radio|news\s+agency|"
    r"news|broadcaster|reports?)\b"
)


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


# Who a person is by their country: "a psychiatrist from Saudi Arabia", "a national of"
_FROM_BEFORE = re.compile(r"\b([a-z-]+)\s+from\s+(?:the\s+)?$")
_OF_BEFORE = re.compile(r"\b(?:nationals?|natives?|citizens?)\s+of\s+(?:the\s+)?$")


def _person_from(text: str, first: int) -> bool:
    """Whether the country at `first` says where a person comes from ("a 50-year-old
    psychiatrist from Saudi Arabia", "migrants from Syria", "a citizen of Kenya"), not
    where anything happened: a study page of the Magdeburg attack was put in Saudi
    Arabia, the suspect's country, the only one it named."""
    before = max(0, first - 40)
    if _OF_BEFORE.search(text, before, first):
        return True
    person = _FROM_BEFORE.search(text, before, first)
    if person is None:
        return False
    word = person.group(1)
    return is_person(word) or (word.endswith("s") and is_person(word[:-1]))


def dominant_countries(
    parts: Iterable[str], title: str | None = None, year: int | None = None
) -> tuple[Country | None, Country | None]:
    """`dominant_country_of(parts)` and `dominant_country_of(parts, named_only=True)`,
    counted in one pass. Where the body names no country as a place, the country the
    document's `title` names as one stands in for both ("ACLED event note — Kenya" over
    a note that says only "Al Shabaab militants kill two police officers"). A body that
    names another keeps it, unless it names that one once only and the title's too, as a
    place or a nationality ("an Indonesian court" under "... — Indonesia", where the
    body names the Philippines once as where a suspect trained): the title then says
    which of them it is about. A country named in a list of three or more ("where the
    borders of Cameroon, Chad, Niger and Nigeria converge") names a region, and one
    named with a year two or more before the report's `year` ("launched an insurgency
    in Nigeria in 2009") tells history: neither counts."""
    named, qualifying, afar = _counts(parts, year=year)
    home, named_home = _most(named or qualifying or afar), _most(named)
    if title:
        titled = _most(_counts([title], dateline=False)[0])
        named_once = named_home is not None and named[named_home] <= 1
        if titled is not None and (
            named_home is None or (named_once and (titled in named or titled in qualifying))
        ):
            return titled, titled
    return home, named_home


def _counts(
    parts: Iterable[str], dateline: bool = True, year: int | None = None
) -> tuple[Counter[Country], Counter[Country], Counter[Country]]:
    """How often each country is named as a place, as who acts only, and as who
    struck from afar (`country_acts.strikes_from_afar`)."""
    named: Counter[Country] = Counter()
    qualifying: Counter[Country] = Counter()
    afar: Counter[Country] = Counter()
    for index, text in enumerate(parts):
        end = len(text)
        for first, last, country in gazetteer_hits(text, 0, end, _COUNTRY_PATTERN, _HOME_WORDS):
            if (
                country is None
                or _ORIGIN_AFTER.match(text, last, min(end, last + 40))
                or strikes_follow(text, last, end)
                or border_follows(text, last, end)
                or beyond_before(text, first)
                or figure_before(text, first)
                or role_before(text, first)  # "ambassador to India"
                or sided_before(text, first)  # "a militia backed by Iran"
                or carrier_named(text, first, last)  # "Air India Flight 182"
                or outlet_named(text, first, last)  # "India Today reported"
                or community_named(text, last)  # "the Mar Elias Greek Orthodox Church"
                or landmark_named(text, last)  # "New Orleans' French Quarter"
                or contingent_named(text, first, last)  # "Casques bleus marocains"
                or blamed_before(text, first)  # "accused India of ..."
                or party_named(text, first, last)  # "fighting with Laos", "Rwanda's envoy"
                or mediator_named(text, first, last)  # "la médiation de la Guinée-Bissau"
                or border_named(text, first)  # "the border with Senegal's Casamance"
                or _WENT_BEFORE.search(text, max(0, first - 90), first)  # "fled to Chad"
                or _CAME_FROM.search(text, max(0, first - 60), first)
                or _fled(text, first, last)  # "who fled Myanmar"
                or _fired_from(text, first, last)  # "shells from Myanmar"
                or currency_named(text, first, last, end)  # "US$934.5 million"
                or people_of_before(text, first)  # "suspected agents of Iran"
                or _person_from(text, first)  # "a psychiatrist from Saudi Arabia"
                or group_before(text, first)  # "Islamic State West Africa Province"
                or titled_person_before(text, first)  # "Commissioner Andrew Holland"
                or _listed(text, first, last)  # "Cameroon, Chad, Niger and Nigeria"
                or _history(text, first, last, end, year)  # "in Nigeria in 2009"
            ):
                continue  # "Iranian missile strikes" come from afar, "the Pakistani border" is
            if speaks_first(text, first, last, end) or _REPORTER_AFTER.match(
                text, last, min(end, last + 40)
            ):
                continue  # "US admits ...", ": Turkish media": who tells it, not where
            actor = (  # "US troops", "Croatian nationalists": who acts
                _only_who(text, first, last, end)
                or attribute_follows(text, last, end)
                or in_organisation(text, first)
                or STATE_ORGANS.match(text, last, end)  # "Somalia's central government"
            ) and not _POSITIONS.match(text, last, min(end, last + 40))
            aside = _told_apart(text, first)  # "Separately, in Mali's Ménaka region, ..."
            # where refugees live, or went ("8,000 refugees in The Gambia", "many into
            # neighbouring Gambia"): the page's country only for want of another
            aside = aside or refuge_named(text, first) or into_neighbour(text, first)
            if strikes_from_afar(text, first, last, end) or aged_person(text, first):
                afar[country] += 1
            else:
                (qualifying if actor or aside else named)[country] += 1
        dated = _dateline_country(text) if index == 0 and dateline else None
        if dated is not None:
            named[dated] += 2
    return named, qualifying, afar


# A sentence that opens on another incident: "Separately, ...", "In a separate attack"
_APART = re.compile(
    r"\s*(?:separately|in\s+(?:a\s+|another\s+)?separate\s+\w+|elsewhere|"
    r"par\s+ailleurs|dans\s+une?\s+autre\s+\w+)\b",
    re.IGNORECASE,
)


def _told_apart(text: str, first: int) -> bool:
    """Whether the country at `first` stands in a sentence or paragraph that opens on
    another incident than the story's ("Separately, in Mali's Ménaka region, ..."): it
    counts as a place of the story only where the story names no other (a trial's
    Ivorian story was put in Mali by its last paragraph's other attack)."""
    start = max(text.rfind(". ", 0, first) + 2, text.rfind("\n", 0, first) + 1, 0)
    return _APART.match(text, start, first) is not None


# Three or more capitalised names in a list: "Cameroon, Chad, Niger and Nigeria".
_NAME = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"
_NAME_LIST = re.compile(rf"{_NAME}(?:(?:,\s+|,?\s+and\s+|,?\s+et\s+){_NAME}){{2,}}")
# A year right after a country: "in Nigeria in 2009", "au Nigeria en 2009".
_YEAR_AFTER = re.compile(r"\s+(?:in|since|en|depuis)\s+((?:19|20)\d\d)(?!\d)")
_ONGOING = frozenset(("since", "depuis"))


_LIST_JOIN = re.compile(r",\s+|,?\s+(?:and|et)\s+")


def _fled(text: str, first: int, last: int) -> bool:
    """Whether the country `text[first:last]` is one people fled ("Rohingya who fled
    Myanmar", "qui ont fui la Birmanie"): their origin, not where the story happens. A
    town fled ("fled Kidal") is still where the displaced were driven from."""
    return text[first:last] in COUNTRY_WORDS and bool(_FLED.search(text, max(0, first - 30), first))


def _fired_from(text: str, first: int, last: int) -> bool:
    """Whether the country `text[first:last]` is one shells were fired from ("Mortar
    shells from Myanmar land in Teknaf", "the shelling from Israel lasted two hours"), not
    one whose town is named so ("shelling from Syria's Jarablus": the town may be where
    it happened)."""
    if text.startswith(("'s", "’s"), last):
        return False
    return _SHOT_FROM.search(text, max(0, first - 50), first) is not None


def _listed(text: str, first: int, last: int) -> bool:
    """Whether the country `text[first:last]` is one of a list of three or more
    countries ("Cameroon, Chad, Niger and Nigeria"; not "Bakori, Funtua LGA, Nigerian")."""
    window = max(0, first - 120)
    for match in _NAME_LIST.finditer(text, window, min(len(text), last + 120)):
        if match.start() <= first and last <= match.end():
            names = _LIST_JOIN.split(match.group(0))
            return sum(name in COUNTRY_WORDS for name in names) >= 3
    return False


def _history(text: str, first: int, last: int, end: int, year: int | None) -> bool:
    """Whether the country or place `text[first:last]` is named with a year two or more
    before the report's `year`. A town or a region named "since" a year is where a running
    total goes on ("killed in the camps of Cox's Bazar since 2017": trial 76's background
    piece was left with no country), not history; a country so named is ("an insurgency
    in Nigeria since 2009")."""
    match = _YEAR_AFTER.match(text, last, end) if year is not None else None
    if match is None or year is None or int(match.group(1)) > year - 2:
        return False
    return match.group(0).split()[0].lower() not in _ONGOING or text[first:last] in COUNTRY_WORDS


def _only_who(text: str, first: int, last: int, end: int) -> bool:
    """Whether the name `text[first:last]` is a nationality that names no place: "a
    Kenyan official" says who, "a Kenyan town" where; in French after its noun,
    "l'armée tchadienne" says who, "la capitale tchadienne", "le sol malien" where."""
    name = text[first:last]
    if name in FRENCH_DEMONYMS:
        return not _FRENCH_PLACE_BEFORE.search(text, max(0, first - 30), first)
    return name.lower() in COUNTRY_BY_DEMONYM and not _PLACE_AFTER_DEMONYM.match(
        text, last, min(end, last + 40)
    )


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
