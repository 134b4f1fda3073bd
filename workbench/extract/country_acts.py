"""Country names and nationalities that say who struck from afar or who is blamed, not
where anything happened: "Israel carried out an airstrike on ... Doha", "the Pakistan
Army resorted to heavy mortar shelling", "shelling by Pakistani forces", "accused India
of ...". Read by `home_country`, which counts a striker's country only where the page
names no other and no other actor's, and a blamed country not at all.
"""

from __future__ import annotations

import re

# The arms that strike from afar, as a clause names them
_WEAPONS = (
    r"shelling|shells|artillery|mortars?|missiles?|rockets?|barrages?|bombardments?|"
    r"(?:air|drone|missile|aerial)[\s-]?strikes?|airstrikes?|strikes?|bombing|firing"
)
# The country's armed arm between its name and its deed: "the Pakistan Army", "Israel's
# air force", "Indian forces"
_ARM = (
    r"(?:['’]s)?(?:\s+(?:armed|security|defen[cs]e|air|military))?"
    r"(?:\s+(?i:army|military|forces?|troops|air\s+force|navy|jets|warplanes|drones))?"
)
# What it does with them: "carried out", "resorted to", "retaliating through"
_DOES = (
    r"carried\s+out|launched|conducted|resorted\s+to|initiated|retaliat\w*|fired|shelled|"
    r"bombed|pounded|struck|unleashed|stepped\s+up|intensified|responded\s+with|used"
)
_STRIKES_IN_CLAUSE = re.compile(
    rf"{_ARM}\s+(?:[a-z]+\s+)?(?i:{_DOES})\b[^.;:!?\n]{{0,40}}?\b(?i:{_WEAPONS})\b"
    # its arms by its possessive: "India's targeted missile strikes"
    rf"|['’]s\s+(?:[a-z-]+\s+){{0,2}}(?i:{_WEAPONS})\b"
)
# The same named after the arms: "shelling by Pakistani forces", "strikes by Indian forces"
_STRUCK_BY = re.compile(rf"\b(?i:{_WEAPONS})\s+(?:[a-z]+\s+)?by\s+(?:(?i:the)\s+)?$")
# A person told by age and nationality: "a 24-year-old Afghan drove his car into a
# demonstration" (a study page of Munich was put in Afghanistan); "aged 30"
_AGED_BEFORE = re.compile(r"\b\d{1,3}[- ]year[- ]old\s+$", re.IGNORECASE)
# A country blamed or condemned: "accused India of ...", "condemned India's strikes"
_BLAMED = re.compile(
    r"\b(?i:accus\w*|blam\w*|condemn\w*|denounc\w*|hold\w*\s+responsible)\s+(?:(?i:the)\s+)?$"
)


def strikes_from_afar(text: str, first: int, last: int, end: int) -> bool:
    """Whether the country or nationality `text[first:last]` is who struck with arms
    that reach from afar, in its own clause: "Israel carried out an airstrike on senior
    Hamas leaders in Doha", "the Pakistan Army resorted to heavy mortar shelling",
    "artillery shelling by Pakistan" (`_STRIKES_IN_CLAUSE`, `_STRUCK_BY`). Three study
    pages of shelling over the Line of Control were put in Pakistan, one of a strike on
    Doha in Israel."""
    return bool(
        _STRIKES_IN_CLAUSE.match(text, last, min(end, last + 110))
        or _STRUCK_BY.search(text, max(0, first - 40), first)
    )


def aged_person(text: str, first: int) -> bool:
    """Whether the nationality at `first` is a person's told with an age ("a
    24-year-old Afghan"): who someone is, counted for a page's country only where
    nothing else names one (`_AGED_BEFORE`)."""
    return _AGED_BEFORE.search(text, max(0, first - 16), first) is not None


def blamed_before(text: str, first: int) -> bool:
    """Whether the country at `first` is one blamed or condemned ("has accused India
    of carrying out ... attacks", "condemned India's overnight strikes"): whom a voice
    blames, not where it happened (`_BLAMED`)."""
    return _BLAMED.search(text, max(0, first - 30), first) is not None
