"""Split body blocks into sentences, and sentences into clauses, keeping offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass

from workbench.extract.currencies import ABBREVIATED
from workbench.extract.number_words import NUMBER_WORDS
from workbench.models import Block

_WORDS = (
    "mr mrs ms dr gen lt col capt sgt maj gov sen rep st jan feb mar apr jun jul aug sep sept "
    "oct nov dec no vs etc e.g i.e u.s u.n u.k inc corp ltd co jr sr prof rev fig approx est mt "
    "ft pres adm cmdr brig dept govt al cf p.m a.m"
)
# and currencies' signs before a sum: "Rs. 25,000", "Tk. 5 lakh", "Ksh. 2 million"
_ABBREVIATIONS = frozenset(_WORDS.split()) | ABBREVIATED
# French titles, as armies' communiqués and the francophone press abbreviate them ("le
# Lt-col. Dembélé", "le Cdt. Traoré", "S.E. le ministre"); none ends an English sentence.
_FRENCH_TITLES = frozenset(
    "lt-col lt-cl cne cdt cmdt adj adjt cpl gal gén mgr mme mlle ste s.e".split()
)
_ELIDED = ("l'", "l’", "d'", "d’")  # a French article elided before a title

# A sentence ends at a stop before a space and a capital or digit, or at a stop
# typed with no space after a word ("on Friday.15 soldiers", "killed.The army").
# Both branches open with the stop, read once before them: a pattern that opens
# with a class of characters lets the engine skip to the next stop, more than
# twice as fast as trying each branch at every character.
# French quotes count as quotes: a guillemet closing after its space, one opening before
# its space ("... selon le journal. « Le bilan est de 3 morts », a confié M. Ali."), and
# a capital with an accent ("Écoutez").
_END = re.compile(
    r"[.!?…](?:[.!?…]*[\"”’')\]]*(?:[\s\u00a0\u202f]?»)?"
    r"(?=\s+(?:[\"“‘'(\[]|«[\s\u00a0\u202f]?)?[A-Z0-9À-ÖØ-Ý])"
    r"|(?<=[a-z][a-z][.!?])(?=[0-9]|[A-Z][a-z]))"
)
_SPACE = re.compile(r"\s*")
# The longest sentence read as one (characters); a longer one is cut (`_bounded`).
MAX_SENTENCE = 1500
_CUTS = (";", ",", " ")
# A break: ";", " – ", " -- ", ", and ", "(2)", ": ". Its first character is read as a
# class and each break's rest after a look back at it (";|\s[–—]\s|..." as written):
# a pattern that opens with a class lets the engine skip to the next such character
# (a quarter of its time over a sentence); one that opens with an alternation does not.
_CLAUSE_BREAK = re.compile(
    r"[;\s,(:](?:(?<=;)|(?<=\s)(?:[–—]\s|--\s)"
    r"|(?<=,)\s+(?:and|but|while|whereas|although|though)\s|(?<=\()\d{1,2}\)|(?<=:)\s)",
    re.IGNORECASE,
)

# A number in words before a bracket that restates it in digits, as coders in Somalia
# write: "Two (2) clan militias", "five (05) others" (acled-n study: no claim).
_WORD_BEFORE = re.compile(rf"\b(?i:{NUMBER_WORDS})\s*\Z")

# A short aside between a pair of the same dash, no other break inside it, between a
# subject and its verb, "28 people – mostly tourists – were killed", or between a verb
# and its phrase of place or time, "have died – most of them civilians – in a conflict"
# ("– attributed to Israel – and" cuts the clause: its place is not the claim's).
_DASH_ASIDE = re.compile(
    r"\s([–—]|--)\s[^–—;:]{1,60}?\s\1\s(?=(?:were|was|are|is|have|has|had|died|lay"
    r"|in|on|at|near|during|since|across|over|throughout)\b)"
)


@dataclass(frozen=True, slots=True)
class Sentence:
    """`text[start:end]` is one sentence of block `block`."""

    start: int
    end: int
    block: int


def split_sentences(text: str, blocks: list[Block]) -> list[Sentence]:
    """Every sentence of every block, in reading order."""
    sentences: list[Sentence] = []
    for index, block in enumerate(blocks):
        start = block.start
        for match in _END.finditer(text, block.start, block.end):
            if (
                text[match.start()] == "."
                and _is_abbreviation(text, max(start, match.start() - 12), match.start())
                and not _OPENER_AFTER_LETTER.match(text, match.end(), block.end)
            ):
                continue
            sentences.extend(_bounded(text, start, match.end(), index))
            start = _after_space(text, match.end(), block.end)
        if start < block.end:
            sentences.extend(_bounded(text, start, block.end, index))
    return sentences


# A word that opens a sentence, never a surname after an initial: "My cousin lives in
# block C. She says 30 people died" (re-trial 63: one sentence, its voice "My cousin
# lives in block C. She"); a single letter's stop before it ends the sentence.
_OPENER_AFTER_LETTER = re.compile(
    r"(?<=\b[A-Za-z]\.)\s+(?:She|He|They|It|We|I|The|This|That|These|Those|There|But)\s"
)


def _after_space(text: str, pos: int, end: int) -> int:
    """Where the white space at `pos` ends (`pos` itself when there is none)."""
    space = _SPACE.match(text, pos, end)
    return space.end() if space else pos  # `\s*` always matches; the fallback is for the types


def _bounded(text: str, start: int, end: int, block: int) -> list[Sentence]:
    """`text[start:end]` as one sentence, or, past `MAX_SENTENCE` characters (a list
    of figures with no full stop, a file with no punctuation), as pieces cut at the
    last semicolon, comma or space before the limit: what a sentence costs to read,
    in time and memory, stays bounded."""
    pieces = []
    while end - start > MAX_SENTENCE:
        limit = start + MAX_SENTENCE
        found = (text.rfind(mark, start + MAX_SENTENCE // 2, limit) for mark in _CUTS)
        cut = next((at + 1 for at in found if at > start), limit)  # the strongest mark
        pieces.append(Sentence(start, cut, block))
        start = _after_space(text, cut, end)
    if start < end:
        pieces.append(Sentence(start, end, block))
    return pieces


def _is_abbreviation(text: str, start: int, stop: int) -> bool:
    """Whether the word before a full stop is "U.S", "Gen", "Lt-col" or an initial."""
    words = text[start:stop].split()
    if not words:
        return False
    token = words[-1].lstrip("(\"“‘'").lower()
    if token[:2] in _ELIDED:  # "l'Adj. Coulibaly"
        token = token[2:]
    return (
        token in _ABBREVIATIONS or token in _FRENCH_TITLES or (len(token) == 1 and token.isalpha())
    )


# A word and the full stop right after it, before a space: "Nov. 24", "Gen. Ali".
_WORD_STOP = re.compile(r"([^\s(\"“‘']+)\.(?=\s)")


def abbreviation_stops_blanked(text: str) -> str:
    """`text` with the full stop after each abbreviation ("Nov.", "Gen.", "U.S.", an
    initial) read as a space, every offset kept: for patterns that read to a
    sentence's end within a sentence ("the number of people killed in Russia's Nov. 24
    strike has risen to 16" had its subject cut at "Nov.")."""
    if "." not in text:
        return text
    return _WORD_STOP.sub(_blank_if_abbreviation, text)


def _blank_if_abbreviation(match: re.Match[str]) -> str:
    """The word and its stop, the stop a space where the word is an abbreviation."""
    word = match.group(1)
    return word + " " if _is_abbreviation(word, 0, len(word)) else match.group(0)


def split_clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Clause spans of a sentence: breaks at semicolons, dashes, ", and", ", while",
    list markers "(2)" and colons, so each part of a list keeps its own place and date."""
    spans = []
    aside_end = -1
    for match in _CLAUSE_BREAK.finditer(text, start, end):
        if match.start() < aside_end:
            continue
        aside = _DASH_ASIDE.match(text, match.start(), end)
        if aside:  # "28 people – mostly tourists – were killed": one clause
            aside_end = aside.end()
            continue
        if match.group(0).startswith("(") and _WORD_BEFORE.search(text, start, match.start()):
            continue  # "Two (2) clan militias were killed": the figure restated, no marker
        cut = match.start() if match.group(0).startswith("(") else match.end()
        if cut > start:
            spans.append((start, cut))
            start = cut
    spans.append((start, end))
    return spans


def opens_line(text: str, index: int) -> bool:
    """Whether only white space stands between the line's start and `index`; read
    back from `index`, so a long line costs no more than a short one."""
    while index > 0 and text[index - 1] != "\n" and text[index - 1].isspace():
        index -= 1
    return index == 0 or text[index - 1] == "\n"
