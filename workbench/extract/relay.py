"""A voice relaying another: the origin of what a speaker says.

"according to a monitoring group citing JNIM", "the agency said, quoting a
police officer", "Citing witnesses, the monitor said", "a spokesman speaking on
behalf of the group", "JNIM's statement, relayed by a monitoring group",
"officials quoted by state media", "Reuters quoted a nurse as saying". The
speaker who passes the figure on is the claim's voice; the one they pass on is its
origin. "citing a lack of evidence" names no voice, so no origin.
"""

from __future__ import annotations

import re

from workbench.extract.voicewords import looks_like_voice

# "citing Y", "quoting Y", "relaying Y", "(speaking) on behalf of Y": Y follows.
_ACTIVE = r"citing|quoting|relaying|(?:(?:speaking|writing|acting|calling)\s+)?on\s+behalf\s+of"
ACTIVE_RELAY = re.compile(rf"(?<![A-Za-z])(?:{_ACTIVE})\s+", re.IGNORECASE)
# The relays that speak for a whole clause, wherever they stand in it ("Citing
# witnesses, the monitor said", "X said 12 died, citing JNIM"); a bare "on behalf of"
# there is as often what a group does ("fights on behalf of herders").
CLAUSE_RELAY = re.compile(
    r"(?<![A-Za-z])(?:citing|quoting|relaying|(?:speaking|writing)\s+on\s+behalf\s+of|"
    # a relative clause of the speaker's: "according to the radio, which quoted a nurse"
    r"(?<=,\s)(?:which|who)\s+(?:had\s+)?(?:quoted|cited))\s+",
    re.IGNORECASE,
)
# A piece of a sentence that is a relay, not the speaker: "citing Y", "relayed by X".
RELAY_START = re.compile(
    rf"^(?:{_ACTIVE}|(?:as\s+)?(?:quoted|relayed|cited|reported|carried|broadcast)\s+by)\b",
    re.IGNORECASE,
)
# "Y, quoted by X", "Y's statement relayed by X", "according to Y, as reported by X".
_PASSIVE_IN_NAME = re.compile(
    r"^(.+?)\s*,?\s+(?:as\s+)?(?:quoted|relayed|cited|carried|broadcast)\s+by\s+(.+)$",
    re.IGNORECASE,
)
_PASSIVE_RELAY = re.compile(
    r"\s*,?\s*(?:as\s+)?(?:quoted|relayed|cited|reported|carried|broadcast|published)\s+by\s+",
    re.IGNORECASE,
)
# "quoted Y as saying", "cited Y as saying": the reporting verb's object is the origin.
# An apposition may follow the object: "quoted the mayor, Jean Bosco, as saying".
QUOTED_AS = re.compile(
    r"\s+((?:[^,.;:!?\"“”]|(?<=\b[A-Z])\.){1,100}?(?:,\s+[^,.;:!?\"“”]{1,60},)?)"
    r"\s+as\s+(?:saying|telling|stating|reporting)",
    re.IGNORECASE,
)
_NP = re.compile(r"((?:[^,.;:!?\"“”()]|(?<=\b[A-Z])\.){1,100})")
_NP_END = re.compile(
    r"\s+(?:as\s+(?:saying|telling|stating|reporting|having)|that|who|whom|which|when|after|"
    r"because|saying|to\s+say|said|says|reported|told|on\s+\w+day|late\s+\w+|earlier|"
    r"yesterday|today)\b.*$",
    re.IGNORECASE | re.DOTALL,
)
_DOCUMENT = (
    r"statements?|reports?|communiqu[ée]s?|figures|data|tall(?:y|ies)|counts?|tolls?|records|"
    r"lists?|bulletins?|posts?|messages?|videos?|footage|accounts?|information|estimates?|"
    r"claims?|announcements?|updates?|assessments?|surveys?|evaluations?"
)
# "a statement from Y", "figures released by Y", "a report by Y": Y.
_DOCUMENT_OF = re.compile(
    rf"^(?:(?:an?|the|its|their|his|her|this|that|these|those|new|latest|recent|official|"
    rf"preliminary|provisional|rapid|initial|\s)+)?(?:{_DOCUMENT})\s+(?:(?:issued|released|"
    rf"published|posted|compiled|provided|given|put\s+out|made|gathered|conducted|collected|"
    # "a rapid assessment conducted on 24 November by the sub-prefecture" (trial 65)
    rf"carried\s+out|prepared|obtained)\s+(?:(?:on|in)\s+[\w\s]{{1,25}}?\s+)?)?(?:by|from|of)\s+",
    re.IGNORECASE,
)
# "Y's statement", "Y’s latest figures": Y.
_OWNER = re.compile(rf"^(.+?)[’']s?\s+(?:(?:\w+\s+){{0,2}}?)(?:{_DOCUMENT})$", re.IGNORECASE)
# "a UN report", "a police statement": the words before the document's noun.
_AUTHOR_BEFORE = re.compile(
    rf"^(?:(?:an?|the|its|their|this|that|new|latest|recent|official)\s+)*(.*?)\s*(?:{_DOCUMENT})$",
    re.IGNORECASE,
)
_POSSESSIVE = re.compile(r"[’']s?\s+\w")
_DETERMINED = re.compile(r"^(?:an?|the|its|their|this|that)\s", re.IGNORECASE)
_MAX_WORDS = 10


def origin_of(phrase: str) -> str | None:
    """The voice a relay names, or None when it names none: "JNIM" in "JNIM",
    "JNIM's statement", "a statement from JNIM", "a JNIM video"; None for "a lack of
    evidence", "security concerns", "a report", "Hisham's corruption"."""
    phrase = _NP_END.sub("", " ".join(phrase.split())).strip(" ,")
    if document := _DOCUMENT_OF.match(phrase):
        phrase = phrase[document.end() :]
    elif owner := _OWNER.match(phrase):
        phrase = owner.group(1)
    elif author := _AUTHOR_BEFORE.match(phrase):
        phrase = author.group(1) if looks_like_voice(author.group(1)) else ""
    words = phrase.split()
    if not words or len(words) > _MAX_WORDS:
        return None
    if owned := _POSSESSIVE.search(phrase):  # "the group's news agency", not "Y's corruption"
        return phrase if looks_like_voice(phrase[owned.end() - 1 :]) else None
    return phrase if looks_like_voice(phrase) else None


def split_name(name: str) -> tuple[str, str | None]:
    """A speaker's words cut where a relay begins: "a monitoring group citing JNIM" is
    ("a monitoring group", "JNIM"); "a spokesman on behalf of the group" is ("a
    spokesman", "the group"); "the group citing a lack of evidence" is ("the group",
    None); a name holding no relay is (name, None)."""
    relay = ACTIVE_RELAY.search(name)
    if relay is None or relay.start() == 0:
        return name, None
    return name[: relay.start()].rstrip(" ,"), origin_of(name[relay.end() :])


def split_passive(name: str) -> tuple[str, str | None] | None:
    """A speaker's words naming who relays them: "officials quoted by state media" is
    ("state media", "officials"), the relay first; None when they name no relay."""
    match = _PASSIVE_IN_NAME.match(name)
    if match is None or not looks_like_voice(match.group(2)):
        return None
    return match.group(2), origin_of(match.group(1))


def active_origin(
    text: str, start: int, end: int, relays: re.Pattern[str] = ACTIVE_RELAY
) -> str | None:
    """The voice the first of `relays` ("citing Y", "quoting Y", "on behalf of Y") in
    `text[start:end]` names: a speaker's clause, which may open with the relay
    ("Citing witnesses, the monitor said") or end with it ("..., citing JNIM")."""
    for relay in relays.finditer(text, start, end):
        phrase = _NP.match(text, relay.end(), end)
        if phrase and (origin := origin_of(phrase.group(1))):
            return origin
    return None


def passive_relay(text: str, pos: int, end: int) -> tuple[str, int] | None:
    """The relay named by ", quoted by X" / " relayed by X" at `pos` (just after a
    speaker's words), and where its words end; None when none follows."""
    lead = _PASSIVE_RELAY.match(text, pos, end)
    if lead is None:
        return None
    phrase = _NP.match(text, lead.end(), end)
    if phrase is None:
        return None
    name = _NP_END.sub("", " ".join(phrase.group(1).split())).strip(" ,")
    if not name or len(name.split()) > _MAX_WORDS or not looks_like_voice(name):
        return None
    return name, phrase.end()


def quoted_origin(text: str, pos: int, end: int) -> str | None:
    """The object of "quoted"/"cited" at `pos` when it is quoted "as saying":
    "Reuters quoted a nurse as saying" gives "a nurse"."""
    match = QUOTED_AS.match(text, pos, end)
    return origin_of(match.group(1)) if match else None


def document_author(phrase: str) -> str | None:
    """Whose document a speaker phrase names, where it names one: "A statement from
    the military" and "The ministry's statement" are the military's and the ministry's,
    "A UN report" the UN's, so that one body is one voice whatever it said it in; None
    for any other phrase ("a Reuters witness", "a report")."""
    phrase = " ".join(phrase.split())
    if document := _DOCUMENT_OF.match(phrase):
        return phrase[document.end() :] or None
    if not phrase or not phrase.split()[-1][:1].islower():
        return None  # "The Daily Post", "the World Report": a title, not a document
    if owner := _OWNER.match(phrase):
        return owner.group(1)
    # "A UN report", "a police statement": after a determiner only ("Initial reports",
    # "Separate reports" name no one; their capital is the sentence's)
    author = _AUTHOR_BEFORE.match(phrase) if _DETERMINED.match(phrase) else None
    return author.group(1) if author and looks_like_voice(author.group(1)) else None
