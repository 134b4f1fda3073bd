"""A body named by its initials and by its full name: one voice. A trial counted the
Taliban's interior ministry as "MoI" and "Ministry of Interior", Pakistan's army media
wing as "ISPR" and "Inter-Services Public Relations", a relief society as "PRCS" and
"Palestine Red Crescent Society": two independent voices each.

`acronym` reads a voice's name that is initials alone ("ISPR", "the ISPR", "MoH in
Gaza", "IDF Spokesperson's Unit"); `spells` says whether a full name's words give
those initials: one letter a significant word ("of", "the", "de", "la" ... skipped),
a lower-case "o" for an "of" ("MoI": Ministry of Interior), one letter a part of a
hyphenated word ("Inter-Services": I, S) or one for the whole word, every letter of
a word in capitals ("UN High Commissioner for Refugees": UNHCR). A few bodies of the
whole world are known by their initials everywhere ("MSF", "WHO"): those spell only
their own names (`_WORLD`), never a ministry that happens to share the letters.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

# words an acronym leaves out, in English and French (folded)
_SKIPPED = frozenset(
    "of the and for in on at to a an de du des la le les l d et pour en au aux sur".split()
)
_ARTICLES = frozenset(("the", "le", "la", "les", "l"))
# what may stand around the initials in a voice's name: an article before; a
# spokesperson, a press office or a country after ("IDF Spokesperson's Unit", "MoH in
# Gaza", "ISPR (Pakistan)")
_ARTICLE = r"(?:(?i:the|le|la|les|l['’])\s*)?"
_ROLE = (
    r"(?:\s+(?i:spokes(?:man|woman|person)(?:['’]s\s+(?:unit|office))?|porte-parole|"
    r"press\s+(?:office|service)|media\s+(?:wing|office))(?:\s+[A-Z][^()]*)?)?"
)
_WHERE = r"(?:\s+(?:in|of|du|de|en|au)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?"
_BRACKET = r"(?:\s*\([^()]*\))?"
_INITIALS = r"(?P<initials>[A-Z](?:[A-Z]|o(?=[A-Z])){1,8})"
_ALONE = re.compile(rf"^{_ARTICLE}{_INITIALS}(?:['’]s)?{_ROLE}{_WHERE}{_BRACKET}$")
# the bodies of the whole world known by their initials in every country, with the
# names they abbreviate (folded): their initials name no other body
_WORLD = {
    "UN": ("united nations",),
    "MSF": ("medecins sans frontieres", "doctors without borders"),
    "WHO": ("world health organization", "world health organisation"),
    "ICRC": ("international committee of the red cross",),
    "OCHA": ("office for the coordination of humanitarian affairs",),
    "UNHCR": ("un high commissioner for refugees", "united nations high commissioner for refugees"),
    "UNICEF": ("united nations children's fund", "united nations childrens fund"),
    "WFP": ("world food programme", "world food program"),
    "IOM": ("international organization for migration",),
    "HRW": ("human rights watch",),
    "EU": ("european union",),
    "AU": ("african union",),
}
# "the United Nations Assistance Mission in Afghanistan (UNAMA)": a name, then its
# initials in brackets
_DEFINED = re.compile(r"((?:[\w'’-]+\s+){1,10}?)\((?P<initials>[A-Z](?:[A-Z]|o(?=[A-Z])){1,8})\)")
SHORT = 2  # initials this short tie a name only in one document, or where defined


@lru_cache(maxsize=1 << 14)
def acronym(name: str) -> str | None:
    """The initials a voice's name is ("ISPR", "the IDF", "MoH in Gaza", "IDF
    Spokesperson's Unit": "ISPR", "IDF", "MoH", "IDF"), None where it is more than
    initials ("UN human rights office", "Taliban", "TOLOnews")."""
    found = _ALONE.match(name.strip())
    return found.group("initials") if found else None


def _fold(word: str) -> str:
    text = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in text if not unicodedata.combining(c)).strip("'’.,")


def _words(name: str) -> list[str]:
    """A name's words, its elided articles apart ("l'Intérieur": "l'", "Intérieur")."""
    words: list[str] = []
    for word in name.replace("(", " ").replace(")", " ").split():
        elided = re.match(r"^([ldLD]['’])(.+)$", word)
        words.extend(elided.groups() if elided else (word,))
    return words


def _letters(word: str) -> list[str]:
    """The ways one word may give its initials: its first letter; one a part of a
    hyphenated word ("Inter-Services": "IS"); every letter of a word in capitals
    ("UN")."""
    bare = word.strip("'’.,")
    ways = [bare[:1].upper()]
    parts = [p for p in bare.split("-") if p]
    if len(parts) > 1:
        ways.append("".join(p[0].upper() for p in parts))
    if len(bare) > 1 and bare.isupper() and bare.isalpha():
        ways.append(bare)
    return ways


def spells(initials: str, name: str) -> bool:
    """Whether a full name's words give these initials ("MoI" and "Ministry of
    Interior", "ISPR" and "Inter-Services Public Relations", "UNAMA" and "United
    Nations Assistance Mission in Afghanistan"); a body of the whole world's initials
    (`_WORLD`) spell only its own names ("MSF" is no "Ministry of State Finance")."""
    words = _words(name)
    while words and _fold(words[0]) in _ARTICLES:
        words = words[1:]  # "the Northern Relief Agency"
    if len(words) < 2 or not words[0][:1].isupper():
        return False
    if initials in _WORLD:
        return " ".join(_fold(w) for w in words) in _WORLD[initials]
    return _spelled(initials, tuple(words))


def _spelled(initials: str, words: tuple[str, ...]) -> bool:
    if not initials:
        return all(_fold(w) in _SKIPPED for w in words)
    if not words:
        return False
    first, rest = words[0], words[1:]
    folded = _fold(first)
    if initials[0] == "o":  # "MoI": the "of" it writes
        return folded == "of" and _spelled(initials[1:], rest)
    if folded in _SKIPPED and _spelled(initials, rest):
        return True
    return any(
        initials.startswith(way) and _spelled(initials[len(way) :], rest)
        for way in _letters(first)
        if way
    )


def defined(sentence: str) -> set[tuple[str, str]]:
    """The (initials, name) pairs a sentence defines by a name and its initials in
    brackets ("the Palestine Red Crescent Society (PRCS) said"): the name the words
    before the brackets that spell them."""
    found: set[tuple[str, str]] = set()
    for match in _DEFINED.finditer(sentence):
        initials, words = match.group("initials"), match.group(1).split()
        for start in range(len(words)):
            name = " ".join(words[start:])
            if _fold(words[start]) in _ARTICLES:
                continue  # "the Relief Council (RC)": the name is "Relief Council"
            if spells(initials, name):
                found.add((initials, name))
                break
    return found


# initials in brackets, and the text before them
_BRACKETED = re.compile(r"\((?P<initials>[A-Z](?:[A-Z]|o(?=[A-Z])){1,8})\)")


def named_before(sentence: str, names: Iterable[str]) -> set[tuple[str, str]]:
    """The (initials, name) pairs a sentence gives by one of `names` (voices' names)
    written just before initials in brackets, whether or not the initials spell it: a
    body's name translated and its own initials ("the Guinean League for Human Rights
    (LGDH)": trial 79's LGDH under its English name). Only the text ties them: a name
    the initials do not spell is never guessed to be theirs elsewhere."""
    found: set[tuple[str, str]] = set()
    for match in _BRACKETED.finditer(sentence):
        before = " ".join(_fold(w) for w in sentence[: match.start()].split())
        longest: tuple[int, str] | None = None  # the whole name, not a tail of it
        for name in names:
            bare = re.sub(r"\([^()]*\)", " ", name).split()
            while bare and _fold(bare[0]) in _ARTICLES:
                bare = bare[1:]
            written = " ".join(_fold(w) for w in bare)
            if len(bare) >= 2 and (before == written or before.endswith(" " + written)):
                longest = max(longest or (0, ""), (len(written), name))
        if longest is not None:
            found.add((match.group("initials"), longest[1]))
    return found
