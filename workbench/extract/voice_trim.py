"""A voice's phrase cut back to who speaks (issue 13, en44): a long phrase to its head
("a spokesman for the rebel army's political wing in the northern part of the state":
"a spokesman for the rebel army's political wing", so that the place it names stays
the figure's to read), and the subject of two joined verbs to that subject ("Audu Bala
confirmed the killing and (said)": Audu Bala), and a voice speaking in its turn to its
name ("FACT for its part": FACT)."""

from __future__ import annotations

import re

from workbench.extract.voicewords import PERSON_WORDS

# Where a long speaker's phrase may be cut, keeping its head: where it is placed first
# ("a senior official | in the northwestern province of ..."), then what it belongs to
# ("a spokesman for the regional government | of the northern province").
_LOCATIVE = re.compile(r"\s+(?:in|at|near|from|based\s+in)\s+")
_PLACING = re.compile(r"\s+(?:of|for|on|with)\s+")
_HEADS = re.compile(r"\b(?:head|source|sources|officials|residents|witnesses)\b")
# The subject of two verbs joined by "and", the first with its object: "Audu Bala
# confirmed the killing and (said)", "the police visited the scene and (said)".
_FIRST_VERB_AND = re.compile(
    r"^(.*?\S)\s+(?:confirmed|visited|condemned|described|urged|called|told|added|noted|"
    r"explained|regretted|lamented|decried|assured)\b.*\sand$"
)


# Words telling that a voice speaks in its turn, after its name: no part of it ("FACT
# for its part (claimed)", "Local residents in turn (said)", "Le CCMSR de son côté
# (affirme)", "le maire, quant à lui, (a déclaré)"; trial 75b's voice "FACT for its part").
OWN_TURN = re.compile(
    r",?\s+(?:for\s+(?:its|his|her|their)\s+part|in\s+(?:(?:its|his|her|their)\s+)?turn|"
    r"pour\s+(?:sa|leur)\s+part|de\s+(?:son|leur)\s+c[ôo]té|quant\s+à\s+(?:lui|elle|eux|elles)|"
    r"à\s+(?:son|leur)\s+tour)\s*,?\s*$",
    re.IGNORECASE,
)


def without_turn(phrase: str) -> str:
    """A voice's phrase without the words after its name that tell it speaks in its
    turn (`OWN_TURN`: "FACT for its part" is FACT); the phrase where nothing is left."""
    return OWN_TURN.sub("", phrase) or phrase


def trimmed(phrase: str, most: int) -> str:
    """A speaker's phrase of more than `most` words cut back to its head and what
    places it ("a spokesman for the Arakan Army's political wing in the western state
    of the country": "a spokesman for the Arakan Army's political wing"), where the
    head is a person's word ("a report in X" stays whole); the phrase as it was
    otherwise."""
    if len(phrase.split()) <= most:
        return phrase
    cut = phrase
    placed = _LOCATIVE.search(cut)
    if placed is not None:
        cut = cut[: placed.start()]
    while len(cut.split()) > most:
        cuts = [m.start() for m in _PLACING.finditer(cut)]
        if not cuts:
            return phrase
        cut = cut[: cuts[-1]]
    head = _PLACING.split(cut, maxsplit=1)[0]
    return cut if PERSON_WORDS.search(head) or _HEADS.search(head) else phrase


def first_subject(phrase: str) -> str:
    """The subject of a phrase that ends with a first verb and "and" before the
    reporting verb ("Audu Bala confirmed the killing and", before "said"), else the
    phrase."""
    joined = _FIRST_VERB_AND.match(phrase)
    return joined.group(1) if joined else phrase
