"""One person befallen by a nominal of harm or an idiom of arrest, told by no figure:
"le meurtre d'un citoyen" (`victim_singles.ONE` reads it where its noun is listed),
"procédé à l'arrestation de Pierre Antony alias « Palaki »", "mis la main au collet du
policier Auzhil Stafort", "l'assassinat du maire de la commune" (french-p study: no
claim). The person is a name (capitalised in the text), a person's noun after "du", "de
la", "de l'" (`victim_nouns.NOUN`, a title), or any noun after "d'un", "d'une" for a
killing or an arrest ("l'arrestation d'un trafiquant"). Not a charge, a demand, an
order or an attempt: "inculpé pour le meurtre de", "réclame l'arrestation de", "a
ordonné l'arrestation de", "une tentative d'assassinat de" (`_NOT_DONE`).
"""

from __future__ import annotations

import re

from workbench.extract.claims import Reading
from workbench.extract.french.victim_nouns import NOUN
from workbench.extract.lexicon import NounClass
from workbench.extract.numbers import Quantity
from workbench.models import Category

# The cues, by category: nominals of harm and the idioms of arrest.
_CUES: list[tuple[Category, str]] = [
    (Category.KILLED, r"(?:meurtre|assassinat|lynchage)"),
    (
        Category.ARRESTED,
        r"(?:arrestation|interpellation|mis(?:e|es)?\s+la\s+main\s+au\s+collet|"
        r"mett(?:re|ant|ent|ait|aient)\s+la\s+main\s+au\s+collet|"
        r"mis\s+le\s+grappin\s+sur|mett(?:re|ant)\s+le\s+grappin\s+sur)",
    ),
]
CUE = re.compile(r"(?<![\w])(?:" + "|".join(f"(?P<{c.name}>{p})" for c, p in _CUES) + r")(?![\w])")
# Who befell it, after the cue: "de", "d'" before a name, "du", "de la", "de l'" before a
# person's noun, "d'un", "d'une" before any noun (a killing's or an arrest's victim).
_OF = re.compile(
    r"\s*(?:(?P<one>d[’']\s*une?\s+|(?<=sur)\s+une?\s+)|(?P<the>du\s+|de\s+la\s+|de\s+l[’']\s*|"
    r"(?<=sur)\s+(?:le|la|l[’'])\s*)|(?P<name>\s+d[e’']\s*|(?<=sur)\s+))"
)
# A person's noun after "du", "de la": "du policier", "de la présidente", "de l'ancien
# maire"; an adjective before it.
_ADJECTIVE = (
    r"(?:(?:ancien|ancienne|ex-|jeune|présumé|présumée|célèbre|redoutable|dangereux|"
    r"dangereuse|tristement\s+célèbre)\s*)?"
)
_PERSON = re.compile(
    _ADJECTIVE + rf"(?:{NOUN}|chef|président|présidente|ministre|député|députée|sénateur|maire|"
    r"préfet|imam|pasteur|prêtre|directeur|directrice|commissaire|inspecteur|juge|"
    r"leader|opposant|opposante|militant|militante|activiste|suspect|suspecte|caïd)(?![\w])"
)
# A noun after "d'un", "d'une": one word, not a number's ("d'une dizaine", "d'un
# millier") nor another "un" ("d'un autre").
_ANY_NOUN = re.compile(
    _ADJECTIVE + r"(?!(?:dizaine|douzaine|quinzaine|vingtaine|trentaine|quarantaine|cinquantaine|"
    r"soixantaine|centaine|millier|million|autre|certain|nombre|groupe|total)(?![\w]))"
    r"[a-zà-ÿ][a-zà-ÿ-]+"
)
# A name: capitalised words, a particle between ("Jean de Dieu", "Ali ben Salah").
_NAME = re.compile(
    r"[A-ZÀ-Ý][\w’'-]+(?:\s+(?:(?:de|du|des|ben|ibn|bin|ould|ag|el|al|van|von)\s+)?"
    r"[A-ZÀ-Ý][\w’'-]+){0,3}"
)
# Capitalised words that name no person: "l'arrestation de Mardi", of places and bodies.
_NO_PERSON = frozenset(
    {
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "plusieurs",
        "nombreux", "nombreuses", "certains", "certaines", "tous", "toutes", "ces", "ses",
    }
)  # fmt: skip
# Words before the cue that say it was not done (yet): a charge, a demand, an order, an
# attempt, a threat, a warrant.
_NOT_DONE = re.compile(
    r"(?:pour|tentative\s+d[e’']|mandat\s+d[e’']|réclam\w*|demand\w*|exig\w*|appel\w*\s+à|"
    r"ordonn\w*|ordre\s+d[e’']|menac\w*|projet\w*|planifi\w*|prépar\w*|échapp\w*\s+à|"
    r"évit\w*|craint\w*|complot\w*|commandit\w*|soupçonn\w*|accus\w*|inculp\w*|"
    r"condamn\w*|jug\w*)\s*(?:à\s+)?(?:l[’']|le\s+|la\s+|un\s+|une\s+)?\s*$"
)
_BACK = 40  # characters before the cue searched for `_NOT_DONE`


def named_victims(text: str, folded: str, start: int, end: int) -> list[Reading]:
    """The readings of one person befallen by a cue (`CUE`) in the sentence
    `text[start:end]` (`folded` its lower-cased text), each one counting 1."""
    found: list[Reading] = []
    for cue in CUE.finditer(folded, start, end):
        if _NOT_DONE.search(folded, max(start, cue.start() - _BACK), cue.start()):
            continue
        of = _OF.match(folded, cue.end(), end)
        if of is None:
            continue
        at = of.end()
        whom: re.Match[str] | None = None
        if of.group("one") is not None:
            whom = _ANY_NOUN.match(folded, at, end)
        elif of.group("the") is not None:
            whom = _PERSON.match(folded, at, end)
            if whom is not None and text.startswith(" ", whom.end()):
                # "du policier Auzhil Stafort": the name ends it
                whom = _NAME.match(text, whom.end() + 1, end) or whom
        else:
            whom = _NAME.match(text, at, end)
            if whom is not None and whom.group().split()[0].lower() in _NO_PERSON:
                whom = None
        if whom is None:
            continue
        category = Category[cue.lastgroup or ""]
        one = Quantity(at, whom.end(), 1, 1, 1, "exact", words=True)
        subject = text[at : whom.end()]
        noun = NounClass.PERSON
        found.append(Reading(one, category, cue.start(), whom.end(), subject, noun, None))
    return found
