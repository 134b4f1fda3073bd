"""What a passive's subject is, read with its verb: its number ("A politician and
businessman was shot dead" is one person with two titles, where "a boy and
middle-aged man were killed" is two: `victim_lists.py` reads both lists alike, one
article carried over the "and"); the noun a bare participle is told of ("relatives
of a man killed by police" tells of the man); the plural noun whose "of" phrase holds
one person ("Relatives of the chief were killed" are the relatives); and the counted
whole before an "including" list of its parts ("6 people, including a trader and mason
were killed"). Run over lower-cased text
(`casefold.fold`) where a pattern says so.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from workbench.extract.not_place_words import ARMED_GROUPS
from workbench.extract.not_places import is_group
from workbench.extract.person_words import is_plural, title
from workbench.extract.victim_backs import parse_back
from workbench.extract.victim_clause import Clause
from workbench.extract.victim_items import Item
from workbench.extract.victim_readings import Refused
from workbench.extract.victim_words import AUXILIARY, INCLUDING_BEFORE_VERB

# A verb in the singular opening the auxiliaries: "was", "is", "has been".
_SINGULAR_VERB = re.compile(r"(?:was|is|has)(?![a-z])")
# Only "and" between the titles: a second article, a possessive or a number makes a
# second person ("a cleric and a teacher", "a cleric and his driver").
_AND = re.compile(r"\s+and\s+$")


def one_with_two_titles(folded: str, aux: int, items: list[Item]) -> list[Item]:
    """`items` read before a passive whose auxiliaries start at `aux`: two single
    items joined by a bare "and" before a verb in the singular are one person, the
    first item reaching over the second; any other list is returned as it is."""
    if len(items) != 2 or not _SINGULAR_VERB.match(folded, aux):
        return items
    first, second = items
    if not (first.single and second.single and first.quantity is None):
        return items
    if second.quantity is not None or not _AND.fullmatch(folded, first.end, second.start):
        return items
    return [replace(first, end=second.end)]


# People named by whom they belong to: "relatives of a man killed by police".
_RELATIONS = frozenset(
    "relatives relative family families kin kinsmen friends colleagues parents widow widows "
    "mourners supporters sympathisers sympathizers classmates neighbours neighbors".split()
)
_OF = re.compile(r"\s+of\s+(?=(?:a|an|the|his|her|their|\d+|one|two|three|four|five)\s)")


# A copula later in the clause, the participle before it its noun's modifier ("One of
# the seven people killed in the raid was a teacher"); not a passive telling the part's
# own fate ("Three of the 18 passengers wounded in the ambush were later killed", which
# `partitive_fates` reads).
_COPULA_AFTER = re.compile(
    r"(?<![a-z])(?:was|were|is|are|included|includes)\s+"
    r"(?!(?:[a-z]+ly\s+|later\s+|also\s+|then\s+|still\s+|being\s+|been\s+)*"
    r"(?:[a-z]+ed|shot|slain|taken|found|hit|hurt|died|dead)(?![a-z]))"
)


def whole_of_partitive(c: Clause, items: list[Item], bare: bool, end: int) -> list[Item]:
    """The counted whole a bare participle (`bare`: no auxiliary before it, ending at
    `end`) is told of where its one subject is a part of it and a copula follows:
    "One of the seven people killed in the raid was a teacher" tells of seven killed
    (the one, a teacher, is what the sentence says of them); `items` otherwise, as in a
    headline's "One of four hostages killed", whose participle is its verb."""
    if not bare or len(items) != 1 or not items[0].parts:
        return items
    if not _COPULA_AFTER.search(c.folded, end, c.hi):
        return items
    whole = parse_back(c.sentence, items[0].parts[0][0], items[0].end, c.quantities)
    return whole if len(whole) == 1 and whole[0].quantity is not None else items


# A relay right before a passive's first item: that item is whom the figure comes from
# ("According to the radio, citing a nurse, 40 soldiers died"), not a victim.
_RELAYED_BEFORE = re.compile(
    r"(?<![a-z])(?:citing|quoting|relaying|(?:which|who)\s+(?:had\s+)?(?:quoted|cited))\s+$"
)
# A quantifier that counts no one: "denied that any soldier had been killed".
_ANY = re.compile(r"(?:any|every)\s")


def first_no_victim(folded: str, lo: int, items: list[Item]) -> bool:
    """Whether the first of a passive's subject `items` (read from `lo`) is no victim:
    one a relay names ("citing a nurse, 40 soldiers died") or a quantifier's ("denied
    that any soldier had been killed")."""
    if not items:
        return False
    first = items[0]
    return bool(
        _RELAYED_BEFORE.search(folded, max(lo, first.start - 30), first.start)
        or (first.quantity is None and _ANY.match(folded, first.start))
    )


# A participle of service before a body's name: "Two Irish peacekeepers serving with the
# United Nations Interim Force in Lebanon (UNIFIL) were killed" (re-trial 65: the Force
# read as the one dead).
_SERVING = re.compile(
    r"\s+(?:serving|working|stationed|deployed|posted|attached|assigned)\s+"
    r"(?:with|for|in|at|to|under)\s+(?:the\s+)?$"
)


def who_served(c: Clause, lo: int, items: list[Item]) -> list[Item]:
    """The counted people before a participle of service whose object `items` opens
    with (the body they serve with is no victim); `items` where none stands there."""
    if (
        not items
        or (served := _SERVING.search(c.folded, max(lo, items[0].start - 40), items[0].start))
        is None
    ):
        return items
    before = parse_back(c.sentence, lo, served.start(), c.quantities)
    return before if any(i.quantity is not None for i in before) else items


def told_of_nearest(text: str, items: list[Item], bare: bool) -> int | None:
    """Where the noun a bare participle (`bare`: no auxiliary before it) is told of
    starts, when the one item of `items` is a noun of relation whose "of" phrase
    reaches the participle: "Dozens of relatives of a man killed by police marched"
    (the man); None otherwise ("Two relatives of the chief were killed")."""
    if not bare or len(items) != 1 or items[0].subject is None:
        return None
    head = items[0].subject.split()[-1].lower()
    if head not in _RELATIONS:
        return None
    of = _OF.search(text, items[0].start, items[0].end)
    return of.end() if of else None


# A verb in the plural opening the auxiliaries, and a plural noun whose "of" or "to"
# phrase ends right before a passive's one person: "The bodyguards of the governor were
# killed", "deputies to the leader were killed" (acled-nigeria study: the governor, the
# leader read as killed).
_PLURAL_VERB = re.compile(r"(?:were|are|have)(?![a-z])")
_PLURAL_OWNER = re.compile(r"(?<![\w-])([A-Za-z-]+)\s+(?:of|to|for)\s+$")


def owned_by_plural(folded: str, aux: int, items: list[Item]) -> int | None:
    """Where the plural noun ends whose "of"/"to"/"for" phrase is `items`' one
    person before a verb in the plural at `aux` (the subject is that noun, not the
    person: "Relatives of the chief were killed"); None otherwise ("The chief and his
    wife were killed", "Two relatives of the chief were killed", read as counted)."""
    if len(items) != 1 or not items[0].single or not _PLURAL_VERB.match(folded, aux):
        return None
    owner = _PLURAL_OWNER.search(folded, max(0, items[0].start - 40), items[0].start)
    if owner is None or not is_plural(owner.group(1).lower()):
        return None
    return owner.end(1)


# A sentence that opens with a subordinate clause: its comma closes the clause.
_FRONTED = re.compile(
    r"\W*(?:After|When|As|Following|Before|Since|While|Once|Although|Though|Because|If|Until)\s"
)
_BARE_COMMA = re.compile(r"\s*,\s*")


def fronted_objects(text: str, sentence_start: int, verb: int, items: list[Item]) -> list[Item]:
    """The objects of a verb at `verb` in a clause fronted before the main one: the
    first of `items` where only bare commas join them and the sentence opens with a
    subordinator ("After a police car killed a woman, 500 people attacked ...": the
    500 are the main clause's subject); `items` as they are otherwise ("After gunmen
    killed a farmer, a trader and a herder, ...")."""
    if len(items) < 2 or not _FRONTED.match(text, sentence_start, verb):
        return items
    if text.find(",", sentence_start, verb) >= 0:
        return items  # the fronted clause closed before the verb
    joins = [text[a.end : b.start] for a, b in pairwise(items)]
    if all(_BARE_COMMA.fullmatch(join) for join in joins):
        return items[:1]
    return items


# A person named before a count of his company: "Ali Musa and three others", "Ali
# Musa and two of his colleagues", "Ali Musa and his two sons", "Ali Musa and his wife"
_NAMED_BEFORE = re.compile(
    r"(?:^|(?<=[\s,(“\"]))(?<!\bof\s)(?<!\bthe\s)(?<!\bfrom\s)(?<!\bfor\s)"
    # a name's lower-case particles too: "Jalal Saleh bin Ajaj", "Abu Bakr al Baghdadi"
    r"(?P<name>(?:(?:[A-Z][a-z’'-]+|bin|ibn|al|el|de|da|van|von)\s+){0,4}[A-Z][a-z’'-]+)"
    r"\s+and\s+$"
)
# The last word of a body's name, not a person's: "Awami National Party"
_BODY_WORDS = frozenset(
    "Party Army Front Movement Council Union League Forces Police Ministry Government Group "
    "Brigade Committee Association Organisation Organization Agency Office Company".split()
)
_COMPANY = re.compile(
    r"(?:\S+\s+)?(?:others?\b|(?:\S+\s+)?of\s+(?:his|her)\s|(?:his|her)\s)", re.IGNORECASE
)
_NOT_PEOPLE = frozenset(
    "The A An This That In On At After When Monday Tuesday Wednesday Thursday Friday "
    "Saturday Sunday".split()
)


_OPENERS = frozenset("and but while when as that said".split())
# One companion of his: "his wife", "her driver" (a single person, no number).
_ONE_OF_HIS = re.compile(r"(?:his|her)\s+[a-z]+(?:\s+[a-z]+)?", re.IGNORECASE)
_WORD_BEFORE = re.compile(r"(?:^|\s)([a-z]+)\s+$")


def _opens(text: str, lo: int, at: int) -> bool:
    """Whether a name at `at` opens its phrase: the clause opens there (at `lo`), or a
    sign or a conjunction stands before it, not another word of a longer name."""
    before = text[lo:at].rstrip()
    if not before or before[-1] in ',;:(“"':
        return True
    return before.rsplit(maxsplit=1)[-1] in _OPENERS


def _titled(text: str, lo: int, at: int) -> bool:
    """Whether a person's title in lower case stands right before a name at `at`
    ("local chairman Musa Bello", "the district head Ali Musa")."""
    word = _WORD_BEFORE.search(text, max(lo, at - 30), at)
    return word is not None and title(word.group(1))


def _title_first(name: str) -> bool:
    """Whether a name opens on a person's title and goes on with a name: "Commander
    Jalal Saleh bin Ajaj", "Sheikh Ali Musa" (not "Commander" alone)."""
    words = name.split()
    return len(words) > 1 and words[0][0].isupper() and title(words[0])


def named_with_company(text: str, lo: int, items: list[Item]) -> Item | None:
    """The person named right before the first of `items` (read from `lo`) where that
    item counts his company ("Ali Musa and three others were killed": Ali Musa is a
    fourth victim; "two of his colleagues", "his two sons"); None otherwise ("Kaduna
    and two other states": no company of anyone)."""
    if not items or not (
        items[0].quantity is not None or _ONE_OF_HIS.fullmatch(text, items[0].start, items[0].end)
    ):
        return None
    first = items[0]
    named = _NAMED_BEFORE.search(text, max(lo, first.start - 60), first.start)
    if named is None or named.group("name").split()[0] in _NOT_PEOPLE:
        return None
    if not (_COMPANY.match(text, first.start, first.end) or _title_first(named.group("name"))):
        return None  # "Commander X and 4 soldiers": a titled person beside any count
    if named.group("name").split()[-1] in _BODY_WORDS or not (
        _opens(text, lo, named.start()) or _titled(text, lo, named.start())
    ):
        return None
    if is_group(named.group("name")) or named.group("name") in ARMED_GROUPS:
        return None  # an armed group, a people: "Boko Haram and three others"
    start, end = named.span("name")
    return Item(start, end, None, named.group("name"), None, single=True)


def whole_before_parts(c: Clause, lo: int, stop: int) -> tuple[list[Item], Refused] | None:
    """The counted subject before an "including" aside that stands right before a
    passive's auxiliary at `stop`, and the aside passed over: "6 people, including a
    poultry trader, rickshaw puller and mason were killed" (acled-q study: the six read as
    "other"). None where there is none, where no auxiliary stands at `stop` ("including 6
    women killed at the well" is a part), or where the aside's figures are more than the
    subject's (`_parts_fit`)."""
    if not AUXILIARY.match(c.folded, stop):
        return None
    parts = INCLUDING_BEFORE_VERB.search(c.folded, max(lo, stop - 160), stop)
    if parts is None:
        return None
    whole = parse_back(c.sentence, lo, parts.start(), c.quantities)
    if not whole or not whole[-1].counted or not _parts_fit(c, whole[-1], parts):
        return None
    return whole, Refused(parts.start(), parts.end())


def _parts_fit(c: Clause, whole: Item, parts: re.Match[str]) -> bool:
    """Whether the figures of an "including" aside (`parts`) add up to no more than the
    counted subject before it: its parts ("5 persons, including 1 laborer and 1
    student,"), not more victims of their own ("Eight people, including three soldiers,
    and 11 fighters were killed")."""
    told = sum(q.low or 0 for at, q in c.quantities.items() if parts.start() <= at < parts.end())
    return whole.quantity is not None and told <= (whole.quantity.low or 0)
