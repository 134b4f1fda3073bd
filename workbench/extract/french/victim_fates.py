"""What befell the people a French figure counts, told after them: right after them
("soldats ont été tués"), after the words that qualify them ("soldats tchadiens"),
after an aside ("civils, dont des enfants, ont été tués") or a relative clause ("80
écoliers qui rentraient chez eux ont été enlevés"); `victims.py` reads the figure."""

from __future__ import annotations

import re

from workbench.extract.french.victim_nouns import NOUN
from workbench.extract.french.victim_words import POST

# Between the people counted and their fate: a few words that qualify them
# ("soldats tchadiens", "membres du groupe armé Boko Haram"), an age ("âgés de 5 à
# 15 ans"), a quote's end, an aside set off by commas (", en majorité des civils,"),
# some of them named with no figure ("dont des enfants").
# Not past words that tell a toll: "Un chef de secteur a chiffré le bilan à dix morts"
# (whoever puts a toll at a figure is its voice, not one of its dead).
# Nor past an active verb of saying: "Un chef du village a annoncé cinq morts" (the five
# are the dead; the chief told them; not "ont été confirmées mortes", "déclarés morts").
_TOLD = (
    r"bilan|chiffr(?:é|e|ent|ait|aient)|état|estimé|évalué|"
    r"(?:a|ont|avait|avaient)\s+(?:annonc|déclar|indiqu|rapport|signal|confirm|évoqu|"
    r"dénombr|recens|précis)[a-zé]*"
)
# A toll the people counted made: "deux communautés ont fait au moins quatre morts" (trial
# 79: the two communities read as two dead); their own fate is not told.
_CAUSED = r"fait|faisant|causé|causant|provoqué|provoquant"
_QUALIFYING = re.compile(
    rf"\s+(?:(?:âgée?s?\s+)?d[e’']\s*\d+(?:\s+à\s+\d+)?\s+ans|(?!(?:et|ou|dont|mais|{_TOLD}|{_CAUSED})"
    r"(?![\w]))[a-zà-ÿ’'-]+\d*"
    # two names in one, slashed: "le deuxième chef de Simon/Pelé est mort"
    r"(?:/[a-zà-ÿ’'-]+)?"
    # "et" joining more of whom, with no figure: "et de sécurité", "et de nombreux
    # volontaires", "et un nombre indéterminé de supplétifs", "femmes et d'enfants"
    # "et leurs proches", "et ses enfants": whose kin, with no figure
    r"|et(?=\s+(?:de\s+nombreu|des\s|d[’']|de\s|du\s|un\s+nombre|plusieurs\s+autres|leurs\s|ses\s))"
    # another noun of people, with no figure: "jeunes filles et garçons ont été enlevés"
    rf"|et(?=\s+(?:{NOUN})(?![\w]))"
    # one more of another kind, joined: "16 Américains et un Canadien ont été enlevés"
    # (not a figure of its own: "et une trentaine de blessés", "et un autre")
    r"|et\s+(?:un|une)(?=\s+(?!(?:dizaine|douzaine|quinzaine|vingtaine|trentaine|quarantaine|"
    r"cinquantaine|soixantaine|centaine|millier|million|autre)s?(?![\w]))[a-zà-ÿ]))"
    r"|\s*\([^()]{1,40}\)|\s*[\"»”]|\s*[«“][^«»“”]{1,40}[»”]|,[^,.;]{1,60},"
    # some of them named with no figure, no comma: "56 civils dont des enfants ont été tués"
    r"|\s+dont\s+(?:notamment\s+)?(?:des|de\s+nombreu(?:x|ses)|beaucoup\s+d[e’'])\s*[a-zà-ÿ]+"
)
# An aside too long or too listed for `_QUALIFYING` is taken only when the fate follows
# it: "Trente-deux civils, dont des enfants, des femmes et des vieillards, ont été tués".
_ASIDE_REACH = 200
# A relative clause between the people counted and their fate, and the auxiliary its
# main verb opens with: "12 soldats qui escortaient un convoi ont été tués".
_RELATIVE = re.compile(
    r"\s+qui\s+(?!(?:ont|a|sont|est|avaient|avait|étaient|était|auraient|"
    r"aurait|seraient|serait|y\s+ont)\s)"
)
_MAIN_VERB = re.compile(r"\s(?=(?:ont|sont|avaient|étaient|auraient|seraient)\s)")
# The same for one person counted: "Un éclaireur civil qui accompagnait les forces de
# l'ordre a également perdu la vie" (french-p study: no claim).
_MAIN_VERB_ONE = re.compile(r"\s(?=(?:a|est|avait|était|aurait|serait)\s)")
# A clause opening inside the relative, whose own verb a singular one may be.
_NESTED = re.compile(r"(?<![\w])(?:où|que|qu[’']|dont|quand|lorsqu(?:e|[’'])|alors|et)(?![\w])")
_RELATIVE_REACH = 150
# Where a relative clause's sentence ends: a stop that is no ellipsis ("(...)"), ";", ":".
_RELATIVE_END = re.compile(r"[;:«»]|(?<![.(])\.(?![.)])")
# A quotation closing, then a comma: what follows is who said it, not a fate.
_QUOTE_CLOSED = re.compile(r"\s*[\"»”]\s*,")
_CLAUSE_END = re.compile(r"[.;:«»]")
_REACH = 9  # qualifying pieces passed over before the fate


def fate_after(folded: str, pos: int, end: int, *, one: bool = False) -> re.Match[str] | None:
    """What befell the people counted whose words end at `pos` in the lower-cased
    `folded` (a match of `victim_words.POST`, its group the category), told right after
    them or after what qualifies them (`_QUALIFYING`, at most `_REACH` pieces), an
    aside or a relative clause (its main verb singular where `one` person is counted);
    None where no fate follows before `end`."""
    for _ in range(_REACH + 1):
        fate = POST.match(folded, pos, end)
        if fate is not None:
            return fate
        if folded.startswith(",", pos):
            fate = _after_aside(folded, pos, end) or _after_where(folded, pos, end)
            if fate is not None:
                return fate
        dash = _DASH_OPENS.match(folded, pos, end)
        if dash is not None:  # "Huit civils – dont trois femmes – ont été tués"
            fate = _after_dashes(folded, dash, end)
            if fate is not None:
                return fate
        relative = _RELATIVE.match(folded, pos, end)
        if relative is not None:  # "80 écoliers qui rentraient chez eux ont été enlevés"
            return _after_relative(folded, relative.end(), end, one)
        piece = _QUALIFYING.match(folded, pos, end)
        if piece is None or _QUOTE_CLOSED.match(folded, pos, end):
            return None  # "les deux kamikazes”, a ajouté X, ...": the quotation has ended
        pos = piece.end()
    return None


def _after_relative(folded: str, pos: int, end: int, one: bool) -> re.Match[str] | None:
    """The fate told after a relative clause opening at `pos` (after "qui"), its own
    verb passed over: "80 écoliers qui rentraient dans leur village, dans l'Etat de
    Katsina, ont été enlevés"; within `_RELATIVE_REACH` characters and the clause."""
    stop = min(end, pos + _RELATIVE_REACH)
    bound = _RELATIVE_END.search(folded, pos, stop)
    stop = bound.start() if bound else stop
    # one person's own verb, not a clause's inside the relative ("un soldat qui gardait
    # le camp où un civil a été tué a témoigné"); else a plural one, as for a list ("une
    # adolescente et une femme, qui tentaient de traverser, ont perdu la vie")
    verbs = [_MAIN_VERB]
    if one and not _NESTED.search(folded, pos, stop):
        verbs.insert(0, _MAIN_VERB_ONE)
    for main in verbs:
        for verb in main.finditer(folded, pos, stop):
            if verb.start() > pos:  # not the relative's own auxiliary: "qui avaient fui"
                fate = POST.match(folded, verb.start(), end)
                if fate is not None:
                    return fate
    return None


def _after_aside(folded: str, pos: int, end: int) -> re.Match[str] | None:
    """The fate told after an aside opening at the comma at `pos` and closing at a
    later comma, however many commas it holds ("dont des enfants, des femmes et des
    vieillards,"), within `_ASIDE_REACH` characters and the clause."""
    stop = min(end, pos + _ASIDE_REACH)
    bound = _CLAUSE_END.search(folded, pos + 1, stop)
    stop = bound.start() if bound else stop
    comma = folded.find(",", pos + 1, stop)
    while comma != -1:
        fate = POST.match(folded, comma + 1, end)
        if fate is not None:
            return fate
        comma = folded.find(",", comma + 1, stop)
    return None


# Where they were from, set off by a comma its writer did not close: "trois individus
# originaires du quartier de Saintard, aux environs de Cariès ont été tués" (french-p
# study: no claim); a few words after a word of place.
_WHERE_OPENS = re.compile(
    r",\s*(?:aux\s+environs|non\s+loin|près|à\s+proximité|au\s+nord|au\s+sud|à\s+l[’']est|"
    r"à\s+l[’']ouest)\s+d[e’u]"
)
_WORD = re.compile(r"(?:\s*[’']\s*|\s+)?[\w-]+")
_WHERE_WORDS = 6


def _after_where(folded: str, pos: int, end: int) -> re.Match[str] | None:
    """The fate told after a place opening at the comma at `pos` ("_WHERE_OPENS") and
    running a few words (`_WHERE_WORDS`), no comma closing it."""
    opens = _WHERE_OPENS.match(folded, pos, end)
    if opens is None:
        return None
    at = opens.end()
    for _ in range(_WHERE_WORDS):
        word = _WORD.match(folded, at, end)
        if word is None:
            return None
        at = word.end()
        fate = POST.match(folded, at, end)
        if fate is not None:
            return fate
    return None


# An aside set off by dashes: "Huit civils – dont trois femmes – ont été tués".
_DASH_OPENS = re.compile(r"\s*(?P<dash>[–—]|(?<=\s)-(?=\s))")


def _after_dashes(folded: str, dash: re.Match[str], end: int) -> re.Match[str] | None:
    """The fate told after an aside opening at the dash `dash` found and closing at the
    same dash, within `_ASIDE_REACH` characters and the clause."""
    stop = min(end, dash.end() + _ASIDE_REACH)
    bound = _CLAUSE_END.search(folded, dash.end(), stop)
    stop = bound.start() if bound else stop
    closing = folded.find(dash.group("dash"), dash.end(), stop)
    if closing == -1:
        return None
    return POST.match(folded, closing + 1, end)


def main_fate(folded: str, pos: int, end: int) -> re.Match[str] | None:
    """The fate the main verb after `pos` tells (`fate_after` from its auxiliary), past a
    participle phrase: "trois des quatre casques bleus portés disparus après l'attaque
    ... ont été retrouvés morts" (from after "casques bleus"); the first plural
    auxiliary within `_RELATIVE_REACH` characters and the clause, not a relative
    clause's ("qui avaient été enlevés"). None where there is none or it tells no fate."""
    stop = min(end, pos + _RELATIVE_REACH)
    bound = _RELATIVE_END.search(folded, pos, stop)
    stop = bound.start() if bound else stop
    for verb in _MAIN_VERB.finditer(folded, pos, stop):
        if not folded[max(pos, verb.start() - 4) : verb.start()].endswith("qui"):
            return fate_after(folded, verb.start(), end)
    return None
