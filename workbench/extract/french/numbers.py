"""French figures: digits as French writes them, number words, approximate counts
("une dizaine"), vague ones ("des centaines") and the words that bound them ("au
moins", "près de", "entre ... et ...").

`find_quantities(text, start, end)` gives `numbers.Quantity` values, the same
shape the English reader gives, so a French claim has the same fields and the
same intervals (docs/extraction.md, "French"):

- a figure repeated in digits or words, as communiqués write it: "vingt-quatre
  (24)", "trois (03)", "24 (vingt-quatre)", one figure;
- digits: "24", "1 500" and "1.500" (a space, a no-break space or a stop between
  thousands), "2,5 millions" (a decimal comma), "3 milliards de FCFA"; "12,000"
  with three digits after the comma and no scale is twelve thousand, as
  translated wires write it;
- number words, converted by text2num: "vingt-quatre", "quatre-vingt-onze",
  "deux cent mille", "vingt et un" (a lone "un" or "une" is no count here: it is
  the article far more often);
- approximate counts, qualifier `about`, 20% either side: "une dizaine" 8..12,
  "une vingtaine" 16..24, "une centaine" 80..120, "un millier" 800..1,200;
- vague counts, qualifier `vague:WORD`, the English intervals: "quelques" 2..5,
  "plusieurs" 3..9, "des dizaines" 20..99, "des centaines" 200..999, "plusieurs
  centaines" 300..900, "des milliers" 2,000..9,999; "certains" 2..9 (some, which
  English does not count);
- bounds, as in English: "au moins" at_least, "plus de" more_than, "jusqu'à" and
  "moins de" up_to, "près de" and "presque" nearly, "environ" and "quelque"
  about, "entre A et B" and "de A à B" a range.

Not quantities (`not_quantities.py`): years ("en 2021"), dates ("le 3 juin"), times
("14h30"), ordinals ("la 5e région", "1er"), ages ("âgé de 25 ans"), calibres ("12,7
mm"), numbered texts ("décret n° 2021-123", "article 5"), model numbers ("AK-47"),
units and things numbered by their noun ("le bataillon 12", "le secteur 1", "la RN 16").
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

from text_to_num import text2num  # type: ignore[import-untyped]  # ships no types

from workbench.extract.casefold import fold
from workbench.extract.french.money import with_currency
from workbench.extract.french.not_quantities import AGED, not_a_figure, numbered_name
from workbench.extract.numbers import Quantity, restated_in_brackets
from workbench.extract.qualifiers import interval

_UNITS = (
    "zéro un une deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze "
    "quinze seize dix-sept dix-huit dix-neuf vingt vingts trente quarante cinquante soixante "
    "septante huitante octante nonante cent cents mille"
).split()
_WORD = "|".join(sorted((re.escape(w) for w in _UNITS), key=len, reverse=True))
_SCALE = r"millions?|milliards?"
_HALVED = ("million", "millions", "milliard", "milliards")  # "... et demi" adds half of one
_HALF = re.compile(r"\s+et\s+demie?(?![\w])")
# "et" joins a number's words only before "un", "une", "onze" ("vingt et un", "soixante
# et onze"): "entre cinq et sept" is two numbers.
_WORDS = (
    rf"(?:{_WORD})(?:(?:-et-|\s+et\s+(?=(?:un|une|onze)(?![\w]))|-|\s+)(?:{_WORD}))*"
    rf"(?:\s+(?:{_SCALE}))?"
)
# Thousands apart by a space, a no-break space, a narrow one or a stop; a decimal comma.
# thousands apart by a space, a stop or (Swiss usage) an apostrophe: "170'000 morts"
_DIGITS = r"\d{1,3}(?:,\d{3}){2,}|\d{1,3}(?:[ \u00a0\u202f.'’]\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
_APPROX = {
    "dizaine": 10,
    "douzaine": 12,
    "quinzaine": 15,
    "vingtaine": 20,
    "trentaine": 30,
    "quarantaine": 40,
    "cinquantaine": 50,
    "soixantaine": 60,
    "centaine": 100,
    "millier": 1_000,
}
_APPROX_SPREAD = 0.2  # "une dizaine" is about ten, looser than "environ 10"
_VAGUE = {
    "quelques": (2, 5),
    "plusieurs": (3, 9),
    "certains": (2, 9),  # "certains jeunes ont été enlevés": some, as "plusieurs" from two
    "certaines": (2, 9),
    "des dizaines": (20, 99),
    "des centaines": (200, 999),
    "des milliers": (2_000, 9_999),
    "des dizaines de milliers": (20_000, 99_999),
    "des centaines de milliers": (200_000, 999_999),
    "des millions": (2_000_000, 9_999_999),
}
# "plusieurs centaines" is plusieurs (3..9) times a hundred, as "several hundred".
_SCALED = {
    "dizaines": 10,
    "centaines": 100,
    "milliers": 1_000,
    "millions": 1_000_000,
    "dizaines de milliers": 10_000,  # "plusieurs dizaines de milliers": 30,000..90,000
    "centaines de milliers": 100_000,
}
_MULTIPLIERS = {"quelques": (2, 5), "plusieurs": (3, 9)}
_VAGUE_RE = (
    r"(?:quelques|plusieurs)\s+(?:dizaines|centaines)\s+de\s+milliers"
    r"|(?:quelques|plusieurs)\s+(?:dizaines|centaines|milliers|millions)"
    # "aux centaines de milliers d'autres déplacés", "ces dizaines de familles": as "des"
    r"|(?:des|aux|ces)\s+(?:dizaines|centaines)\s+de\s+milliers"
    r"|(?:des|aux|ces)\s+(?:dizaines|centaines|milliers|millions)"
    # "des" after "de" written "de": "la mort de milliers de civils", "la fuite de
    # centaines de milliers de personnes"; before what they count only
    r"|(?<=de\s)(?:(?:dizaines|centaines)\s+de\s+milliers|dizaines|centaines|milliers|millions)"
    r"(?=\s+d[e’'])"
    # "d'autres centaines d'habitants": as "des centaines"
    r"|(?<=autres\s)(?:dizaines|centaines|milliers|millions)(?=\s+d[e’'])"
    r"|quelques|plusieurs|certaine?s"
    # "se comptent par centaines": as many as "des centaines"
    r"|(?:par|en)\s+(?:dizaines|centaines|milliers)"
)
# "une « trentaine » de morts": the word quoted by the page
_APPROX_RE = r"(?:une|un)\s+(?:[«“\"]\s*)?(?:" + "|".join(_APPROX) + r")s?(?:\s*[»”\"])?"
_NO_QUOTES = str.maketrans('«»“”"', "     ")
_APPROX_AT = re.compile(_APPROX_RE)  # an approximate word where a figure starts
CORE = re.compile(
    rf"(?<![\w])(?:(?P<approx>{_APPROX_RE})|(?P<vague>{_VAGUE_RE})"
    # "113 mille 582": the thousands in digits, then the rest
    rf"|(?P<digits>(?<![\d,])(?<![\d,]\.)(?:{_DIGITS})(?:\s+(?:{_SCALE})|(?<!\d{{4}})\s+mille"
    r"(?:\s+\d{1,3}(?![\d,.]))?)?)|(?P<words>" + _WORDS + r"))(?![\w])"
)
_QUALIFIERS = [
    (
        "at_least",
        r"au\s+moins|pas\s+moins\s+d[e’']|au\s+minimum|un\s+minimum\s+d[e’']|au\s+bas\s+mot"
        # "au mois 56 civils": "au moins" mistyped (a month is "au mois de")
        r"|au\s+mois",
    ),
    ("more_than", r"plus\s+d[e’']|au-delà\s+d[e’']|davantage\s+qu[e’']|bien\s+plus\s+d[e’']"),
    (
        "up_to",
        r"jusqu[’']à|moins\s+d[e’']|au\s+plus|au\s+maximum|tout\s+au\s+plus|"
        r"pas\s+plus\s+d[e’']|ne\s+dépass\w*\s+pas",
    ),
    ("nearly", r"près\s+d[e’']|presque|quasiment|pas\s+loin\s+d[e’']|pratiquement"),
    (
        "about",
        r"environ|quelque|autour\s+d[e’']|approximativement|à\s+peu\s+près|grosso\s+modo"
        # "de l'ordre de 130", "aux alentours de 50", "le bilan avoisine 40"
        r"|de\s+l[’']ordre\s+d[e’']|aux\s+alentours\s+d[e’']|avoisinant|avoisin(?:e|ent)",
    ),
]
_BEFORE = re.compile(r"(?<![\w])(?:" + "|".join(f"(?P<{n}>{p})" for n, p in _QUALIFIERS) + r")\s*$")
# A bound set off by commas between a verb and its figure: "ont kidnappé, au moins, une
# soixantaine de personnes", "a tué, environ, 30 civils" (the figure starts at its bound;
# `victims` reads the verb before the comma).
_ASIDE_BOUND = re.compile(
    r",\s*(?:(?P<at_least>au\s+moins|au\s+minimum|au\s+bas\s+mot)|"
    r"(?P<about>environ|approximativement|à\s+peu\s+près))\s*,\s*$"
)
# The same bound opening a figure so read: "au moins, une soixantaine"; its first words.
ASIDE_BOUND = re.compile(
    r"(?:au\s+moins|au\s+minimum|au\s+bas\s+mot|environ|approximativement|à\s+peu\s+près)\s*,"
)
ASIDE_STARTS = ("au ", "environ", "approximativement", "à peu")
# an opening quotation mark may stand between: 'entre « 10.000 et 11.000 blessés »'
_RANGE_OPEN = re.compile(r"(?<![\w])(?:entre|de|d[’'])\s*[«“\"]?\s*$")
# "entre cinq à sept morts" too, a range written loosely
_RANGE_JOIN = {"entre": re.compile(r"\s+(?:et|à)\s+"), "de": re.compile(r"\s+à\s+")}
_OR = re.compile(r"\s+ou\s+")  # "18 ou 20 autres": either, a range
# A figure restated in brackets after it: "5 (cinq)", "onze (11)"
_RESTATED = re.compile(r"\s*\(\s*[\w-]{1,20}\s*\)")
# A verb of change before "de A à B": the toll went from A to B.
_CHANGE = re.compile(
    r"(?:passée?s?|passant|passe|grimpée?s?|grimpant|grimpe|augmentée?s?|montée?s?|portée?s?|"
    r"alourdie?s?|s[’']alourdit|évoluée?s?|revue?s?\s+à\s+la\s+hausse)\s*$"
)
# A bound told after the figure, and at most two words of its noun: "20 personnes
# environ", "douze morts au moins", "une centaine tout au plus", "20 ou plus".
_BOUND_AFTER = re.compile(
    r"(?:\s+(?!environ|au\s|à\s|tout\s|et\s|ou\s|dont\s)[a-zà-ÿ’'-]+){0,2}?\s*,?\s+"
    r"(?:(?P<about>environ|à\s+peu\s+près)|(?P<at_least>au\s+moins|au\s+bas\s+mot|au\s+minimum"
    r"|ou\s+plus|ou\s+davantage|voire\s+(?:plus|davantage))"
    r"|(?P<up_to>tout\s+au\s+plus|au\s+maximum|au\s+plus))(?![\w])"
    rf"(?!\s*(?:\d|(?:{_WORD}|une?\s+(?:{'|'.join(_APPROX)}))(?![\w])))"  # not the next figure's
)
_SEPARATORS = re.compile(r"[ \u00a0\u202f.'’]")
# Thousands apart by commas, as English writes them and translated wires keep:
# "12,000" (a count of people with three decimals is none).
_COMMA_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+")
# A figure repeated in digits or words, as armies' communiqués write it: "trois (03)",
# "24 (vingt-quatre)".
_ECHO = re.compile(rf"\s*\(\s*(\d{{1,7}}|{_WORDS})\s*\)")
# A figure right before a clause break at "(": "sept (7) civils" repeats its figure.
ECHOED = re.compile(rf"(?:\d|(?<![\w])(?:{_WORDS}))\s*$")
_DASH = re.compile(r"\s*[-–]\s*")


def find_quantities(text: str, start: int, end: int, folded: str | None = None) -> list[Quantity]:
    """The figures in `text[start:end]` (French), in order, each with its bounds;
    `folded` is `casefold.fold(text)` where the caller has it."""
    folded = fold(text) if folded is None else folded
    found: list[Quantity] = []
    consumed = start
    for match in CORE.finditer(folded, start, end):
        if match.start() < consumed or numbered_name(text, match, start):
            continue
        quantity = _read(folded, match, start, end)
        if quantity is None:
            continue
        consumed = quantity.end
        if found and (ranged := _approx_range(folded, found[-1], quantity, start)) is not None:
            found[-1] = ranged  # "entre une dizaine et une vingtaine": one range
        elif found and (restated := restated_in_brackets(folded, found[-1], quantity)):
            found[-1] = restated  # "passé de 5 (cinq) à onze (11) morts"
            consumed = restated.end
        else:
            found.append(quantity)
    return [with_currency(folded, q, start, end) for q in found]


def _approx_range(folded: str, first: Quantity, second: Quantity, lo: int) -> Quantity | None:
    """One range of two approximate words joined: "une dizaine à une quinzaine" 10..15,
    "entre une dizaine et une vingtaine" 10..20 (the words' values, as "de 10 à 15");
    None where the two are not so joined."""
    if not (first.qualifier == second.qualifier == "about" and first.words and second.words):
        return None
    if not (_APPROX_AT.match(folded, first.start) and _APPROX_AT.match(folded, second.start)):
        return None
    join = folded[first.end : second.start]
    opener = _RANGE_OPEN.search(folded, max(lo, first.start - 8), first.start)
    key = "entre" if opener is not None and opener.group().startswith("entre") else "de"
    if not _RANGE_JOIN[key].fullmatch(join) or first.value is None or second.value is None:
        return None
    low, high = sorted((first.value, second.value))
    start = opener.start() if opener is not None else first.start
    return Quantity(start, second.end, None, low, high, "range", words=True)


def _read(folded: str, match: re.Match[str], lo: int, hi: int) -> Quantity | None:
    """One figure at `match`, widened over its bounding words; None if it is none."""
    kind = match.lastgroup
    before = folded[max(lo, match.start() - 40) : match.start()]
    if kind == "approx":  # not an age: "un chef âgé d'une trentaine d'années"
        return None if AGED.search(before) else _approx(match, before)
    if kind == "vague":
        return _vague(match, before)
    value = _value(match.group(), kind == "words")
    if value is None or not_a_figure(folded, match, before, hi, value):
        return None
    half = _HALF.match(folded, match.end(), hi) if match.group().endswith(_HALVED) else None
    if half is not None:  # "un million et demi": 1,500,000
        value += (1_000_000 if "million" in match.group() else 1_000_000_000) // 2
    ranged = _range(folded, match, value, before, lo, hi)
    if ranged is not None:
        return ranged
    qualifier = _bound_before(before)
    start = match.start()
    name = "exact"
    if qualifier is not None:
        name = qualifier.lastgroup or "exact"
        start -= len(before) - qualifier.start(qualifier.lastgroup or 0)
    else:  # a bound after the figure and its noun: "20 personnes environ", "12 au moins"
        after = _BOUND_AFTER.match(folded, match.end(), hi)
        name = (after.lastgroup or "exact") if after is not None else "exact"
    low, high = interval(name, value, value, value)
    stop = match.end() if half is None else half.end()
    echo = _ECHO.match(folded, stop, hi)
    if echo is not None and _value(echo.group(1), kind == "digits") == value:
        stop = echo.end()  # "vingt-quatre (24)", "24 (vingt-quatre)": one figure
    return Quantity(start, stop, value, low, high, name, words=kind == "words")


def _bound_before(before: str) -> re.Match[str] | None:
    """The bound right before a figure (`_BEFORE`), else one set off by commas after a
    verb (`_ASIDE_BOUND`)."""
    return _BEFORE.search(before) or (_ASIDE_BOUND.search(before) if "," in before else None)


def _approx(match: re.Match[str], before: str) -> Quantity:
    """ "une dizaine" about ten (8..12); a bound before it wins: "au moins une
    soixantaine" is at least 60, "plus d'une dizaine" more than 10; "près d'une
    centaine" is nearly a hundred, from the approximate word's low (80..100)."""
    about = _APPROX[match.group().translate(_NO_QUOTES).split()[-1].rstrip("s")]
    qualifier = _bound_before(before)
    if qualifier is not None and qualifier.lastgroup != "about":
        name = qualifier.lastgroup or "exact"
        low, high = interval(name, about, about, about)
        if name == "nearly":  # "près d'une centaine": about a hundred, not more
            low = math.floor(about * (1 - _APPROX_SPREAD))
        start = match.start() - (len(before) - qualifier.start(qualifier.lastgroup or 0))
        return Quantity(start, match.end(), about, low, high, name, words=True)
    spread = about * _APPROX_SPREAD
    low, high = math.floor(about - spread), math.ceil(about + spread)
    return Quantity(match.start(), match.end(), about, low, high, "about", words=True)


def _vague(match: re.Match[str], before: str) -> Quantity:
    """A vague count: "des centaines" 200..999, "plusieurs centaines" 300..900."""
    words = " ".join(match.group().split())
    first, _, scale = words.partition(" ")
    if first in ("par", "en", "aux", "ces"):  # "par centaines", "aux milliers": "des ..."
        words = f"des {scale}"
    elif first in _SCALED:  # "la mort de milliers de civils": "de" for "de des"
        first, words = "des", f"des {words}"
    high: int | None
    if first in _MULTIPLIERS and scale in _SCALED:
        m_low, m_high = _MULTIPLIERS[first]
        low, high = m_low * _SCALED[scale], m_high * _SCALED[scale]
    else:
        low, high = _VAGUE[words]
    start = match.start()
    qualifier = _bound_before(before)
    if qualifier is not None and qualifier.lastgroup in ("at_least", "more_than"):
        start -= len(before) - qualifier.start(qualifier.lastgroup or 0)
        high = None  # "plus de plusieurs centaines": open above
    return Quantity(
        start, match.end(), None, low, high, "vague:" + words.replace(" ", "-"), words=True
    )


@lru_cache(maxsize=4096)  # a report writes the same few figures again and again
def words_value(written: str) -> int | float | None:
    """French number words as text2num reads them ("quatre-vingt-onze" 91, "vingt et
    un" 21); None where they are no number."""
    try:
        value: int | float = text2num(written.replace(" et ", "-et-"), "fr")
    except ValueError:
        return None
    return value


def _value(written: str, words: bool) -> int | float | None:
    """The number `written` stands for: digits French-style or words (text2num)."""
    scale = 1
    parts = written.split()
    if parts and parts[-1] in ("million", "millions", "milliard", "milliards"):
        scale = 1_000_000 if parts[-1].startswith("million") else 1_000_000_000
        written = " ".join(parts[:-1])
    elif len(parts) == 2 and parts[1] == "mille" and re.fullmatch(r"\d{1,3}(?:,\d+)?", parts[0]):
        scale, written = 1_000, " ".join(parts[:-1])  # "20 mille": 20,000
    elif len(parts) == 3 and parts[1] == "mille" and parts[0].isdigit() and parts[2].isdigit():
        return int(parts[0]) * 1_000 + int(parts[2])  # "113 mille 582": 113,582
    if words:
        if written in ("un", "une") and scale == 1:
            return None  # the article, far more often than a count
        spelled = words_value(written)
        if spelled is None:
            return None
        number: float = spelled
    else:
        digits = _SEPARATORS.sub("", written)
        if scale == 1 and _COMMA_THOUSANDS.fullmatch(written):
            digits = digits.replace(",", "")  # "12,000 morts": no one is 12.000 dead
        number = float(digits.replace(",", "."))
    total = number * scale
    return int(total) if total == int(total) else total


def _range(
    folded: str, match: re.Match[str], first: float, before: str, lo: int, hi: int
) -> Quantity | None:
    """ "entre 20 et 30", "de 20 à 30", "20-30", "20 à 30", "18 ou 20": one range. After
    a verb of change "de 3 à 37" is no range but a toll revised ("le bilan est passé de
    3 à 37"): the figure is the second, exact."""
    opener = _RANGE_OPEN.search(before)
    revised = opener is not None and _CHANGE.search(before, 0, opener.start()) is not None
    key = "entre" if opener and opener.group().startswith("entre") else "de"
    joins = [_RANGE_JOIN[key], _DASH] if opener else [_DASH, _RANGE_JOIN["de"], _OR]
    restated = _RESTATED.match(folded, match.end(), hi)  # "de 5 (cinq) à onze (11)"
    for join in joins:
        joined = join.match(folded, restated.end() if restated else match.end(), hi)
        if joined is None:
            continue
        second = CORE.match(folded, joined.end(), hi)
        if second is None or second.lastgroup not in ("digits", "words"):
            continue
        value = _value(second.group(), second.lastgroup == "words")
        if value is None or (join is _DASH and match.group().isdigit() and len(match.group()) == 4):
            continue
        if revised:
            again = _RESTATED.match(folded, second.end(), hi)
            return Quantity(second.start(), again.end() if again else second.end(), value, value,
                            value, "exact", words=second.lastgroup == "words")  # fmt: skip
        start = match.start() - (len(before) - opener.start()) if opener else match.start()
        low, high = sorted((first, value))
        return Quantity(
            max(lo, start),
            second.end(),
            None,
            low,
            high,
            "range",
            words=second.lastgroup == "words",
        )
    return None
