"""Document metadata that the text itself states: outlet, title, date."""

from __future__ import annotations

import datetime as dt
import re

from workbench.extract.dates import parse_date
from workbench.extract.french.calendar_words import month_number
from workbench.ingest.bylines import dated_outlet
from workbench.models import Block, BlockKind

_BYLINE_OUTLET = re.compile(r"^By\s+[^\n]{1,100}?,\s*([A-Z][\w.&' -]{1,40}?)\s*$", re.MULTILINE)
# "(Reuters) -", "N'DJAMENA, Nov 24, 2026 (AFP) -", "MAIDUGURI (Nigeria), 3 mars (AFP) -"
_DATELINE_OUTLET = re.compile(
    r"(?:[A-Z][\w .,'’-]{0,50}?(?:\([\w .]{2,30}\)[\w .,'’-]{0,30}?)?)?"
    r"\(([A-Z][A-Za-z.&]{1,20})\)\s*[-—–]+"
)
# A dateline opening a story, its date with a year: "N'DJAMENA, Nov 24, 2026 (AFP) -",
# "MAIDUGURI, Nigeria, 3 March 2024 (Reuters) —", "GOMA, 12 mai 2025 -"
# The place in capitals ("N'DJAMENA", "ÉDÉA") or as a name is written ("N'Djamena", "Port
# Harcourt"): capitalised words, none of them a word that opens a sentence ("On Monday,
# 3 March 2026 - ..." dates an event, not the story).
_DATELINE_PLACE = (
    r"(?:[A-ZÀ-Ý][A-ZÀ-Ý'’ .-]{1,40}"
    r"|(?!(?:On|In|At|By|From|Since|Until|Before|After|Le|La|Les|Du|Depuis|Dans|Ce|Cette)\b)"
    r"[A-ZÀ-Ý][\w'’.-]*(?:[ -](?:[A-Z][\w'’.-]*|de|du|el|al))?(?:[ -][A-Z][\w'’.-]*){0,2})"
)
# An outlet's name before the dateline: "Tchadinfos — N'Djamena, 10 mars 2026 —"
_OUTLET_FIRST = r"(?:(?P<outlet>[A-Z][\w.&'’]*(?:[ ][A-Z][\w.&'’]*){0,3})\s+[—–-]+\s+)?"
_DATELINE_DATE = re.compile(
    rf"^[ \t]*{_OUTLET_FIRST}{_DATELINE_PLACE}(?:\s*\([\w .]{{2,30}}\))?"
    r"(?:,\s*[A-Z][A-Za-z .'’-]{1,30})?,\s*"
    r"(?P<date>[^()\n,]{3,24}(?:,\s*\d{4})?)\s*(?:\([A-Z][\w.&]{1,20}\))?\s*[-—–]",
    re.MULTILINE,
)
# A dateline of a date alone, with its year, opening a paragraph: "July 27, 2025 - In
# one of the deadliest attacks ...", "27 juillet 2025 — ..." (a trial's AP relay opened
# so and was stored undated).
_DATE_ALONE = re.compile(
    r"^[ \t]*(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s*\d{4}|\d{1,2}(?:er)?\s+[^\W\d]{3,9}\s+\d{4})"
    r"\s*[-—–]+\s",
    re.MULTILINE,
)

# A dateline in brackets, place and date, before a dash: Human Rights Watch's and
# Amnesty's house style, "(Dakar, November 26, 2026) – Senegalese authorities ...",
# "(Beirut, 3 March 2026) -", «(Goma, le 12 mai 2025) –» (a trial's HRW note was
# stored undated).
_BRACKETED_DATELINE = re.compile(
    rf"^[ \t]*\({_DATELINE_PLACE}(?:,\s*[A-Z][\w .'’-]{{1,30}})?,\s*(?:le\s+)?"
    r"(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s*\d{4}|\d{1,2}(?:er)?\s+[^\W\d]{3,9}\.?\s+\d{4})"
    r"\)\s*[-—–]",
    re.MULTILINE,
)

# A date after the dateline's outlet: "QUETTA, Pakistan (AP) - Nov. 19, 2026 - Gunmen"
_DATE_AFTER_OUTLET = re.compile(
    rf"^[ \t]*{_DATELINE_PLACE}(?:,\s*[A-Z][\w .'’-]{{1,30}})?"
    r"\s*\([A-Z][\w.&]{1,20}\)\s*[-—–]+\s*"
    r"(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s*\d{4}|\d{1,2}\s+[^\W\d]{3,9}\.?\s+\d{4})\s*[-—–]",
    re.MULTILINE,
)
# A short line near the top that ends with a full date after a comma, a dash or "le":
# a blog's or a bulletin's byline ("Blog de terrain — Solidarités Pakistan, 22 novembre
# 2026", "Publié par l'équipe de Solidarités Sahel-Nigeria, le 22 novembre 2026"; two
# trials' French blogs were stored undated).
_BYLINE_DATE = re.compile(
    r"^[^\n]{3,100}?(?:,|\s[—–-]|\ble)\s+(?P<date>\d{1,2}(?:er)?\s+[^\W\d]{3,9}\.?\s+\d{4}"
    r"|[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s*\d{4})[ \t]*$",
    re.MULTILINE,
)
_BYLINE_REACH = 600  # characters from the top a byline's date is looked for in

_TOP_LINE = re.compile(r"^[ \t]*\S[^\n]*$", re.MULTILINE)

_SITE_IN_TITLE = re.compile(r"\s+[|–—-]\s+([A-Z][\w.&' ]{1,40})$")


def outlet_from_text(text: str, blocks: list[Block]) -> str | None:
    """The outlet named by a byline ("By ..., CNN"), a dateline ("(Reuters) -", also on
    a line of its own that is no block: "N'Djamena (AFP) - Nov 30, 2026"), before a
    dated dateline ("Tchadinfos — N'Djamena, 10 mars 2026 —"), or by a name and a date
    on the line after the title (`dated_outlet`: "Alwihda Info, 29 November 2026")."""
    match = _BYLINE_OUTLET.search(text[:3000])
    if match:
        return match.group(1).strip()
    for block in blocks[:5]:
        match = _DATELINE_OUTLET.match(text, block.start, block.end)
        if match:
            return match.group(1)
        dated = _DATELINE_DATE.match(text, block.start, block.end)
        if dated and dated.group("outlet") and read_published(dated.group("date")):
            return dated.group("outlet")  # "Tchadinfos — N'Djamena, 10 mars 2026 —"
    for line in _TOP_LINE.finditer(text, 0, min(len(text), _BYLINE_REACH)):
        match = _DATELINE_OUTLET.match(line.group())  # a dateline line, no block of its own
        if match:
            return match.group(1)
    return dated_outlet(text, blocks)


def title_from_blocks(text: str, blocks: list[Block]) -> str | None:
    """The first block, where it is a title."""
    if blocks and blocks[0].kind is BlockKind.TITLE:
        return " ".join(text[blocks[0].start : blocks[0].end].split())
    return None


def outlet_from_title(title: str | None) -> str | None:
    """The site name an HTML title often ends with ("... | The Guardian")."""
    match = _SITE_IN_TITLE.search(title or "")
    return match.group(1).strip() if match else None


# Digits in ISO 8601's order: a date that `parse_date` does not read is none at all
_ISO_SHAPED = re.compile(r"\d{4}-\d{1,2}-\d{1,2}")


def read_published(text: str) -> dt.date | None:
    """A publication date as an analyst types it: in English as the extractor reads
    dates (`extract.dates.parse_date`: "2013-01-25", "25 January 2013"), else a full
    date in French ("9 mars 2026", "lundi 9 mars 2026") as dateparser reads it with
    day, month and year all required; None where it is neither, and for digits in
    ISO 8601's order that name no day ("2025-13-01": dateparser read it as 13 January,
    and a trial's typo was stored so)."""
    found = parse_date(text)
    if found is not None or not text.strip() or _ISO_SHAPED.fullmatch(text.strip()):
        return found
    import dateparser  # type: ignore[import-untyped]  # ships no types; slow to import

    settings = {
        "STRICT_PARSING": True,
        "REQUIRE_PARTS": ["day", "month", "year"],
        "PARSERS": ["absolute-time"],  # "hier" is no publication date
    }
    parsed = dateparser.parse(text, languages=["fr"], settings=settings)
    return parsed.date() if parsed is not None else None


def dateline_without_year(text: str, today: dt.date) -> tuple[str, dt.date] | None:
    """A wire's dateline whose date gives no year ("GUSAU, Nigeria, Nov 16 (Reuters) -",
    "KINSHASA, 3 March (Reuters) -"), read as the latest such day up to `today`: a
    wire writes no year for the news of the day. Returns the dateline's words for the
    date and the day; None where no dateline opens the text, or its date names a year
    (`published_from_dateline`) or no month and day."""
    for match in _DATELINE_DATE.finditer(text[:3000]):
        words = " ".join(match.group("date").split())
        if re.search(r"\d{4}", words):
            continue
        for year in (today.year, today.year - 1):
            day = parse_date(f"{words} {year}") or _french_day(words, year)
            if day is not None and day <= today:
                return words, day
    return None


# A day and a month in French, the month whole or shortened as wires write it: "18 nov",
# "3 févr.", "1er octobre" (trial 79: AFP's "CONAKRY, 18 nov (AFP) -" left its story
# undated, and every weekday in it unread).
_FRENCH_DAY = re.compile(r"(?P<day>1er|\d{1,2})\s+(?P<month>[^\W\d]{3,9}\.?)")


def _french_day(words: str, year: int) -> dt.date | None:
    """The day of a French day and month (`_FRENCH_DAY`) in `year`, None where the
    words are no such day ("31 févr." is none)."""
    found = _FRENCH_DAY.fullmatch(words.strip())
    month = month_number(found.group("month")) if found is not None else None
    if found is None or month is None:
        return None
    try:
        return dt.date(year, month, int(found.group("day").removesuffix("er")))
    except ValueError:
        return None


def published_from_dateline(text: str) -> dt.date | None:
    """The date of a dateline that opens a story near the top of the text, in English
    or French, with its year ("N'DJAMENA, Nov 24, 2026 (AFP) -", or a date alone:
    "July 27, 2025 - ...", or after the outlet: "QUETTA, Pakistan (AP) - Nov. 19, 2026 -",
    or in brackets: "(Dakar, November 26, 2026) –"),
    or of a byline's line that ends with one ("Blog de terrain — Solidarités Pakistan,
    22 novembre 2026"); None where none."""
    top = text[:3000]
    found_dates = [
        *_DATELINE_DATE.finditer(top),
        *_DATE_ALONE.finditer(top),
        *_DATE_AFTER_OUTLET.finditer(top),
        *_BRACKETED_DATELINE.finditer(top),
        *_BYLINE_DATE.finditer(text[:_BYLINE_REACH]),
    ]
    for match in found_dates:
        found = read_published(match.group("date"))
        if found is not None:
            return found
    return None
