"""Tolls of none: "no civilians were killed", "No one was hurt", "not a single soldier
was killed", "there were no casualties", "No fatalities were reported". Each is a claim
of the figure 0, with its people where named, so that the other side's toll can
contradict it and an event's low can stand at 0 on a voice's word (trials 70 and 71:
the coalition's "no civilians were killed" against the Houthis' 15 gave no claim, so the
dispute had no link and the two sides' figures were added).

Only a toll told done (a past or perfect passive, or a noun of casualties with "no"):
not an aim ("to ensure no civilians are harmed"), not "no one else" or "no other" (no
more beyond a toll told: no figure of its own), not a thing ("no vehicles were hit").
"""

from __future__ import annotations

import re

from workbench.extract.claims import Reading
from workbench.extract.lexicon import NOUN_CLASS, PEOPLE, SINGULAR_CLASS, NounClass
from workbench.extract.numbers import Quantity
from workbench.models import Category

# The fate of none, by the participle or noun that tells it. "Harmed" tells neither a
# death nor a wound apart: none dead is what a denial of harm first says.
_FATES = {
    "killed": Category.KILLED,
    "dead": Category.KILLED,
    "harmed": Category.KILLED,
    "hurt": Category.WOUNDED,
    "injured": Category.WOUNDED,
    "wounded": Category.WOUNDED,
    "kidnapped": Category.KIDNAPPED,
    "abducted": Category.KIDNAPPED,
    "casualties": Category.KILLED,
    "fatalities": Category.KILLED,
    "deaths": Category.KILLED,
    "injuries": Category.WOUNDED,
}
# None of the people, then a done passive or a death: "no civilians were killed",
# "nobody was hurt", "not a single soldier has been killed", "not one policeman died"
_NONE_PASSIVE = re.compile(
    r"(?<![\w-])(?P<none>nobody|no\s+one|no-one|no(?:\s+single)?|not\s+(?:a\s+single|one|a)"
    r"|none\s+of\s+(?:the|its|their|our))"
    r"(?:\s+(?P<noun>(?:[a-z-]+\s+)?[a-z-]+?))??"
    r"(?:\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+"
    r"(?:(?:reportedly|immediately|seriously|fatally|either)\s+)?"
    r"(?P<fate>killed|dead|harmed|hurt|injured|wounded|kidnapped|abducted)"
    r"|\s+(?:has\s+|have\s+)?(?P<died>died|perished))(?![\w-])"
)
# A noun of casualties with "no": "there were no casualties", "No fatalities were
# reported", "no deaths have been recorded", an ACLED coder's "No fatalities."
_NO_CASUALTIES = re.compile(
    r"(?<![\w-])(?:there\s+(?:were|was|have\s+been|had\s+been)\s+)?no\s+(?:(?:immediate|"
    r"reported|known|civilian|human)\s+)?(?P<fate>casualties|fatalities|deaths|injuries)"
    r"(?=\s*(?:[.;,]|$|\s+(?:were|was|have\s+been|had\s+been)\s+(?:reported|recorded|registered"
    r"|confirmed)\b|\s+(?:in|among|on|from|during|after|following|as\s+a\s+result\s+of"
    # "there were no deaths as a result of the attack" (trial 74d: no claim)
    r"|because\s+of|due\s+to)\s))"
)


# Officials' standard phrase of none (trial 77: the Ghana Police's "no lives were lost in
# Wednesday's incident" gave only its wounded): "no lives were lost", "no life has been
# lost", "no human lives were lost", "there was no loss of life", "no loss of life was
# recorded", "the attack was repelled without (any) loss of life", "nobody lost their
# life". Not "the loss of life was heavy", nor an aim ("to avoid loss of life", "to ensure
# no lives are lost": no past), nor "no further/more/other lives" (beyond a toll told).
_NO_LIVES_LOST = re.compile(
    r"(?<![\w-])(?:no\s+(?:(?:human|civilian)\s+)?li(?:fe|ves)\s+(?:was|were|has\s+been|have\s+been"
    r"|had\s+been)\s+(?:reportedly\s+)?lost"
    r"|(?:there\s+(?:was|has\s+been|had\s+been)\s+)?no\s+(?:(?:reported|human|civilian)\s+)?loss"
    r"(?:es)?\s+of\s+(?:human\s+)?li(?:fe|ves)(?=\s*(?:[.;,]|$|\s+(?:was|were|has\s+been|have\s+been"
    r"|had\s+been)\s+(?:reported|recorded|registered|confirmed)\b|\s+(?:in|among|on|from|during"
    r"|after|following|as\s+a\s+result\s+of|because\s+of|due\s+to)\s))"
    r"|(?P<without>without\s+(?:any\s+)?loss\s+of\s+(?:human\s+)?li(?:fe|ves))"
    r"|(?:nobody|no\s+one|no-one)\s+(?:has\s+|had\s+)?lost\s+(?:his|her|their|a)\s+li(?:fe|ves))"
    r"(?![\w-])"
)


# None at one site: "Nobody died at our hospital" is the hospital's none, no toll of the
# incident (trial 71b: it contradicted the police's 11 dead of the bombing)
_AT_A_SITE = re.compile(
    r"\s+(?:at|in|inside)\s+(?:our|the|this|that|their)\s+(?:[a-z-]+\s+)?(?:hospitals?|clinics?|"
    r"health\s+cent(?:re|er)s?|facility|facilities|wards?|morgue)\b"
)


def zero_readings(text: str, folded: str, start: int, end: int) -> list[Reading]:
    """A reading of the figure 0 for each toll of none in `text[start:end]` (`folded` its
    lower-cased copy), its span from "no" to the fate, its people as `text` writes them
    ("No AUSSOM soldiers": a force named, no other's soldiers); [] where there is none."""
    if folded.find("no", start, end) < 0 and folded.find("without", start, end) < 0:
        return []  # most sentences tell none
    readings = [_passive(text, m) for m in _NONE_PASSIVE.finditer(folded, start, end)]
    readings += [_noun(m) for m in _NO_CASUALTIES.finditer(folded, start, end)]
    readings += [_lives(folded, m, start) for m in _NO_LIVES_LOST.finditer(folded, start, end)]
    return [r for r in readings if r is not None and not _AT_A_SITE.match(folded, r.end, end)]


def _passive(text: str, match: re.Match[str]) -> Reading | None:
    noun = match.group("noun")
    cls = NounClass.PERSON
    if noun:
        head = noun.split()[-1]
        found = NOUN_CLASS.get(head) or SINGULAR_CLASS.get(head)
        if found not in PEOPLE or head in ("else", "other", "others"):
            return None  # "no vehicles were hit", "no one else was killed"
        cls = found
    elif match.group("none").startswith(("not", "none")):
        return None  # "not a was killed": no people named
    written = text[match.start("noun") : match.end("noun")] if noun else None
    return zero_reading(match, _FATES[match.group("fate") or "killed"], written, cls)


def _noun(match: re.Match[str]) -> Reading:
    return zero_reading(match, _FATES[match.group("fate")], None, NounClass.PERSON)


# "without loss of life" tells a toll only of a deed done ("was repelled", "repulsed the
# attack"), not of an aim or a wish ("to end the siege without loss of life")
_DONE = re.compile(r"(?<![\w-])(?:was|were|been|[a-z]+ed)(?![\w-])")
_AIM = re.compile(
    r"(?<![\w-])(?:to|will|would|could|should|must|can|hope[sd]?|aim(?:s|ed)?|tried|try)"
    r"(?![\w-])(?:\s+\S+){0,6}\s*$"
)


def _lives(folded: str, match: re.Match[str], start: int) -> Reading | None:
    if match.group("without"):
        before = folded[start : match.start()]
        if _AIM.search(before) or not _DONE.search(before):
            return None
    return zero_reading(match, Category.KILLED, None, NounClass.PERSON)


def zero_reading(
    match: re.Match[str], category: Category, noun: str | None, cls: NounClass
) -> Reading:
    """The reading of 0 `category` over `match`'s span, counting `noun` of class `cls`."""
    start, end = match.start(), match.end()
    none = Quantity(start, end, 0, 0, 0, "exact", words=True)
    return Reading(none, category, start, end, noun, cls, None)
