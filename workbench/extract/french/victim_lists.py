"""Whom a French figure counts, and figures that count what a claim beside them counts,
for `victims.py`: the family of the people counted ("soldats" military), their words
without asides; a figure in a list after a claim ("tué 21 personnes, dont 5 à Makoko",
"3 morts côté armée et 12 côté assaillants"), another voice's figure for the same toll
("a estimé le chiffre à 20", "contre 40 annoncés initialement") and a figure of people
joined by "et" to the claim after it ("trois soldats et deux civils ont été tués")."""

from __future__ import annotations

import re
from functools import lru_cache

from workbench.extract.claims import Reading
from workbench.extract.cues import CASUALTY_CATEGORIES
from workbench.extract.french.counted_things import is_thing
from workbench.extract.french.numbers import find_quantities
from workbench.extract.french.victim_nouns import FAMILIES, NOUN
from workbench.extract.french.victim_words import ANY_PLURAL, COUNTED, POST
from workbench.extract.lexicon import NounClass
from workbench.extract.numbers import Quantity
from workbench.models import Category

# What joins a figure to the one before it in a list of one fate: "dont 5.542 civils,
# 1.692 soldats et près de 400 déserteurs", "143 terroristes et à un soldat".
_LIST_JOIN = re.compile(
    r"\s*[\"»”]?\s*(?:,|;|:|et|dont|ainsi\s+que|parmi\s+lesquels|parmi\s+eux|y\s+compris|"
    r"à\s+savoir)"
    # "de deux soldats et d'un", "son épouse et ses deux enfants", "une fillette et sa mère"
    r"(?:\s*(?:,|et|à\s+savoir|à|dont|d[e’']|des|du|ses|leurs|son|sa|leur))*\s*[\"«“]?\s*$"
)
# The rest of a list item's people, before the join: "1.692 soldats [et membres des
# services de sécurité] et près de 400 déserteurs"; no verb in it.
_LIST_TAIL = re.compile(
    r"(?:\s+(?!(?:ont|a|sont|est|été|avaient|avait|étaient|était|auraient|aurait)(?![\w]))"
    r"[a-zà-ÿ’'-]+){1,7}?(?=\s*(?:,|;|\s+et\s))"
)
# Whose side a figure of a list counts, its people left out: "et 12 côté assaillants",
# "et 4 du côté des forces", "et 7 parmi les civils".
_SIDE = re.compile(
    r"\s+(?:(?:du\s+)?côté\s+(?:des\s+|de\s+l[’']|de\s+la\s+|du\s+)?|parmi\s+(?:les|leurs)\s+|"
    r"chez\s+les\s+|dans\s+les\s+rangs\s+(?:des\s+|de\s+l[’']|de\s+la\s+|du\s+)?)[\w’'-]+"
)
# A place told with each figure of a list: "10 personnes à Masia près de la rivière, 5
# personnes à Makoko" (the place's words, before the join), and what the place is, set
# off by a comma: "13 civils ont péri dans la Ghouta orientale, fief des insurgés à l'est
# de Damas, 15 dans une localité ...".
_LIST_PLACE = re.compile(
    r"\s+(?:à|au|aux|dans|en|près\s+d[e’']|sur)\s+[^,;:.()]{1,60}?"
    r"(?:\s*,\s*(?:une?\s+|le\s+|la\s+|l[’'])?(?:fief|bastion|ville|localité|village|chef-lieu|"
    r"capitale|région|province|quartier|bourgade)\s[^,;:.()]{0,60}?)?"
    r"(?=\s*(?:,|;|\s+et\s))"
)
# Words after the people counted that are no part of whom: "3 soldats seulement".
_ADVERBS = re.compile(r"(?:\s+(?:seulement|également|aussi|ainsi|notamment|déjà|tous|toutes|"
                      r"au\s+total|en\s+tout))+$", re.IGNORECASE)  # fmt: skip

# An earlier toll set against the claim before it, its noun left out: "62 morts, contre
# 40 annoncés initialement par l'ONU", "contre 12 la veille".
_AGAINST = re.compile(r"(?<![\w])contre\s+(?:les\s+|des\s+)?$")
_AGAINST_AFTER = re.compile(
    r"\s+(?:(?:annoncé|avancé|rapporté|recensé|signalé|dénombré|donné|évoqué|communiqué)e?s?|"
    r"précédemment|auparavant|initialement|la\s+veille|jusque-là)(?![\w])"
)

# What a subject leaves out: an aside between commas, an age ("âgée de 24 ans", "de 17
# ans"), a quote mark.
_ASIDE = re.compile(r",[^,]*,|[\"»”]|\s(?:(?i:âgée?s?)\s+)?de\s+\d+(?:\s+à\s+\d+)?\s+ans")
# Another person of a list after whom a figure counts: "une adolescente et une femme".
_NEXT_ITEM = re.compile(r"\s+et\s+(?:une?|des|les|le|la|l[’']|son|sa|ses|\d)", re.IGNORECASE)
# A participle counts no people: "3 libérés" is a fate.
_PARTICIPLE = re.compile(r"é(?:e)?s$")
_OTHER_FATE = re.compile(
    r"\s+(?:(?:ont|sont)\s+(?:été\s+)?)?(?:libéré|relâché|relaxé|retrouvé|secouru|sauvé|"
    r"épargné|rescapé|indemne|échappé|évadé|rentré|revenu)(?:e|s|es)?(?![\w])"
)
# A figure given for a toll told before it by a word of number alone: "a estimé le
# chiffre à 20", "évalue leur nombre à 300", "situe le total à 45".
# Or by the figure named as such: "d'autres sources évoquent le chiffre de 80", "l'agence
# avance pour sa part le chiffre de 28 000", "parle du chiffre de".
_RESTATED = re.compile(
    r"(?<![\w])(?:(?:estim|évalu|fix|chiffr|situ|port|établi|mett|mis)[\w’']*\s+"
    r"(?:le|ce|leur|son|l[’'])\s*(?:chiffre|nombre|total|bilan)\s+à"
    r"|(?:évoqu|avanc|donn|cit|retien|mentionn|parl)[\w’']*(?:\s+(?:pour\s+sa\s+part|"
    r"de\s+son\s+côté|quant\s+à\s+(?:elle|lui)|plutôt|aussi|également|même))?"
    r"\s+(?:le|un|du)\s+chiffre\s+(?:de|d[’'])"
    # counted again by "en", the people of the toll before: "Le HCR en a enregistré
    # (officiellement) environ 11 000", "l'armée en dénombre 15", "en ont recensé 300"
    r"|(?<![\w])en\s+(?:(?:a|ont|avait|avaient|aurait|auraient)\s+)?(?:[a-zà-ÿ]+ment\s+)?"
    r"(?:enregistr|dénombr|recens|accueilli|compté)[a-zà-ÿ]*(?:\s+[a-zà-ÿ]+ment)?)\s*$"
)
_RESTATED_REACH = 60  # characters before a figure searched for `_RESTATED`
# "et" between two figures of people, after an aside between commas or none (`_joined`).
# Adjectives of the first people may stand before it ("huit militaires camerounais et 107
# islamistes ont été tués"), not a verb nor a participle; "dont" joins a whole to its
# part, whose verb is the whole's ("Neuf civils dont deux enfants ont péri").
_AND = re.compile(
    r"(?:\s+(?!(?:et|ou|dont|qui|que|a|ont|sont|est|été|avaient|étaient)(?![\w]))"
    r"(?![a-zà-ÿ]+(?:é|ée|és|ées)(?![\w]))[a-zà-ÿ’'-]+){0,3}?"
    r"(?:\s*,[^,.;:«»]{1,60},)?\s*,?\s+(?:et|dont)\s+"
)
# A figure of a list told with its place alone, read on the text as written: "tué 13
# civils à Ruyigi, 25 à Bururi", "187 enfants disparus à l'école secondaire et 125 à
# l'école primaire" (a place's capital or an article), not "à peine", "à la fois".
_PLACED_ALONE = re.compile(
    r"\s+(?:(?:à|dans)\s+(?!(?:la\s+fois|l[’']heure)(?![\w]))"
    r"(?:[A-ZÀ-Ý]|l[’']\s*[a-zà-ÿ]|la\s+[a-zà-ÿ]|le\s+[a-zà-ÿ]|les\s+[a-zà-ÿ])"
    r"|(?:au|aux)\s+(?!(?:total|moins|plus|cours|final|niveau|nombre)(?![\w]))[a-zà-ÿA-ZÀ-Ý])"
)


# The people of a list the subject of a verb of their own, right after them
_OWN_VERB = re.compile(r"\s+(?:a|ont|avait|avaient|aurait|auraient|est|sont|était|étaient)\s")
# ... unless they are a complement, whose verb is their head's: "la mort de deux soldats
# et d'un civil a été confirmée"
_OF_BEFORE = re.compile(r"(?<![\w])(?:d[’']|de\s|des\s)\s*$")


def listed(text: str, folded: str, q: Quantity, last: Reading, end: int) -> Reading | None:
    """A figure in a list after a claim, of people, counts what the claim counts:
    "tué 21 personnes, dont 5 à Makoko", "5.542 civils, 1.692 soldats et près de 400
    déserteurs", "1.692 soldats et membres des services de sécurité et 400
    déserteurs"."""
    between = _LIST_PLACE.match(folded, last.end, q.start) or _LIST_TAIL.match(
        folded, last.end, q.start
    )
    if not _LIST_JOIN.fullmatch(folded, between.end() if between else last.end, q.start):
        return None
    side = _SIDE.match(folded, q.end, end)
    if side is not None:  # "3 morts côté armée et 12 côté assaillants": the same fate
        return Reading(q, last.category, q.start, side.end(), None, None, None)
    if _PLACED_ALONE.match(text, q.end, end):  # "13 civils à Ruyigi, 25 à Bururi"
        return Reading(q, last.category, q.start, q.end, last.subject, last.noun, None)
    counted = COUNTED.match(folded, q.end, end) or ANY_PLURAL.match(folded, q.end, end)
    if (
        counted is None
        or is_thing(folded, counted.start("noun"))
        or _PARTICIPLE.search(counted.group())
    ):
        return None  # "5 civils enlevés et 3 libérés": another fate, not another victim
    if _OTHER_FATE.match(folded, counted.end(), end) and not POST.match(folded, counted.end(), end):
        return None  # "et trois autres libérés"
    if _OWN_VERB.match(folded, counted.end(), end) and not _complement(folded, q.start):
        return None  # "... ont été tués et une femme a survécu": a verb of their own
    family = family_of(" ".join(counted.group("noun").split()))
    subject = counted_words(text, counted.start("noun"), counted.end())
    return Reading(q, last.category, q.start, counted.end(), subject, family, None)


def _complement(folded: str, at: int) -> bool:
    """Whether the people counted from `at` follow "de" (`_OF_BEFORE`)."""
    return _OF_BEFORE.search(folded, max(0, at - 5), at) is not None


# The lead of a part after the count of its whole and the rest of its clause: "ont fui en
# Gambie, dont ", ", parmi lesquels ".
_SHARE_LEAD = re.compile(
    r"[^.;:!?()\d]{0,80}?,?\s*(?:dont|parmi\s+(?:eux|elles|lesquel(?:le)?s))\s+$"
)


def shared(folded: str, q: Quantity, last: Reading, end: int) -> Reading | None:
    """A figure after «dont» that no rule read, a part of the count of people before it:
    «Quelque 4 200 personnes ont fui en Gambie, dont 1 350 arrivées depuis janvier»,
    «dont 800 au cours de la dernière semaine», «30 blessés, dont dix grièvement»: a
    reading of the whole's fate and people, its text the figure (its period its own:
    `french/scope.py`). Not a thing («dont 12 maisons»), nor another fate («dont trois
    libérés»)."""
    if last.category not in CASUALTY_CATEGORIES or last.end > q.start:
        return None
    if not _SHARE_LEAD.fullmatch(folded, last.end, q.start):
        return None
    counted = COUNTED.match(folded, q.end, end) or ANY_PLURAL.match(folded, q.end, end)
    if counted is not None and is_thing(folded, counted.start("noun")):
        return None
    if _OTHER_FATE.match(folded, q.end, end):
        return None
    return Reading(q, last.category, q.start, q.end, last.subject, last.noun, None)


def others(folded: str, q: Quantity, last: Reading, end: int) -> Reading | None:
    """A figure of "autres" with no noun nor fate of its own, after a claim in its
    sentence, counts more of what the claim counts: "plus de 600 civils ont été tués
    dans les bombardements et plus de 50 autres par les tirs des rebelles" (not "deux
    autres attaques", "trois autres libérés")."""
    other = _OTHERS.match(folded, q.end, end)
    if other is None or _OTHER_FATE.match(folded, q.end, end):
        return None
    return Reading(q, last.category, q.start, other.end(), last.subject, last.noun, None)


# "autres" alone after a figure, a place, a cause or a side after it, not a noun.
_OTHERS = re.compile(
    r"\s+autres(?=\s*(?:[,.;:)]|$)|\s+(?:dans|à|au|aux|par|en|lors|près|sur|selon|côté|"
    r"du|des|de|d[’']|parmi|sous|après|pendant|depuis)(?![\w]))"
)


def restated(folded: str, q: Quantity, last: Reading, start: int) -> Reading | None:
    """Another voice's figure for the toll a claim before it told, named by a word of
    number alone: "plus de 50 personnes avaient été tuées, tandis qu'un groupe a
    estimé le chiffre à 20 ou plus" counts what the claim counts, and so does an earlier
    toll set against it: "62 morts, contre 40 annoncés initialement"."""
    if not _RESTATED.search(folded, max(start, q.start - _RESTATED_REACH), q.start) and not (
        _AGAINST.search(folded, max(start, q.start - _RESTATED_REACH), q.start)
        and _AGAINST_AFTER.match(folded, q.end)
    ):
        return None
    return Reading(q, last.category, q.start, q.end, last.subject, last.noun, None)


def joined(
    text: str, folded: str, unread: list[Quantity], then: Reading, end: int
) -> list[Reading]:
    """The figures of people before a claim, each joined to the next by "et" or a comma,
    that share its fate, in order: "trois soldats et deux civils ont été tués",
    "deux gendarmes, deux policiers et un civil ont péri", an aside between commas after
    a group's people too ("environ 30 adultes, pour la plupart des bergers, et une
    cinquantaine de jeunes filles ont été enlevés"); a whole so joined by "dont" to its
    part (`_AND`). A comma alone joins a group to the next where an "et" ends the list
    ("deux gendarmes, deux policiers et un civil"), not "Deux jours après, trois
    soldats ont été tués"."""
    parts: list[Reading] = []
    after = then.start
    listed_and = _AND_AHEAD.search(folded, then.quantity.end, then.end) is not None
    for q in reversed(unread):
        counted = COUNTED.match(folded, q.end, end)
        if counted is None:
            break
        if _AND.fullmatch(folded, counted.end(), after):
            listed_and = True
        elif not (listed_and and _COMMA.fullmatch(folded, counted.end(), after)):
            break
        family = family_of(" ".join(counted.group("noun").split()))
        subject = counted_words(text, counted.start("noun"), counted.end())
        last = _group_end(folded, counted.end(), after)
        parts.insert(0, Reading(q, then.category, q.start, last, subject, family, None))
        after = q.start
    return parts


# A comma between two groups of one list, adjectives of the first group's people before
# it (`_AND`'s): "deux gendarmes tchadiens, deux policiers et ...".
_COMMA = re.compile(
    r"(?:\s+(?!(?:et|ou|dont|qui|que|a|ont|sont|est|été|avaient|étaient)(?![\w]))"
    r"(?![a-zà-ÿ]+(?:é|ée|és|ées)(?![\w]))[a-zà-ÿ’'-]+){0,3}?\s*,\s+"
)
# An "et" before another figure of people in a claim's words: it ends a list.
_AND_AHEAD = re.compile(r"\s(?:,\s*)?et\s+(?:\d|un\s|une\s|[a-zà-ÿ-]+\s)")


def own_groups(text: str, folded: str, readings: list[Reading], end: int) -> list[Reading]:
    """Each claim of a list of groups of people ending at its own people, not over the
    groups after it: "deux policiers et un civil ont péri" gives 2 policiers (its words
    "deux policiers") and 1 civil, not 2 of "policiers et un civil"."""
    starts = [r.quantity.start for r in readings]
    return [_own_group(text, folded, r, starts, end) for r in readings]


def _own_group(text: str, folded: str, r: Reading, starts: list[int], end: int) -> Reading:
    """`r` cut at its people where another claim's figure of the list follows them."""
    q = r.quantity
    counted = COUNTED.match(folded, q.end, end)
    if counted is None or r.start != q.start or counted.end() >= r.end:
        return r
    later = [s for s in starts if counted.end() <= s < r.end]
    if not later or not (
        _AND.fullmatch(folded, counted.end(), later[0])
        or _COMMA.fullmatch(folded, counted.end(), later[0])
    ):
        return r
    subject = counted_words(text, counted.start("noun"), counted.end())
    last = _group_end(folded, counted.end(), later[0])
    return Reading(q, r.category, r.start, last, subject, r.noun, r.actor)


# The words joining a group of a list to the next: "et", a comma.
_JOIN_WORDS = re.compile(r"(?:\s*,)?\s+(?:et|dont)\s+$|\s*,\s+$")


def _group_end(folded: str, people_end: int, next_start: int) -> int:
    """Where a group's words end, the group after it starting at `next_start`: before
    the words joining them, its people's words with it ("un général de brigade", "deux
    soldats tchadiens"), so that a list's words touch (`match.lists`); at its people
    where an aside stands between ("trois enfants, âgés de 5 à 9 ans, et ...")."""
    join = _JOIN_WORDS.search(folded, people_end, next_start)
    if join is None or "," in folded[people_end : join.start()]:
        return people_end
    return join.start()


def counted_words(text: str, start: int, end: int) -> str:
    """Whom a figure counts, as the text words it, without asides and adverbs."""
    words = " ".join(_ASIDE.sub(" ", _NEXT_ITEM.split(text[start:end].split(",")[0])[0]).split())
    return _ADVERBS.sub("", words)


@lru_cache(maxsize=256)
def family_of(noun: str) -> NounClass | None:
    """The family of a counted noun: "soldats" military, "hommes armés" an armed group."""
    return next((family for family, words in _FAMILY_WORDS if words.fullmatch(noun)), None)


# Each family's nouns as one pattern, in the order FAMILIES gives them.
_FAMILY_WORDS = [
    (family, re.compile("|".join(f"(?:{p})" for p in patterns)))
    for family, patterns in FAMILIES.items()
]


def one_force(reading: Reading) -> bool:
    """Whether `reading` counts a force of one, no figure of a force: "un kamikaze a
    attaqué la mosquée"."""
    return reading.category is Category.TROOPS and reading.quantity.high == 1


def some_unnamed(folded: str, reading: Reading, end: int) -> bool:
    """Whether `reading` counts "certains"/"certaines" with no people named right after
    it: a pronoun ("certains étaient morts"), some of those told before ("certaines des
    victimes", "certaines victimes"), no figure; "certains élèves ont été enlevés" is."""
    q = reading.quantity
    if q.qualifier not in ("vague:certains", "vague:certaines"):
        return False
    named = _SOME_NAMED.match(folded, q.end, end)
    return named is None or named.group(1) in _TOLD_BEFORE


_SOME_NAMED = re.compile(rf"\s+({NOUN})(?![\w])")
_TOLD_BEFORE = frozenset({"victimes", "victime", "otages", "captifs", "déplacés", "réfugiés"})


def restated_after(text: str, folded: str, start: int, end: int, last: Reading) -> list[Reading]:
    """The figures the sentence `text[start:end]`, which reads none of its own, gives
    for the toll `last` told in the sentence before: "Une soixantaine de personnes ont
    été enlevées. D'autres sources évoquent le chiffre de 80." (`restated`)."""
    found = (restated(folded, q, last, start) for q in find_quantities(text, start, end, folded))
    return [r for r in found if r is not None]


# An age told with the people counted: "un soldat, âgé de 30 ans,", "son fils de 18 ans".
_AGE = re.compile(
    r"\s*,?\s*(?:âgée?s?\s+)?(?:de|d[’'])\s*(?:\d{1,3}|[a-zà-ÿ-]+)(?:\s+(?:à|et)\s+\d{1,3})?"
    r"\s+ans(?![\w])"
)


def before_age(folded: str, r: Reading) -> Reading:
    """`r`, its words ending before an age told after its people: an age is no figure
    of the claim ("Un soldat, âgé de 30 ans, a été tué" reads "Un soldat")."""
    age = _AGE.search(folded, r.quantity.end, r.end)
    if age is None:
        return r
    return Reading(r.quantity, r.category, r.start, age.start(), r.subject, r.noun, r.actor)
