"""The wounded whose deaths a sentence tells are dead (a Haitian trial's "décès").

"The hospital announced the deaths of 9 wounded people", "the death of two of the
injured", "le décès de 9 blessés", "la mort d'un blessé": the figure counts wounded
people who died, so it is a count of the dead, not of the wounded. Read by its noun
alone, it came out `wounded`, and the toll the sentence brought it to ("portant le
total à 20") a second count of the wounded. So too a count of no harm after a noun of
wounding ("the wounding of 12 others", "the injuring of 7 more", "and wounding of one
soldier": not a count of troops) counts the wounded.

A reading of the wounded whose figure stands right after a noun of death and "of" or
"de" ("deaths of", "death of the", "décès de", "décès d'", "mort de", "morts de"), or
whose noun a verb of death follows ("two more wounded police officers succumbed",
"five critically injured patients died"), or "who" and their death ("injured a child
who later died"; French «un blessé ayant succombé», «deux blessés, qui ont succombé»),
becomes `killed`; "the deaths of nine
people and the wounding of 12 others" is read as before (its 12 after no death noun).
"""

from __future__ import annotations

import re
from dataclasses import replace

from workbench.extract.claims import Reading
from workbench.models import Category

# Run over folded text, ending where the figure starts.
_DEATH_OF = re.compile(
    r"(?<![a-z])(?:deaths?\s+of(?:\s+the)?|d[ée]c[èe]s\s+(?:de\s+|d['’])|"
    r"(?:la\s+)?morts?\s+(?:de\s+|d['’]))\s*$"
)
_REACH = 24  # characters before a figure that may hold `_DEATH_OF` or `_WOUNDING_OF`
# Run over folded text from the figure's end: the wounded it counts died, their verb
# after their noun ("two more wounded police officers succumbed to their injuries",
# "five critically injured patients died in hospital"); not across a comma ("Four
# were wounded, and one died") nor a clause of more words.
_DIED_AFTER = re.compile(
    r"(?:\s+(?:more|other|critically|seriously|severely|badly|gravely))*\s+(?:wounded|"
    r"injured|hurt)(?:\s+[a-z-]+){0,3}?(?:\s+(?:later|subsequently|eventually|also|then|"
    r"have|has|had))*\s+(?:died|succumbed|passed\s+away|perished)(?![a-z])"
)
# Run over folded text from a wounded reading's end: its one victim died, told by "who"
# right after them ("injured a child who later died in hospital", "wounding a farmer,
# who died on the way to the clinic"); not "the relatives of those who died". Of
# several ("injured two children who later died") it may tell the last named only.
_WHO_DIED = re.compile(
    r"\s*,?\s+who\s+(?:had\s+|have\s+|has\s+)?(?:(?:later|subsequently|eventually|then|both|"
    r"all|also)\s+)*(?:died|succumbed|passed\s+away|perished)(?![a-z])"
)
# ... in French, a participle or "qui" right after them: «un blessé ayant succombé jeudi
# soir» (trial 79: read as one wounded), «deux blessés, qui ont succombé à leurs
# blessures», «un blessé étant décédé»; not «un blessé ayant été transféré».
_FRENCH_WHO_DIED = re.compile(
    r"\s*,?\s+(?:ayant|[ée]tant|qui\s+(?:a|ont|avait|avaient|est|sont|[ée]tait|[ée]taient))\s+"
    r"(?:(?:finalement|ensuite|depuis|plus\s+tard|par\s+la\s+suite)\s+)?"
    r"(?:succomb[ée]e?s?|d[ée]c[ée]d[ée]e?s?|morte?s?)(?![\w])"
)
# ... or their killing right after the wound, the same people's: "A journalist was
# stabbed and killed" (one death, not a wound and a death).
_AND_KILLED = re.compile(
    r"\s+and\s+(?:(?:later|then|subsequently)\s+)?(?:killed|murdered|executed|shot\s+dead)"
    # no object of its own after it ("wounded a handler and killed his dog", "killed
    # another", "killed approximately eight"): its clause ends, or a time or an agent
    r"(?=\s*(?:[.,;:)]|$)|\s+(?:by|on|in|at|near|outside|inside|along|during|when|after|while|"
    r"following|overnight|yesterday|last)\b)"
)
# The fate words of a wound told as such: "were wounded and killed" tells two fates.
_HURT_WORD = re.compile(r"(?<![a-z])(?:wounded|injured|hurt|injuring|wounding)(?![a-z])")
# ... or, the wounded a sentence's subject told by a bare participle ("A 54-year-old
# woman injured when a roadside bomb went off ... died later at Bacho Hospital"), its
# own verb of death later in the sentence, told as later or in hospital; no other count
# between.
_SUBJECT_DIED_LATER = re.compile(
    r"[^.;:\d]{0,150}?\s(?:(?:later|subsequently|eventually)\s+)?(?:died|succumbed)"
    r"(?=\s+(?:later|subsequently|in\s+(?:the\s+)?hospital|at\s+(?:the\s+|a\s+)?[\w\s]{0,30}?"
    r"hospital|(?:of|to)\s+(?:his|her|their)\s+(?:injuries|wounds)|on\s+the\s+way))"
    # or the verb of death right after an aside that told the hurt ("A man, injured by his
    # neighbours over a land dispute, succumbed"; acled-o study: read as wounded)
    r"|[^,.;:\d]{0,150}?,\s+(?:(?:later|subsequently|eventually)\s+)?"
    r"(?:died|succumbed|passed\s+away)(?![a-z])"
)
_BARE_HURT = re.compile(r"(?:injured|wounded|hurt)$")
_AUXILIARY = re.compile(r"(?<![a-z])(?:was|were|is|are|been|had|has|have)(?![a-z])")
# another count between the wounded and the death: "Four were wounded, and one died"
_OTHER_COUNT = re.compile(
    r"(?<![a-z])(?:one|two|three|four|five|six|seven|eight|nine|ten|some|several|many|others?)"
    r"(?![a-z])"
)
# The same for a harm that wounds: "the wounding of 12 others", "the injuring of 7 more"
# (read as `other` by their noun, which names no harm).
_WOUNDING_OF = re.compile(r"(?<![a-z])(?:wounding|injuring|maiming)\s+of(?:\s+the)?\s*$")


def wounded_who_died(folded: str, readings: list[Reading]) -> list[Reading]:
    """`readings` (one sentence's, in order), each count of the wounded told as their
    deaths read as killed, and so each bare figure after it that took its noun from
    it ("Le décès d'un blessé a porté le total à trois": three dead)."""
    out: list[Reading] = []
    died: set[str | None] = set()
    for r in readings:
        if r.category in (Category.OTHER, Category.TROOPS):
            r = _wounded(folded, r)
        if r.category is Category.WOUNDED:
            new = _died(folded, r)
            if new is not r:
                died.add(r.subject)
            elif r.subject in died and (r.start, r.end) == (r.quantity.start, r.quantity.end):
                new = replace(r, category=Category.KILLED)
            r = new
        out.append(r)
    return out


def _wounded(folded: str, reading: Reading) -> Reading:
    at = reading.quantity.start
    if _WOUNDING_OF.search(folded, max(0, at - _REACH), at) is None:
        return reading
    return replace(reading, category=Category.WOUNDED)


def _died(folded: str, reading: Reading) -> Reading:
    at = reading.quantity.start
    before = _DEATH_OF.search(folded, max(0, at - _REACH), at)
    if (
        before is None
        and _DIED_AFTER.match(folded, reading.quantity.end) is None
        and not (reading.quantity.high == 1 and _WHO_DIED.match(folded, reading.end))
        and not _FRENCH_WHO_DIED.match(folded, reading.end)
        and not _stabbed_and_killed(folded, reading)
        and not _subject_died_later(folded, reading)
    ):
        return reading
    return replace(reading, category=Category.KILLED)


def _subject_died_later(folded: str, reading: Reading) -> bool:
    """Whether `reading`, a sentence's subject told as "<people> injured" with no
    auxiliary, dies later in its sentence (`_SUBJECT_DIED_LATER`)."""
    opens = reading.start == 0 or folded[max(0, reading.start - 2) : reading.start] in (". ", "\n")
    said = folded[reading.start : reading.end]
    bare = _BARE_HURT.search(said) is not None and _AUXILIARY.search(said) is None
    later = _SUBJECT_DIED_LATER.match(folded, reading.end)
    return opens and bare and later is not None and not _OTHER_COUNT.search(later.group(0))


def _stabbed_and_killed(folded: str, reading: Reading) -> bool:
    """Whether `reading`, a wound told by its act ("was stabbed"), goes on into the same
    people's killing ("and killed"); not a wound told as such ("were wounded and
    killed": two fates, which befell whom unsaid)."""
    said = folded[reading.start : reading.end]
    return _HURT_WORD.search(said) is None and _AND_KILLED.match(folded, reading.end) is not None
