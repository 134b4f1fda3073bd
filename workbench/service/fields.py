"""The fields of a claim an analyst may correct, each read from the words typed (in
the CLI or the TUI's form) and checked before anything is written: a bad value is a
`WrongValue` (a WorkbenchError) of one line naming the field and what it takes.

`parse_changes` reads every field given and the figure as a whole (value, bounds
and qualifier must agree): `{"value": "30"}` on an exact figure moves its bounds
with it; "" clears a field that may be empty."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import Any

from workbench.errors import WrongValue
from workbench.extract.currencies import CURRENCY_CODES
from workbench.extract.number_words import parse_number_words
from workbench.extract.qualifiers import interval
from workbench.ingest.metadata import read_published
from workbench.match.victims import victim_family
from workbench.models import Category, Number, Scope, StoredClaim
from workbench.service.span_figures import figures_read
from workbench.vocabulary import CURRENCY_WORDS, QUALIFIERS, SIDE_WORDS, SIDES, is_currency

EDITABLE = (
    "value",
    "low",
    "high",
    "qualifier",
    "category",
    "subject",
    "side",
    "currency",
    "actor",
    "place",
    "date",
    "voice",
    "scope",
    "hedged",
    "part",
    "denied",
    "earlier",
)
FIGURE = ("value", "low", "high", "qualifier")
_CLEARABLE = (
    "subject",
    "side",
    "currency",
    "actor",
    "place",
    "date",
    "value",
    "low",
    "high",
    "part",
)
_LONGEST = 200
_FLAGS = ("hedged", "part", "denied", "earlier")  # the fields typed as yes or no
_YES = dict.fromkeys(("yes", "y", "true", "1", *_FLAGS), True)
_NO = {"no": False, "n": False, "false": False, "0": False, "plain": False, "whole": False}
_ISO = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


def parse_changes(claim: StoredClaim, given: Mapping[str, str]) -> dict[str, Any]:
    """The values to store for the fields `given` (field -> the words typed), the
    figure's bounds worked out where only its value or qualifier changed; an error
    naming the first field that is wrong."""
    unknown = sorted(set(given) - set(EDITABLE))
    if unknown:
        raise WrongValue(f"{unknown[0]!r} is no claim field; correct one of {_fields()}")
    values = {field: parse_field(field, text) for field, text in given.items()}
    if any(field in values for field in FIGURE):
        values.update(_figure(claim, values))
    if "subject" in values and "side" not in values:
        values.update(_side_of_subject(claim, values["subject"]))
    return {**values, **_money_unit(claim, values)}


def _money_unit(claim: StoredClaim, values: Mapping[str, Any]) -> dict[str, Any]:
    """The unit fields a claim's category allows: a currency only on a money claim, a
    side only on one that counts people; a claim whose category becomes money loses
    its side (a trial's "1 million baht" corrected to money stayed "civilians"), one
    whose category leaves money loses its currency, and takes back the side the
    machine read, where it read one (the store keeps it). Raises WrongValue for a currency
    given to another category, or a side given to money."""
    category = values.get("category", claim.category.value)
    money = Category.MONEY.value
    if values.get("currency") is not None and category != money:
        raise WrongValue(
            f"currency: only a money claim has one (this one counts {category});"
            " set its category to money too"
        )
    if values.get("side") is not None and category == money:
        raise WrongValue("side: a money claim counts no people; give its currency instead")
    was_money = claim.category.value == money
    if category == money and not was_money and "currency" not in values:
        return {"side": None} if claim.unit in SIDE_WORDS else {}
    if was_money and category != money and "side" not in values and claim.unit:
        side = (claim.machine or {}).get("side")  # the machine's, kept when made money
        return {"currency": None, **({"side": side} if side else {})}
    return {}


def _side_of_subject(claim: StoredClaim, subject: str | None) -> dict[str, str | None]:
    """The side a corrected subject names, where it is not the claim's stored one:
    "SAF soldiers" typed over a claim the extractor filed as "combattants" of an
    armed group moves it to the security forces (trial 67: the subject was
    corrected and the event's row by side stayed the armed group's). A subject that
    names no side leaves the side as it is, unless it is the machine's subject again:
    then the side is the machine's again too, and the claim reads as read."""
    family = victim_family(None, subject)
    machine = claim.machine or {}
    back = "subject" in machine and machine["subject"] == subject
    if family is None and back and "side" in machine:
        family = machine["side"]  # corrected back: the machine's reading whole
    elif family is None:
        return {}
    return {} if family == claim.unit else {"side": family}


def parse_field(field: str, text: str) -> Any:
    """One field's value from the words typed: a figure a number (None when empty), a
    category, scope or qualifier one of its words, `hedged`, `part`, `denied` and
    `earlier` yes or no (part: it counts a part of a toll, not a whole one; denied: the
    figure is the one its voice denies; earlier: a figure its report replaces with a
    later one), a date ISO 8601
    (a day, a month, a year, or first/last), a currency an ISO 4217 code or a
    currency's word (`_currency`), the others a line of text (None when empty)."""
    text = text.strip()
    if text == "" and field in _CLEARABLE:
        return None
    if field in ("value", "low", "high"):
        return _number(field, text)
    if field == "qualifier":
        return _qualifier(text)
    if field == "category":
        return _word(field, text, [c.value for c in Category])
    if field == "scope":
        return _word(field, text, [s.value for s in Scope])
    if field in _FLAGS:
        return _yes_no(field, text)
    if field == "date":
        return _date(text)
    if field == "side":
        return SIDES[_word(field, text, list(SIDES))]
    if field == "currency":
        return _currency(text)
    return _line(field, text)


_ISO_4217 = re.compile(r"[A-Za-z]{3}")


def _currency(text: str) -> str:
    """A money claim's unit as the extractor stores one: an ISO 4217 code (three
    letters, upper-cased: "thb" is THB), a sign or code it reads before a sum ("฿",
    "$", "Tk": `extract.currencies.CURRENCY_CODES`), the word of a currency several
    countries use ("rupees", `vocabulary.CURRENCY_WORDS`), or a currency's name the
    extractor reads after a sum ("baht", "cedis", "francs CFA": its code)."""
    code = CURRENCY_CODES.get(text.lower())
    if code is not None:
        return code
    if text.lower() in CURRENCY_WORDS:
        return text.lower()
    if _ISO_4217.fullmatch(text):
        return text.upper()
    named = _named_currency(text)
    if named is not None:
        return named
    words = ", ".join(sorted(CURRENCY_WORDS))
    raise WrongValue(
        f"currency: {text!r} is no currency: an ISO 4217 code (USD, EUR, XOF), a sign"
        f" ($, €, £), a currency's name (baht, cedis) or one of {words}"
    )


def _named_currency(text: str) -> str | None:
    """The code of a currency named as a text names it after a sum ("baht": THB,
    "cedis": GHS, "francs CFA": XOF), read as the extractor reads "1000 baht" (its
    English reader, then its French one: `span_figures.figures_read`); None where
    neither reads one."""
    sum_of = f"1000 {' '.join(text.split())}"
    for found in figures_read(sum_of):
        unit = found[0].unit if len(found) == 1 and found[0].end == len(sum_of) else None
        if is_currency(unit):
            return unit
    return None


def _fields() -> str:
    return ", ".join(EDITABLE)


# A figure as analysts type it: digits, thousands apart by commas, spaces (the
# French way) or none, a decimal point: "24", "1,200", "1 200", "2.5". Not "1,2,3".
_FIGURE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?: \d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
_LARGEST = 10**15  # no report counts past a quadrillion (docs/extraction.md)


def _number(field: str, text: str) -> Number:
    """A figure typed by the analyst (`_FIGURE`); one line for anything else."""
    text = text.strip().replace("\u00a0", " ").replace("\u202f", " ")
    if text.startswith("-") and _FIGURE.fullmatch(text[1:]):
        raise WrongValue(f"{field}: a figure cannot be negative ({text})")
    if not _FIGURE.fullmatch(text):
        spelled = number_words(text)
        if spelled is None:
            raise WrongValue(
                f"{field}: {text!r} is not a number (e.g. 24, 1,200, 1 200, nine or neuf)"
            )
        text = str(spelled)
    plain = text.replace(",", "").replace(" ", "")
    if float(plain) >= _LARGEST:
        raise WrongValue(f"{field}: {text} is larger than any figure a report gives")
    return int(plain) if plain.isdigit() else float(plain)


def number_words(text: str) -> Number | None:
    """A figure the analyst typed in words, as the report has it: English ("nine",
    "twenty-four": `extract.number_words`) or French ("neuf", "quatre-vingt-onze":
    `extract.french.numbers.words_value`, imported when first needed: its patterns
    would add to every command's start-up). A trial's analyst typed "neuf" and "douze"
    from a French report."""
    english = parse_number_words(text)
    if english is not None:
        return english
    from workbench.extract.french.numbers import words_value

    return words_value(text.lower())


def _qualifier(text: str) -> str:
    word = "_".join(text.lower().split())
    if word in QUALIFIERS or (word.startswith("vague:") and len(word) > len("vague:")):
        return word
    raise WrongValue(
        f"qualifier: {text!r} is none of {', '.join(QUALIFIERS)}, vague:WORD (vague:dozens)"
    )


def _word(field: str, text: str, words: list[str]) -> str:
    if text.lower() in words:
        return text.lower()
    raise WrongValue(f"{field}: {text!r} is none of {', '.join(words)}")


def _yes_no(field: str, text: str) -> bool:
    answer = _YES.get(text.lower(), _NO.get(text.lower()))
    if answer is None:
        raise WrongValue(f"{field}: {text!r} is neither yes nor no")
    return answer


def _date(text: str) -> str:
    """An ISO 8601 date, month, year or first/last span as typed; else a full date as
    `document edit --published` reads it ("5 February 2024", "28 novembre 2026"),
    written ISO 8601."""
    parts = text.split("/")
    if len(parts) > 2 or not all(_is_iso(part) for part in parts):
        written = read_published(text) if len(parts) == 1 else None
        if written is not None:
            return _not_future(text, written.isoformat())
        raise WrongValue(
            f"date: {text!r} is no date (2024-02-05, 2024-02, 2024, 5 February 2024,"
            " 28 novembre 2026, or first/last: 2024-02-01/2024-02-07)"
        )
    if len(parts) == 2 and parts[0] > parts[1]:
        raise WrongValue(f"date: {text!r} ends before it starts")
    return _not_future(text, text)


def _not_future(typed: str, iso: str) -> str:
    """`iso`, unless it starts after today: a claim tells what happened (a trial's
    `claim edit --date 2027-05-01` was stored)."""
    if iso[:10] > dt.date.today().isoformat():
        raise WrongValue(f"date: {typed!r} is in the future; a claim tells what happened")
    return iso


def _is_iso(part: str) -> bool:
    if not _ISO.fullmatch(part):
        return False
    pieces = [int(p) for p in part.split("-")] + [1, 1]
    try:
        dt.date(*pieces[:3])
    except ValueError:
        return False
    return True


def _line(field: str, text: str) -> str:
    if not text:
        whose = (
            "; a claim always has one: the report's own is its outlet" if field == "voice" else ""
        )
        raise WrongValue(f"{field}: give a name (it cannot be empty{whose})")
    if len(text) > _LONGEST:
        raise WrongValue(f"{field}: {len(text)} characters; at most {_LONGEST}")
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in text):
        raise WrongValue(f"{field}: one line of text, without control characters")
    return text


def _figure(claim: StoredClaim, values: Mapping[str, Any]) -> dict[str, Any]:
    """The figure's four fields as they will stand, checked together: a range has two
    bounds and no single value, a vague figure no value, any other a value; an exact,
    about, at-least ... figure whose value or qualifier changed and whose bounds were
    not given takes the bounds its qualifier gives (extract/qualifiers.py)."""
    qualifier = values.get("qualifier", claim.qualifier)
    value = values.get("value", claim.value)
    low = values.get("low", claim.low)
    high = values.get("high", claim.high)
    bounds_given = "low" in values or "high" in values
    if qualifier == "range":
        if "value" in values and value is not None:
            raise WrongValue("value: a range has no single value; give low and high")
        value = None
        if low is None or high is None:
            raise WrongValue("a range needs both bounds: give low and high")
    elif qualifier.startswith("vague:"):
        if "value" in values and value is not None:
            raise WrongValue(f"value: a vague figure ({qualifier}) has no value")
        value = None
    elif value is None:
        raise WrongValue(f"value: a figure qualified {qualifier} needs a value")
    elif not bounds_given:
        low, high = interval(qualifier, value, value, value)
    if low is not None and high is not None and low > high:
        raise WrongValue(f"low {low} is above high {high}")
    _whole(values.get("category", claim.category), {"value": value, "low": low, "high": high})
    return {"value": value, "low": low, "high": high, "qualifier": qualifier}


# What a figure counts in whole units: people, attacks. Money, distances, durations
# and other quantities may be fractional ("2.5 km", "1.5 million dollars").
_FRACTIONAL = {
    c.value for c in (Category.MONEY, Category.DISTANCE, Category.DURATION, Category.OTHER)
}


def _whole(category: str, figures: Mapping[str, Number | None]) -> None:
    """Refuse a fraction where the category counts people or attacks (a trial's
    'killed 3.5' was stored)."""
    for field, figure in figures.items():
        if category not in _FRACTIONAL and figure is not None and figure != int(figure):
            said = f"{field}: {figure} is not a whole number; a {category} figure is a count"
            raise WrongValue(said)
