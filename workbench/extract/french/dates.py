"""When, in French: "mardi", "samedi soir", "dans la nuit de samedi à dimanche",
"le 3 juin dernier", "le 3 juin 2021", "début juin", "fin mai 2023", "juin 2021",
"hier", "il y a deux jours", resolved against the publication date.

This module finds the spans (French date words are few and fixed); dateparser
resolves a day's span to its date, as the issue asks of a well-kept library. A
month, a part of a month ("début juin": the 1st to the 10th) and a night across
two days are intervals. `find_dates` gives `dates.DateMention` values, the
English reader's shape, so `dates.pick_date` picks a claim's date in both.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from functools import lru_cache

from workbench.extract.casefold import fold
from workbench.extract.dates import DateMention
from workbench.extract.french.calendar_words import DAYS, MONTH_NUMBER, MONTHS

_WEEKDAYS = {d: i for i, d in enumerate(DAYS.split("|"))}
_PART = {"début": (1, 10), "mi": (11, 20), "mi-": (11, 20), "fin": (21, 31)}
# Days after publication a day and month with no year may name, as English dates
# read them (`extract.resolved_dates._month_day`): an update line, a wire relayed later
AHEAD_DAYS = 7
_DATE = re.compile(
    rf"(?<![\w])(?:"
    rf"(?P<night>(?:dans\s+)?(?:la|cette)\s+nuit\s+(?:de|du)\s+(?P<d1>{DAYS})\s+(?:à|au)\s+(?P<d2>{DAYS})"
    # the morning's date written after it: "de vendredi à samedi 28 septembre (2024)"
    rf"(?:\s+(?P<dd>1er|\d{{1,2}})\s+(?P<dm>{MONTHS})(?:\s+(?P<dy>(?:19|20)\d\d))?)?)"
    # "dans la nuit du 14 au 15 février (2024)"; across months, the evening's month
    # written too: "du 30 septembre au 1er octobre", "de mercredi 2 à jeudi 3 octobre"
    rf"|(?P<nightdate>(?:dans\s+)?(?:la|cette)\s+nuit\s+(?:du|de)\s+(?:(?:{DAYS})\s+)?(?:1er|\d{{1,2}})"
    rf"(?:\s+(?:{MONTHS})(?:\s+(?:19|20)\d\d)?)?\s+(?:au|à)\s+"
    rf"(?:(?:{DAYS})\s+)?(?P<n2>1er|\d{{1,2}})\s+(?P<nmonth>{MONTHS})(?:\s+(?P<nyear>(?:19|20)\d\d))?)"
    rf"|(?P<part>début|mi-?|fin)\s*(?P<pmonth>{MONTHS})(?:\s+(?P<pyear>(?:19|20)\d\d))?"
    rf"|(?P<day>(?:le\s+)?(?:(?:{DAYS})\s+)?(?:1er|\d{{1,2}})\s+(?:{MONTHS})"
    rf"(?:\s+(?:19|20)\d\d)?(?:\s+dernier)?)"
    rf"|(?P<month>(?:en\s+)?(?:{MONTHS})\s+(?:19|20)\d\d)"
    # a year alone: "En 2017, des jihadistes avaient tenu la ville" (trial 73: the siege's
    # toll, in the sentence after, read as this week's)
    r"|(?P<year>en\s+(?:19|20)\d\d)"
    rf"|(?P<weekday>(?:{DAYS})(?:\s+(?:dernier|soir|matin|après-midi|midi))?)"
    r"|(?P<relative>avant-hier|hier|aujourd[’']hui|il\s+y\s+a\s+(?:\w+|\d+)\s+(?:jours?|semaines?))"
    # a part of the publication's day: "ce matin", "cet après-midi", "ce soir"; "cette
    # nuit" the night before it, as "la nuit dernière" (English "overnight", "last
    # night"); not "ce matin-là" (`told_dates`) nor "cette nuit du 14 au 15 mai"
    r"|(?P<today>c(?:e|et|ette)\s+(?:matin(?:ée)?|soir(?:ée)?|apr[èe]s-midi|midi|nuit)"
    r"(?!-|\s+(?:(?:de|du|des|où|qui|que|même|là)(?![\w])|d[’'])))"
    r"|(?P<lastnight>la\s+nuit\s+(?:dernière|passée))"
    # a week, weekend, month or year told from publication: "la semaine dernière"
    r"|(?P<span>(?:la\s+)?semaine\s+(?:dernière|passée)|(?:le\s+)?week-end\s+(?:dernier|passé)"
    r"|(?:le\s+)?mois\s+(?:dernier|passé)|l[’'](?:an|année)\s+(?:dernier|dernière|passée?)"
    r"|cette\s+semaine|ce\s+week-end|ce\s+mois(?:-ci)?)"
    r")(?![\w])"
)
# The words one of which every `_DATE` phrase holds, looked for first: a substring test
# costs far less than the pattern tried at every character.
_HINTS = (*DAYS.split("|"), *MONTH_NUMBER, "hier", "aujourd", "il y a", "semaine", "week-end")
_HINTS += ("mois", "an dern", "an pass", "année", "matin", "soir", "midi", "nuit")
_HINTS += ("en 19", "en 20")
# A day and month, and a year: "3 juin", "1er mars 2024" (`_day_of_month` reads them).
_DAY_AND_MONTH = rf"(?P<day>1er|\d{{1,2}})\s+(?P<month>{MONTHS})"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_DAY_MONTH = re.compile(rf"{_DAY_AND_MONTH}(?:\s+{_YEAR})?")
_NOISE = re.compile(r"\b(?:le|en|dernier|soir|matin|après-midi|midi)\b|\s+(?=\s)")


def find_dates(
    text: str, published: dt.date | None, start: int, end: int, folded: str | None = None
) -> list[DateMention]:
    """The date phrases of `text[start:end]`, each resolved where `published` (the
    reference for "mardi" and "hier") or the phrase itself allows; `folded` is
    `casefold.fold(text)` where the caller has it (folding a page for each of its
    sentences would cost the square of its length)."""
    folded = fold(text) if folded is None else folded
    found: list[DateMention] = []
    words = folded[start:end]
    if not any(hint in words for hint in _HINTS):  # most sentences: no date word
        return found
    for match in _DATE.finditer(folded, start, end):
        first, last = _resolve(match, published)
        found.append(DateMention(match.start(), match.end(), text[match.start() : match.end()],
                                 first, last))  # fmt: skip
    return found


def _resolve(match: re.Match[str], published: dt.date | None) -> tuple[dt.date | None, ...]:
    """The first and last day a date phrase means; None where it cannot be known."""
    if match.group("night"):  # the morning's day, and the evening before it
        dated = (
            match.group("dd")
            and f"{match.group('dd')} {match.group('dm')} {match.group('dy') or ''}"
        )
        morning = _day(dated.strip() if dated else match.group("d2"), published)
        return (morning - dt.timedelta(days=1) if morning else None), morning
    if match.group("nightdate"):
        return _night_of_dates(match, published)
    if match.group("part"):
        return _part_of_month(match, published)
    if match.group("today") or match.group("lastnight"):
        return _part_of_today(match.group(0), published)
    if match.group("span"):
        return _span(match.group("span"), published)
    if match.group("month"):
        words = match.group("month").split()
        month, year = MONTH_NUMBER[words[-2]], int(words[-1])
        return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
    if match.group("year"):
        year = int(match.group("year")[-4:])
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    day = _day(match.group(0), published)
    return day, day


@lru_cache(maxsize=1024)  # a report names the same days again and again
def _day(phrase: str, published: dt.date | None) -> dt.date | None:
    """One day's phrase, in the past of `published`: a day of the week is the latest
    such day up to publication ("mardi" in Tuesday's paper is that day); a day and
    month ("3 juin", "le 1er juin 2021") that day, in the year given or the latest
    not after publication; a relative day ("hier", "il y a deux jours") as
    dateparser resolves it."""
    plain = " ".join(_NOISE.sub(" ", phrase).split())
    if plain in _WEEKDAYS:
        if published is None:
            return None
        return published - dt.timedelta(days=(published.weekday() - _WEEKDAYS[plain]) % 7)
    dated = _DAY_MONTH.search(plain)
    if dated is not None:
        day = _day_of_month(dated, published)
        if dated.group("year") or published is None or day is None:
            return day
        return _on_weekday(day, _WEEKDAYS.get(plain.split()[0]), published)
    return _relative(plain, published)


# Days before its report within which a day's weekday slip is no other year's
_RECENT = dt.timedelta(days=31)


def _on_weekday(day: dt.date, weekday: int | None, published: dt.date) -> dt.date:
    """`day` (a day and month, no year), or the same day of the other year its
    publication allows (the publication's, or the year before) where only that one
    falls on the `weekday` named with it ("vendredi 4 octobre"); `day` itself where it
    falls in the month before the report ("le vendredi 16 août" in a report of 21
    August 2025, a Saturday that year: a DRC trial's toll was put a year back)."""
    if weekday is None or day.weekday() == weekday:
        return day
    if dt.timedelta(0) <= published - day <= _RECENT:
        return day  # a few days before the report: the weekday is the slip, not the year
    try:
        other = day.replace(
            year=published.year - 1 if day.year == published.year else published.year
        )
    except ValueError:  # 29 February
        return day
    return other if other.weekday() == weekday else day


def _day_of_month(dated: re.Match[str], published: dt.date | None) -> dt.date | None:
    """The day a `_DAY_MONTH` or `_FULL_DATE` match names: in its year, else in the
    publication's year up to AHEAD_DAYS after `published` (an update line, "Mise à
    jour, vendredi 4 octobre", in a page dated the 3rd: a Haiti trial's was put a
    year back, as English dates are not), else the year before. None without a year
    or a publication date, or for no day ("31 juin")."""
    day = 1 if dated.group("day") == "1er" else int(dated.group("day"))
    month = MONTH_NUMBER[dated.group("month")]
    if dated.group("year"):
        year = int(dated.group("year"))
    elif published is not None:
        ahead = published + dt.timedelta(days=AHEAD_DAYS)
        later = (month, day) > (ahead.month, ahead.day) and ahead.year == published.year
        year = published.year - 1 if later else published.year
    else:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None  # "31 juin": no day


def _relative(plain: str, published: dt.date | None) -> dt.date | None:
    """ "hier", "il y a deux semaines" as dateparser reads them against publication."""
    settings: dict[str, object] = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
    if published is not None:
        settings["RELATIVE_BASE"] = dt.datetime.combine(published, dt.time())
    elif not re.search(r"(?:19|20)\d\d", plain):
        return None  # "mardi" with no publication date is no day
    # imported on a French text's first relative day: ingest imports this module for
    # `find_published`, and dateparser is a tenth of an English start-up
    import dateparser  # type: ignore[import-untyped]  # ships no types

    parsed = dateparser.parse(plain, languages=["fr"], settings=settings)
    return parsed.date() if parsed is not None else None


def _span(phrase: str, published: dt.date | None) -> tuple[dt.date | None, ...]:
    """ "la semaine dernière" Monday to Sunday of the week before publication's, "cette
    semaine" its Monday to publication; "le week-end dernier" the last Saturday and
    Sunday over by publication; "le mois dernier" / "ce mois" and "l'an dernier" the
    whole month or year. None without a publication date."""
    if published is None:
        return None, None
    this = not re.search(r"derni|pass", phrase)
    if "semaine" in phrase:
        monday = published - dt.timedelta(days=published.weekday() + (0 if this else 7))
        return monday, (published if this else monday + dt.timedelta(days=6))
    if "week-end" in phrase:
        back = (published.weekday() - 5) % 7 + (7 if not this and published.weekday() >= 5 else 0)
        saturday = published - dt.timedelta(days=back)
        return saturday, saturday + dt.timedelta(days=1)
    if "mois" in phrase:
        index = published.year * 12 + published.month - 1 - (0 if this else 1)
        year, month = divmod(index, 12)
        last = calendar.monthrange(year, month + 1)[1]
        return dt.date(year, month + 1, 1), dt.date(year, month + 1, last)
    year = published.year - 1
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def _part_of_today(phrase: str, published: dt.date | None) -> tuple[dt.date | None, ...]:
    """ "ce matin", "cet après-midi", "ce soir": the publication day, as "aujourd'hui"
    and the English "this morning"; "cette nuit" the night into it (the evening
    before and the publication day, as English "overnight"), "la nuit dernière" the
    day before (English "last night"). None without a publication date."""
    if published is None:
        return None, None
    if phrase.startswith("la"):
        day = published - dt.timedelta(days=1)
        return day, day
    if phrase.endswith("nuit"):
        return published - dt.timedelta(days=1), published
    return published, published


def _night_of_dates(match: re.Match[str], published: dt.date | None) -> tuple[dt.date | None, ...]:
    """ "la nuit du 14 au 15 février": the evening's day and the morning's, the day
    after it ("du 31 janvier au 1er février", also written "du 31 au 1er février")."""
    year = f" {match.group('nyear')}" if match.group("nyear") else ""
    morning = _day(f"{match.group('n2')} {match.group('nmonth')}{year}", published)
    return (morning - dt.timedelta(days=1) if morning else None), morning


def _part_of_month(match: re.Match[str], published: dt.date | None) -> tuple[dt.date | None, ...]:
    """ "début juin" the 1st to the 10th, "mi-juin" the 11th to the 20th, "fin juin"
    the 21st to the month's last day; the year stated, else the latest not after
    publication."""
    month = MONTH_NUMBER[match.group("pmonth")]
    if match.group("pyear"):
        year = int(match.group("pyear"))
    elif published is not None:
        year = published.year if month <= published.month else published.year - 1
    else:
        return None, None
    low, high = _PART[match.group("part")]
    high = min(high, calendar.monthrange(year, month)[1])
    return dt.date(year, month, low), dt.date(year, month, high)


_FULL_DATE = re.compile(rf"(?<![\w])(?:(?:{DAYS})\s+)?{_DAY_AND_MONTH}\s+{_YEAR}(?![\w])")
_DATELINE = re.compile(r"^[A-ZÀ-Ý][A-ZÀ-Ý'’ .-]{1,40}(?:\([^)]{1,20}\))?\s*[,:-]\s*(?:le\s+)?")
_SHORT_LINE = 120  # a timestamp line or a dateline's opening; not a sentence's date
_STAMP_WORDS = re.compile(r"publi|mise?\s+[aà]\s+jour|modifi|actualis|cr[ée]{2}|post[ée]|\bdate\b")
_STAMP_REST = 25  # characters a line may hold beside its date and still be a timestamp


def _timestamp(folded: str, date: re.Match[str]) -> bool:
    """Whether a short line with a full date is the article's timestamp: it says so
    ("Publié le", "Mis à jour") or holds little else ("Lundi 12 mars 2024 à 10h30");
    a sentence dating its incident is not one."""
    rest = len(folded.strip()) - (date.end() - date.start())
    return rest <= _STAMP_REST or _STAMP_WORDS.search(folded) is not None


def find_published(text: str) -> dt.date | None:
    """A French article's own date, near its top: a short line with a full date
    ("Publié le 12 mars 2024 à 10h"), or a dateline's ("N'DJAMENA, 12 mars 2024 —")."""
    for line in text[:4000].splitlines():
        folded = fold(line)
        dateline = _DATELINE.match(line)
        at = dateline.end() if dateline else None
        match = _FULL_DATE.match(folded, at) if at is not None else None
        if match is None and len(line) <= _SHORT_LINE:
            match = _FULL_DATE.search(folded)
            if match is not None and not _timestamp(folded, match):
                match = None  # "... ont été tués le 28 mars 2025 près de Diffa": the incident's
        day = _day_of_month(match, None) if match is not None else None
        if day is None and len(line) <= _SHORT_LINE and _STAMP_WORDS.search(folded):
            day = _numeric_day(folded)  # "Publié le 30/11/2026 à 14h05" (trial 73d)
        if day is not None:  # "31 février" is no date
            return day
    return None


# A day in figures, day first as French writes it: "30/11/2026", "30.11.2026".
_NUMERIC = re.compile(r"(?<![\d/.])(\d{1,2})[/.](\d{1,2})[/.]((?:19|20)\d\d)(?![\d/.])")


def _numeric_day(folded: str) -> dt.date | None:
    """The day a timestamp line writes in figures, day first; None where none is, or
    where it is no day ("31/02/2026")."""
    found = _NUMERIC.search(folded)
    if found is None:
        return None
    day, month, year = (int(g) for g in found.groups())
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
