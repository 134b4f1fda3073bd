"""The institution a voice's name speaks for, in English or French: one army's
statements are one independent voice in an event's figures (`events.figures`), two
reports that give one institution's tolls alike restate one statement
(`one_institution`, matching), and voices named for one institution are suggested to
the analyst as one (`store.voice_names.suggestions`).

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
from typing import Protocol

from workbench.extract.gazetteer import COUNTRY_BY_DEMONYM, COUNTRY_BY_NAME
from workbench.geo.geonames import fold
from workbench.match.members import Counting, claim_family

# each institution's words (without accents), English and French, under one key
_KEYS = {
    "army": "army",
    "military": "army",
    "armed forces": "army",
    "defense force": "army",  # the Ethiopian National Defense Force (ENDF)
    "defence force": "army",
    "defense forces": "army",  # the Israel Defense Forces, Kenya Defence Forces
    "defence forces": "army",
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
_SPOKES = r"(?:spokes(?:man|woman|person)|porte-parole)"
# armed forces and police known by their initials, with their country: the Haitian
# National Police (PNH), the DR Congo's armed forces (FARDC), the Sudanese Armed
# Forces (SAF), the Israel Defense Forces (IDF), the Kenya Defence Forces (KDF), the
# Somali National Army (SNA), the Ethiopian National Defense Force (ENDF), the Uganda
# People's Defence Force (UPDF), the Nigeria Police Force (NPF)
_INITIALS = {
    "PNH": ("police", "haiti"),
    "FARDC": ("army", "democratic republic of the congo"),
    "SAF": ("army", "sudan"),
    "IDF": ("army", "israel"),
    "KDF": ("army", "kenya"),
    "SNA": ("army", "somalia"),
    "ENDF": ("army", "ethiopia"),
    "UPDF": ("army", "uganda"),
    "NPF": ("police", "nigeria"),
    # trial 70: "SSPDF spokesperson Maj. Gen. Lul Ruai Koang" counts the army's own dead
    "SSPDF": ("army", "south sudan"),
    "SPLA": ("army", "south sudan"),
    "RDF": ("army", "rwanda"),
    "TPDF": ("army", "tanzania"),
    "SANDF": ("army", "south africa"),
    "ZNA": ("army", "zimbabwe"),
    "FADM": ("army", "mozambique"),
    "FACA": ("army", "central african republic"),
    "ANA": ("army", "afghanistan"),
    "TNI": ("army", "indonesia"),
}
# "la PNH", "the IDF", "IDF spokesperson", "le porte-parole de la PNH"
_BY_INITIALS = re.compile(
    rf"^(?i:(?:(?:the\s+|le\s+|la\s+)?{_SPOKES}\s+"
    r"(?:of\s+|for\s+|de\s+la\s+|du\s+|des\s+|de\s+l['’]\s*)?)?"
    r"(?:the\s+|la\s+|le\s+|les\s+|l['’]\s*)?)"
    rf"(?P<initials>{'|'.join(_INITIALS)})"
    rf"(?:\s+(?i:{_SPOKES})(?:\s+[A-Z][^()]*)?)?$"
)
# the words that name the UN only in capitals: "un" is also French's "a"
_CAPITALS = frozenset({"un", "u.n.", "u.n", "onu"})
_WORDS = "|".join(re.escape(w) for w in sorted(_KEYS, key=len, reverse=True))
# a country or nationality of several words before the institution: "Sierra Leone
# police", "the South Sudanese army" (trial 79: "Sierra Leone police" was no
# institution's voice, and its spokesman was suggested as Guinea's police's)
_SEVERAL = sorted(
    {_n for _n in (*COUNTRY_BY_NAME, *COUNTRY_BY_DEMONYM) if " " in _n and "." not in _n},
    key=len,
    reverse=True,
)
_MULTI = "|".join(re.escape(_n).replace(r"\ ", r"\s+") for _n in _SEVERAL)
_VOICE = re.compile(
    rf"^(?:(?:le\s+|la\s+){_SPOKES}\s+(?:de\s+la\s+|du\s+|des\s+|de\s+l['’]\s*|de\s+)|"
    rf"(?:the\s+|an?\s+)?{_SPOKES}\s+(?:of|for)\s+)?"  # "le porte-parole de l'armée"
    rf"(?:the\s+|l['’]\s*|la\s+|le\s+|les\s+)?(?:(?P<before>{_MULTI}|[\w-]+?)(?:['’]s)?\s+)?"
    # "the Haitian National Police", "Nigeria's national army"
    rf"(?:national\s+)?(?P<word>{_WORDS})(?![\w.])"
    r"(?:\s+(?:nationales?\s+)?(?P<after>[\w-]+))??"
    # its country after "de", "of": "Police nationale d'Haïti", "Forces armées du Tchad"
    r"(?:\s+(?:nationales?\s+)?(?:de\s+la\s+|du\s+|des\s+|d['’]\s*|de\s+|of\s+(?:the\s+)?)"
    r"(?P<of>[A-Z][\w-]+))?"
    rf"(?:\s+{_SPOKES}(?:\s+[A-Z][^()]*)?)?"
    r"(?:\s*\((?P<country>[^)]+)\))?$",
    re.IGNORECASE,
)
# a French nationality after its noun: "l'armée nigériane", "la police tchadienne"
# (masculine too: "le gouvernement tchadien"; "-éen": "le gouvernement guinéen", trial 79)
_FRENCH_NATIONALITY = re.compile(
    r"(?:aise?|ien(?:ne)?|aine?|ane|oise?|ique|een(?:ne)?)s?$", re.IGNORECASE
)
# a French nationality's endings, each off its country's French name: "tchadienne"
# (Tchad), "camerounaise" (Cameroun), "congolaise" (Congo), "malienne" (Mali),
# "nigériane" (Nigeria), "togolaise" (Togo); "guinéenne" (Guinée: trial 79's "les
# autorités guinéennes" was no country's)
_FRENCH_ENDINGS = re.compile(
    r"(?:eennes|eenne|eens|een|iennes|ienne|iens|ien|aises|aise|ais|oises|oise|ois|aines|aine|ains|ain|anes|ane|ans|an)$"
)


# the countries' names folded ("guinee" for "Guinée"), where they differ
_FOLDED_NAMES = {fold(name): country for name, country in COUNTRY_BY_NAME.items()}


def _french_country(word: str) -> str | None:
    """The country a French nationality names ("tchadienne": chad), lower-case; None
    where it names none the gazetteer knows."""
    stem = _FRENCH_ENDINGS.sub("", fold(word))
    # "cameroun", "tchad"; "congo", "nigeria", "mali"; "togo" (togol-aise); "syrie";
    # "guinee" (guin-eenne)
    candidates = (stem, stem + "e", stem + "o", stem + "a", stem + "i", stem[:-1], stem + "ie")
    for name in (*candidates, stem + "ee"):
        country = COUNTRY_BY_NAME.get(name) or _FOLDED_NAMES.get(name)
        if country is not None:
            return country.name.lower()
    return None


def _country_before(before: str) -> str | None:
    """The country a word before the institution names: a nationality ("Nigerian") or
    a country's name ("Chad's army"), lower-case; None where it names none."""
    lowered = " ".join(before.lower().split())
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
    "l'ONU" ("UN", None); "la PNH" ("police", "haiti": `_INITIALS`); "an army
    officer", "police officials", "un porte-parole" None."""
    initials = _BY_INITIALS.match(_bare(name.strip()))
    if initials is not None:
        return _INITIALS[initials.group("initials")]
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
    if found.group("of"):
        of = _country_named(found.group("of"))
        if of is None:
            return None  # "la police de Goma": a town's, not the country's
        country = country or of
    return _KEYS[word.lower()], country or None


def _country_named(name: str) -> str | None:
    """The country a name after "de" or "of" is, in English or French ("Haiti",
    "Tchad"), lower-case; None where it is none."""
    found = COUNTRY_BY_NAME.get(name.lower())
    return found.name.lower() if found else _french_country(name)


class _Voiced(Protocol):
    @property
    def voice(self) -> str: ...


class HasVoice(Protocol):
    """A claim as matching reads it (`match.features.Features`)."""

    @property
    def claim(self) -> _Voiced: ...


def one_institution(a: HasVoice, b: HasVoice) -> bool:
    """Whether two claims' voices speak for one institution of one named country
    (`same_institution`): a statement two reports relay, one voice."""
    return same_institution(a.claim.voice, b.claim.voice)


def same_institution(first: str, second: str) -> bool:
    """Whether two voices' names speak for one institution of one named country
    ("Armée nationale tchadienne" and "Chad's army"). An institution of no named
    country ("the army") ties nothing."""
    one, other = institution(first), institution(second)
    return one is not None and one[1] is not None and one == other


# the institutions that count their own dead and wounded in their statements
_FORCES = frozenset({"army", "police", "gendarmerie"})
_SECURITY_FORCES = "military"  # their family of victims (`victims.claim_family`)


class _Told(Counting, Protocol):
    @property
    def voice(self) -> str: ...


def counts_own(claim: _Told) -> bool:
    """Whether a claim is an armed force's or a police's count of its own people: a
    security institution's voice (`institution`: "the Haitian National Police", "la
    PNH", "the army") counting security forces (`victims.claim_family`: "three
    officers", "deux militaires"). Events join it to the toll it is a part of
    (`own_losses`, events.grouping)."""
    return _force(claim.voice) and claim_family(claim) == _SECURITY_FORCES


def _force(voice: str) -> bool:
    """Whether a voice speaks for an armed force or a police (`_FORCES`)."""
    found = institution(voice)
    return found is not None and found[0] in _FORCES


class Counted(Protocol):
    """A claim's family of victims and bounds, as matching reads them
    (`match.features.Features`)."""

    @property
    def claim(self) -> _Told: ...
    @property
    def victim(self) -> str | None: ...
    @property
    def generic(self) -> bool: ...
    @property
    def low(self) -> float: ...
    @property
    def high(self) -> float: ...


def own_losses(a: Counted, b: Counted) -> bool:
    """Whether one claim is an armed force's or a police's count of its own people
    (the police's "three officers were killed": a security institution's voice, a
    toll of security forces) and the other a larger toll that names no family ("at
    least 15 people"): the institution tells its own losses, a part of the whole
    toll, no dispute of it (trial 66: the Haitian police's "3 policiers tués" was
    "contradicted" by the wires' 10, 22 and 48). A count of a group told by anyone
    else ("six pupils", a school's director, against "10 killed") stays a dispute:
    there the group is the other report's whole toll in its own words (pairs-news-e
    and -j study gold)."""
    for own, whole in ((a, b), (b, a)):
        larger = whole.victim is None and whole.generic and own.high < whole.low
        # the family matching read once (`Features.victim`), as `counts_own` reads it
        if larger and own.victim == _SECURITY_FORCES and _force(own.claim.voice):
            return True
    return False
