"""A place named as the attribute of the event: "The Kukawa attack left 15 farmers
dead", "the Kasese school attack killed 42", "killed in the Jos market bombing"; and
as the home of the people who tell or bury its dead: "Residents of Ngoshe buried 48".

The name before an event's noun (attack, bombing, raid, massacre, ambush, blast, car
bomb ...), with one noun of where in it between ("school", "market", "mosque"), after
"the" or, as headlines write it, after "from", "after", "over" or "since" ("Death toll
from Azaz car bomb rises to 25"), is where the event happened, as "the attack on
Kukawa" says. It is no place where it is something
else that stands there: an armed group ("the ISWAP attack"), a nationality or a
country acting from afar ("the Israeli strike", "the U.S. bombing"), a person or an
organisation (`place_names.refused_name`), a day, a month or a feast ("the Monday
attack", "the September attack", "the Christmas Day bombing").
"""

from __future__ import annotations

import calendar
import re

from workbench.extract.gazetteer import COUNTRY_BY_NAME, PLACE_NAMES
from workbench.extract.not_place_words import COMMON
from workbench.extract.place_mention import PlaceMention
from workbench.extract.place_names import EVENT_QUALIFIERS, refused_name, strip_name
from workbench.extract.place_patterns import NAME, ORG_TAIL
from workbench.extract.wordindex import WordIndex

_EVENT_NOUNS = (
    r"attacks?|bombings?|raids?|massacres?|ambush(?:es)?|blasts?|explosions?|shootings?|"
    r"killings|assaults?|air\s*strikes?|drone\s+strikes?|suicide\s+(?:attack|bombing)s?|"
    r"bomb\s+attacks?|(?:car|truck|roadside|suicide)\s+bomb(?:ings?|s)?|landmine\s+blast"
)
# the first words of the event nouns, where the pattern is looked for
EVENT_WORDS = frozenset(
    "attack attacks bombing bombings raid raids massacre massacres ambush ambushes blast "
    "blasts explosion explosions shooting shootings killings assault assaults airstrike "
    "airstrikes strike strikes bomb bombs".split()
)
_SITE = (
    r"school|market|mosque|church|camp|hotel|prison|village|town|bus\s+station|bus\s+park|"
    r"motor\s+park|checkpoint|(?:military\s+|army\s+)?base|airport|stadium|university|mall|"
    r"shopping\s+(?:mall|centre|center)|hospital|restaurant|nightclub|cafe|police\s+station|"
    # "the Beirut port explosion", "the Kabul shrine bombing"
    r"port|harbou?r|square|cathedral|temple|shrine|(?:train|railway)\s+station"
)
# "the Jos market bombing"; a headline leaves the article out after a preposition
# ("Death toll from Azaz car bomb rises to 25", "after Kabul blast") or opens with the
# place ("Afrin car bombing toll rises to 14")
_BEFORE_NAME = r"(?:\b(?i:the|(?:from|after|over|since)(?:\s+the)?)\s+|^)"
EVENT_PLACE = re.compile(
    rf"{_BEFORE_NAME}(?P<name>{NAME})\s+(?:(?i:{_SITE})\s+)?(?i:{_EVENT_NOUNS})\b", re.MULTILINE
)
_EVENT_AFTER = re.compile(rf"\s+(?:(?i:{_SITE})\s+)?(?i:{_EVENT_NOUNS})\b")
# The people of a place: "residents of Ngoshe", "villagers of Kuje" (who live there).
RESIDENT_WORDS = frozenset("residents villagers inhabitants natives".split())
RESIDENTS_OF = re.compile(
    rf"(?i:{'|'.join(sorted(RESIDENT_WORDS))})\s+of\s+(?P<name>{NAME})"
    # local sources at the place they speak from: "hospital officials in the town of
    # Finote Selam said", "doctors in Sasit" (not "officials in Abuja": a capital's)
    r"|(?i:residents|villagers|inhabitants|witnesses|locals|doctors|medics|nurses|"
    r"(?:hospital|health|medical|local|district|town|village)\s+(?:officials|sources|"
    r"authorities|workers|staff))\s+(?:in|at)\s+(?:the\s+(?i:town|city|village|district)\s+of\s+)?"
    rf"(?P<at>{NAME})"
)
_CALENDAR = frozenset(
    w.lower() for w in (*calendar.day_name, *calendar.month_name, *calendar.month_abbr) if w
)


# A place as the subject of what was done to it: "Kadugli was shelled on Monday", "El
# Fasher came under heavy attack", a headline's "Kadugli shelled by RSF". What is done to
# people too ("was attacked", "hit by") names a place only where it is a known one.
_DONE_TO_PLACES = r"shelled|bombed|bombarded|raided|stormed|overrun|besieged"
_DONE_TO = rf"{_DONE_TO_PLACES}|attacked|targeted|hit|struck"
_COPULA = r"was|were|is|are|has\s+been|have\s+been|had\s+been|is\s+being|was\s+being"
STRUCK_PLACE = re.compile(
    rf"(?P<name>{NAME})\s+(?:"
    rf"(?:{_COPULA})\s+(?:[a-z]+ly\s+|again\s+)?(?P<verb>{_DONE_TO})\b"
    rf"|(?P<bare>{_DONE_TO})\s+by\b"
    r"|(?:came|comes|come|coming)\s+under\s+(?:[a-z]+\s+)?(?:attack|fire|shelling|"
    r"bombardment|assault|siege)\b)"
)
_PLACES_ONLY = frozenset(_DONE_TO_PLACES.split("|"))
STRUCK_WORDS = frozenset((*_DONE_TO.split("|"), "under"))


def _struck_known(match: re.Match[str], name: str) -> bool:
    """Whether a name something was done to is a place: after a verb only places take
    ("Kadugli was shelled", "came under fire") any name, else a known place only."""
    verb = match.group("verb") or match.group("bare")
    return verb is None or verb.lower() in _PLACES_ONLY or name.lower() in PLACE_NAMES


def _headline_word(name: str) -> bool:
    """Whether a name that opens its line is a headline's word for the event or a common
    word ("Deadly", "Twin", "Suicide", "Several"), not a place ("Afrin car bombing")."""
    first = name.split()[0]
    return first in EVENT_QUALIFIERS or first in COMMON


def _title_case(text: str, last: int, match: re.Match[str]) -> bool:
    """Whether the event's noun after a name that opens its line is capitalised: a
    title-case headline ("Death Toll From Terror Attack ..."), whose capitals tell no
    name from the words around it."""
    return any(c.isupper() for c in text[last : match.end()])


# An event's noun that is no verb ("Afrin car bombing ..."), or a headline's verb or
# toll after one that can be ("Kukawa attack kills 9", "Baga raid toll rises"): a line
# that opens "Raiders attack civilians" or "Fulanis attack Tse Akombo" names no place.
_NOUN_ONLY = re.compile(
    r"(?:\w+\s+)*(?i:bombings?|blasts?|explosions?|massacres?|shootings?|killings|"
    r"air\s*strikes?|(?:car|truck|roadside|suicide)\s+bomb\w*)"
)
_HEADLINE_NEXT = re.compile(
    r"\s+(?:death\s+)?(?:toll|kills?|killed|leaves?|left|claims?|victims?|survivors?|dead)\b"
    r"|\s*(?:[:,;.]|$)"
)


def _verb_opening(text: str, last: int, match: re.Match[str]) -> bool:
    """Whether an event's word after a name that opens its line may be the verb of a
    sentence whose subject the name is ("Raiders attack civilians"), not a headline's
    noun ("Afrin car bombing toll rises", "Kukawa attack kills 9")."""
    noun = text[last : match.end()].strip()
    return not _NOUN_ONLY.fullmatch(noun) and not _HEADLINE_NEXT.match(text, match.end())


def event_follows(text: str, end: int) -> bool:
    """Whether an event's noun follows a name ending at `end`: "from Azaz| car bomb"
    names where the bomb went off, not where someone came from."""
    return _EVENT_AFTER.match(text, end) is not None


def _named_group(match: re.Match[str]) -> str:
    """The group that holds the place a match names: `RESIDENTS_OF`'s local sources
    name theirs in "at" ("doctors in Sasit"), every other pattern in "name"."""
    return "at" if "at" in match.re.groupindex and match.group("at") else "name"


# A capitalised word that opens a sentence before "the" and an event's place: "Since
# the Kukawa massacre"; one that compares ("Unlike the Let Yet Kone attack, ...",
# pairs-news-h study) names another incident, whose place is none of the sentence's.
# An armed force's name before its deed: "the Royal Malaysian Air Force's bombing",
# "the Indian Navy's strike", "the Border Police raid" (ORG_TAIL's words too).
_FORCE_NAME = re.compile(r"\b(?:Air\s+Force|Navy|Police|Guards?|Marines|Gendarmerie)$")
_OPENING_WORD = re.compile(
    r"(?:(?P<compared>Unlike|Like)|After|Before|Despite|During|Following|Since|Besides|"
    r"Amid|Amidst|As|While|When|Until|Over)\s+the\s+"
)


def event_places(text: str, end: int, words: WordIndex) -> list[PlaceMention]:
    """The places named before an event's noun in `text[words.start:end]`, and those
    its residents are of ("Residents of Ngoshe buried 48 people"), in order."""
    found = []
    matches = list(words.ending_near(EVENT_PLACE, EVENT_WORDS, reach=60))
    matches += list(words.matches(RESIDENTS_OF, RESIDENT_WORDS))
    matches += list(words.ending_near(STRUCK_PLACE, STRUCK_WORDS, reach=60))
    for match in sorted(matches, key=lambda m: m.start()):
        group = _named_group(match)
        name = strip_name(match.group(group))
        first = match.start(group)
        opening = _OPENING_WORD.match(name)
        if opening is not None and opening["compared"]:
            continue  # "Unlike the Let Yet Kone attack, ...": another incident's place
        if opening is not None:  # "Since the Kukawa massacre, ...": Kukawa
            name, first = name[opening.end() :], first + opening.end()
        last = first + len(name)
        if not name:  # all of it stripped: "Saudi-led airstrike ... in Yemen's Saada"
            continue
        if match.re is STRUCK_PLACE:
            if _struck_known(match, name) and not refused_name(name, text, first, last, end):
                found.append(PlaceMention(first, last, name, True))
            continue  # "Troops were attacked", "Okafor was hit": a known place only
        if "." in name or name.lower() in COUNTRY_BY_NAME:
            continue  # a country acting from afar: "the U.S. bombing", "the Kenya strike"
        if _FORCE_NAME.search(name) or ORG_TAIL.search(name.split()[-1]):
            continue  # "the Royal Thai Air Force's bombing": who bombed (trial 77k)
        if _CALENDAR.intersection(name.lower().split()):
            continue
        if first == match.start() and (
            _headline_word(name)
            or _title_case(text, last, match)
            or _verb_opening(text, last, match)
        ):
            continue  # "Deadly attack kills 20", "Death Toll From Terror Attack": no place
        if not refused_name(name, text, first, last, end):
            found.append(PlaceMention(first, last, name, True))
    return found


def resident_places(text: str, start: int, end: int) -> list[PlaceMention]:
    """The homes of the residents who speak in `text[start:end]` ("Residents of Ngoshe
    said 12 people were killed"), and where local sources speak from ("hospital
    officials in the town of Finote Selam said"): the place of a toll whose sentence
    names none other,
    as an official's title gives one (`place_locatives.title_places`); the speakers'
    words are no place otherwise. Not locative."""
    found = []
    for match in RESIDENTS_OF.finditer(text, start, end):
        group = _named_group(match)
        name = strip_name(match.group(group))
        first = match.start(group)
        if (
            not name
            or name.lower() in COUNTRY_BY_NAME
            or refused_name(name, text, first, first + len(name), end)
        ):
            continue
        found.append(PlaceMention(first, first + len(name), name, False))
    return found
