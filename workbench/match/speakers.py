"""One person quoted by several reports under other spellings of one name: one voice.

Voices are told apart by the words the text gives them, so "Dieudonné Duranthabo"
in one outlet and "Dieudonne Duranthabo" in another, or "Lieutenant General Ahmed
Sharif Chaudhry" and "Ahmed Sharif", are two voices to the store; their statement,
relayed by two outlets, is still one witness (issue 16, relays). A voice names a
person where it ends in two or more capitalised words that are no nouns of
people, countries, bodies or outlets; two voices name one person where their names
folded (no accents, lower case) are equal, or one is the first words of the other
("Muhammad Asim" and "Muhammad Asim Khan"), titles in either language left off
("Father Aime Lokana" and "l'abbé Aimé Lokana", "Mgr X" and "Bishop X").

A voice named by an office alone ("le gouverneur", "the governor", "the mayor":
`office_only`) is the person another voice of the same event names with that office
("Le gouverneur du Logone Oriental, le général X"), where one voice does
(`events.figures`): a governor's "aucun mort" on the first day and his nine dead the
next are one voice revising itself (trial 75b).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from workbench.match.victims import named_person, side_word

# Titles before a name, which say nothing of who the person is, folded (no accents,
# lower case), in English and in French: "Father X" and "l'abbé X", "Bishop X" and "Mgr
# X", "General X" and "le général X" are one person. A compound title is titles joined
# by hyphens ("lieutenant-colonel", "général-major").
_TITLES = frozenset(
    "mr mrs ms dr prof lt lieutenant gen general col colonel capt captain maj major "
    "sgt sergeant brig brigadier president minister secretary governor senator "
    "commissioner chairman spokesman spokeswoman spokesperson sheikh imam "
    # clergy: "Father", "Fr", "Rev", "Bishop", "Mgr", "l'abbé", "le père", "Monseigneur"
    "father fr rev reverend pastor bishop archbishop cardinal sister brother pere abbe cure "
    "mgr monseigneur eveque archeveque pasteur soeur frere reverende "
    # ranks and offices in French, and their short forms
    "generale capitaine commandant commander cmdr cdt cne adjudant sergent caporal corporal "
    "pvt private colonel-major lcl "
    "m mme mlle monsieur madame me maitre docteur professeur pr "
    "ministre gouverneur maire mayor prefet depute senateur presidente commissaire "
    "administrateur bourgmestre porte-parole chief chef mwami".split()
)
# An article elided before a title: "l'abbé", "L'Abbé".
_ELIDED = re.compile(r"^[ld][’']", re.IGNORECASE)
# Words of a body's or an outlet's name, never of a person's.
_BODY_WORDS = frozenset(
    "police army forces force military government ministry state command agency news "
    "times daily press post tribune herald radio tv television network media hospital "
    "red cross crescent nations union council committee office department commission "
    "observatory monitor group front league party authority authorities university "
    "international national federal county province district region city "
    "reuters afp ap bbc cnn "
    # the same in French, folded: "Société civile de Beni", "Caritas Butembo-Beni"
    "armee gouvernement ministere gendarmerie societe civile croix-rouge caritas mission "
    "monusco unies conseil comite bureau agence hopital association ong eglise paroisse "
    "diocese territoire ville commune mairie prefecture coordination mouvement parti "
    "ligue groupe federation direction etat-major journal".split()
)
# Offices one person holds in a place, by which reports name that person alone ("the
# governor said"), folded; ranks and honorifics name no one office-holder
_OFFICES = frozenset(
    "governor gouverneur mayor maire prefet prefect commissioner commissaire minister "
    "ministre president presidente senator senateur depute administrateur bourgmestre "
    "wali sous-prefet".split()
)
_ARTICLES = frozenset("the le la l les a an un une".split())
_PARENTHESES = re.compile(r"\([^)]*\)")
_MIN_WORDS = 2


@lru_cache(maxsize=1 << 14)
def speaker(voice: str | None) -> tuple[str, ...]:
    """The person's name a voice ends with, folded, word by word: "Uganda Police
    Spokesperson Fred Enanga" -> ("fred", "enanga"); () where it names no person by
    two words or more ("PML Daily", "health ministry", "Kenyan Red Cross", "Enanga")."""
    voice = _PARENTHESES.sub(" ", voice or "")
    name = _name_at_end(voice.replace(",", " ").split())
    if not name and "," in voice:  # "l'abbé X Y, curé de la paroisse": the name first
        name = _name_at_end(voice.split(",", 1)[0].split())
    folded = tuple(_fold(w) for w in name)
    if len(folded) < _MIN_WORDS or any(w in _BODY_WORDS for w in folded):
        return ()
    if not named_person(" ".join(name)) or any(side_word(w) for w in name):
        return ()
    return folded


def _name_at_end(words: list[str]) -> list[str]:
    """The capitalised words that end `words`, up to a word in lower case or a title."""
    name: list[str] = []
    for word in reversed(words):
        if not word[:1].isupper() or _title(word):
            break
        name.insert(0, word)
    return name


def _title(word: str) -> bool:
    """Whether a word is a title (`_TITLES`), its elided article aside ("L'Abbé"), each
    part of a compound one a title ("Lieutenant-Colonel")."""
    folded = _fold(_ELIDED.sub("", word))
    return folded in _TITLES or all(part in _TITLES for part in folded.split("-"))


def same_speaker(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether two voices' names (`speaker`) name one person: equal, or one the first
    words of the other."""
    if not a or not b:
        return False
    shorter, longer = (a, b) if len(a) <= len(b) else (b, a)
    return longer[: len(shorter)] == shorter


def _fold(word: str) -> str:
    text = unicodedata.normalize("NFKD", word.lower().strip(".'’"))
    return "".join(c for c in text if not unicodedata.combining(c))


def office_only(voice: str | None) -> str | None:
    """The office a voice names alone, folded ("le gouverneur", "The Governor",
    "l'administrateur" -> "gouverneur", "governor", "administrateur"); None for a
    voice that names anything more ("the governor of Borno", "Governor Zulum")."""
    words = [_fold(_ELIDED.sub("", w)) for w in (voice or "").split()]
    words = [w for w in words if w and w not in _ARTICLES]
    return words[0] if len(words) == 1 and words[0] in _OFFICES else None


def holds_office(voice: str, office: str) -> bool:
    """Whether a voice names a person (`speaker`) and, among its words, the office
    ("Le gouverneur du Logone Oriental, le général Mahamat Abdelkerim Hassane" holds
    "gouverneur")."""
    words = {_fold(_ELIDED.sub("", w.strip(",;:"))) for w in voice.split()}
    return office in words and bool(speaker(voice))
