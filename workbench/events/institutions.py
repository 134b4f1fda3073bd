"""The institution a voice's name speaks for, in English or French: one army's
statements are one independent voice in an event's figures (`figures.py`), and
voices named for one institution are suggested to the analyst as one
(`store.voice_names.suggestions`).

A trial's `voice suggest` offered nothing where "army (Nigeria)", "l'armée
(Nigeria)", "l'armée nigériane" and "army spokesman Lieutenant Colonel Musa
Danladi" were four voices: one institution, named in two languages, with and
without its country, and by its spokesperson. Such names are no spelling of one
another (`voice_names.identity` keeps them apart: a translation, a country or a
spokesperson is the analyst's call), so they are suggested, never merged unasked.

`institution` reads the institution alone ("the army", "l'armée", "la police",
"les autorités", "l'ONU"), with its nationality before it ("the Nigerian army") or,
in French, after it ("l'armée nigériane"), with its country in brackets ("army
(Nigeria)"), or its spokesperson by name ("army spokesman Colonel X", "le
porte-parole de l'armée"). A voice that is a member or a part of the institution
("an army officer", "a police source", "police officials") is none: its word is
not the institution's.
"""

from __future__ import annotations

import re
import unicodedata

from workbench.extract.gazetteer import COUNTRY_BY_DEMONYM, COUNTRY_BY_NAME

# each institution's words (without accents), English and French, under one key
_KEYS = {
    "army": "army",
    "military": "army",
    "armed forces": "army",
    "armee": "army",
    "forces armees": "army",
    "police": "police",
    "police force": "police",
    "gendarmerie": "gendarmerie",
    "government": "government",
    "gouvernement": "government",
    "authorities": "authorities",
    "autorites": "authorities",
    "un": "UN",
    "u.n.": "UN",
    "u.n": "UN",
    "united nations": "UN",
    "onu": "UN",
    "nations unies": "UN",
    "organisation des nations unies": "UN",
}
# the words that name the UN only in capitals: "un" is also French's "a"
_CAPITALS = frozenset({"un", "u.n.", "u.n", "onu"})
_WORDS = "|".join(re.escape(w) for w in sorted(_KEYS, key=len, reverse=True))
_SPOKES = r"(?:spokes(?:man|woman|person)|porte-parole)"
_VOICE = re.compile(
    rf"^(?:(?:le\s+|la\s+){_SPOKES}\s+(?:de\s+la\s+|du\s+|des\s+|de\s+l['’]\s*|de\s+)|"
    rf"(?:the\s+|an?\s+)?{_SPOKES}\s+(?:of|for)\s+)?"  # "le porte-parole de l'armée"
    rf"(?:the\s+|l['’]\s*|la\s+|le\s+|les\s+)?(?:(?P<before>[\w-]+?)(?:['’]s)?\s+)?"
    rf"(?P<word>{_WORDS})(?![\w.])"
    r"(?:\s+(?:nationales?\s+)?(?P<after>[\w-]+))??"
    rf"(?:\s+{_SPOKES}(?:\s+[A-Z][^()]*)?)?"
    r"(?:\s*\((?P<country>[^)]+)\))?$",
    re.IGNORECASE,
)
# a French nationality after its noun: "l'armée nigériane", "la police tchadienne"
_FRENCH_NATIONALITY = re.compile(r"(?:aise?|ienne?|aine?|ane|oise?|ique)s?$", re.IGNORECASE)
# French nationalities (masculine, without accents) of the countries whose reporting
# the workbench reads in French, and their countries' English names
_FRENCH_DEMONYMS = {
    "tchadien": "chad",
    "camerounais": "cameroon",
    "nigerian": "nigeria",
    "nigerien": "niger",
    "malien": "mali",
    "burkinabe": "burkina faso",
    "centrafricain": "central african republic",
    "burundais": "burundi",
    "rwandais": "rwanda",
    "ougandais": "uganda",
    "soudanais": "sudan",
    "libyen": "libya",
    "algerien": "algeria",
    "mauritanien": "mauritania",
    "senegalais": "senegal",
    "ivoirien": "ivory coast",
    "guineen": "guinea",
    "beninois": "benin",
    "togolais": "togo",
    "ghaneen": "ghana",
    "francais": "france",
}
_FEMININE = (("iennes", "ien"), ("ienne", "ien"), ("aises", "ais"), ("aise", "ais"),
             ("aines", "ain"), ("aine", "ain"), ("anes", "an"), ("ane", "an"),
             ("eennes", "een"), ("eenne", "een"), ("ens", "en"), ("ains", "ain"))  # fmt: skip


def _french_country(nationality: str) -> str | None:
    """The country a French nationality names ("tchadienne", "camerounais"), lower-case;
    None where it is none of `_FRENCH_DEMONYMS`."""
    word = nationality.lower()
    for ending, base in _FEMININE:
        if word.endswith(ending):
            word = word[: -len(ending)] + base
            break
    return _FRENCH_DEMONYMS.get(word)


def _country_before(before: str) -> str | None:
    """The country a word before the institution names: a nationality ("Nigerian") or
    a country's name ("Chad's army"), lower-case; None where it names none."""
    lowered = before.lower()
    found = COUNTRY_BY_DEMONYM.get(lowered) or COUNTRY_BY_NAME.get(lowered)
    return found.name.lower() if found else None


def _bare(text: str) -> str:
    """The text without accents, its letters otherwise as they are."""
    return "".join(
        ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch)
    )


def institution(name: str) -> tuple[str, str | None] | None:
    """(institution, country or None) a voice's name speaks for, or None where it is
    no institution's own voice: "army (Nigeria)" and "the Nigerian army" are ("army",
    "nigeria"), "l'armée nigériane" and "army spokesman Colonel X" ("army", None),
    "l'ONU" ("UN", None); "an army officer", "police officials", "un porte-parole"
    None."""
    found = _VOICE.match(_bare(name.strip()))
    if found is None:
        return None
    word, before, after = found.group("word"), found.group("before"), found.group("after")
    if word.lower() in _CAPITALS and not word.isupper():
        return None  # "un porte-parole": French's "a"
    if before and _country_before(before) is None:
        return None  # "a military source", "an army officer"
    if after and not _FRENCH_NATIONALITY.search(after):
        return None  # "army officer", "police officials"
    country = found.group("country")
    country = country.strip().lower() if country else None
    country = country or (before and _country_before(before)) or (after and _french_country(after))
    return _KEYS[word.lower()], country or None
