"""Whether a claim counts over several incidents, sites or days: a whole whose parts
other reports may count one by one (relate's `related`, ties.part_of_whole).

"Nine people were killed in two separate attacks", "15 casualties caused by bombing 2
hospitals", "at least 31 civilians died in Aleppo, Hama and Idlib", "gunmen raided
three villages, killing 19", "about 27 people were killed over 28-30 January": each
is the sum of tolls another report may give apart ("four killed in an attack", "14
on 29 January"). Twin blasts are one incident, so blasts are no several; nor is
"between A and B", one stretch of road; nor a day named alone.
"""

from __future__ import annotations

import re

_NUMBER = (
    r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|multiple|various|\d+)"
)
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"  # "June", "Aug."
# "in two separate encounters", "at two hospitals", "a series of attacks", "three
# villages", "two communities": a count over several incidents or sites
_SEVERAL = re.compile(
    rf"\b(?:{_NUMBER}\s+(?:separate\s+|different\s+|other\s+)?|separate\s+|a\s+series\s+of\s+)"
    r"(?:[\"“][^\"”]{1,30}[\"”]\s+)?"  # two separate "bomb attack" incidents
    r"(?:attacks|encounters|incidents|raids|clashes|operations|ambushes|hospitals|villages|"
    r"towns|cities|communities|settlements|hamlets|localities|locations|places|sites|areas|"
    r"camps|districts|counties|provinces|states|regions)\b",
    re.IGNORECASE,
)
# "over two days", "during three days of rioting", "over the past four days"; "over
# the weekend" is none (one night's attack may span it), nor "two days ago", one day,
# nor "the second attempt in twelve days", a frame, not the count's span
_DAYS = re.compile(
    rf"\b(?:over|during|across|throughout)\s+(?:the\s+)?(?:past\s+|last\s+|first\s+)?"
    rf"{_NUMBER}\s+days\b|\b{_NUMBER}\s+days\s+of\b",
    re.IGNORECASE,
)
# a span over which a count was made: "over the past 45 days", "45 days of the
# operation", "during three weeks of fighting" (not "the second attack in two weeks",
# a frame, nor "two years of age")
_SPAN = re.compile(
    rf"\b(?:over|during|across|throughout)\s+(?:the\s+)?(?:past\s+|last\s+|first\s+)?"
    rf"(?P<n>{_NUMBER})\s+(?P<unit>days|weeks|months|years)\b"
    rf"|\b(?P<m>{_NUMBER})\s+(?P<unit2>days|weeks|months|years)\s+of\b(?!\s+age)",
    re.IGNORECASE,
)
LONG_SPAN_DAYS = 7  # a count over more days than a week is a campaign's running total
_WORD_NUMBERS = {
    word: n
    for n, word in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve".split()
    )
}
# a span of days written with a dash or "to": "over 28-30 January", "between 14/12 -
# 17/12", "from 11 to 13 Aug", "September 12-14th", "(2/10 - 11/10)"
_DAY_SPAN = re.compile(
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s*(?:-|–|to)\s*\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}"
    rf"|\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\s*(?:-|–)\s*\d{{1,2}}(?:st|nd|rd|th)?\b"
    r"|\b\d{1,2}/\d{1,2}\s*(?:-|–|to)\s*\d{1,2}/\d{1,2}\b",
    re.IGNORECASE,
)
# "in northeastern India and Kashmir": the claim's place and another named after it
_AND_PLACE = re.compile(r"\s*,?\s+and\s+(?:the\s+)?[A-Z]")
# "in Aleppo, Hama and Idlib", "the villages of Kurungu, Tse Vir, Abur and Agberga",
# "attacks Lubu and Mubeng": a list of places after a preposition; names are
# capitalised words, joined by commas and a last "and"
_NAME = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?"
_PLACE_LIST = re.compile(
    rf"\b(?:in|at|on|across|of|attacks?|attacked|raided|stormed)\s+(?:the\s+)?"
    rf"{_NAME}(?:\s*,\s*{_NAME})*\s*,?\s+and\s+(?:in\s+|at\s+)?{_NAME}"
)
# the same in French: "dans trois attaques distinctes", "trois villages", "plusieurs localités"
_FR_NUMBER = r"(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|plusieurs|\d+)"
_SEVERAL_FR = re.compile(
    rf"\b{_FR_NUMBER}\s+(?:attaques|incidents|raids|affrontements|embuscades|op[ée]rations|"
    r"h[ôo]pitaux|villages|localit[ée]s|villes|communes|sites|camps|districts|comt[ée]s|"
    r"provinces|d[ée]partements|r[ée]gions|pr[ée]fectures)\b",
    re.IGNORECASE,
)
# "en trois jours", "pendant deux jours", "au cours des trois derniers jours"; not "il y a
# trois jours", a day
_DAYS_FR = re.compile(
    rf"\b(?:en|pendant|durant|sur|au\s+cours\s+des?)\s+(?:les\s+)?{_FR_NUMBER}\s+"
    r"(?:derniers\s+)?jours\b",
    re.IGNORECASE,
)
# "dans les comtés de Mandera et de Lamu", "les régions de Mopti, Ségou et Tombouctou",
# "à Kisumu, à Nakuru et à Mombasa": places listed after a plural division or "à"
_PLACES_FR = re.compile(
    r"\b(?:comt[ée]s|provinces|r[ée]gions|villes|localit[ée]s|villages|d[ée]partements|"
    r"communes|pr[ée]fectures|[ée]tats)\s+(?:de\s+|d['’]\s*)"
    rf"{_NAME}(?:\s*,\s*(?:de\s+|d['’]\s*)?{_NAME})*\s*,?\s+et\s+(?:de\s+|d['’]\s*)?{_NAME}"
    rf"|\b[àa]\s+{_NAME}(?:\s*,\s*[àa]\s+{_NAME})*\s*,?\s+et\s+[àa]\s+{_NAME}"
)
# "striking a wedding, a funeral and a hospital": three sites or gatherings or more,
# listed with commas and a last "and" (two may be one blast's, "a market and a bus stop")
_SITE = (
    r"(?:(?:a|an|the)\s+)?(?:wedding|funeral|burial|ceremony|rally|market|mosque|church|"
    r"school|hospital|hotel|restaurant|bar|checkpoint|station|camp|base|village|town)s?"
)
_SITE_LIST = re.compile(rf"\b{_SITE}(?:\s*,\s*{_SITE})+\s*,?\s+and\s+{_SITE}\b", re.IGNORECASE)
REACH = 80  # characters about a claim's words that may say it counts several
# where the toll's clause ends and another begins, telling another act: "killed 170
# locals in X, and troops also set fire to three villages nearby"
_CLAUSE_END = re.compile(r",\s+(?:and|but|while)\s+|;\s+|\s+while\s+", re.IGNORECASE)


def counts_several(
    text: str, sentence: str, location: str | None, one_places: tuple[str, ...] = ()
) -> bool:
    """Whether a claim (its words `text` in `sentence`, placed at `location`) counts
    over several incidents, sites or days: the rest of its sentence names several
    sites or incidents ("were killed and two churches razed by gunmen who stormed
    two communities"), or the REACH characters before its words or after them say
    so ("raided three villages, killing 19", "were killed in two separate
    encounters", "at various locations", "over 28-30 January", "during the 3 days
    of rioting"), a list of places there ("in Aleppo, Hama and Idlib") or of three
    sites or gatherings ("striking a wedding, a funeral and a hospital"), or its place
    followed by another joined by "and" ("in northeastern India and Kashmir";
    "between A and B" is one place). Nor does what the sentence tells after the
    toll's clause ends ("killed 170 locals in X, and troops also burned three
    villages nearby"), nor the name of one place written with "and" (`one_places`,
    the names the gazetteer gave the claim's place: "in Jammu and Kashmir's Pulwama
    district")."""
    sentence, text = _one_names(sentence, one_places), _one_names(text, one_places)
    start = max(sentence.find(text), 0)
    before = sentence[max(start - REACH, 0) : start]
    end = _clause_end(sentence, start + len(text))
    after = sentence[start : min(start + len(text) + REACH, end)]
    # "... who stormed two communities": the rest of the toll's clause tells where it
    # was counted
    if _SEVERAL.search(sentence, start, end) or _SITE_LIST.search(sentence, start, end):
        return True
    for reach in (after, before):
        if _SEVERAL.search(reach) or _killing_days(reach) or _DAY_SPAN.search(reach):
            return True
        if _SEVERAL_FR.search(reach) or _DAYS_FR.search(reach) or _PLACES_FR.search(reach):
            return True  # "en trois jours dans les comtés de Mandera et de Lamu"
        if _SITE_LIST.search(reach):
            return True
        if _places_listed(reach):
            return True
    place = location or ""
    at = sentence.find(place) if place and not place.startswith("between") else -1
    return at >= 0 and bool(_AND_PLACE.match(sentence, at + len(place)))


# "(as counted over several days)", "tallied over two days": how long the counting took
_COUNTED = re.compile(r"\b(?:counted|tallied|compiled|confirmed)\s+$", re.IGNORECASE)


def _killing_days(reach: str) -> bool:
    """Whether a reach of a sentence tells a span of days the killing lasted ("over
    two days", "during three days of rioting"), not how long its counting took: "117
    deaths (as counted over several days)" in one day's blasts is one day's toll."""
    return any(not _COUNTED.search(reach[: m.start()]) for m in _DAYS.finditer(reach))


def counts_campaign(text: str, sentence: str) -> bool:
    """Whether a claim's words, or the REACH characters about them, tell a count over
    more than a week (`_LONG_SPAN`: "45 days of the operation raise the death toll to
    more than 900", "over the past three weeks", "in two months of fighting"): a
    campaign's running total, as "since January" is, never one incident's count nor a
    sum of a few (relate links it to no incident's toll)."""
    start = max(sentence.find(text), 0)
    reach = sentence[max(start - REACH, 0) : start + len(text) + REACH]
    for found in _SPAN.finditer(reach):
        count = (found.group("n") or found.group("m")).lower()
        unit = (found.group("unit") or found.group("unit2")).lower()
        if not unit.startswith("day"):
            return True
        days = _WORD_NUMBERS.get(count) or (int(count) if count.isdigit() else 0)
        if days > LONG_SPAN_DAYS:
            return True
    return False


def _clause_end(sentence: str, after: int) -> int:
    """Where the clause holding a toll's words (ending at `after`) ends: at a comma
    and a conjunction, or a semicolon; the sentence's end where none follows."""
    found = _CLAUSE_END.search(sentence, after)
    return found.start() if found else len(sentence)


def _one_names(sentence: str, names: tuple[str, ...]) -> str:
    """The sentence with each place name written with "and" ("Jammu and Kashmir",
    "Trinidad and Tobago") joined into one word of the same length, so that no list
    of places is read in it."""
    for name in names:
        if " and " in name:
            joined = name.replace(" and ", "_and_")
            sentence = re.sub(re.escape(name), joined, sentence, flags=re.IGNORECASE)
    return sentence


def counts_days(text: str, sentence: str) -> bool:
    """Whether a claim's words, or the REACH characters about them, tell a span of
    days ("over 9-13 August", "during three days of rioting"): its date, as read, may
    be only one day of that span, so it states no one day (relate's two stated days
    apart are two incidents' only for claims of one day each)."""
    start = max(sentence.find(text), 0)
    reach = sentence[max(start - REACH, 0) : start + len(text) + REACH]
    return bool(_DAYS.search(reach) or _DAY_SPAN.search(reach))


def _places_listed(reach: str) -> bool:
    """Whether a stretch of a sentence lists places: "in Aleppo, Hama and Idlib"; not
    a group's name ("Hamas and Islamic Jihad claimed"), which follows no preposition,
    nor "between A and B"."""
    for found in _PLACE_LIST.finditer(reach):
        if not reach[max(found.start() - 8, 0) : found.start()].lower().endswith("between "):
            return True
    return False
