"""Who says so, in French: "selon l'armée tchadienne", "d'après des sources
locales", "de source sécuritaire", "l'état-major a annoncé", "a déclaré le
porte-parole", "a-t-il indiqué"; and the doubt a French report marks, the
conditional of an unconfirmed figure ("auraient été tués", "aurait fait").

`find_speakers(text, start, end)` gives `speaker_phrase.Speaker` values, the
English reader's shape, each with the clause it speaks for, so the pipeline's
`attribution.speaker_for` picks a figure's voice the same way in both languages.
"""

from __future__ import annotations

import re

from workbench.extract.casefold import fold
from workbench.extract.french.calendar_words import DAYS
from workbench.extract.speaker_phrase import Speaker

_SAY = (
    r"déclar|indiqu|affirm|annonc|précis|rapport|confirm|expliqu|assur|soulign|ajout|estim|"
    r"dénonc|revendiqu|signal|fait\s+savoir|fait\s+état|évoqu|avanc|fourni|communiqu|"
    r"prétend|alléqu|allègu|reconn|démenti|dément|nié|insist|parl|avert|alert|dénombr|recens"
)
_SAID = rf"(?:{_SAY})(?:é|ée|és|ées|e|ent|ait|aient|i|u)?"
# Verbs that doubt what they report: the voice asserts it, the writer does not.
_HEDGING = re.compile(r"prétend|allégu|allègu|revendiqu|affirm")
# A voice as a noun phrase: up to the next comma, stop, quote or clause word.
_NAME = r"(?P<name>[^,.;:«»\"()]{2,80}?)"
_END = r"(?=\s*(?:[,.;:«»\"()]|$|\s+(?:qui|que|dont|lors|alors|après|avant|et\s+(?:a|ont))\b))"
_ACCORDING = re.compile(
    rf"(?<![\w])(?:selon|d[’']après|de\s+l[’']avis\s+d[e’'])\s+{_NAME}{_END}"
    rf"|(?<![\w])de\s+(?P<source>sources?\s+[a-zà-ÿ-]+(?:\s+[a-zà-ÿ-]+)?){_END}"
)
# "l'armée a annoncé", "les autorités locales ont indiqué", "les rebelles affirment"
_SUBJECT_SAYS = re.compile(
    rf"(?:^|[,.;:]\s*|(?<=\s))(?P<name>(?:l[’']|le\s+|la\s+|les\s+|un\s+|une\s+|des\s+)"
    rf"[^,.;:«»\"()]{{2,60}}?)\s+(?:(?:a|ont|avait|avaient)\s+(?:également\s+|aussi\s+)?{_SAID}"
    rf"|(?:{_SAY})(?:e|ent))(?![\w])"
)
# ", a déclaré le porte-parole de l'armée", ", a-t-il indiqué", ", a également déclaré
# le ministre", ", a, pour sa part, indiqué vendredi Vadym Filachkine"; ", affirme X"
_ADVERB = r"(?:\s*,\s*pour\s+sa\s+part\s*,|\s+également|\s+aussi|\s+encore|\s+ensuite)?"
_WHEN = rf"(?:\s+(?:{DAYS}|hier|aujourd[’']hui))?"
_INVERTED = re.compile(
    rf",\s*(?:a|ont|avait)(?:-t)?(?:-(?P<pronoun>il|elle|ils|elles))?{_ADVERB}\s*{_SAID}"
    rf"(?:{_WHEN}\s+{_NAME}{_END})?"
)
_INVERTED_PRESENT = re.compile(rf",\s*(?:{_SAY})e(?:nt)?\s+{_NAME}{_END}")
# An armed forces' statement: "dans un communiqué, l'état-major des armées ..."
_STATEMENT = re.compile(
    r"(?:dans|par)\s+(?:un|le)\s+communiqué(?:\s+(?:publié|diffusé|rendu\s+public))?"
    r"(?:\s+[^,]{0,40})?,\s*(?P<name>[^,.;:]{2,60}?)\s+(?:a|ont)\s"
)
# A voice's figures given by another's words: "suivant les chiffres fournis par le
# ministère", "selon un bilan établi par l'ONU".
_FIGURES_BY = re.compile(
    rf"(?<![\w])(?:chiffres|bilan|données|statistiques|estimations)\s+(?:fournis|fournies|"
    rf"publiés|publiées|communiqués|établis|établi|donnés|diffusés|compilés|officiels)?\s*"
    rf"(?:par|de|du|des)\s+{_NAME}{_END}"
)
# A named person before the verb, capitalised: "Vadym Filachkine a indiqué"; read on
# the text as written.
_NAMED_SAYS = re.compile(
    rf"(?P<name>(?<![\w’'])[A-ZÀ-Ý][\w’'-]+(?:\s+[A-ZÀ-Ý][\w’'-]+){{1,3}})\s+(?:a|avait)\s+"
    rf"(?:également\s+|aussi\s+)?(?:{_SAY})é"
)
# What stands where a voice would and is a time: "a annoncé le même jour que".
_TIME_WORDS = re.compile(
    r"^(?:le\s+même\s+jour|ce\s+|cette\s+|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
    r"hier|aujourd|la\s+veille|le\s+lendemain|dans\s+|en\s+|mercredi|que\b)"
)
_CONDITIONAL = re.compile(
    r"(?<![\w])(?:aurai(?:en)?t|serai(?:en)?t)\s+(?:été\s+|fait|péri|perdu|trouvé|tué|blessé|"
    r"mort|décédé|enlevé|disparu)|(?<![\w])(?:non\s+confirmé|pas\s+été\s+confirmé|"
    r"invérifiable|pas\s+pu\s+être\s+vérifié|de\s+sources?\s+non\s+officielles?)"
)
_PERSON = re.compile(
    r"porte-parole|ministre|président|général|colonel|maire|préfet|gouverneur|"
    r"chef|directeur|commandant|responsable|témoin|habitant|m\.\s|mme\s"
)


def find_speakers(text: str, start: int, end: int) -> list[Speaker]:
    """The voices `text[start:end]` names for what it reports, in order; each speaks
    for the whole sentence (clause None) unless the pipeline narrows it."""
    folded = fold(text)
    found: list[Speaker] = []
    patterns = (_ACCORDING, _FIGURES_BY, _SUBJECT_SAYS, _INVERTED, _INVERTED_PRESENT, _STATEMENT)
    matches = [m for p in patterns for m in p.finditer(folded, start, end)]
    for match in [*_NAMED_SAYS.finditer(text, start, end), *matches]:
        speaker = _speaker(text, match)
        if speaker is not None and not any(_overlaps(speaker, s) for s in found):
            found.append(speaker)
    return sorted(found, key=lambda s: s.start)


def hedged(text: str, start: int, end: int) -> bool:
    """Whether the sentence marks its figures as unconfirmed: the conditional of a
    reported toll ("auraient été tués", "aurait fait 12 morts"), "non confirmé"."""
    return _CONDITIONAL.search(fold(text), start, end) is not None


def _speaker(text: str, match: re.Match[str]) -> Speaker | None:
    names = match.re.groupindex
    group = next((g for g in ("name", "source", "pronoun") if g in names and match.group(g)), None)
    if group is None:
        return None
    s, e = match.span(group)
    name = " ".join(text[s:e].split()).rstrip(",")
    if not name or _TIME_WORDS.match(name.lower()):
        return None
    said = match.group(0)
    return Speaker(
        start=s,
        end=e,
        name=name,
        person=group == "pronoun" or bool(_PERSON.search(name.lower())),
        hedging=bool(_HEDGING.search(said)),
        leads=match.re is _SUBJECT_SAYS or match.re is _STATEMENT,
    )


def _overlaps(a: Speaker, b: Speaker) -> bool:
    return a.start < b.end and b.start < a.end
