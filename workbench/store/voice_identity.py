"""What a speaker's name comes to once its spelling is set aside (pure: no SQL):
`identity`, read by the store to merge a new voice into one it had (`add_voice`) and
by `suggestions` (voice_names.py) to pair voices of one source. A trial counted "U.N."
and "UN", "Mayor Medjeweh Boukar" and "Medjeweh Boukar, the mayor" as two voices each.

What is set aside: case, accents and punctuation ("U.N." and "UN"), a leading article
("the", "le", "un"), a few organisations' names for their acronyms, in English and
French ("United Nations", "Nations unies" and "ONU" are "UN": `voice_acronyms`), and a
person's title or role ("Mayor Medjeweh Boukar", "Medjeweh Boukar, the mayor",
"district mayor Medjeweh Boukar" are "medjeweh boukar": `person`). Split from
voice_names.py.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from workbench.extract.voicewords import ORGANISATION, PERSON_WORDS
from workbench.store.voice_acronyms import ACRONYMS as _ACRONYMS

_PHRASES = sorted(_ACRONYMS, key=len, reverse=True)

# words before a person's name that say what the person is, beyond `PERSON_WORDS`:
# ranks, French titles and roles, clergy; an elided article before one ("l'abbé")
_TITLE_WORDS = re.compile(
    r"^(?:[ld][’'])?(?:major|maj|captain|capt|lieutenant|lt|sergeant|sgt|lieutenant-colonel|lt-col|col|"
    r"gen|brigadier|cmdr|commandant|capitaine|général|sergent|adjudant|"
    r"maire|bourgmestre|préfet|sous-préfet|gouverneur|ministre|président|présidente|"
    r"député|sénateur|infirmier|infirmière|médecin|docteur|chef|porte-parole|"
    r"délégué|commissaire|administrateur|m|mme|mr|mrs|ms|dr|prof|professor|"
    r"sheikh|father|reverend|rev|senator|nurse|delegate|mayor|minister|spokesman|"
    r"spokeswoman|spokesperson|"
    # clergy, in English and French: "Father X" is "l'abbé X", "Bishop X" "Mgr X"
    r"fr|abbé|abbe|père|pere|mgr|monseigneur|évêque|archevêque|archbishop|curé|pasteur|"
    r"cardinal|sister|soeur|sœur|frère|brother|révérend)$",
    re.IGNORECASE,
)
_PARTICLES = frozenset(
    "de da del della di do dos du van von der den al el bin ibn ben la le".split()
)
_ARTICLES = frozenset("the a an le la les l un une des du".split())
NAME_WORD = re.compile(r"^[A-ZÀ-ÖØ-Þ][\w’'-]*$")


def fold(text: str) -> str:
    """Lower case, without accents; every run of what is not a letter or a digit one
    space."""
    bare = "".join(
        ch for ch in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(ch)
    )
    return " ".join("".join(ch if ch.isalnum() else " " for ch in bare).split())


def person(name: str) -> str | None:
    """The person's name a voice's name gives with a title or role around it, or None
    where it gives none: "Mayor Medjeweh Boukar", "district mayor Medjeweh Boukar",
    "Medjeweh Boukar, the mayor", "Myriam Fièvre, mayor of Saint-Marc" and "le préfet de
    la Manyu, Viang Mekala" give their person's name; "Major Boukar" (a family name
    alone), "the U.N. human rights office" and "a spokesperson of Cameroon's Defence
    Ministry" give None."""
    text = name.strip()
    head, comma, role = text.partition(",")
    if comma:
        found = name_alone(head.split())
        first = role.split()[0] if role.split() else ""
        if found and first and (not NAME_WORD.match(first) or is_title(first)):
            return found  # "X, the mayor", "X, Mayor of Y"; not "X, Jane Doe"
        named = name_alone(_untitled(role.split()))
        if named and not found and any(is_title(word) for word in head.split()):
            return named  # "le préfet de la Manyu, (le colonel) Viang Mekala": the title first
        return None
    words = text.split()
    for at in range(len(words) - 1, 0, -1):  # after the last word of a title
        if is_title(words[at - 1]):
            found = name_alone(words[at:])
            return found
    return None


def _untitled(words: list[str]) -> list[str]:
    """A name's words without the article and ranks before it: "le colonel Yao Akakpo",
    "M. Koffi Agbeko" -> "Yao Akakpo", "Koffi Agbeko" (trial 77's prefect was two
    voices, with his office and rank and by his name alone)."""
    at = 0
    while at < len(words) - 2 and (words[at].lower() in _ARTICLES or is_title(words[at])):
        at += 1
    return words[at:]


def is_title(word: str) -> bool:
    """Whether a word (its stops and commas aside) is a title or role before a person's
    name: a rank, an office, clergy ("Maj.", "préfet", "l'abbé"; `PERSON_WORDS`)."""
    word = word.strip(".,")
    return bool(_TITLE_WORDS.match(word) or PERSON_WORDS.fullmatch(word))


def name_alone(words: Sequence[str]) -> str | None:
    """Two to four words of a person's name (capitalised, a particle between), no
    word of an organisation's, no acronym, no title; else None."""
    if not 2 <= len(words) <= 4:
        return None
    if not (NAME_WORD.match(words[0]) and NAME_WORD.match(words[-1])):
        return None
    for word in words:
        if word.lower() in _PARTICLES:
            continue
        if not NAME_WORD.match(word) or is_title(word) or ORGANISATION.fullmatch(word):
            return None
        bare = word.strip("’'-")
        if (len(bare) > 1 and bare.isupper()) or word.endswith(("'s", "’s")):
            return None
    return " ".join(words)


def identity(name: str) -> str:
    """What a speaker's name comes to once spelling, punctuation, a leading article,
    an organisation's long name for its acronym and a person's title are set aside:
    "U.N.", "UN", "the United Nations" are "un"; "Mayor Medjeweh Boukar" is
    "medjeweh boukar"."""
    name = name.strip(" \t'\"‘’“”«»()[]-–—:;,.")
    named = person(name)
    words = name.split() if named is None else named.split()
    article = words[0].lower().strip("'’") in _ARTICLES if words else False
    if len(words) > 1 and article and not words[0].isupper():
        words = words[1:]  # "the army", "La Police nationale d'Haïti"; not "UN experts"
    elif words and words[0].lower().startswith(("l'", "l’")) and len(words[0]) > 2:
        words = [words[0][2:], *words[1:]]  # "l'armée"
    folded = fold(" ".join(words)).split()
    joined: list[str] = []  # "u n" -> "un": the letters of an acronym written with stops
    letters = False  # whether the last word joined is single letters so far
    for word in folded:
        single = len(word) == 1 and word.isalpha()
        if single and letters:
            joined[-1] += word
        else:
            joined.append(word)
        letters = single or (letters and single)
    text = " ".join(joined)
    for phrase in _PHRASES:
        text = re.sub(rf"(?<![\w]){re.escape(phrase)}(?![\w])", _ACRONYMS[phrase], text)
    return text
