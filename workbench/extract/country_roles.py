"""Country names that say whom an office deals with or whose airline it is, not where
anything happened: "ambassador to India", "the UN envoy to Syria", "Air India Flight
182", "a Kenya Airways jet". Read by `not_places` and `home_country`."""

from __future__ import annotations

import re

# An office held towards a country: "ambassador to India", "the UN envoy to Syria", "the
# consul of France". The country names whom the office deals with, not where it is.
_ROLE_BEFORE = re.compile(
    r"(?i:\b(?:ambassadors?|envoys?|consuls?|consulates?|embassy|embassies|high\s+commissioners?|"
    r"high\s+commission|emissar(?:y|ies)|delegations?|representatives?|attach[eé]s?)\s+"
    r"(?:to|of|from|for))\s+(?:(?i:the)\s+)?$"
)
# An airline named by its country: "Air India", "Air Algerie" (the country after "Air"),
# "Kenya Airways", "Pakistan International Airlines", "Gulf Air" (a carrier word after it)
_AIR_BEFORE = re.compile(r"(?-i:\bAir)\s+$")
_CARRIER_AFTER = re.compile(
    r"\s+(?:International\s+)?(?-i:Air(?:ways|lines|\s+Lines)?|Airways|Airlines)\b"
    r"(?!\s+(?i:force|forces|defen[cs]e|base|strikes?|raids?)\b)"  # "Pakistan Air Force"
)


def carrier_named(text: str, start: int, end: int) -> bool:
    """Whether the name `text[start:end]` is part of an airline's ("Air India Flight
    182", "a Kenya Airways jet"): the carrier, not where anything happened."""
    return bool(
        _AIR_BEFORE.search(text, max(0, start - 6), start)
        or _CARRIER_AFTER.match(text, end, min(len(text), end + 30))
    )


# An outlet named by its country: "India Today reported", "the Pakistan Observer", "Kenya
# News Agency" (a capitalised press word after it), "Radio France", "Voice of Nigeria"
# (a broadcaster's word before it).
_OUTLET_AFTER = re.compile(
    r"\s+(?-i:Today|Times|Observer|Tribune|Herald|Post|Daily|Express|Gazette|Standard|"
    r"Chronicle|Telegraph|Monitor|Insider|Online|News|Newsday|TV|Television|Broadcasting|"
    r"Radio|Télévision|Presse)\b"
)
_OUTLET_BEFORE = re.compile(r"(?-i:\b(?:Radio|Télé|Voice\s+of|Radio\s+Télévision))\s+$")


def outlet_named(text: str, start: int, end: int) -> bool:
    """Whether the name `text[start:end]` is part of a news outlet's ("India Today
    reported", "the Pakistan Observer", "Radio France"): who reports, not where
    anything happened (`_OUTLET_AFTER`, `_OUTLET_BEFORE`)."""
    return bool(
        _OUTLET_BEFORE.search(text, max(0, start - 20), start)
        or _OUTLET_AFTER.match(text, end, min(len(text), end + 20))
    )


# A church named by a people: "the Mar Elias Greek Orthodox Church" (in Damascus),
# "the Armenian Apostolic Church", "the Coptic Orthodox Patriarchate"; refugees and their
# camps, who are by name outside their country: "the Ain al-Hilweh Palestinian refugee
# camp" (in Lebanon: pairs-news-k's claims were put in Palestine), "Sudanese refugees".
_COMMUNITY_AFTER = re.compile(
    r"\s+(?:Orthodox|Catholic|Evangelical|Apostolic|Protestant|Lutheran|Baptist|"
    r"(?i:refugees?|asylum[\s-]seekers?))\b"
)


def community_named(text: str, end: int) -> bool:
    """Whether the people's or country's name ending at `end` names a church or refugees,
    not a country: "Greek Orthodox", "Armenian Catholic", "Palestinian refugee camp"
    (`_COMMUNITY_AFTER`)."""
    return _COMMUNITY_AFTER.match(text, end, min(len(text), end + 20)) is not None


def role_before(text: str, start: int) -> bool:
    """Whether the name at `start` is the country an office deals with: "his aide and
    ambassador to India", "the UN envoy to Syria"."""
    return _ROLE_BEFORE.search(text, max(0, start - 40), start) is not None


# A nationality that opens a landmark's name: "New Orleans' French Quarter", "the Indian
# Ocean", "the German Hospital" (a study page of New Orleans was put in France).
_LANDMARK_AFTER = re.compile(
    r"\s+(?-i:Quarter|Street|Square|Avenue|Road|Market|Bazaar|Hospital|School|College|"
    r"University|Club|Ocean|Sea|Riviera|Cemetery|Village)\b"
)


def landmark_named(text: str, end: int) -> bool:
    """Whether the nationality ending at `end` opens a landmark's name ("French
    Quarter", "Indian Ocean"), not a country's (`_LANDMARK_AFTER`)."""
    return _LANDMARK_AFTER.match(text, end, min(len(text), end + 20)) is not None


# A UN force's contingent, whose nationality is never the scene's country: "deux Casques
# bleus marocains", "two Moroccan peacekeepers", "le contingent marocain de la MINUSCA";
# and a country offered condolences ("présente ses condoléances au Royaume du Maroc"):
# trial 65's Central African reports were put in Morocco.
_CONTINGENT_BEFORE = re.compile(
    r"(?i:casques?\s+bleus?|soldats?\s+de\s+la\s+paix|contingents?|peace-?keepers?)\s+$"
    r"|(?i:condol[ée]ances?)\s+(?:[\w’'-]+\s+){0,6}?$"
)
_CONTINGENT_AFTER = re.compile(
    r"\s+(?i:(?:UN\s+|U\.N\.\s+)?(?:peace-?keepers?|blue\s+helmets?|contingents?))\b"
)


def contingent_named(text: str, start: int, end: int) -> bool:
    """Whether the nationality or country at `text[start:end]` is a UN contingent's
    ("Casques bleus marocains", "Moroccan peacekeepers") or one offered condolences,
    not where anything happened (`_CONTINGENT_BEFORE`, `_CONTINGENT_AFTER`)."""
    return bool(
        _CONTINGENT_BEFORE.search(text, max(0, start - 60), start)
        or _CONTINGENT_AFTER.match(text, end, min(len(text), end + 30))
    )
