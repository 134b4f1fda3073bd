"""Whether two claims speak of the same thing, how they relate, and why in plain words."""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from enum import StrEnum
from functools import cached_property, partial

from rapidfuzz import fuzz

from workbench.extract.gazetteer import COUNTRY_BY_NAME
from workbench.geo.places import Kind
from workbench.ingest.language import language_name
from workbench.match.features import (
    EVENT_TOLERANCE,
    RELATED_CATEGORIES,
    STOCK_TOLERANCE,
    Features,
)
from workbench.match.mentions import named_in_other
from workbench.match.places import SAME_PLACE, SIMILARITY, Agreement, agreement, opposed
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
_FIGURE_COMPARISONS = frozenset({"denied", "overlap", "disjoint", "list total", "part of whole"})
PLACE_THRESHOLD = 80  # rapidfuzz ratio of folded names: "diabali" ~ "diabili" is 86
SUBJECT_THRESHOLD = 60
TOLL_RATIO = 3  # undated tolls of one place and week further apart are two incidents
_COUNTRY_SIMILARITY = SIMILARITY[Kind.COUNTRY]
RETOLD_RATIO = 90  # rapidfuzz ratio of two sentences, numbers masked: one story retold
_NUMBER = re.compile(r"\d[\d,.]*")
_PASSING_SIMILARITY = SIMILARITY[Kind.DISTRICT]  # a town named in passing: near, not same


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
    same_voice = a.claim.voice_id == b.claim.voice_id
    if same_voice and not (same_category and a.claim.document_id == b.claim.document_id):
        return None  # a voice is no witness to itself; it may only restate a figure
    if _conflict(a, b) or a.cumulative != b.cumulative:
        return None  # and a running total is never one incident's count
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
    if weak and not one_article and not _one_day_of(a, b, when, days):
        return None  # "Mali" and a village: one incident only on one day, one figure
    if not same_category:
        return _verdict(a, b, Relation.RELATED, where, subject, when, days, "related categories")
    if same_voice:
        if when is When.SAME and (a.low, a.high) == (b.low, b.high):
            return _verdict(
                a, b, Relation.RESTATES, where, subject, when, days, "the same voice again"
            )
        return None
    if when is When.DIFFERENT:
        return _verdict(a, b, Relation.RELATED, where, subject, when, days, "another time")
    if a.claim.denies or b.claim.denies:
        return _verdict(a, b, Relation.CONTRADICTS, where, subject, when, days, "denied")
    if _part_of_whole(a, b):
        return _verdict(a, b, Relation.RELATED, where, subject, when, days, "part of whole")
    if _overlap(a, b):
        return _verdict(a, b, Relation.CORROBORATES, where, subject, when, days, "overlap")
    if _list_total_agrees(a, b):
        return _verdict(a, b, Relation.CORROBORATES, where, subject, when, days, "list total")
    if _two_incidents(a, b):
        return None
    return _verdict(a, b, Relation.CONTRADICTS, where, subject, when, days, "disjoint")


def _two_incidents(a: Features, b: Features) -> bool:
    """Whether two tolls of one place and week that neither report dates in its text
    differ more than TOLL_RATIO-fold: two incidents there (a market bombing's 48 dead
    and 14 bodies found outside the town), not a first and a revised toll of one,
    whose later report names the incident's day (issue 16's revisions)."""
    if a.stock or a.time.explicit or b.time.explicit:
        return False
    return min(a.high, b.high) * TOLL_RATIO < max(a.low, b.low)


def _overlap(a: Features, b: Features) -> bool:
    """Whether two claims' intervals (their asserted bounds) share a value."""
    return a.low <= b.high and b.low <= a.high


def _part_of_whole(a: Features, b: Features) -> bool:
    """Whether one claim counts over several incidents or sites ("15 at two hospitals")
    and the other, no more than it, one of them ("11 at the hospital"): related, the
    part of a whole, neither corroborating nor contradicting it."""
    if a.several == b.several:
        return False
    whole, part = (a, b) if a.several else (b, a)
    return part.low <= whole.high


def _list_total_agrees(a: Features, b: Features) -> bool:
    """Whether the total of a list one claim is part of ("four police and one
    reservist": 5) overlaps the other's figure, or the other's list total."""
    low_a, high_a = (a.total.low, a.total.high) if a.total else (a.low, a.high)
    low_b, high_b = (b.total.low, b.total.high) if b.total else (b.low, b.high)
    return (a.total is not None or b.total is not None) and low_a <= high_b and low_b <= high_a


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
        return _named_in_passing(a, b) or _inside_country(a, b) or _inside_country(b, a)
    return Agreement(Kind.TOWN, similarity, _same_place(a, b, similarity))


def _named_in_passing(a: Features, b: Features) -> Agreement | None:
    """Two claims whose places do not agree, where one's sentence names the town the
    other is placed in ("at Polo, on their way into Maiduguri" and "in Maiduguri"):
    a weak agreement, which relate holds to one day and figures that agree."""
    town = named_in_other(a, b)
    if town is None:
        return None
    return Agreement(Kind.TOWN, _PASSING_SIMILARITY, f"both name '{town}'", weak=True)


def _inside_country(known: Features, other: Features) -> Agreement | None:
    """A claim placed only in a country ("in Kenya", "central India") and one placed
    somewhere the gazetteer does not know ("Pandanguo Police Camp") whose report is
    about that country agree at country level: the place may lie anywhere in it. So
    may a place the gazetteer knows ("Jerusalem") and one it does not ("Zion
    Square"), where both state the same figure: two places named are two incidents
    unless the figure says otherwise (`same_figure`)."""
    if not known.located:
        return None
    name = known.located[0].country
    if other.located or other.coarse or not other.places or other.claim.country != name:
        return None
    if known.located[0].kind is not Kind.COUNTRY and not same_figure(known, other):
        return None
    return Agreement(Kind.COUNTRY, _COUNTRY_SIMILARITY, f"same country: {name}")


def same_figure(a: Features, b: Features) -> bool:
    """Whether two claims state one figure ("13 persons" and "killing 13 people")."""
    return a.claim.value is not None and a.claim.value == b.claim.value


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


def _one_day_of(a: Features, b: Features, when: When, days: int) -> bool:
    """Whether two claims that share nothing but their country (one placed only in it,
    or both) may be one incident: both tied to one day (dated in their texts, undated
    reports published the same day, each the news of its day, or one dated in its text
    and the other the news of that day), and their figures agreeing ("at least 11
    people" and "at least 10 people", or a list's total) or one voice calling the
    other's story false. "Five police officers" against "three police officers" the
    same day in Kenya are two incidents as often as one: a country holds many a day."""
    if when is not When.SAME or days or not _one_count(a, b):
        return False
    if a.time.explicit and b.time.explicit:
        return True
    if a.time.explicit != b.time.explicit:
        dated, news = (a, b) if a.time.explicit else (b, a)
        return _news_of(dated, news)
    pa, pb = a.claim.published, b.claim.published
    return bool(pa) and pa == pb


def _one_count(a: Features, b: Features) -> bool:
    """Whether two claims' figures agree (or one counts a part of the other's several
    incidents), or one calls the other's story false. A death alone agrees with
    another only where both say whom: "one Turkish soldier" and "a Turkish soldier",
    not "one killed" and "a passenger", which a country shows many of a day."""
    if a.claim.denies or b.claim.denies or _part_of_whole(a, b):
        return True
    if not (_overlap(a, b) or _list_total_agrees(a, b)):
        return _retold(a, b)
    alone = max(a.high, b.high) <= 1
    return not alone or (a.victim is not None and a.victim == b.victim)


def _retold(a: Features, b: Features) -> bool:
    """Whether two figures that disagree are one story told again with another toll:
    the two sentences alike but for their numbers (RETOLD_RATIO, the numbers
    masked), "Gunmen killed 12 soldiers near Gao on Monday" and "Gunmen killed 30
    soldiers near Gao on Monday". Two incidents are seldom told in one sentence."""
    first, second = _NUMBER.sub("#", a.claim.sentence), _NUMBER.sub("#", b.claim.sentence)
    return bool(first and second) and fuzz.ratio(first, second) >= RETOLD_RATIO


def _news_of(dated: Features, news: Features) -> bool:
    """Whether an undated report is the news of the day a dated claim gives: the
    claim's date is the day the report was published or the day before ("nine killed
    in Lamu County on Saturday" and Sunday's "beheaded nine civilians in Kenya")."""
    published = _day(news.claim.published)
    start, end = dated.time.start, dated.time.end
    if published is None or start is None or end is None:
        return False
    return published - 1 <= start and end <= published


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
    if why in _FIGURE_COMPARISONS:
        why = _figures(a, b, why) + _in_their_words(a, b)
    return f"{why}; {where.words}; {_subject_phrase(a, b)}; {_time_phrase(a, b, when)}"


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
    overlap = a.low <= b.high and b.low <= a.high
    line = f"{figures}: intervals {'overlap' if overlap else 'disjoint'}"
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


def _time_phrase(a: Features, b: Features, when: When) -> str:
    """ "same time", "different times"; for one time reported days apart, both report
    dates: "same time, reported 2024-06-08 and 2024-06-20" (a revised toll)."""
    words = {
        When.SAME: "same time",
        When.DIFFERENT: "different times",
        When.UNKNOWN: "time unknown",
    }[when]
    dates = sorted(d[:10] for d in (a.claim.published, b.claim.published) if d)
    if when is When.SAME and len(dates) == 2 and _days_between(*dates) > EVENT_TOLERANCE:
        words += f", reported {dates[0]} and {dates[1]}"
    return words


def _day(published: str | None) -> int | None:
    """A report's publication day as a day ordinal, None when unknown or unreadable."""
    try:
        return dt.date.fromisoformat(published[:10]).toordinal() if published else None
    except ValueError:
        return None


def _days_between(first: str, second: str) -> int:
    try:
        return (dt.date.fromisoformat(second[:10]) - dt.date.fromisoformat(first[:10])).days
    except ValueError:
        return 0
