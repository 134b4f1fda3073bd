"""The words of a link's reason: the figures compared in each report's own words,
where the places agreed, whom each counts, and when ("24 vs 3 killed; the French
report says 'vingt-quatre soldats tchadiens'; same region: Lac; security forces; both
on 2026-11-24"). Pure text from two claims' `Features`, for `relate.relate`."""

from __future__ import annotations

import datetime as dt
import math
from enum import StrEnum

from workbench.extract.gazetteer import COUNTRY_BY_NAME
from workbench.ingest.language import language_name
from workbench.match.companions import agreeing_companions
from workbench.match.features import EVENT_TOLERANCE, Features
from workbench.match.figure_agreement import ceiling_far_above, far_bound, overlap
from workbench.match.lists import usable_total
from workbench.match.places import Agreement
from workbench.match.victims import head_noun
from workbench.vocabulary import vague_words

_FIGURE_COMPARISONS = frozenset(
    {
        "denied",
        "denied figure",
        "overlap",
        "disjoint",
        "list total",
        "part of whole",
        "a part",
        "two parts",
        "own losses",
        "rival accounts",
        "revised",
        "total grown",
    }
)
# a contradiction's reasons
_DISPUTES = frozenset({"denied", "denied figure", "disjoint", "revised", "rival accounts"})

# The families victims are counted in (extract/lexicon.py's noun classes), as a
# reason names them: soldiers, gendarmes, police, national guards and peacekeepers
# are security forces; villagers, residents, worshippers and pupils civilians.
VICTIM_FAMILIES = {
    "military": "security forces",
    "civilian": "civilians",
    "armed_group": "armed group members",
}


class When(StrEnum):
    SAME = "same"
    DIFFERENT = "different"
    UNKNOWN = "unknown"


def reason(a: Features, b: Features, where: Agreement, when: When, why: str) -> str:
    dispute = why in _DISPUTES
    rival = why == "rival accounts"  # two families of victims: whom each counts
    if why.startswith(":"):  # worded by its own rule (match/war_sides.py, two_sites.py)
        why = f"{figure(a)} vs {figure(b)} {a.category.value}{why}" + _in_their_words(a, b)
    elif why in _FIGURE_COMPARISONS:
        why = _figures(a, b, why) + _companions_agree(a, b) + _in_their_words(a, b)
    time = _time_phrase(a, b, when, dispute)
    whom = f"'{a.claim.subject}' against '{b.claim.subject}'" if rival else _subject_phrase(a, b)
    return f"{why}; {where.words}; {whom}; {time}"


def _companions_agree(a: Features, b: Features) -> str:
    """Where two tolls disagree and another toll both sentences state agrees, that toll
    in both reports' words: "; both give the killed alike: 'killed three people' ~
    'Three people were killed'"."""
    if overlap(a, b):
        return ""
    agreeing = agreeing_companions(a, b)
    if agreeing is None:
        return ""
    x, y = agreeing
    return f"; both give the {x.category.value} alike: '{x.text}' ~ '{y.text}'"


def _in_their_words(a: Features, b: Features) -> str:
    """Where the two claims come from reports in two languages, each claim not in
    English quoted in its own words: "; the French report says 'vingt-quatre
    soldats tchadiens ont été tués'"."""
    la, lb = a.claim.language or "en", b.claim.language or "en"
    if la == lb:
        return ""
    quoted = [
        f"; the {language_name(c.claim.language)} report says '{c.claim.text}'"
        for c in (a, b)
        if c.claim.language not in (None, "en")
    ]
    return "".join(quoted)


def _figures(a: Features, b: Features, how: str) -> str:
    figures = f"{figure(a)} vs {figure(b)} {a.category.value}"
    if how == "part of whole":
        several = "first" if a.several else "second"
        return f"{figures}: the {several} counts several incidents, the other one of them"
    if how == "a part":
        part = "first" if a.part else "second"
        return f"{figures}: the {part} counts a part of a toll, no whole toll"
    if how == "two parts":
        return f"{figures}: both count parts of a toll, not one part told twice"
    if how == "own losses":
        own = a if a.victim == "military" else b
        return f"{figures}: '{own.claim.voice}' counts its own people, a part of the toll"
    if how == "rival accounts":  # match.rivals
        party = a if a.victim != "civilian" else b
        return (
            f"{figures}: rival accounts of one strike's dead: '{party.claim.voice}' counts "
            "fighters, the other report civilians"
        )
    if how == "total grown":
        return f"{figures}: a running total counted on to a later day, no dispute"
    if how == "list total":
        totals = f"{_listed(a, b)} vs {_listed(b, a)} {a.category.value}"
        return f"{totals}: the list's total agrees"
    line = f"{figures}: intervals {'overlap' if overlap(a, b) else 'disjoint'}"
    if overlap(a, b) and far_bound(a, b):
        far = (
            "the ceiling lies far above" if ceiling_far_above(a, b) else "the floor lies far below"
        )
        line = f"{figures}: {far} the other figure"
    if how == "revised" and overlap(a, b):  # a first count its voice's later report replaced
        line = f"{figures}: the later report revises the first figure"
    if how == "revised":
        line += "; the same voice gives another toll in another report"
    if how == "denied":
        who = "the second" if b.claim.denies else "the first"
        line += f"; {who} voice calls the story false"
    if how == "denied figure":
        who = "the second" if b.claim.figure_denied else "the first"
        line += f"; {who} voice denies this figure"
    for which, f in (("first", a), ("second", b)):
        if f.claim.earlier_figure:  # extract/earlier_figures.py
            line += f"; the {which} is a first count its own report replaced"
    return line


def figure(f: Features) -> str:
    """A figure as an analyst reads it: 24, at least 37, 700-800, dozens."""
    c = f.claim
    if c.qualifier.startswith("vague:"):
        return vague_words(c.qualifier)
    if c.qualifier == "range":
        return f"{_number(f.low)}-{_number(f.high)}"
    words = {
        "at_least": "at least ",
        "more_than": "more than ",
        "up_to": "up to ",
        "nearly": "nearly ",
        "about": "about ",
    }
    stated = f"{words.get(c.qualifier, '')}{_number(c.value)}"
    if f.own_bound:  # "kills 59" in a report that says "at least 59"
        return f"{stated} (its report says at least {_number(f.low)})"
    if f.bodies and c.high is not None and math.isfinite(c.high):
        return f"{stated} (bodies found: more may be)"  # a floor (features.bodies)
    return stated


def _listed(f: Features, other: Features) -> str:
    """A claim's figure, or its list's total with its parts ("4 + 1 = 5") where it
    was compared with the other's (`lists.usable_total`)."""
    total = usable_total(f, other)
    return total.words if total else figure(f)


def _number(value: float | None) -> str:
    if value is None or math.isinf(value):
        return "?"
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,}"


def _subject_phrase(a: Features, b: Features) -> str:
    """ "same subject 'Chadian soldiers'": the people counted, with their side."""
    sides = sorted(a.sides | b.sides)
    # an English head for the English demonym: not "Chadian soldats" (a trial)
    heads = [
        head_noun(f.subject)
        for f in (a, b)
        if f.subject and not f.generic and f.claim.language != "fr"
    ]
    subject = max((a.claim.subject or "", b.claim.subject or ""), key=len) or "the same count"
    if len(sides) == 1 and heads and COUNTRY_BY_NAME.get(sides[0].lower()):
        demonyms = COUNTRY_BY_NAME[sides[0].lower()].demonyms
        if demonyms:
            subject = f"{demonyms[0]} {heads[0]}"
    elif sides:
        subject = f"{subject} ({', '.join(sides)})"
    family = _family_words(a, b)
    return f"same subject '{subject}'" + (f" ({family})" if family else "")


def _family_words(a: Features, b: Features) -> str:
    """Why two different words count the same people: "both security forces:
    'gendarmes' ~ 'soldiers'", "'soldiers' among 'people'"; "" for the same words."""
    sa, sb = a.claim.subject or "", b.claim.subject or ""
    if not sa or not sb or a.subject == b.subject:
        return ""
    if a.victim is not None and a.victim == b.victim:
        return f"both {VICTIM_FAMILIES[a.victim]}: '{sa}' ~ '{sb}'"
    if a.generic != b.generic:
        specific, general = (sb, sa) if a.generic else (sa, sb)
        return f"'{specific}' among '{general}'"
    return ""


def _time_phrase(a: Features, b: Features, when: When, dispute: bool = False) -> str:
    """ "same time", "different times"; for one time reported days apart, or two tolls
    in dispute reported on different days (a first toll and a revised one), both
    report dates: "same time, reported 2024-06-08 and 2024-06-20"."""
    words = {
        When.SAME: "same time",
        When.DIFFERENT: "different times",
        When.UNKNOWN: "time unknown",
    }[when]
    dates = sorted(d[:10] for d in (a.claim.published, b.claim.published) if d)
    apart = _days_between(*dates) if len(dates) == 2 else 0
    if when is When.SAME and (apart > EVENT_TOLERANCE or (dispute and apart > 0)):
        words += f", reported {dates[0]} and {dates[1]}"
    return words


def _days_between(first: str, second: str) -> int:
    try:
        return (dt.date.fromisoformat(second[:10]) - dt.date.fromisoformat(first[:10])).days
    except ValueError:
        return 0
