"""Where a source spoke from, which is no place of what it tells (`SPOKE_FROM`, read
by `PageContext.places`). Split from place_patterns.py."""

from __future__ import annotations

import re

from workbench.extract.gazetteer import COUNTRY_BY_CAPITAL
from workbench.extract.place_mention import BEARING_OF, PlaceMention

# Where a source spoke from, not where the thing it tells happened: "speaking on the
# phone from Makurdi", "told reporters in Abuja", "told The Associated Press by phone
# from Yola", "from his hospital bed in Maiduguri", "at a news conference in Lagos",
# "said in Islamabad that".
# Only words of a call or an audience may stand between the verb and the place, so
# that "said gunmen killed five in Kano" keeps Kano.
_AUDIENCE = (
    r"(?:phone|telephone|newsmen|reporters|journalists|pressmen|correspondents|press"
    r"|(?-i:[A-Z][\w'’.&-]*(?:\s+(?:of\s+)?[A-Z][\w'’.&-]*){0,3}(?:\s+\([A-Z]{2,6}\))?))"
)
# When a statement was made: "on Monday", "yesterday".
_TIME = r"(?:yesterday|today|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))"
SPOKE_FROM = re.compile(
    r"\b(?:speaking|spoke|speaks|talking|talked"
    rf"|told\s+(?:the\s+)?{_AUDIENCE}"
    r"|(?:addressing|addressed|briefing|briefed)\s+(?:the\s+|a\s+)?(?:newsmen|reporters"
    r"|journalists|pressmen|correspondents|press(?:\s+conference)?|news\s+conference)"
    r"|(?:press|news)\s+(?:conference|briefing)|hospital\s+beds?"
    # "Residents reached in Mokolo said", "witnesses contacted by phone in Gwoza"
    r"|(?:reached|contacted|interviewed)(?:\s+by\s+(?:tele)?phone)?"
    # "said in Islamabad that": where the statement was made, its content after "that";
    # "..., the spokesman said in Jos.": the sentence's end after the place
    r"|(?:said|says|stated|announced|declared)(?=\s+in\s+(?-i:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)"
    r"{0,3})(?:\s+on\s+\w+)?(?:\s+that\b|\s*(?:[.;]|$)))"
    # "disclosed this in Jos", "confirmed this in a statement in Gusau": the statement's
    r"|(?:disclos|confirm|stat)(?:ed|ing)\s+this(?=,?\s+(?:in|at|from)\s)"
    # "confirmed the incident on Monday in Jos", "confirming the development to newsmen in
    # Gusau", "said yesterday in Jos", "in a statement issued in Gusau": the news given
    # there (not "confirmed the killing of 23 in Tunga", nor "confirmed the attack in X")
    r"|(?:confirm|disclos)(?:ed|ing|es)(?:\s+(?:the|this)\s+(?:incident|development|news))?"
    rf"(?=,?\s+(?:to\s+(?:the\s+)?{_AUDIENCE}|{_TIME}))"
    rf"|(?:said|says|stated|disclosed|confirmed)(?=\s+{_TIME}\s+in\s)"
    r"|(?:statement|release|communiqu[eé])\s+(?:issued|released|made|signed|read)"
    r")"
    rf"(?:,?\s+(?:(?:to|with|on|over|by)\s+(?:the\s+|a\s+)?{_AUDIENCE}|{_TIME}))*"
    r",?\s+(?:from|in|at)\s+(?:the\s+)?(?:(?:town|city|state\s+capital)\s+of\s+)?"
    # "reached by phone in his village, six kilometres north of Maiduguri": where his
    # village lies, no more
    r"(?:(?:his|her|their)\s+(?:home\s+)?(?:village|town)\s*,\s*(?:(?:some|about)\s+)?"
    rf"(?:[\w.,]+\s+(?:km|kilomet\w+|miles?)\s+)?{BEARING_OF}\s+(?:the\s+)?)?"
    r"(?P<where>(?-i:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}))",
    re.IGNORECASE,
)
# The words a match of `SPOKE_FROM` starts at (`WordIndex.scan`)
SPOKE_FROM_AT = frozenset(
    "speaking spoke speaks talking talked told addressing addressed briefing briefed press news "
    "hospital reached contacted interviewed said says stated announced declared confirmed "
    "confirming confirmes disclosed disclosing stating statement release communique "
    "communiqué".split()
)

# The seat of those who speak: "according to President Zelenskyy and other top officials
# in Kyiv" tells where the government sits, not where the strike fell.
_SEAT_BEFORE = re.compile(
    r"(?:officials|authorities|government|ministry|leaders)\s+(?:in\s+)?$", re.IGNORECASE
)


def seat_of_office(text: str, place: PlaceMention) -> bool:
    """Whether `place` is a capital named as the seat of officials who speak ("officials
    in Kyiv", "the authorities in Kabul"): no place of what they tell."""
    if place.name.lower() not in COUNTRY_BY_CAPITAL:
        return False
    return _SEAT_BEFORE.search(text, max(0, place.start - 40), place.start) is not None


# Where the attackers came from, not where they struck: "the attackers came from
# neighbouring counties of Jonglei State and drove away 3,000 head of cattle" (trial 70:
# the raid near Gumuruk was placed in Jonglei State, and matched to other incidents there).
CAME_FROM = re.compile(
    r"\b(?:came|come|comes|coming|hailed|hail|hails|originated|originating|crossed\s+over)"
    # "came from across the Makona river" (trial 79: the river then placed the next
    # sentence's wounded)
    r"\s+from\s+(?:(?:across|beyond|over)\s+)?(?:the\s+)?"
    r"(?:(?:neighbou?ring|nearby|surrounding|rival|adjoining)\s+)?"
    r"(?:(?:counties|county|districts?|villages?|areas?|states?|regions?|communities|"
    r"provinces?|towns?)\s+(?:of|in)\s+)?"
    r"(?P<where>(?-i:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}))",
    re.IGNORECASE,
)
# The words a match of `CAME_FROM` starts at (`WordIndex.scan`)
CAME_FROM_AT = frozenset(
    "came come comes coming hailed hail hails originated originating crossed".split()
)
