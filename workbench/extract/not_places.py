"""Capitalised words that stand where a place could and are not one.

A nationality or an origin ("Guinean peacekeepers", "Rwanda-backed rebels", "US
troops"), an armed group ("RSF", "ISWAP", "Boko Haram", "M23"), a people ("the
Fulani"), a person ("near President Tinubu's convoy", "near Musa Bello's farm"),
an organisation, or an ordinary word that opens a sentence ("Police district
commanders", "Meanwhile, the town ...").

Every check reads a name and at most the few characters after it; nothing here
scans a sentence. The words that name who, never where, are in `not_place_words.py`.
"""

from __future__ import annotations

import re

from workbench.extract.gazetteer import COUNTRY_BY_DEMONYM, PLACE_NAMES
from workbench.extract.not_place_words import (
    ARMED_GROUPS,
    CARRIER_ENDS,
    COMMON,
    MONTH_ABBREVIATIONS,
    MONTHS,
    PEOPLES,
    PLACE_ENDS,
    TIME_WORDS,
    TITLES,
)

# After a person's possessive: "near Musa Bello's farm", not "near Kidal's airport".
_OWNED = (
    r"home|house|residence|compound|farm|shop|store|car|vehicle|office|family|body|grave|"
    r"convoy|motorcade|government|administration|regime|cabinet|party|supporters|men|forces|"
    r"troops|fighters|camp|wife|husband|son|daughter|brother|sister|father|mother|children|"
    r"relatives|bodyguards?|guards?|killing|death|murder|arrest|release"
)
# So too a performer's name before the show: "at an Ariana Grande concert".
_PERSON_AFTER = re.compile(
    rf"['’]s?\s+(?:{_OWNED})\b|,\s+(?:who|whose|whom|aged)\b"
    r"|\s+(?i:concert|gig|show|tour|performance|recital)s?\b"
)
# Nouns that make the name before them an attribute: "US troops", "RSF fighters",
# "Guinean peacekeepers", "Fulani herdsmen", "Rwanda-backed", "M23-held".
_ACTORS = (
    r"soldiers?|troops?|forces?|army|armies|military|militar(?:y|ies)|navy|air\s+force|marines?|"
    r"peacekeepers?|police(?:men)?|officers?|gendarmes?|commandos?|personnel|fighters?|"
    r"militants?|rebels?|insurgents?|jihadists?|islamists?|extremists?|terrorists?|gunmen|"
    r"militia(?:s|men)?|herdsmen|herders|bandits|raiders|separatists|paramilitar(?:y|ies)|"
    r"government|officials?|authorities|embassy|ambassador|envoy|president|minister|ministry|"
    # an office of state by its country: "as U.S. Secretary of State Antony Blinken visited
    # Kyiv" (pairs-news-n study: a Kostiantynivka toll put in the United States)
    r"secretary|prime\s+minister|premier|chancellor|vice[\s-]president|king|queen|"
    r"diplomats?|spokes(?:man|woman|person)|report|reports|media|press|newspaper|television|"
    r"radio|agency|contractors?|nationals?|citizens?|advisers?|advisors?|instructors?|"
    r"mercenaries|jets?|warplanes?|aircraft|drones?|helicopters?|convoy|coalition|contingent|"
    r"battalion|brigade|commander|leader|leaders|members?|supporters?|elements|positions|"
    r"group|faction|cell|network|junta|regime|counterpart|allies|partners|bombers?|"
    r"attackers?|assailants?|hijackers?|kidnappers?|abductors?|assassins?|gunman|"
    # a state's institutions: "listed as a terrorist organization by the US State Department"
    r"state\s+department|department|treasury|congress|senate|parliament|administration|"
    r"sanctions|intelligence"
)
_EVENTS = (
    r"attacks?|raids?|ambush(?:es)?|assaults?|offensive|shelling|bombing|bombardment|strikes?|"
    r"airstrikes?|air\s+strikes?|drone\s+strikes?|rocket|mortar|fire|gunfire|clashes|fighting|"
    r"violence|abduction|kidnapping|massacre|insurgency|insurrection|rebellion|uprising|"
    r"control|custody|captivity|hands|territory|stronghold|hideout|camp|base|enclave|"
    r"incursion|advance|siege|killings?"
)
# "Rwanda-backed", "Tuareg-held", "Mali-based", "Houthi-controlled", "Al Qaeda-linked".
COMPOUND = (
    r"-(?:[a-z]+(?:ed|en)|led|held|run|born|made|style|bound|era|speaking|language|loyal|"
    r"friendly)\b"
)
_COMPOUND_AFTER = re.compile(COMPOUND)
# What a country does from afar: "killed in US airstrikes" (but "killed in Mali attack").
# So is a war it wages by its possessive: "Israel's offensive has killed more than
# 40,000", "Russia's invasion", "since Russia's full-scale invasion" (a trial's toll of
# Gaza took Israel for its place; a study page put Kryvyi Rih in Russia).
_STRIKES_AFTER = re.compile(
    r"['’]s\s+(?i:(?:full-scale|large-scale|all-out|ongoing|renewed|brutal|unprovoked)\s+)?"
    r"(?i:(?:air\s+|military\s+|ground\s+)?campaign|offensive|invasion|war|occupation|onslaught|"
    r"blockade|siege)\b|"
    r"(?:\s+(?:and|or)\s+[A-Z][\w.-]*)?"
    r"\s+(?i:(?:air|drone|missile)[\s-]?strikes?|strikes?|bombings?|bombardments?|shelling|"
    # the guns that fire from afar: "Turkish artillery", "Israeli missiles"
    r"artillery|mortars?|rockets?|missiles?|shells?|"
    # its aircraft and its attacks: "Thai F-16 fighter jets bombed", "Cambodian attacks
    # have killed 15" (trial 77k: the striker's country made the page's)
    r"(?:[A-Z]{1,3}-?\d{1,3}[A-Za-z]?s?\s+)?(?:fighter\s+)?(?:jets|warplanes|bombers|"
    r"gunships|helicopter\s+gunships)|(?:[A-Z]{1,3}-?\d{1,3}[A-Za-z]?\s+)(?:air\s?)?strikes?|"
    r"attacks|aggression|incursions?|"
    r"raids?|fire|custody|captivity)\b"
)
# "Somali al-Shabaab militants": a group's name between the demonym and the actor
# the longer name first; names of one length in sorted order: the same pattern in every
# process (a set's order is not), and of one length at one place only one name matches
_GROUP_NAMES = "|".join(re.escape(g) for g in sorted(ARMED_GROUPS, key=lambda g: (-len(g), g)))
# a country's actors by its possessive: "Myanmar's military junta", "Nigeria's army"
_OWNS = r"(?:['’]s)?"
_ATTRIBUTE_AFTER = re.compile(
    # a currency's letters: "US$2.5 billion" (trial 71: an appeal placed in the United States)
    r"\$|"
    # "Russian and Syrian jets"
    rf"{COMPOUND}|(?:\s+(?:and|or)\s+[A-Z][\w.-]*)?{_OWNS}\s+(?i:{_ACTORS})\b"
    # one modifier between: "Algerian suicide bombers", "Afghan armed forces"
    # or a ministry's field: "identified by Ukraine's foreign ministry"
    rf"|{_OWNS}\s+(?:suicide|armed|special|security|elite|allied|backed|led|regular|service|"
    r"foreign|defen[cs]e|(?-i:Defen[cs]e|Armed|Security|Special))\s+"
    rf"(?i:{_ACTORS})\b"
    rf"|{_OWNS}\s+(?i:al[- ])?(?:{_GROUP_NAMES})\b"
)
_EVENT_AFTER = re.compile(rf"(?:{COMPOUND})?(?:['’]s?)?\s+(?i:{_EVENTS})\b")
ACRONYM = re.compile(r"[A-Z][A-Z0-9&-]*[A-Z0-9]|[A-Z]\d+")
_AFTER = 40  # characters read after a name


def _first_words(name: str) -> list[str]:
    words = name.split()
    return [" ".join(words[:n]) for n in range(len(words), 0, -1)]


def is_group(name: str) -> bool:
    """Whether `name` names an armed group or a people: "Boko Haram", "M23", "the Fulani"
    ("Boko Haram Fighters" by its first words; "Tamil Nadu" is not the Tamils, nor
    "Amba Giorgis", an Amhara town, the Ambazonian "Amba": `_longer_name`)."""
    if name in PEOPLES:
        return True
    words = name.split()
    for n, head in enumerate(_first_words(name)):
        if head in ARMED_GROUPS:
            return n == 0 or not _longer_name(head, words[len(words) - n :])
    return False


# What follows a group's name in a title-cased phrase and keeps it the group's:
# "Boko Haram Fighters", "Fano Militia Commander", "Amba Boys", "Taliban Attack".
_GROUP_FOLLOWS = re.compile(rf"(?i:{_ACTORS}|{_EVENTS}|boys|men|man|chief|spokesperson)\b")


def _longer_name(group: str, rest: list[str]) -> bool:
    """Whether a one-word group name (`group`, not an acronym) opens a longer proper
    name: the next word is capitalised and neither a word of people, of fighting nor
    an ordinary opening word ("Amba Wesha", "Amba Mariam": Amhara's places on an
    "amba", a flat-topped mountain)."""
    first = rest[0]
    if " " in group or group.isupper() or not first[:1].isupper() or first.isupper():
        return False
    return first not in COMMON and first not in PLACE_ENDS and not _GROUP_FOLLOWS.match(first)


def _dated_by_month(words: list[str]) -> bool:
    """Whether a name's last word is a month told as a day's ("Russia's Nov", "Kyiv's
    November"): a month abbreviated, or after a possessive; not "May Pen"."""
    last = words[-1]
    return last in MONTH_ABBREVIATIONS or (last in MONTHS and words[-2].endswith(("'s", "’s")))


def not_a_place(name: str, *, suffixed: bool = False) -> bool:
    """Whether a capitalised `name` found where a place could stand is something else:
    a nationality, a group, a people, a titled person, a time or an ordinary word. A
    `suffixed` name is one "Region", "State" or "Zone" follows ("Shan State", "Somali
    Region"): a people or a nationality may name one. A plural's apostrophe is read
    past: "the Houthis' heartland" names the group."""
    name = name.rstrip("'’")
    words = name.split()
    if not words or name.lower() in PLACE_NAMES:
        return not words
    if name.isupper() and name != name.title() and not_a_place(name.title(), suffixed=suffixed):
        return True  # "AT LEAST 14 people", a lead in capitals: an ordinary word
    if name in ARMED_GROUPS or (not suffixed and is_group(name)):
        return True
    if not suffixed and words[0].lower() in COUNTRY_BY_DEMONYM:
        return True  # "Malian", "French Embassy", "Afghan National Army"
    sited = len(words) > 1 and words[-1] in PLACE_ENDS and words[0] not in TIME_WORDS
    if (any(w in TIME_WORDS for w in words) and not sited) or (len(words) == 1 and name in MONTHS):
        return True  # not "the Magdeburg Christmas Market": a site in a town
    if len(words) > 1 and _dated_by_month(words):
        return True  # "in Russia's Nov. 24 missile strike" (trial 73b): a day, no place
    if words[0].lower().startswith(("pro-", "anti-")):
        return True  # "Pro-Iran Base", "Anti-Balaka": a side taken, not a place
    if words[0] in TITLES and words[-1] not in PLACE_ENDS:
        return True
    if len(words) > 1 and words[-1] in CARRIER_ENDS:
        return True  # "the attack on the Jaffar Express": a train, not a place
    if len(words) > 1 and any(is_group(" ".join(words[n:])) for n in range(1, len(words))):
        return True  # "in Latest ISWAP attack": a headline's word before a group's name
    if len(words) > 1 and words[-1] not in PLACE_ENDS:  # "in Another Attack" (a headline)
        return all(w in COMMON for w in words)
    return len(words) == 1 and name in COMMON


def trim_common(name: str) -> str:
    """A name without the ordinary words that open it: "Residents of Malout" is
    "Malout", "Police" nothing."""
    words = name.split()
    while words and words[0] in COMMON:
        words = words[1:]
        while words and words[0] in ("of", "the"):
            words = words[1:]
    return " ".join(words)


def compound_follows(text: str, end: int, limit: int) -> bool:
    """Whether a name is the first half of an attribute: "Rwanda-backed", "US-led"."""
    return _COMPOUND_AFTER.match(text, end, min(limit, end + _AFTER)) is not None


def attribute_follows(text: str, end: int, limit: int) -> bool:
    """Whether the words after a name make it an attribute, not a place: "US troops",
    "Rwanda-backed", "RSF fighters", "Fulani herdsmen"."""
    return _ATTRIBUTE_AFTER.match(text, end, min(limit, end + _AFTER)) is not None


# A country that opens a sentence as the subject of a statement says who speaks, not
# where: "US admits Syria airstrike that killed 46", "Turkey says four soldiers died",
# "Pakistan has accused India of ...".
_STATEMENT_AFTER = re.compile(
    r"\s+(?:(?:has|have|had)\s+)?(?i:says|said|admits|admitted|denies|denied|confirms|confirmed|announces|announced|"
    r"accuses|accused|warns|warned|insists|insisted|blames|blamed)\b"
)
_CLOSES_SENTENCE = re.compile(r"\s*(?:[.!?;]|$)")
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?;:\n][\"”’']?\s+|[\"“]\s*)(?:(?i:the)\s+)?$")
# A nationality before "border" names the country beyond the border, not the place:
# "near the Pakistani border" is in India, "on the Afghan frontier" in Pakistan, "the
# Iraq-Syria border" in neither.
# "the Democratic Republic of Congo (DRC) border" too.
_BORDER_AFTER = re.compile(
    r"(?:[-–/][A-Z][\w]*)?(?:\s*\([A-Z]{2,6}\)|\))?"
    # a country's own border, possessed: "near Nigeria's border", "Chad’s eastern frontier"
    r"(?:['’]s?)?(?:\s+(?i:northern|southern|eastern|western|north-?eastern|north-?western|"
    r"south-?eastern|south-?western))?"
    r"\s+(?i:border|borders|frontier|boundary)\b"
)
# A name in a figure of speech: "called mini Switzerland", "dubbed 'little Kabul'",
# "becoming another Afghanistan"; "a village called Dogo" names a place.
_FIGURE_BEFORE = re.compile(
    r"(?:(?i:\b(?:nicknamed|dubbed|billed\s+as|likened\s+to|compared\s+to))"
    r"\s+(?:(?i:the|a)\s+)?[\"'‘“]?\s*(?:(?i:mini|little|another|second)[\s-]+)?"
    r"|(?i:\b(?:mini|little|another|a\s+second))[\s-]+)$"
)
# A country named as what lies beyond the place, or where someone went away to: "near
# the border with Congo", "the border area with Burkina Faso and Niger", "the border of
# Kenya", "the department, which borders Togo and Nigeria", "in self-exile to Turkey";
# or where an actor is based rather than where it struck ("JNIM, an affiliate based in
# Mali"). The later names of a list after it are so too ("Burkina Faso and Niger").
_LISTED = (
    r"(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"
    r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+))"
)
_ELSEWHERE = (
    r"\b(?:which|that)\s+(?:borders|bordered)|\bexile\s+(?:to|in)"
    r"|\b(?:based|headquartered)\s+(?:in|out\s+of)"
)
_BEYOND_BEFORE = re.compile(
    r"(?i:\b(?:border|borders|frontier|boundary)(?:\s+(?:areas?|regions?|zones?|lines?))?"
    rf"\s+(?:with|of)|{_ELSEWHERE})\s+(?:(?i:the)\s+)?{_LISTED}{{0,4}}$"
)
# The same, but for the border's own words, which a place phrase after "on" or "near"
# keeps whole ("on the border with Somalia" is where it happened, in the home country)
_ELSEWHERE_BEFORE = re.compile(rf"(?i:{_ELSEWHERE})\s+(?:(?i:the)\s+)?{_LISTED}{{0,4}}$")
_SERVES_BEFORE = re.compile(
    rf"(?i:\b(?:{_ACTORS}|agents?|spies|operatives?|proxies|envoys?)\s+of)\s+(?:(?i:the)\s+)?$"
)
# A country named as the side behind an actor: "a militia backed by Iran", "fighters
# loyal to Russia", "groups aligned with Iran", "proxies of Iran". Whose, not where.
_SIDED_BEFORE = re.compile(
    r"(?i:\b(?:backed|supported|funded|financed|armed|sponsored|bankrolled|trained|equipped)"
    r"\s+by|\b(?:allied|aligned|affiliated|loyal)\s+(?:to|with)|\bprox(?:y|ies)\s+(?:of|for))"
    r"\s+(?:(?i:the)\s+)?$"
)
# The capitalised words that stand right before a name in one run: "Islamic State| West
# Africa Province", "Islamic State| Khorasan".
_RUN_BEFORE = re.compile(r"((?:[A-Z][\w'’-]*\s+){1,4})$")


def speaks_first(text: str, start: int, end: int, limit: int) -> bool:
    """Whether the name `text[start:end]` opens its sentence as the one who makes a
    statement ("US admits ...", "Kenya says ..."), or closes it so ("..., Turkey
    says"): a voice, not a place."""
    statement = _STATEMENT_AFTER.match(text, end, min(limit, end + _AFTER))
    if statement is None:
        return False
    if _OPENS_SENTENCE.search(text, max(0, start - 8), start) is not None:
        return True
    return text[max(0, start - 2) : start].strip() == "," and bool(
        _CLOSES_SENTENCE.match(text, statement.end(), min(limit, statement.end() + 3))
    )


def border_follows(text: str, end: int, limit: int) -> bool:
    """Whether "border" or "frontier" follows a name: "the Pakistani border"."""
    return _BORDER_AFTER.match(text, end, min(limit, end + _AFTER)) is not None


def figure_before(text: str, start: int) -> bool:
    """Whether the name at `start` is a figure of speech: "the meadow nicknamed 'mini
    Switzerland'", "a town called little Paris", "dubbed Venice of the East"."""
    return _FIGURE_BEFORE.search(text, max(0, start - 40), start) is not None


def beyond_before(text: str, start: int) -> bool:
    """Whether the name at `start` is what lies beyond a border, where someone went
    into exile or where an actor is based ("near the border with Congo", "which
    borders Niger and Nigeria", "self-exile to Turkey", "an affiliate based in Mali"),
    or a later name of such a list: not the place."""
    reach = max(0, start - 90)
    return bool(
        _BEYOND_BEFORE.search(text, reach, start) or _FRENCH_BEYOND.search(text, reach, start)
    )


# The same in French: "près de la frontière avec le Soudan", "la frontière commune avec
# la Libye et le Niger".
_FRENCH_BEYOND = re.compile(
    r"(?i:\bfronti[eè]res?\s+(?:commune\s+)?(?:avec|de))\s+(?:(?i:le|la|les|l['’])\s*)?"
    rf"(?:{_LISTED}(?:(?i:le|la|les|l['’])\s*)?){{0,4}}$"
)


def elsewhere_before(text: str, start: int) -> bool:
    """Whether the name at `start` (after "in") is where an actor is based, where
    someone went into exile, or what a place borders ("an affiliate based in Mali",
    "self-exile in Kenya", "which borders Niger and Nigeria"): not the place."""
    return _ELSEWHERE_BEFORE.search(text, max(0, start - 90), start) is not None


def serves_before(text: str, start: int) -> bool:
    """Whether the country named at `start` is whose actors the words before it are:
    "suspected agents of Iran", "the armed forces of Ukraine", "the government of
    Mali". The side, not where it acted ("residents of Malout" is a town's, and a
    place: this is asked of countries only)."""
    return _SERVES_BEFORE.search(text, max(0, start - 40), start) is not None


def sided_before(text: str, start: int) -> bool:
    """Whether the country named at `start` is the side behind an actor the words
    before it name: "a militia backed by Iran", "forces loyal to Russia"."""
    return _SIDED_BEFORE.search(text, max(0, start - 40), start) is not None


def group_before(text: str, start: int) -> bool:
    """Whether the name at `start` goes on an armed group's name in one run of capitalised
    words: "Islamic State West Africa Province", "Islamic State Khorasan"."""
    run = _RUN_BEFORE.search(text, max(0, start - 60), start)
    if run is None:
        return False
    words = run.group(1).split()
    return any(is_group(" ".join(words[i:])) for i in range(len(words)))


def actor_name(name: str, text: str, end: int, limit: int) -> bool:
    """Whether `name` is an acronym or group doing what follows: "in RSF shelling",
    "in ISWAP attacks", "in M23-held areas" (an unknown town before "attack" stays)."""
    looks_like_group = is_group(name) or (
        name.lower() not in PLACE_NAMES and ACRONYM.fullmatch(name) is not None
    )
    return looks_like_group and _EVENT_AFTER.match(text, end, min(limit, end + _AFTER)) is not None


# A title and a given name before a name: "Assistant Commissioner Andrew Holland", whose
# surname is a country's other name; "Mayor John Paris".
_TITLED_BEFORE = re.compile(
    rf"(?<![\w.])(?:{'|'.join(re.escape(t) for t in sorted(TITLES, key=len, reverse=True))})"
    r"\s+(?:[A-Z][a-z'’-]+\s+){1,2}$"
)


def titled_person_before(text: str, start: int) -> bool:
    """Whether the name at `start` is a person's surname, a title and a given name
    before it ("Acting Assistant Commissioner Andrew Holland said": not Holland, the
    Netherlands)."""
    return _TITLED_BEFORE.search(text, max(0, start - 60), start) is not None


def person_follows(text: str, end: int, limit: int) -> bool:
    """Whether what follows a name says it is a person's: "Musa Bello's farm",
    "Ahmed Musa, who ..."."""
    return _PERSON_AFTER.match(text, end, min(limit, end + _AFTER)) is not None


def strikes_follow(text: str, end: int, limit: int) -> bool:
    """Whether a country's name is the actor of what follows: "in US airstrikes"."""
    return _STRIKES_AFTER.match(text, end, min(limit, end + _AFTER)) is not None
