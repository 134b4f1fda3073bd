"""Whether a capitalised name where a place could stand is a place, and the name as
a place is shown: the checks `places.py` runs on every name its patterns find.

A nationality, a group, a person, an organisation, an office's counterpart, a figure
of speech is no place (`not_places.py` reads each); a name loses the attributes
before it ("Tuareg-held Kidal" is Kidal), its possessive and a headline's words after
it ("in Kano Kills At Least 12" is Kano).
"""

from __future__ import annotations

import re

from workbench.extract.country_acts import blamed_before, strikes_from_afar
from workbench.extract.country_parties import party_named
from workbench.extract.country_roles import carrier_named, outlet_named, role_before
from workbench.extract.gazetteer import COUNTRY_BY_CAPITAL, COUNTRY_BY_NAME, PLACE_NAMES
from workbench.extract.not_place_words import FESTIVALS, TIME_WORDS
from workbench.extract.not_places import (
    ACRONYM,
    COMPOUND,
    actor_name,
    attribute_follows,
    compound_follows,
    elsewhere_before,
    figure_before,
    group_before,
    is_group,
    not_a_place,
    person_follows,
    serves_before,
    sided_before,
    speaks_first,
    strikes_follow,
    titled_person_before,
)
from workbench.extract.place_patterns import ORG_BEFORE, ORG_TAIL

POSSESSIVE = re.compile(r"['’]s$")
# A headline's verb in title case after a name ends it: "in Homs Rises to Seven", "in
# Kano Kills At Least 12".
# So does a headline's preposition or conjunction: "In Borno State Despite Heavy Security".
_HEADLINE_VERB = re.compile(
    r"\s+(?:Rises|Rise|Climbs|Jumps|Reaches|Soars|Hits|Kills|Kill|Killed|Dies|Die|Dead|"
    r"Wounded|Injured|Kidnapped|Abducted|Says|Say|Said|Claims|Leaves|Left|"
    r"Despite|Amid|Amidst|After|Following|During|Over|As|While|Since|Before|Against|"
    r"With|Without|Under|Into|For|From|By|In|At|To|As)\b.*$"
)

# A headline's title-case words for what happened, after the place they follow: "In
# Kenya Terror Attack", "In Fresh Mpeketoni Terror Attack", "In Borno Suicide
# Bombings". The event word ends the run; the words before it that qualify it go too,
# and so do those that open the name ("Fresh", "Latest").
_EVENT_WORDS = frozenset(
    "Attack Attacks Bombing Bombings Blast Blasts Raid Raids Ambush Ambushes Clash Clashes "
    "Massacre Massacres Killings Shooting Shootings Explosion Explosions Airstrike Airstrikes "
    "Strike Strikes Violence Assault Carnage Onslaught Invasion".split()
)
EVENT_QUALIFIERS = frozenset(
    "Terror Terrorist Terrorists Suicide Bomb Car Militant Militants Jihadist Jihadists Rebel "
    "Rebels Bandit Bandits Gunmen Gun Deadly Fresh New Latest Renewed Twin Double Fatal "
    "Brutal Herdsmen Herders Insurgent Insurgents Drone Air Mortar Rocket Grenade Mob "
    "Another Separate Regime Junta Army Military Government Police Coalition Navy Jet "
    "Fighter Warplane Artillery Tank".split()
)
# A headline's kind of place in title case before its name: "in Small Town of
# Petite-Riviere" is Petite-Riviere (as "the small town of" is in running text).
_TITLED_KIND_OF = re.compile(
    r"^(?!(?:Old|New|Greater|Inner)\s)(?:[A-Z][\w’'-]*\s+){0,3}?(?:Village|Town|City|Hamlet|"
    r"Settlement|Commune|Municipality|"
    r"Locality|Neighbou?rhood|Suburb|Community|Enclave|Stronghold|Outpost)\s+of\s+"
    r"(?:the\s+)?(?=[A-Z])"
)
_ORG_REACH = 80  # characters an organisation's name is looked for before a place name
_ATTRIBUTES = re.compile(rf"^.*{COMPOUND}(?:['’]s)?\s*")


# A compass word alone, and what makes it a bearing of the place named after it: "the
# South of the capital", "au Sud et à l'Ouest du chef-lieu".
COMPASS_WORDS = frozenset(
    "north south east west northeast northwest southeast southwest centre center "
    "nord sud est ouest nord-est nord-ouest sud-est sud-ouest".split()
)
COMPASS_OF = re.compile(
    r"(?:\s+(?:and|et)\s+(?:(?:in|to|à)\s+)?(?:the\s+|l['’]\s*)?[A-Za-z-]+)?"
    r"\s+(?:of|du|de|des|d['’])(?=[\s\w])",
    re.IGNORECASE,
)


def refused_name(name: str, text: str, start: int, end: int, limit: int) -> bool:
    """Whether a capitalised name where a place could stand is something else: a
    nationality, a group, a person, an organisation ("near President Tinubu's convoy",
    "in RSF shelling", "near Musa Bello's farm", "in US airstrikes", "Rwanda-backed")."""
    if not name or ORG_TAIL.search(name) or not_a_place(name) or in_organisation(text, start):
        return True
    if figure_before(text, start) or elsewhere_before(text, start):  # "called mini Switzerland"
        return True
    if name.lower() in COMPASS_WORDS and COMPASS_OF.match(text, end, limit):
        return True  # "in the South and West of the provincial capital": a bearing
    if role_before(text, start) or group_before(text, start):  # "ambassador to India"
        return True
    if titled_person_before(text, start):  # "Commissioner Andrew Holland"
        return True
    if carrier_named(text, start, end) or outlet_named(text, start, end):
        return True  # "Air India Flight 182", "Kenya Airways", "India Today reported"
    lowered = name.lower()
    if (lowered in COUNTRY_BY_NAME or lowered in COUNTRY_BY_CAPITAL) and STATE_ORGANS.match(
        text, end, limit
    ):
        return True  # "topple Somalia's central government": whose, not where
    if lowered in COUNTRY_BY_NAME or (lowered not in PLACE_NAMES and ACRONYM.fullmatch(name)):
        return (
            (
                lowered in COUNTRY_BY_NAME
                and (serves_before(text, start) or sided_before(text, start))
            )
            or attribute_follows(text, end, limit)
            or speaks_first(text, start, end, limit)  # "US admits ...": who speaks
            or actor_name(name, text, end, limit)
            or (
                lowered in COUNTRY_BY_NAME
                and (
                    strikes_follow(text, end, limit)
                    # "Israel carried out an airstrike", "accused India of ...": `country_acts`
                    or strikes_from_afar(text, start, end, limit)
                    or blamed_before(text, start)
                    or party_named(text, start, end)  # "fighting with Laos" (country_parties)
                )
            )
        )
    if lowered in PLACE_NAMES:
        # a capital that stands for its state: "Moscow's troops hit the institute" is
        # no attack in Moscow (pairs-news-h); "Kabul government compound" is Kabul
        if lowered in COUNTRY_BY_CAPITAL and _STATE_ARMS.match(text, end, limit):
            return True
        return compound_follows(text, end, limit)
    after = end - 2 if text[end - 2 : end] in ("'s", "’s") else end
    return person_follows(text, after, limit) or compound_follows(text, end, limit)


# A state's arms owned by its capital: "Moscow's troops", "Tehran's proxies" (not the
# city's own police or academy: "Kabul's police chief was killed" is in Kabul).
_STATE_ARMS = re.compile(
    r"['’]s\s+(?:[a-z-]+\s+)?(?:troops|forces|army|armies|military|soldiers|warplanes|jets|"
    r"drones|missiles|navy|air\s+force|artillery|proxies|allies|militias)\b"
)


# A state's organs owned by its country's or capital's name: "Somalia's central
# government", "Kenya's interior ministry", "Tehran's regime" (trial 75: al-Shabaab,
# "which is fighting to topple Somalia's central government", placed its claim of 17
# Kenyan soldiers killed in Kenya in Somalia).
STATE_ORGANS = re.compile(
    r"['’]s\s+(?:[a-z-]+\s+){0,2}?(?:government|authorities|regime|junta|president|"
    r"presidency|parliament|cabinet|ministry|ministers?|leaders?|leadership|rulers?)\b"
)


def in_organisation(text: str, start: int) -> bool:
    """Whether the name at `start` ends an organisation's name: "the Popular Front for
    the Liberation of Palestine", "the Central Bank of Kenya" (`ORG_BEFORE`)."""
    return ORG_BEFORE.search(text, max(0, start - _ORG_REACH), start) is not None


def strip_name(name: str) -> str:
    """A name without its possessive and without attributes before it: "Tuareg-held
    Kidal" is Kidal, "Rwanda-backed" nothing."""
    name = _HEADLINE_VERB.sub("", _ATTRIBUTES.sub("", name).rstrip(".,"))
    name = _TITLED_KIND_OF.sub("", name) or name
    return _without_festival(_without_event(POSSESSIVE.sub("", _without_owner(name))))


# An owner before a place's name: "Al-Shabaab's Lido Beach" (the group's, as told)
_OWNER = re.compile(r"^(?P<owner>[^'’]+?)['’]s?\s+(?P<place>[A-Z].*)$")


def _without_owner(name: str) -> str:
    """A place's name without an armed group or a people named as its owner before it:
    "Al-Shabaab's Lido Beach" is Lido Beach (a country's or a region's stays: "Yemen's
    Taiz")."""
    owned = _OWNER.match(name)
    if owned is None or not is_group(owned.group("owner")):
        return name
    return owned.group("place")


def _without_festival(name: str) -> str:
    """A town's name without the feast after it ("Magdeburg Christmas" of "at the
    Magdeburg Christmas market" is Magdeburg); unchanged where the feast opens the name
    ("Eid Day") or nothing else is left."""
    words = name.split()
    if len(words) < 2 or words[-1] not in FESTIVALS or words[0] in TIME_WORDS:
        return name
    return " ".join(words[:-1])


def _without_event(name: str) -> str:
    """A name without a headline's words for the event after it ("Kenya Terror
    Attack" is Kenya, "Fresh Mpeketoni Terror Attack" Mpeketoni); unchanged when its
    last word names no event, or when nothing would be left."""
    words = name.split()
    if len(words) < 2 or words[-1] not in _EVENT_WORDS:
        return name
    words.pop()
    while words and words[-1] in EVENT_QUALIFIERS:
        words.pop()
    while words and words[0] in EVENT_QUALIFIERS:
        words.pop(0)
    return " ".join(words) if words else name
