"""The texts whose coded toll cannot be read from the text itself, counted apart by
`real_text.py` (issue 13: "count those texts separately and say how many"): a
coder's convention for a vague word, a toll split over several events or days, a
note shared by several events, a series of attacks, a note that tells no death.
Each class is defined from a text and its coded figure alone, for every corpus
alike (docs/corpora.md)."""

from __future__ import annotations

import re
from collections import defaultdict

from corpora import Row
from near_copies import near_copies

from workbench.extract.numbers import parse_number_words

# ACLED's codebook: "several"/"many" deaths are coded 10, "dozens" 12 and
# "hundreds" 100; a toll spread over several events is split between them.
# Neither figure can be read from the note itself.
_SPLIT = re.compile(
    r"\b(?:split|divided|spread|distributed)\b[^.]{0,60}\b(?:events?|days?|locations?|incidents?)\b"
    r"|\bfatalit(?:y|ies)\b[^.]{0,40}\b(?:split|divided|spread|distributed)\b"
    r"|\bcoded\s+across\s+(?:\d+|two|three|four|five|six|several|multiple)\s+events\b",
    re.IGNORECASE,
)
# A note that tells fighting over several days or in several places: ACLED codes an
# event per day and location and shares the toll between them (its codebook).
_DAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d{1,2}/\d{1,2})"
_SEVERAL_DAYS = re.compile(
    r"\bover\s+(?:the\s+(?:course\s+of\s+)?)?(?:two|three|four|five|six|seven|several|a\s+few|\d+)"
    r"\s+(?:consecutive\s+)?(?:days|nights|weeks)\b"
    r"|\b(?:several|two|three|four|five|\d+)\s+(?:consecutive\s+|successive\s+)?days\s+of\b"
    rf"|\bbetween\s+(?:\w+\s+)?\(?{_DAY}\)?\s+and\s+(?:\w+\s+)?\(?{_DAY}\b"
    rf"|\bfrom\s+\(?{_DAY}\)?\s+(?:to|until|through)\s+\(?{_DAY}\b"
    r"|\bthroughout\s+the\s+(?:weekend|week)\b|\bover\s+the\s+weekend\b"
    # a fight told by its length: "a two day communal clash", "two-day fighting"
    r"|\b(?:two|three|four|five|six|seven|several|\d+)[\s-]day(?![\w-])"
    r"|\bin\s+(?:two|three|four|five|several|\d+)\s+(?:different\s+|separate\s+)?"
    r"(?:locations|places|states|LGAs)\b",
    re.IGNORECASE,
)
# "a number of" (quoted or not) and "an unknown number of" are ACLED's unknown figure,
# coded 10 like "several" (Nigeria's coders: 'A "number" of Boko Haram fighters killed').
# So is a note that says the number is not known ("Causalities reported, number not
# known", "exact numbers are not known", "Losses not yet evaluated").
_CONVENTION = {
    10: r"several|many|numerous|multiple|some|an?\W{1,3}number\W{1,3}of|"
    r"an?\s+(?:unknown|unspecified|undisclosed)\s+number|"
    r"(?:numbers?|figures?|losses)\s+(?:are\s+|were\s+|is\s+|was\s+)?(?:not\s+(?:yet\s+)?"
    r"(?:known|provided|given|available|evaluated)|unknown)",
    12: "dozens|scores",
    100: "hundreds",
}
# A note that says its toll is unknown: "Unknown fatalities.", "fatalities unknown",
# "unspecified number of fatalities". ACLED's teams code it 3 (Myanmar's notes say so:
# "Unknown fatalities coded as 3") or 10 (the codebook's "several"); the study halves
# hold both, by team, and the note cannot tell which.
_UNKNOWN_TOLL = re.compile(
    r"\b(?:unknown|unspecified|undisclosed)\s+(?:number\s+of\s+)?(?:fatalities|casualties|deaths)"
    r"|\bfatalities\s+(?:are\s+|were\s+|remain\s+)?(?:unknown|unspecified|not\s+known)\b",
    re.IGNORECASE,
)
_VAGUE_DEATHS = re.compile(
    r"\b(?:several|many|numerous|multiple|dozens|scores|hundreds|unknown number|"
    r"unspecified number|an? number of|some)\b",
    re.IGNORECASE,
)


_ATTACKS = r"(?:attacks|bombs|blasts|explosions|bombings|incidents|shootings|devices)"
_FEW = r"(?:two|three|four|five|six|seven|eight|nine|ten)"
_SERIES = re.compile(
    r"\b(?:one|first|second|third|fourth|fifth|sixth|seventh|\d+|two(?=\s+of))\s+(?:of\s+)?(?:the\s+)?"
    r"(?:\w+\s+){0,2}?(?:of\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|"
    rf"multiple|many)\s+(?:\w+\s+){{0,2}}?{_ATTACKS}\b|\bcoordinated\s+attack:|"
    rf"\bseries\s+of\s+(?:\w+\s+){{0,3}}?{_ATTACKS}\b"
    # several attacks told together, each its own record: "three successive blasts",
    # "simultaneous attacks", "a second device detonated" (at the scene of the first),
    # "the combined attacks", "across three attacks", and RAND's "impossible to
    # disaggregate"
    rf"|\b{_FEW}\s+(?:successive|simultaneous|separate|twin|consecutive|coordinated)\s+"
    rf"(?:\w+\s+)?{_ATTACKS}\b"
    r"|\bsimultaneous\s+(?:\w+\s+){0,2}?(?:attacks|bombings|blasts|explosions)\b"
    r"|\b(?:a|the)\s+second\s+(?:\w+\s+)?(?:bomb|blast|explosion|device|attack|bomber)\s+"
    r"(?:\w+\s+)?(?:exploded|detonated|went\s+off|occurred|struck|blew)"
    r"|\bcombined\s+(?:attacks|blasts|bombings|explosions)\b|\bdisaggregate\b"
    rf"|\bacross\s+(?:the\s+)?{_FEW}\s+(?:\w+\s+)?{_ATTACKS}\b",
    re.IGNORECASE,
)
# A text that states no number and no death at all ("OLF attacks Ethiopian troops").
# A number in words counts wherever it stands, as one in digits does ("shot and killed
# two fishermen"), and so does one victim named by a pronoun ("stabbed and killed him").
_ANY_FIGURE = re.compile(
    r"(?<!\[)\d+(?!\d*\])"
    r"|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
    r"eighty|ninety|dozens?|hundreds?)\b"
    r"|\b(?:kill|murder|lynch|behead|execut|assassinat|shot|stabb|strangl|beat)\w*\s+(?:him|her)\b"
    r"|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
    r"dozens?|hundreds?|several|a|an|the|his|her)\b[^.;]{0,80}\b(?:kill|dead|death|died|die|"
    r"fatalit|bod(?:y|ies)|murder|lynch|behead|execut|assassinat|massacr|shot)"
    r"|\b(?:kill|dead|death|died|fatalit|bod(?:y|ies)|murder|lynch|behead|execut|"
    r"assassinat|massacr|shot)\w*\s+(?:a|an|the|his|her|\w+\s+and)\b",
    re.IGNORECASE,
)


# Any word that may tell a death, broadly (casualties, victims, burning, drowning, a
# suicide attack's bomber ...): a coded toll is unreadable from a text with none.
# "Shot" alone is not one: on the ACLED study halves, notes telling a shooting and
# no death are mostly coded 0.
_DEATH_WORD = re.compile(
    r"kil|dead|death|die[sd]?\b|\bdie\b|dying|fatal|bod(?:y|ies)|murder|lynch|behead|decapit|"
    r"execut|assassinat|massac|slain|slay|slew|slaughter|corpse|perish|succumb|lives|\blife|"
    r"\bKIA\b|neutrali|eliminat|casualt|causalit|toll|victim|burn|drown|ablaze|martyr|"
    r"\blost\b|\bloss|remains|grave|buried|burial|funeral|mortuary|morgue|suicide|"
    r"blew\s+(?:themselves|himself|herself)\s+up|hang(?:ed|ing)|crash|gun(?:s|ned|ning)?\s+down|"
    r"deceased",
    re.IGNORECASE,
)
# A figure in digits; not a part of a date ("(01/05)", "on 04.10.23"), which would
# make a day and a month look like a toll's parts.
# A comma after it that separates no thousands leaves it a figure: "killing 16, including".
_DIGITS = re.compile(r"(?<![\d.,/])\d{1,3}(?:,\d{3})+(?!\d|,\d)|(?<![\d.,/])\d+(?!\d|,\d|[./]\d)")
# A length of time is no stated figure either ("over two days", "a two-day clash", "a
# 25-year-old"): read as a toll's part or share, it hid a split toll.
_DURATION_AFTER = re.compile(r"[\s-]+(?:days?|nights?|weeks?|months?|years?|hours?)\b", re.I)
_WORDS = re.compile(
    r"\b(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|"
    r"seventy|eighty|ninety|hundred|thousand|a\s+dozen)[\s-]*)+",
    re.IGNORECASE,
)


# Words that tell an injury: a coded injury toll is unreadable from a text with none.
INJURY = re.compile(r"injur|wound|hurt|maim|hospital|casualt|critical\s+condition", re.I)


# A day of a month, written out ("04 December 2019", "on March 5, 2019", "the 3rd of
# May"), and an ordinal ("14th Infantry Battalion"): no figure either. Read as a stated
# figure, the day made a note that names one victim look like a share of a split toll.
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_DAY_BEFORE_MONTH = re.compile(rf"(?:st|nd|rd|th)?(?:\s+of)?\s*{_MONTH}(?![a-z])", re.I)
_MONTH_BEFORE_DAY = re.compile(rf"(?<![a-z]){_MONTH}\s+$", re.I)
_ORDINAL_AFTER = re.compile(r"(?:st|nd|rd|th)\b", re.I)


def _a_date_or_rank(text: str, match: re.Match[str]) -> bool:
    """Whether the digits of `match` are a day of a month or an ordinal."""
    return bool(
        _DAY_BEFORE_MONTH.match(text, match.end())
        or _MONTH_BEFORE_DAY.search(text, max(0, match.start() - 12), match.start())
        or _ORDINAL_AFTER.match(text, match.end())
    )


def _stated_numbers(text: str) -> set[int]:
    """Every whole number the text writes, in digits or in words, but a date's parts,
    an ordinal and a length of time ("two days", "a 25-year-old")."""
    found = {
        int(m.group(0).replace(",", ""))
        for m in _DIGITS.finditer(text)
        if not (_DURATION_AFTER.match(text, m.end()) or _a_date_or_rank(text, m))
    }
    for match in _WORDS.finditer(text):
        if _DURATION_AFTER.match(text, match.start() + len(match.group(0).rstrip(" -"))):
            continue  # "over two days"
        value = parse_number_words(match.group(0).strip(" -"))
        if value is not None:
            found.add(int(value))
    return found


def shared_notes(all_rows: list[Row]) -> set[tuple[str, str]]:
    """The (corpus, text) pairs of notes coded in several rows with different death
    tolls: the coder split one toll between events, days or places (ACLED copies the
    note into each; RAND repeats a series' text on each attack and codes its toll on
    one). No reader of the note alone can tell which share a row holds. ACLED's
    copies touched up between rows count too (`near_copies`)."""
    figures: dict[tuple[str, str], set[int | None]] = defaultdict(set)
    for row in all_rows:
        figures[(row.corpus, row.text)].add(row.killed)
    same = {key for key, coded in figures.items() if len(coded) > 1}
    return same | near_copies(all_rows, _stated_numbers)


def unreadable(row: Row, shared: set[tuple[str, str]] = frozenset()) -> str | None:
    """Why the coded death toll cannot be read from the text, or None.

    "split": the note says the toll is split over several events; "silent split":
    the coded figure is stated nowhere in the text and a stated figure is 2 to 5
    times it (ACLED shares a toll between events, not always with a word); "no figure":
    the text states neither a number nor one victim of a death ("OLF attacks
    Ethiopian troops", a headline coded from other reports); "convention":
    a vague word coded by ACLED's convention (several = 10, dozens = 12,
    hundreds = 100) with no stated number equal to the figure, an ACLED note that
    calls its toll unknown coded 3 or 10 (its team's figure), or an ACLED note whose
    vague word is coded with another of those figures ('"scores" of people killed'
    coded 10), the figure neither stated nor a sum of the stated numbers; "series": the text
    tells one of several attacks whose toll is coded on one of them ("the fourth
    of five bombs", "one of seven attacks", "a series of coordinated blasts"),
    whether the figure coded here is the total or none; "shared note": the same
    text, or an ACLED copy of it with small edits, coded in other rows with another
    figure (`shared_notes`); "days split": an ACLED note that tells fighting over
    several days or in several places ("over two days", "between Friday and
    Saturday", "in three locations"), whose coded figure it states nowhere, alone or
    as a sum of its figures: ACLED codes an event per day and location, and shares
    the toll between them; "no death told": the text has no word of a death at all
    (no killing, dying, body, casualty, toll or victim: "a journalist is shot by
    gunmen", "a bomb exploded in the market"), though the coder codes deaths.
    """
    if _SERIES.search(row.text):
        return "series"
    if (row.corpus, row.text) in shared:
        return "shared note"
    if not row.killed:
        return None
    if _SPLIT.search(row.text):
        return "split"
    if not _ANY_FIGURE.search(row.text):
        return "no figure"
    if not _DEATH_WORD.search(row.text):
        return "no death told"
    stated = _stated_numbers(row.text)
    if (
        row.corpus.startswith("acled")
        and row.killed not in stated
        and any(n == k * row.killed for n in stated for k in range(2, 6))
    ):
        return "silent split"
    if (
        row.corpus.startswith("acled")
        and _SEVERAL_DAYS.search(row.text)
        and row.killed not in stated
        and not _a_sum_of(stated, row.killed)
    ):
        return "days split"
    words = _CONVENTION.get(row.killed)
    if (
        words
        and re.search(rf"\b(?:{words})\b", row.text, re.IGNORECASE)
        and not re.search(rf"(?<![\d,.]){row.killed}(?!\d|,\d)", row.text)
    ):
        return "convention"
    if (  # "Unknown fatalities.": the team's figure for an unknown toll, 3 or 10
        row.corpus.startswith("acled")
        and row.killed in (3, 10)
        and _UNKNOWN_TOLL.search(row.text)
        and row.killed not in stated
        and not _a_sum_of(stated, row.killed)
    ):
        return "convention"
    if (  # a vague word coded with another of the codebook's figures ('"scores" killed': 10)
        row.corpus.startswith("acled")
        and row.killed in _CONVENTION
        and _VAGUE_DEATHS.search(row.text)
        and row.killed not in stated
        and not _a_sum_of(stated, row.killed)
    ):
        return "convention"
    return None


def _a_sum_of(numbers: set[int], total: int) -> bool:
    """Whether some of `numbers` (the first twelve below `total`) add up to it."""
    parts = sorted(n for n in numbers if 0 < n < total)[:12]
    sums = {0}
    for part in parts:
        sums |= {s + part for s in sums if s + part <= total}
    return total in sums
