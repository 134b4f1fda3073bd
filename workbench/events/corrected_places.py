"""Where grouping reads a claim whose place an analyst corrected: with its sentence.

A correction of one claim's place to a place its sentence does not name corrects where
the machine read the sentence's incident (a press release's "killed six soldiers and
four civilians ... and wounded 27", read at "Royal Thai Air Force", corrected to "Preah
Vihear province" from the paragraph before): its sentence's claims, read at the old
place, stay in its event, and one report's tolls are not two incidents for it
(`report_tolls`). Trial 77k: one correction moved three such claims into a new event and
let the corrected claim's new links pull another side's soldiers into its own.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from workbench.match.features import MatchInput


def sentence_place(claim: MatchInput, as_read: Mapping[int, str]) -> str:
    """The place a claim's sentence join keys it by: its own, except where an analyst
    corrected it to a place its sentence does not name, from one it did not name
    either ("Preah Vihear province" for a press release's "killed six soldiers and four
    civilians ... and wounded 27", read at "Royal Thai Air Force"): that corrects where
    the machine read the sentence's incident, and its sentence's other claims, read at
    the same place, stay with it (trial 77k: one claim's correction moved its three
    sentence and report mates into a new event). A corrected place its sentence names
    ("5 killed in X and 3 in Y", the second read at X), or one corrected from a place
    its sentence names ("12 killed and five wounded in Kalemba", the killed moved to
    Goma: the analyst's word against the text), parts it from them, and the regrouping
    line says which claims moved."""
    place = claim.location or ""
    read = as_read.get(claim.id)
    if read is None or not place:
        return place
    sentence = claim.sentence.casefold()
    if _named_in(place, sentence) or _named_in(read, sentence):
        return place  # the text names one of them: the analyst's word on the sentence
    return read


def _named_in(place: str, sentence: str) -> bool:
    """Whether a lower-case sentence names a place phrase (its first part, case aside)."""
    named = place.split(",")[0].strip().casefold()
    return bool(named) and named in sentence


def as_read_place(claim: MatchInput, as_read: Mapping[int, str] | None) -> MatchInput:
    """The claim at its `sentence_place`: one report's tolls at two places are two
    incidents (`report_tolls`) only where the analyst's correction names two."""
    place = sentence_place(claim, as_read or {})
    return claim if place == (claim.location or "") else replace(claim, location=place)
