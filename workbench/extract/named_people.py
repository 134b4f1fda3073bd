"""Whom "he said" and "she said" name (issue 13, kinds37): the person the paragraph, or
the paragraph before it, named last with a title or a full name, whether or not that
person spoke there.

"Governor Ali Musa toured the camp. 'We counted 40 graves,' he said." is Ali Musa's
figure; so is "Amina Obi, the district commissioner, visited Kuri." before "She said
300 families had fled", and "Jean Bosco" before "he added" where the sentence before
names no speaker at all. `voices.resolve` looked only at speakers named before; the
people named here join them, nearest first (`people_before`).

A person is named by a title before the name ("Police spokesman Peter Mwangi", "Dr
Halima Yusuf", "Mr Ochieng"), a name before an apposition that gives a title
("Amina Obi, the district commissioner,"), or a full name of two or three capitalised
words that is no place the sentence names, no group, no body ("Red Cross", "Boko
Haram", "Human Rights Watch"), no day nor month, and that opens its sentence only
before a verb ("Jean Bosco runs the clinic"); or by a role of a named body that opens
its sentence ("A spokesman for the White Army rejected the figures").
A person told dead in the clause that names him ("gunmen shot dead Musa Garba") does
not speak after it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from workbench.extract.not_places import is_group
from workbench.extract.place_mention import PlaceMention
from workbench.extract.sentences import Sentence
from workbench.extract.speaker_phrase import Speaker
from workbench.extract.voicewords import ORGANISATION, SPEAKER_NOUNS

_NAME_WORD = r"(?:[A-Z][a-z]+(?:[-’'][A-Z]?[a-z]+)?|[A-Z]\.)"
_NAME = rf"{_NAME_WORD}(?:\s+(?:(?:de|van|von|al|el|bin|ibn|da|dos)\s+)?{_NAME_WORD}){{0,2}}"
_TITLES = (
    r"(?:[Pp]resident|[Gg]overnor|[Gg]eneral|[Gg]en\.?|[Cc]olonel|[Cc]ol\.?|[Mm]ajor|[Mm]aj\.?|"
    r"[Cc]aptain|[Cc]apt\.?|[Ll]ieutenant|[Ll]t\.?|[Ss]ergeant|[Ss]gt\.?|[Bb]rigadier|"
    r"Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Prof\.?|[Pp]rofessor|[Mm]inister|[Cc]ommissioner|[Cc]ommander|"
    r"[Mm]ayor|[Ss]enator|[Ss]en\.?|[Rr]ep\.?|[Cc]hief|[Bb]ishop|[Ii]mam|[Pp]astor|[Ff]ather|"
    r"[Ss]heikh|[Jj]udge|[Ss]pokes(?:man|woman|person)|[Cc]hairman|[Cc]hairwoman|[Dd]irector|"
    r"[Ss]ecretary|[Aa]mbassador|[Ii]nspector|[Ss]uperintendent|[Cc]ouncillor|[Ll]awmaker|"
    r"[Ee]nvoy|[Pp]refect|[Aa]dministrator|[Cc]oordinator|[Ss]pokesperson|[Oo]fficer|"
    r"[Ss]pokesmen|[Hh]ead|[Ll]eader|[Ee]lder|[Pp]riest|[Cc]leric|[Aa]ctivist|[Jj]ournalist|"
    r"[Ww]itness|[Rr]esident|[Dd]octor|[Nn]urse|[Cc]hairperson|[Dd]eputy)"
)
_TITLED = re.compile(rf"(?<![\w-]){_TITLES}\s+(?P<name>{_NAME})(?![\w’'-]|\s+[A-Z])")
_APPOSED = re.compile(
    rf"(?<![\w’'-])(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}}),\s+(?:the|a|an|[A-Z][\w’'-]*[’']s)"
    rf"\s+(?:[\w’'-]+\s+){{0,4}}?{_TITLES}(?![\w-])"
)
_FULL = re.compile(
    rf"(?<![\w’'-])(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}})(?![\w’'-]|\s+[A-Z])"
)
# A role of a named body opening its sentence, its subject: "A spokesman for the White
# Army, who spoke on condition of anonymity, rejected the army's figures. He said only
# seven of its fighters were killed" (trial 70: the seven were the army spokesman's, the
# last speaker named).
_ROLE = re.compile(
    r"(?P<name>(?:[Aa]n?|[Tt]he)\s+(?:[a-z][\w-]*\s+)?(?:spokes(?:man|woman|person)|commander|"
    r"official|leader|representative|elder|chief|member)\s+(?:for|of)\s+(?:the\s+)?"
    r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,4})"
)
# After a full name that opens its sentence, a verb in lower case: "Jean Bosco runs".
_VERB_AFTER = re.compile(r",?\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|s)\b")
_NOT_NAMES = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may "
    "june july august september october november december the a an in on at of for from to by "
    "with after before during and but or police army state federal national north south east "
    "west northern southern eastern western central local government new old great upper lower "
    "united republic islamic democratic people people’s international christian muslim "
    "catholic saint st mount lake river rights watch cross crescent nations forces council union "
    "security human red amnesty doctors borders aid relief front movement coalition alliance "
    "brigade brigades battalion division region province district county state city town "
    "village camp hospital school university airport road street market mosque church".split()
)
_BEFORE_A_PLACE = re.compile(r"(?:\b(?:the|of|in|at|from|to|near|into|across)\s+)$", re.I)
_DEAD_HERE = re.compile(
    r"\b(?:killed|killing|dead|died|death|body|bodies|slain|murdered|executed|beheaded|"
    r"assassinated|lynched|remains|funeral|buried)\b",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"[;.!?]")
# The person's own death told right after the name: "Ali Musa, 45, was shot dead", "a
# woman, Madobe Nunow, was beheaded" (the name an apposition, its comma closing it).
_DEAD_AFTER = re.compile(
    r"(?:\s*,[^,;.]{0,40},)?,?\s+(?:was|were|had\s+been|has\s+been|is)\s+(?:\w+ly\s+)?"
    r"(?:killed|shot|murdered|executed|beheaded|assassinated|lynched|slain|found\s+dead|dead|"
    r"abducted|kidnapped)\b|\s+(?:died|dies)\b",
    re.IGNORECASE,
)
_SEARCHED = 12  # sentences searched back at most, whatever the paragraphs' length


def people_named(text: str, start: int, end: int, places: Sequence[PlaceMention]) -> list[Speaker]:
    """The people `text[start:end]` names with a title or a full name, in text order, as
    speakers that are persons (not told dead where they are named)."""
    found: dict[int, Speaker] = {}
    for pattern in (_TITLED, _APPOSED, _FULL):
        for match in pattern.finditer(text, start, end):
            at, stop = match.start("name"), match.end("name")
            name = match.group("name")
            if any(at < s.end and s.start < stop for s in found.values()):
                continue
            if any(w.lower().strip(".") in _NOT_NAMES for w in name.split()[:1]):
                continue  # "In Maiduguri, the mayor": a preposition, no name
            if pattern is _FULL and not _full_name(text, start, at, stop, places):
                continue
            if pattern is _TITLED and len(name) < 3:
                continue
            if _told_dead(text, start, end, at, stop):
                continue
            found[at] = Speaker(at, stop, name, True)
    role = _ROLE.match(text, _opening(text, start, end))
    if role is not None and not any(
        role.start() < s.end and s.start < role.end() for s in found.values()
    ):
        found[role.start()] = Speaker(role.start(), role.end(), role.group("name"), True)
    return [found[at] for at in sorted(found)]


def _opening(text: str, start: int, end: int) -> int:
    """Where the words of `text[start:end]` begin, past quotes and brackets."""
    while start < end and text[start] in " \"“”'‘’(":
        start += 1
    return start


def _full_name(text: str, start: int, at: int, stop: int, places: Sequence[PlaceMention]) -> bool:
    """Whether two or three capitalised words are a person's full name: none of them a
    word of a place, a body or a time, no group, no place the sentence names, not
    after a preposition; opening its sentence, only before a verb ("Jean Bosco runs")."""
    name = text[at:stop]
    if any(w.lower().strip(".") in _NOT_NAMES for w in name.split()):
        return False
    if ORGANISATION.search(name) or SPEAKER_NOUNS.search(name) or is_group(name):
        return False
    if _BEFORE_A_PLACE.search(text, max(start, at - 8), at):
        return False  # "in Kuri Town", "the Boko Haram": a place or a body
    if not text[start:at].strip(" \"“”'‘’(") and not _VERB_AFTER.match(text, stop):
        return False
    return not any(p.start < stop and at < p.end for p in places)


def _told_dead(text: str, start: int, end: int, at: int, stop: int) -> bool:
    """Whether a person is named as the dead ("gunmen shot dead Musa Garba, a trader",
    "the body of Ali Musa", "Ali Musa was killed"): a victim, no speaker after it. A
    death told further off in the clause ("Governor Ali Musa visited the site where 12
    were killed") is not his."""
    before = max((m.end() for m in _CLAUSE_END.finditer(text, start, at)), default=start)
    if _DEAD_HERE.search(text, max(before, at - 40), at):
        return True
    return _DEAD_AFTER.match(text, stop, end) is not None


def people_before(
    sentences: Sequence[Sentence],
    index: int,
    speaker: Speaker,
    named: Callable[[int], list[Speaker]],
) -> list[Speaker]:
    """The people named before `speaker` in sentence `index`, then in the sentences
    before it of its paragraph and of the paragraph before, nearest first; `named(i)`
    gives the people sentence `i` names."""
    block = sentences[index].block
    people = [p for p in reversed(named(index)) if p.end <= speaker.start]
    for back in range(index - 1, max(-1, index - _SEARCHED), -1):
        if sentences[back].block < block - 1:
            break
        people.extend(reversed(named(back)))
    return people


def nearest_first(speakers: list[Speaker], people: list[Speaker]) -> list[Speaker]:
    """Speakers and people named, merged nearest first (by where each is named); a
    person named inside a speaker's words is that speaker, whose words are kept ("U.S.
    State Department spokeswoman Victoria Nuland", not "Victoria Nuland")."""
    kept = [p for p in people if not any(s.start <= p.start and p.end <= s.end for s in speakers)]
    return sorted(speakers + kept, key=lambda s: -s.start)
