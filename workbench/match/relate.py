"""Whether two claims speak of the same thing, how they relate, and why in plain words."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from enum import StrEnum
from functools import cached_property, partial

from rapidfuzz import fuzz

from workbench.extract.gazetteer import COUNTRY_BY_NAME
from workbench.geo.places import Kind
from workbench.ingest.language import language_name
from workbench.match.companions import agreeing_companions
from workbench.match.features import (
    EVENT_TOLERANCE,
    RELATED_CATEGORIES,
    STOCK_TOLERANCE,
    Features,
)
from workbench.match.places import SAME_PLACE, Agreement, agreement, opposed
from workbench.match.speakers import same_speaker
from workbench.match.ties import (
    inside_country,
    list_total_agrees,
    named_in_passing,
    one_day_of,
    one_dispute,
    overlap,
    part_of_whole,
)
from workbench.vocabulary import Relation

# The families victims are counted in (extract/lexicon.py's noun classes), as a
# reason names them: soldiers, gendarmes, police, national guards and peacekeepers
# are security forces; villagers, residents, worshippers and pupils civilians.
VICTIM_FAMILIES = {
    "military": "security forces",
    "civilian": "civilians",
    "armed_group": "armed group members",
}
_ARMED = "armed_group"
_FIGURE_COMPARISONS = frozenset(
    {"denied", "overlap", "disjoint", "list total", "part of whole", "revised"}
)
_DISPUTES = frozenset({"denied", "disjoint", "revised"})  # a contradiction's reasons
PLACE_THRESHOLD = 80  # rapidfuzz ratio of folded names: "diabali" ~ "diabili" is 86
SUBJECT_THRESHOLD = 60
TOLL_RATIO = 3  # undated tolls of one place and week further apart are two incidents


class When(StrEnum):
    SAME = "same"
    DIFFERENT = "different"
    UNKNOWN = "unknown"


@dataclass  # not frozen: a frozen init costs a tenth of matching a crowded corpus
class LinkSuggestion:
    """The matcher's suggestion: how claim `a` (the earlier) and claim `b` relate,
    and why in plain words. The analyst's decision on it is the link's state.

    The words are written when first read: a crowded corpus yields many suggestions
    that are weighed and dropped unread."""

    a: int
    b: int
    relation: Relation
    score: float
    days_apart: int  # between the times the two speak of; 0 when they overlap
    explain: Callable[[], str] = field(repr=False, compare=False)
    copy: bool = False  # a restatement within one report: `b` is a copy of `a`

    @cached_property
    def reason(self) -> str:
        return self.explain()


def relate(a: Features, b: Features) -> LinkSuggestion | None:
    """The relation of two claims, or None when nothing says they speak of one thing.

    Hard constraints come first: different countries, sides or kinds of victim
    never match, whatever the words say. A shared number alone never links.
    """
    if a.claim.id > b.claim.id:
        a, b = b, a
    same_category = a.category is b.category
    if not same_category and frozenset({a.category, b.category}) not in RELATED_CATEGORIES:
        return None
    # one voice, or one person quoted under two spellings of a name (a relay)
    same_voice = a.claim.voice_id == b.claim.voice_id or same_speaker(a.speaker, b.speaker)
    if same_voice and not same_category:
        return None  # a voice is no witness to itself; it may only restate a figure
    if _conflict(a, b) or a.cumulative != b.cumulative:
        return None  # and a running total is never one incident's count
    a, b = _as_news(a, b), _as_news(b, a)
    # time first: it is cheap, and it settles most pairs a block brings together
    days = _days_apart(a, b)
    when = _when(a, b, days)
    if when is When.UNKNOWN:
        return None  # nothing says whether they speak of one time
    if when is When.DIFFERENT and not (same_category and a.stock):
        return None  # an event on another day is another event
    where = _place_match(a, b)
    subject = _subject_similarity(a, b)
    if where is None or subject < SUBJECT_THRESHOLD:
        return None
    one_article = where.same and a.claim.document_id == b.claim.document_id
    weak = where.level is Kind.COUNTRY or where.weak
    if weak and not one_article and not one_day_of(a, b, when is When.SAME, days, where.weak):
        return None  # "Mali" and a village: one incident only on one day, one figure
    if not same_category:
        return _verdict(a, b, Relation.RELATED, where, subject, when, days, "related categories")
    if same_voice:
        return _same_voice(a, b, where, subject, when, days)
    if when is When.DIFFERENT:
        return _verdict(a, b, Relation.RELATED, where, subject, when, days, "another time")
    if a.claim.denies or b.claim.denies:
        return _verdict(a, b, Relation.CONTRADICTS, where, subject, when, days, "denied")
    if part_of_whole(a, b):
        return _verdict(a, b, Relation.RELATED, where, subject, when, days, "part of whole")
    if overlap(a, b):
        return _verdict(a, b, Relation.CORROBORATES, where, subject, when, days, "overlap")
    if list_total_agrees(a, b):
        return _verdict(a, b, Relation.CORROBORATES, where, subject, when, days, "list total")
    if _two_incidents(a, b) or (where.crowded and not one_dispute(a, b)):
        return None  # two incidents of one place, or of one region or city that day
    return _verdict(a, b, Relation.CONTRADICTS, where, subject, when, days, "disjoint")


def _same_voice(
    a: Features, b: Features, where: Agreement, subject: float, when: When, days: int
) -> LinkSuggestion | None:
    """Two claims of one voice: a figure restated in its own report (a headline and its
    body); or relayed by two reports ("the ministry said", each outlet citing it),
    one statement and no second witness, whose figures overlap (`restates`) or, told
    again with another toll, differ: the voice revised its own count (`contradicts`,
    held to the gates other voices' disputes pass)."""
    if when is not When.SAME:
        return None
    if a.claim.document_id == b.claim.document_id:
        if (a.low, a.high) != (b.low, b.high):
            return None
        why = "the same voice again"
        again = _verdict(a, b, Relation.RESTATES, where, subject, when, days, why)
        return replace(again, copy=True)
    if overlap(a, b):
        why = "the same voice in two reports" + _spellings(a, b)
        return _verdict(a, b, Relation.RESTATES, where, subject, when, days, why)
    if a.claim.denies or b.claim.denies or _two_incidents(a, b):
        return None
    if where.crowded and not one_dispute(a, b):
        return None
    return _verdict(a, b, Relation.CONTRADICTS, where, subject, when, days, "revised")


def _as_news(stamped: Features, dated: Features) -> Features:
    """A claim dated only by its page's stamp, read as an undated report's news of the
    week before (`TimeSpan.as_news`) where the other claim's text dates the incident
    on a day before the stamp's reach: "40 worshippers were killed at a church in
    Owo on Sunday" and, under a stamp six days later, "no fewer than 40 worshippers
    lost their lives" in Owo. Against another stamp or an undated report it stays
    the dateline's news of its day (two undated reports days apart are two
    incidents')."""
    mine, theirs = stamped.time, dated.time
    if not mine.stamped or theirs.stamped or not theirs.explicit or theirs.end is None:
        return stamped
    if mine.start is None or theirs.end >= mine.start:
        return stamped
    return replace(stamped, time=mine.as_news())


def _spellings(a: Features, b: Features) -> str:
    """Where one person is quoted under two spellings, both: " ('Ahmed Sharif' ~
    'Lt Gen Ahmed Sharif Chaudhry')"; "" for one voice."""
    if a.claim.voice_id == b.claim.voice_id:
        return ""
    return f" ('{a.claim.voice}' ~ '{b.claim.voice}')"


def _two_incidents(a: Features, b: Features) -> bool:
    """Whether two tolls of one place and week that neither report dates in its text
    differ more than TOLL_RATIO-fold: two incidents there (a market bombing's 48 dead
    and 14 bodies found outside the town), not a first and a revised toll of one,
    whose later report names the incident's day (issue 16's revisions), nor one
    incident whose other toll both reports give alike (`companions`)."""
    if a.stock or a.time.explicit or b.time.explicit or agreeing_companions(a, b):
        return False
    return min(a.high, b.high) * TOLL_RATIO < max(a.low, b.low)


def _conflict(a: Features, b: Features) -> bool:
    if a.claim.country and b.claim.country and a.claim.country != b.claim.country:
        return True
    if a.victim and b.victim and a.victim != b.victim:
        return True
    if (a.victim == _ARMED) != (b.victim == _ARMED):
        return True  # "8 attackers killed" is the other side of "at least 20 dead"
    return bool(a.sides and b.sides and not a.sides & b.sides)


def _place_match(a: Features, b: Features) -> Agreement | None:
    """Where both places are in the gazetteer, whether they are one, near or one
    within the other (`match.places`); otherwise how alike their names are."""
    if a.located and b.located:
        if a.located[0] == b.located[0] and opposed(a.heading, b.heading):
            return None  # "north of Kidal" and "south of Kidal" are two places
        found = [agreement(x, y) for x in a.located for y in b.located]
        agreed = [x for x in found if x is not None]
        best = max(agreed, key=lambda x: x.similarity, default=None)
        if best is None or best.words != SAME_PLACE:
            return best
        return replace(best, words=_same_place(a, b, 100.0))
    similarity = _name_similarity(a, b)
    if similarity < PLACE_THRESHOLD:  # the weak ties, the most telling first
        return named_in_passing(a, b) or inside_country(a, b) or inside_country(b, a)
    return Agreement(Kind.TOWN, similarity, _same_place(a, b, similarity))


def _same_place(a: Features, b: Features, similarity: float) -> str:
    la, lb = a.claim.location or "", b.claim.location or ""
    if la.lower() == lb.lower() or (similarity >= 99 and not (a.located and b.located)):
        return f"same place '{la}'"
    return f"same place '{la}' ~ '{lb}'"


def _name_similarity(a: Features, b: Features) -> float:
    if not a.places or not b.places:
        return 0.0
    if a.coarse != b.coarse:
        return 0.0  # "Mali" against "north of Kidal": one is somewhere in the other
    if a.places == b.places:
        return 100.0
    return max(_names_alike(x, y) for x in a.places for y in b.places)


def _names_alike(x: str, y: str) -> float:
    """How alike two folded place names are (rapidfuzz ratio), 100 where the words of
    one are all words of the other: a site or quarter named by its town ("Islamic
    Cairo" and "Cairo", "Hilton Hotel" and "Hilton")."""
    words_x, words_y = set(x.split()), set(y.split())
    if words_x <= words_y or words_y <= words_x:
        return 100.0
    return fuzz.ratio(x, y)


def _subject_similarity(a: Features, b: Features) -> float:
    """100 where one side counts people in general ("people", "victims") or names
    one person ("Simon Veness" and "a British man"), or both count one family of
    victims ("soldiers" and "gendarmes" are security forces); otherwise, and for
    two names, how alike the words are."""
    if a.named and b.named:
        return fuzz.token_set_ratio(a.subject, b.subject)
    if a.generic or b.generic or (a.victim is not None and a.victim == b.victim):
        return 100.0
    return fuzz.token_set_ratio(a.subject, b.subject)


def _when(a: Features, b: Features, days_apart: int) -> When:
    """Whether two claims speak of the same time."""
    ta, tb = a.time, b.time
    if not ta.explicit and not tb.explicit and a.claim.document_id == b.claim.document_id:
        return When.SAME
    if not (ta.known and tb.known):
        if a.claim.document_id == b.claim.document_id:
            return When.DIFFERENT  # the writer dated one of them and not the other
        return When.UNKNOWN
    tolerance = STOCK_TOLERANCE if a.stock else EVENT_TOLERANCE
    return When.SAME if days_apart <= tolerance else When.DIFFERENT


def _verdict(
    a: Features,
    b: Features,
    relation: Relation,
    where: Agreement,
    subject: float,
    when: When,
    days_apart: int,
    why: str,
) -> LinkSuggestion:
    score = (
        0.45 * where.similarity / 100 + 0.35 * subject / 100 + (0.2 if when is When.SAME else 0.05)
    )
    explain = partial(_reason, a, b, where, when, why)
    return LinkSuggestion(a.claim.id, b.claim.id, relation, round(score, 3), days_apart, explain)


def _reason(a: Features, b: Features, where: Agreement, when: When, why: str) -> str:
    dispute = why in _DISPUTES
    if why in _FIGURE_COMPARISONS:
        why = _figures(a, b, why) + _companions_agree(a, b) + _in_their_words(a, b)
    time = _time_phrase(a, b, when, dispute)
    return f"{why}; {where.words}; {_subject_phrase(a, b)}; {time}"


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


def _days_apart(a: Features, b: Features) -> int:
    """Days between the times two claims speak of, 0 where they overlap. Two reports
    that date neither claim in their texts are each the news of their own days: they
    lie as far apart as their publication ("46 killed" on 11 March and "twin attacks
    kill dozens" on 15 March are two incidents), where each alone would speak of the
    week before it. A later toll of one incident names the incident's day."""
    ta, tb = a.time, b.time
    if ta.start is None or tb.start is None or ta.end is None or tb.end is None:
        return 0
    if not ta.explicit and not tb.explicit:
        return abs(ta.end - tb.end)
    return max(ta.start - tb.end, tb.start - ta.end, 0)


def _figures(a: Features, b: Features, how: str) -> str:
    figures = f"{figure(a)} vs {figure(b)} {a.category.value}"
    if how == "part of whole":
        several = "first" if a.several else "second"
        return f"{figures}: the {several} counts several incidents, the other one of them"
    if how == "list total":
        totals = f"{_listed(a)} vs {_listed(b)} {a.category.value}"
        return f"{totals}: the list's total agrees"
    line = f"{figures}: intervals {'overlap' if overlap(a, b) else 'disjoint'}"
    if how == "revised":
        line += "; the same voice gives another toll in another report"
    if how == "denied":
        who = "the second" if b.claim.denies else "the first"
        line += f"; {who} voice calls the story false"
    return line


def figure(f: Features) -> str:
    """A figure as an analyst reads it: 24, at least 37, 700-800, dozens."""
    c = f.claim
    if c.qualifier.startswith("vague:"):
        return c.qualifier.removeprefix("vague:")
    if c.qualifier == "range":
        return f"{_number(f.low)}-{_number(f.high)}"
    words = {
        "at_least": "at least ",
        "more_than": "more than ",
        "up_to": "up to ",
        "nearly": "nearly ",
        "about": "about ",
    }
    return f"{words.get(c.qualifier, '')}{_number(c.value)}"


def _listed(f: Features) -> str:
    """A claim's figure, or its list's total with its parts ("4 + 1 = 5")."""
    return f.total.words if f.total else figure(f)


def _number(value: float | None) -> str:
    if value is None or math.isinf(value):
        return "?"
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,}"


def _subject_phrase(a: Features, b: Features) -> str:
    """ "same subject 'Chadian soldiers'": the people counted, with their side."""
    sides = sorted(a.sides | b.sides)
    heads = [f.subject.split()[-1] for f in (a, b) if f.subject and not f.generic]
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
