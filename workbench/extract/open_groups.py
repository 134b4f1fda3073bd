"""Harm told of people no number counts (issue 13, kinds40), for `fates._vague`.

A fate may befall a group the text names but never counts: "rebels raided a school
and killed students", "the strike hit the ministry, injuring its staff", "there are
civilians killed", "troops are pursuing the gunmen to rescue those abducted", "the
exact number of people abducted remains unclear", "the killing of a group of
worshippers", "the evacuation of residents", "forcing families from their homes".
Each says that some people were killed, hurt, taken or driven out, in a number
nobody states: a vague claim, with no value, as "dozens were killed" is.

Not a fate that befell anyone: an accusation or a plea ("accused of killing
civilians", "to stop killing civilians"), an adjective ("the killed soldiers", "a
wounded officer"), nor a group a figure of the same fate in its sentence counts
already (`fates._vague` keeps the figure).
"""

from __future__ import annotations

import re
from functools import lru_cache

from workbench.extract.claims import Reading
from workbench.extract.cues import post_cue
from workbench.extract.fate_words import PEOPLE_SET, PEOPLE_WORDS
from workbench.extract.numbers import Quantity
from workbench.extract.person_words import is_person, is_plural
from workbench.extract.wordindex import WordIndex
from workbench.models import Category

# A word that opens no noun phrase, so no word of the group: "killed by insurgents"
# is a passive's agent, "killed several students" a count's.
_NOT_WORD = (
    r"(?!(?:by|in|at|on|of|to|from|with|for|and|or|as|during|after|before|while|when|who|"
    r"which|that|were|was|are|is|been|being|had|have|has|several|many|some|few|scores|dozens|"
    r"hundreds|thousands|no|all|both|any|more|most|other|others|two|three|four|five|six|seven|"
    r"eight|nine|ten|the|their|his|her|these|those|our|my|your|them|a|an)(?![\w’'-]))"
)
_WORD = rf"{_NOT_WORD}[a-z][\w’'-]*"
# The group: bare, or an institution's ("its staff"), a modifier or two before it
# ("local residents"); not a group told before ("killed the abductees", "killed their
# victims": the people a figure counted, said again). Of its
# words the first that names people (`_people`) is its head (`_head`).
_GROUP = rf"(?P<q>(?:its\s+)?{_WORD}(?:\s+{_WORD}){{0,2}})(?![\w’'-])"
# An active verb of death or harm and its uncounted object: "killed students",
# "injuring its staff" ("injured" and "wounded" alone are too often an adjective:
# "doctors treated injured civilians").
_ACTIVE = re.compile(
    rf"(?<![\w’'-])(?P<cue>killed|killing|kills|massacred|massacring|beheaded|beheading|"
    rf"injuring|injures|wounding|wounds)\s+{_GROUP}",
    re.IGNORECASE,
)
# The noun of a fate and the group it befell: "a reported killing of a group of
# worshippers", "the evacuation of residents"; a killing told with "the" is most often
# one recalled ("the anniversary of the killing of civilians"), so only with "a".
_NOUN_OF = re.compile(
    r"(?:(?<![\w’'-])an?\s+(?:[a-z]+\s+)?(?P<cue>killing|massacre|abduction|kidnapping)|"
    r"(?<![\w’'-])(?P<cue3>evacuation|displacement))"
    rf"\s+of\s+(?:a\s+group\s+of\s+)?{_GROUP}",
    re.IGNORECASE,
)
# "there are civilians killed", "there were people injured"
_THERE_ARE = re.compile(
    rf"(?<![\w’'-])there\s+(?:are|were|have\s+been|had\s+been)\s+(?:also\s+)?{_GROUP}\s+"
    r"(?P<cue>killed|dead|injured|wounded|hurt|abducted|kidnapped|missing)(?![\w’'-])",
    re.IGNORECASE,
)
# Those taken, to be found or freed: "to rescue those abducted", "the release of the
# people kidnapped"; and a count no one knows: "the exact number of people abducted
# remained unclear".
_THOSE_TAKEN = re.compile(
    r"(?<![\w’'-])(?:rescue|free|release|locate|find|search\s+for|return)\s+(?:of\s+)?"
    r"(?P<q>those|the\s+(?:people|persons|victims))\s+(?:who\s+(?:were|had\s+been)\s+)?"
    r"(?P<cue>abducted|kidnapped|taken)(?![\w’'-])"
    r"|(?<![\w’'-])(?P<q2>(?:the\s+)?(?:exact\s+|actual\s+|precise\s+)?number\s+of\s+"
    r"(?:[a-z]+\s+)?)(?P<cue2>killed|dead|injured|wounded|abducted|kidnapped|missing|"
    r"displaced)\b[^.;]{0,80}?\b(?:remains?|remained|is|was|were|are)\s+(?:still\s+)?"
    r"(?:unclear|unknown|not\s+(?:yet\s+)?(?:known|clear))",
    re.IGNORECASE,
)
# People driven from their homes: "forcing families from their homes", "forced
# residents to flee".
_DRIVEN = re.compile(
    rf"(?<![\w’'-])(?P<cue>forc(?:ing|ed)|driv(?:ing|en|es)|chas(?:ing|ed))\s+{_GROUP}\s+"
    r"(?:(?:from|out\s+of)\s+their\s+(?:homes|villages|land)|to\s+flee)",
    re.IGNORECASE,
)
# Not a fate: an accusation, a plea, a purpose, or the noun's adjective.
_NOT_BEFORE = re.compile(
    r"(?:\b(?:of|for|from|stop|stopped|avoid|avoided|against|deny|denies|denied|without|"
    r"the|a|an|his|her|their|its)|[\w-][’']s|\b(?:that|who|which)(?:\s+ha[sd]|\s+have)?)\s+$",
    re.IGNORECASE,
)
# Before a noun of the fate: an accusation or a denial ("accused of the killing of").
_ACCUSED = re.compile(
    r"\b(?:accus\w*|blam\w*|responsib\w*|deni\w*|deny|denies|stop|prevent\w*)\s+"
    r"(?:\w+\s+)?(?:of|for|the|any)?\s*(?:the\s+)?$",
    re.IGNORECASE,
)
# A harm recalled as the cause of another: "in revenge for a massacre of Armenians",
# "on the anniversary of", "protesting the killing of".
_RECALLED = re.compile(
    r"\b(?:revenge|retaliat\w*|reprisal|aveng\w*|anniversary|commemorat\w*|memory|memorial|"
    r"protest\w*|in\s+response\s+to)\b",
    re.IGNORECASE,
)
# A subject that counts no one, its fate told after it: "Many have reportedly fled
# their homes", and people whose subject runs on before the verb: "Thousands of
# civilians in eastern Congo fled into Uganda", "passengers travelling along the Gusau
# road at Dogon Karfe were abducted".
_OPENS = r"(?:^|(?<=[.;:,“\"]\s)|(?<=^\s)|(?<=\band\s)|(?<=\bwhile\s)|(?<=\bthat\s))"
_MANY = re.compile(rf"{_OPENS}(?P<q>[Mm]any|[Ss]ome)(?=\s+(?:have|had|were|are)\b)")
_LONG_SUBJECT = re.compile(
    rf"{_OPENS}(?P<q>(?:(?:[Tt]housands|[Hh]undreds|[Dd]ozens|[Ss]cores)\s+of\s+)?"
    rf"(?i:{PEOPLE_WORDS}))\s+(?:in|at|from|near|along|on|[a-z]{{3,}}ing)\s+"
    r"[^,;.:!?]{1,120}?(?=\s+(?:were|was|have|had|fled|are)\b)"
)
# A bare subject tells of people taken or lost only ("Residents fled the town" counts
# no displacement); a word of how many tells of any fate.
_BARE_FATES = frozenset({Category.KIDNAPPED, Category.MISSING})
_FATES = _BARE_FATES | {
    Category.KILLED,
    Category.WOUNDED,
    Category.DISPLACED,
    Category.REFUGEES,
}
_CATEGORY = {
    "kill": Category.KILLED,
    "mass": Category.KILLED,
    "behe": Category.KILLED,
    "dead": Category.KILLED,
    "deat": Category.KILLED,
    "inju": Category.WOUNDED,
    "woun": Category.WOUNDED,
    "hurt": Category.WOUNDED,
    "abdu": Category.KIDNAPPED,
    "kidn": Category.KIDNAPPED,
    "take": Category.KIDNAPPED,
    "miss": Category.MISSING,
    "evac": Category.DISPLACED,
    "disp": Category.DISPLACED,
    "forc": Category.DISPLACED,
    "driv": Category.DISPLACED,
    "chas": Category.DISPLACED,
}
Told = tuple[int, int, tuple[int, int], Category]
# Words one of which each pattern's match holds, looked for in the lower-cased
# sentence before the pattern is tried (most sentences hold none of them); and where a
# match may start (`_STARTS`). Keyed by the pattern's id: a compiled pattern's hash
# reads its whole program each time (microseconds for these), and this is looked up
# for every sentence read.
_KEY_WORDS: dict[int, tuple[str, ...]] = {
    id(_ACTIVE): ("kill", "massac", "behead", "injur", "wound"),
    id(_NOUN_OF): ("killing", "massacre", "abduction", "kidnapping", "evacuation", "displacement"),
    id(_THERE_ARE): ("there are", "there were", "there have", "there had"),
    id(_THOSE_TAKEN): ("those", "the people", "the persons", "the victims", "number of"),
    id(_DRIVEN): ("forcing", "forced", "driving", "driven", "drives", "chasing", "chased"),
    id(_MANY): ("many ", "some "),
}
_KEYS = {key: re.compile("|".join(map(re.escape, words))) for key, words in _KEY_WORDS.items()}
# The words a match of each pattern starts at (`WordIndex.scan`); `_LONG_SUBJECT`'s
# start where a clause opens (`_OPENING_AT`), and it holds a word of people.
_STARTS: dict[int, frozenset[str]] = {
    id(_ACTIVE): frozenset(
        "killed killing kills massacred massacring beheaded beheading injuring injures "
        "wounding wounds".split()
    ),
    id(_NOUN_OF): frozenset({"a", "an", "evacuation", "displacement"}),
    id(_THERE_ARE): frozenset({"there"}),
    id(_THOSE_TAKEN): frozenset(
        "rescue free release locate find search return the exact actual precise number".split()
    ),
    id(_DRIVEN): frozenset("forcing forced driving driven drives chasing chased".split()),
    id(_MANY): frozenset({"many", "some"}),
}
_OPENING_AT = re.compile(r"[.;:,“\"]\s|\b(?:and|while|that)\s")


def _matches(
    pattern: re.Pattern[str], text: str, start: int, end: int, low: str, words: WordIndex
) -> list[re.Match[str]]:
    """`pattern`'s matches in `text[start:end]` (`low` the same, lower-cased, `words`
    its index), tried only where they may start."""
    keys = _KEYS.get(id(pattern))
    if keys is not None and not keys.search(low):
        return []
    if len(low) != end - start:  # a case change that altered the length: try them all
        return list(pattern.finditer(text, start, end))
    if pattern is not _LONG_SUBJECT:
        return words.scan(pattern, _STARTS[id(pattern)])
    if not words.holds(PEOPLE_SET):
        return []
    found: list[re.Match[str]] = []
    for at in [0, *(m.end() for m in _OPENING_AT.finditer(low))]:
        match = pattern.match(text, start + at, end)
        if match is not None and (not found or match.start() >= found[-1].end()):
            found.append(match)
    return found


def group_fates(text: str, start: int, end: int, words: WordIndex | None = None) -> list[Told]:
    """The fates of uncounted groups in `text[start:end]`, as `fates._vague_told`
    gives them: the span told, the group's span (the vague quantity's) and the
    fate's category. `words` is the span's index where the caller has it."""
    out: list[Told] = []
    low = text[start:end].lower()
    words = words or WordIndex(text, start, end)
    for pattern in (_MANY, _LONG_SUBJECT):
        for match in _matches(pattern, text, start, end, low, words):
            cue = post_cue(text, match.end(), end)
            if cue is None or cue.category in (Category.TROOPS, Category.ARRESTED):
                continue
            bare = pattern is _LONG_SUBJECT and " of " not in match.group("q")
            if (bare and cue.category not in _BARE_FATES) or cue.category not in _FATES:
                continue
            out.append((match.start(), cue.end, match.span("q"), cue.category))
    for pattern in (_ACTIVE, _NOUN_OF, _THERE_ARE, _THOSE_TAKEN, _DRIVEN):
        for match in _matches(pattern, text, start, end, low, words):
            said = match.groupdict()
            word = said.get("cue") or said.get("cue2") or said.get("cue3") or ""
            group = "q" if said.get("q") else "q2"
            guard = _ACCUSED if pattern in (_NOUN_OF, _THERE_ARE, _THOSE_TAKEN) else _NOT_BEFORE
            if guard.search(text, max(start, match.start() - 30), match.start()):
                continue
            if _RECALLED.search(text, max(start, match.start() - 60), match.start()):
                continue
            span = match.span(group)
            if pattern is not _THOSE_TAKEN:
                head = _head(text, *span)
                if head is None:
                    continue
                span = (span[0], head)
            category = _CATEGORY[word.lower()[:4]]
            out.append(
                (match.start(), span[1] if pattern is _ACTIVE else match.end(), span, category)
            )
    return out


_IRREGULAR = {"people": "person", "children": "child", "police": "police", "staff": "staff"}
_PEOPLE = re.compile(PEOPLE_WORDS)


def _head(text: str, start: int, end: int) -> int | None:
    """The end of the first word of `text[start:end]` that names people, None where
    none does ("killed cattle")."""
    for word in re.finditer(r"[\w’'-]+", text[start:end]):
        if _people(word.group(0).lower()):
            return start + word.end()
    return None


@lru_cache(maxsize=4096)
def _people(word: str) -> bool:
    """Whether the plural noun `word` names people ("traders", "worshippers",
    "gunmen", "its staff"), not animals or things ("cattle", "houses")."""
    if _PEOPLE.fullmatch(word):
        return True
    if not is_plural(word):
        return False
    if word.endswith("men"):
        single = word[:-3] + "man"
    elif word.endswith("ies"):
        single = word[:-3] + "y"
    else:
        single = _IRREGULAR.get(word, word[:-1])
    return is_person(single)


# The last item of a list of victims, a number of people no one states: "15 police
# officers, a priest and an unspecified number of civilians".
_UNSTATED_ITEM = re.compile(
    r"(?:,\s*|\s)(?:and\s+)(?P<q>an?\s+(?:unspecified|unknown|undisclosed|unconfirmed|"
    rf"undetermined)\s+number\s+of)\s+(?:[\w’'-]+\s+)?{PEOPLE_WORDS}\b",
    re.IGNORECASE,
)
_HARM = frozenset({Category.KILLED, Category.WOUNDED, Category.KIDNAPPED, Category.MISSING})


def unstated_items(text: str, start: int, end: int, readings: list[Reading]) -> list[Reading]:
    """A vague reading for the last item of a list whose figures `readings` count
    ("A further 11 soldiers and an unspecified number of civilians were injured": the
    civilians' number unsaid), of the fate of the reading whose span holds it."""
    found: list[Reading] = []
    for match in _UNSTATED_ITEM.finditer(text, start, end):
        first, last = match.start("q"), match.end()
        holder = next(
            (r for r in readings if r.category in _HARM and r.start <= first and last <= r.end + 2),
            None,
        ) or next(
            (r for r in readings if r.category in _HARM and r.end <= first and first - r.end < 80),
            None,
        )
        if holder is None or any(r.start == first for r in readings):
            continue
        quantity = Quantity(first, match.end("q"), None, None, None, "vague:unspecified")
        found.append(Reading(quantity, holder.category, first, last, None, None, None))
    return found
