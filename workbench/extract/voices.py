"""Who says so: speakers named around reporting verbs, and how earlier ones resolve later ones.

"X said", "said X", "according to X", "X told CNN", "X tweeted that"; "she
said" resolved to the speaker named before; "the company said" to the company
named before; a blog post quoting a writer ("Larison pointed out that ...:")
lends that writer to the quoted paragraph; a comment speaks for its commenter
unless it cites someone. "X put the toll at N" names X; in "The army put the toll at
12, while the rebels said 30 died" each figure takes the speaker of its own clause
(`speaker_for`); a dateline ("KABUL (Reuters) -") is never a speaker; whom a
speaker relays ("citing JNIM", "X said, according to Y", "X was quoted by Y as
saying") is its `origin` (relay.py); whom "told" names is a listener, never a speaker.
"""

from __future__ import annotations

import re
from dataclasses import replace

from workbench.extract.attribution import background_voice, voice_clauses
from workbench.extract.casefold import fold
from workbench.extract.claimants import claims_attack, told_by_others
from workbench.extract.dateline import dateline_end
from workbench.extract.dates import MONTH_NAMES_RE
from workbench.extract.fate_words import CLAIMING_EVENTS
from workbench.extract.figure_owners import toll_giver
from workbench.extract.gazetteer import COUNTRY_OF_PLACE, PLACE_NAMES
from workbench.extract.headline_tags import lead_speaker, tag_speaker
from workbench.extract.relay import CLAUSE_RELAY, active_origin, quoted_origin
from workbench.extract.speaker_phrase import (
    Speaker,
    according_speaker,
    interrupted,
    inverted_speaker,
    subject_before,
)
from workbench.extract.speech_verbs import (
    COUNTING,
    DENYING,
    EYEWITNESSES,
    FINDING,
    INQUIRIES,
    PAST_VERB,
    SAYING,
    SAYING_FIRST,
    SEEING,
    SPEECH,
    SPEECH_FIRST,
    TOLD,
    TOLL,
    TOLL_FIRST,
    WITH_SAYING,
)
from workbench.extract.verb_uses import is_noun_use, noun_toll
from workbench.extract.voicewords import looks_like_voice
from workbench.extract.wordindex import WordIndex
from workbench.models import Block, BlockKind

_THAT = re.compile(r"\s+that\s", re.IGNORECASE)
# A passive of report with its agent: "200 kidnappings were recorded by the UN" (not
# "claimed by": who claims the attack, not who counts its dead).
_REPORTED_BY = re.compile(
    r"^(?:reported|recorded|documented|confirmed|announced|stated)$", re.IGNORECASE
)
_BY = re.compile(r"\s+by(?=\s)", re.IGNORECASE)
_AS_BY = re.compile(r"as\s")  # "as reported by", not "assert"
_WHEN = re.compile(
    rf"\s+(?:on\s+\w+day|in\s+(?:{MONTH_NAMES_RE})|last\s+\w+|this\s+\w+|yesterday|today"
    r"|earlier|later|overnight)\b.*$",
    re.IGNORECASE,
)
_HEDGING_VERB = re.compile(r"^(?:claim|claims|claimed|alleged|alleges)$", re.IGNORECASE)
# what a doubting verb claims: "claimed that", "claims to", and with when or where it
# did between ("claimed on Monday that", "claimed in a statement that")
_HEDGING_OBJECT = re.compile(
    r"(?:\s+(?:on|late|early|last|in|via|through|overnight)\b[^,.;:]{0,40}?)?\s+(?:to|that)\b",
    re.IGNORECASE,
)
_PASSIVE = re.compile(r"\b(?:was|were|is|are|be|been|being)\s*$", re.IGNORECASE)
# A verb of report before a fate or an infinitive of report is no speech: "5 said killed",
# "two reported dead", "a strike said to have killed 9" (a hedge; nobody speaks).
# So does a coder's "reported fatalities" ("Unknown reported fatalities coded as 3").
_REPORTED_FATE = re.compile(
    r"\s+(?:killed|dead|wounded|injured|hurt|missing|kidnapped|abducted|kia|wia|fatalities)\b",
    re.IGNORECASE,
)
_SAID_TO = re.compile(r"\s+to\s+(?:be|have|kill)\b", re.IGNORECASE)  # after "said", "reported"
_BRACKETED = re.compile(r"\([^()]*\)")
_QUOTED_BY = re.compile(
    r"\s+(?:as\s+saying\s+)?by\s+(?P<by>[^,.;:“”\"]{1,60}?)(?=\s+as\s+saying\b|\s*[,.;:]|\s*$)",
    re.IGNORECASE,
)
# What a clause says before its speaker when the speaker trails it ("12 died, X said"):
# a figure or a word other than a conjunction or a quotation mark.
_CONTENT = re.compile(
    r"\d|\b(?!(?:and|but|so|yet|while|whereas|although|though)\b)[A-Za-z]{2,}", re.IGNORECASE
)
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)


def mask_brackets(text: str) -> str:
    """`text` with bracketed asides blanked out, offsets kept: "A source (French) says"."""
    return _BRACKETED.sub(lambda m: " " * len(m.group(0)), text)


def find_speakers(
    masked: str, start: int, end: int, folded: str | None = None, words: WordIndex | None = None
) -> list[Speaker]:
    """The speakers named in `masked[start:end]`, unresolved ("she", "the company" stay),
    each with the clause it speaks for and whom it relays; `masked` is the document's
    text through `mask_brackets`, `folded` that in lower case, `words` the span's
    index where the caller has it. A dateline opening the sentence ("GAO, Mali —")
    is passed over."""
    folded = fold(masked) if folded is None else folded
    words = words or WordIndex(masked, start, end, folded)
    verbs = _verbs(masked, folded, words)
    if not verbs:  # most sentences: no dateline to pass over either, nor a verb of saying
        tag = tag_speaker(masked, start, end)  # "... on Kharkiv: Ukrainian officials"
        tag = tag or lead_speaker(masked, start, end)  # "Police: Gunmen kill 3 in Kano"
        return [tag] if tag is not None else []
    start = dateline_end(masked, start, end)
    verbs = [v for v in verbs if v.start() >= start]
    if not verbs:
        return []
    clauses = voice_clauses(folded, start, end, verbs[0].end() if verbs else None)
    verbs = [v for v in verbs if not background_voice(folded, start, end, v.start())]
    found = []
    for verb in verbs:
        speaker = _speaker_at(masked, start, end, verb)
        if speaker is None:
            continue
        clause = next((c for c in clauses if c[0] <= verb.start() < c[1]), (start, end))
        if verb.re in (SAYING, WITH_SAYING):  # "Gunmen killed 12, saying ...": what follows
            clause = (verb.start(), clause[1])
        if speaker.origin is None:
            origin = active_origin(masked, clause[0], clause[1], CLAUSE_RELAY)
            speaker = replace(speaker, origin=origin)
        leads = not _CONTENT.search(masked, clause[0], min(speaker.start, verb.start()))
        claims_it = claims_attack(folded, verb.end())
        found.append(replace(speaker, clause=clause, leads=leads, claimant=claims_it))
    return _relayed_after(masked, told_by_others(found))


# "X said, according to Y": Y relays what X said.
_SAID_ACCORDING = re.compile(
    r"^\s*(?:said|says|stated|reported|told\s+[\w\s]{1,30}?)\s*,\s*according\s+to\s+$",
    re.IGNORECASE,
)


def _relayed_after(text: str, speakers: list[Speaker]) -> list[Speaker]:
    """The speakers with "X said, according to Y" made one: Y, relaying X (as "X,
    quoted by Y," is), so that the figure is Y's relay of X's word, not X's own."""
    merged: list[Speaker] = []
    for speaker in speakers:
        last = merged[-1] if merged else None
        if (
            last is not None
            and speaker.origin is None
            and last.end <= speaker.start
            and _SAID_ACCORDING.match(text[last.end : speaker.start])
        ):
            merged[-1] = replace(speaker, origin=last.name)
            continue
        merged.append(speaker)
    return merged


def gives_toll(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` has someone give a figure ("the army put the death
    toll at", "officials gave a toll of"): its subject counts the dead, it did not
    kill them, so it is the figure's voice and not its actor."""
    return bool(TOLL.search(fold(text[start:end])))


def block_voice(block: Block, lent: str | None) -> str | None:
    """The voice a block speaks in where no sentence names one: a comment's writer,
    or the writer a quoting post lends to the quotation ("X wrote:")."""
    if block.kind is BlockKind.COMMENT:
        return block.commenter or f"commenter (comment {block.comment})"
    return lent


def _verbs(masked: str, folded: str, words: WordIndex) -> list[re.Match[str]]:
    """The reporting verbs of the indexed span and the toll statements ("put the toll
    at"), in order; a toll statement's verb is not read again as a reporting verb."""
    tolls = [m for m in words.matches(TOLL, TOLL_FIRST, on=folded) if not noun_toll(masked, m)]
    taken = {m.start() for m in tolls}
    speech = [
        m
        for m in words.matches(SPEECH, SPEECH_FIRST, on=folded)
        if m.start() not in taken and not is_noun_use(masked, m) and not _reported(masked, m)
    ]
    # "reported" inside "as reported by" is read once, with it
    speech = [m for m in speech if not any(o.start() < m.start() < o.end() for o in speech)]
    saying = list(words.matches(SAYING, SAYING_FIRST, on=folded))
    withs = list(words.matches(WITH_SAYING, ("with",), on=folded))
    # "with witnesses putting the toll at 14": the with clause's, from "with" on
    tolls = [t for t in tolls if not any(w.start() < t.start() < w.end() for w in withs)]
    return sorted(speech + tolls + saying + withs, key=lambda m: m.start())


# a figure right before a verb of report: "up from 12 reported earlier"
_FIGURE_BEFORE = re.compile(
    rf"(?<![\w-])(?:(?:{MONTH_NAMES_RE})\s+)?(?P<figure>\d[\d,.]*|one|"
    r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds)\s+$",
    re.IGNORECASE,
)


def _reported(text: str, verb: re.Match[str]) -> bool:
    """Whether a verb of report is a passive's, with nobody speaking: "5 said killed",
    "a strike said to have killed 9" (not "militants who claim to have killed"), "up
    from 12 reported earlier" (the figure reported)."""
    if _REPORTED_FATE.match(text, verb.end()):
        return True
    if verb.group(0).lower() in ("reported", "given", "announced", "recorded") and (
        (figure := _FIGURE_BEFORE.search(text, max(0, verb.start() - 24), verb.start()))
        and figure.start() == figure.start("figure")  # "on February 14 reported": a day
    ):
        return True  # "up from 12 reported earlier": the figure reported, nobody speaking
    return verb.group(0).lower() in ("said", "reported") and bool(_SAID_TO.match(text, verb.end()))


# A speaker's noun and his name set off after it, right before the verb: the subject,
# so what follows the verb is what is said ("A resident, Musa Ali, said the bandits in
# their numbers on Wednesday moved ...").
_NAMED_SUBJECT = re.compile(
    r"(?:^|[.;:]\s+|\b)(?i:a|an|the|one|another)\s+(?:[a-z][\w'’-]*\s+){0,3}[a-z][\w'’-]*"
    # the title's body or place: "The governor of Borno State, Babagana Zulum, said"
    r"(?:\s+of\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*)?,\s+"
    r"(?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’.-]*,\s*$"
)


def _speaker_at(text: str, start: int, end: int, verb: re.Match[str]) -> Speaker | None:
    """Who speaks by `verb` in `text[start:end]`: a verb of finding only for an inquiry
    (`FINDING`), one of seeing only for an eyewitness or a reporter (`SEEING`)."""
    speaker = _speaker_of(text, start, end, verb)
    if speaker is not None and verb.group(0).lower() in SEEING:
        return speaker if EYEWITNESSES.intersection(speaker.name.lower().split()[-1:]) else None
    if speaker is not None and verb.group(0).lower() in FINDING:
        # the subject's head, right before the verb: "a UN report finds" is the UN's
        head = text[max(start, verb.start() - 30) : verb.start()].lower().split()[-1:]
        named = speaker.name.lower().split()[-1:]
        found_that = _THAT.match(text, verb.end(), end) is not None  # "X found that"
        return speaker if found_that or INQUIRIES.intersection(head + named) else None
    return speaker


def _speaker_of(text: str, start: int, end: int, verb: re.Match[str]) -> Speaker | None:
    word = verb.group(0).lower()
    if verb.re is TOLL:
        return toll_giver(text, start, verb.start())
    hedging = bool(_HEDGING_VERB.match(word) and _HEDGING_OBJECT.match(text, verb.end(), end))
    if word.startswith("according") or _AS_BY.match(word) or word == "per":  # "as reported by X"
        return according_speaker(text, verb.end(), end, hedging)
    if verb.re is SAYING:
        return _subject_saying(text, start, verb.start())
    if verb.re is WITH_SAYING:  # "with some sources suggesting": the words between
        return subject_before(text, verb.start() + len("with "), verb.start("verb"), False)
    before = text[start : verb.start()]
    if (
        word not in TOLD
        and word not in DENYING
        and re.search(r"[,”\"]\s*$", before)
        and not interrupted(text, start, verb.start())
        and not _NAMED_SUBJECT.search(before)  # "A resident, Musa Ali, said the bandits"
    ):
        inverted = inverted_speaker(text, verb.end(), end, hedging)
        if inverted is not None:
            return inverted
    if _PASSIVE.search(before):
        return _quoted_by(text, start, end, verb, hedging) or _agent(text, end, verb, hedging)
    speaker = subject_before(text, start, verb.start(), hedging)
    if speaker is not None and word in COUNTING and not _counts(speaker.name):
        return None
    if speaker is not None and word.startswith("claim") and _an_event(speaker.name):
        return None  # "The attack claimed 12 civilians": an event takes lives, says nothing
    if speaker is not None and speaker.origin is None and word in ("quoted", "cited"):
        speaker = replace(speaker, origin=quoted_origin(text, verb.end(), end))
    return speaker


def _an_event(name: str) -> bool:
    """Whether a subject of "claimed" is an event that takes lives ("the attack", "the
    insurgency"), not a voice that claims ("a later report claims six deaths")."""
    words = name.lower().split()
    return bool(words) and words[-1] in CLAIMING_EVENTS


def _subject_saying(text: str, start: int, saying: int) -> Speaker | None:
    """The speaker of ", saying": the subject of the clause it trails ("The ministry
    issued a statement, saying 14 were killed", "Police denied the report, saying"),
    read before the clause's first verb in the past tense; None where none stands."""
    verb = PAST_VERB.search(text, start, saying)
    return subject_before(text, start, verb.start(), False) if verb else None


def _quoted_by(
    text: str, start: int, end: int, verb: re.Match[str], hedging: bool
) -> Speaker | None:
    """ "X was quoted as saying by Y", "X was quoted by Y as saying": Y relays X (as
    "X, quoted by Y" does); None for any other passive of report ("were reported")."""
    by = _QUOTED_BY.match(text, verb.end(), end) if verb.group(0).lower() == "quoted" else None
    if by is None:
        return None
    passive = _PASSIVE.search(text, start, verb.start())
    origin = subject_before(text, start, passive.start(), False) if passive else None
    name = _LEADING_THE.sub("", by.group("by").strip())
    return Speaker(
        by.start("by"), by.end("by"), name, False, hedging, origin.name if origin else None
    )


def _agent(text: str, end: int, verb: re.Match[str], hedging: bool) -> Speaker | None:
    """The agent of a passive of report: "200 kidnappings were recorded by the UN",
    "the deaths were confirmed by the ministry"; None without "by"."""
    if not _REPORTED_BY.match(verb.group(0)):
        return None
    by = _BY.match(text, verb.end(), end)
    agent = according_speaker(text, by.end(), end, hedging) if by else None
    if agent is None:
        return None
    when = _WHEN.search(agent.name)  # "by the UN in May": the UN
    return replace(agent, name=agent.name[: when.start()]) if when else agent


def _counts(name: str) -> bool:
    """Whether whoever "recorded" or "documented" a figure is a voice that counts: a
    speaker's noun or a body ("the UN", "a monitor"), not a place that saw the deaths."""
    bare = _LEADING_THE.sub("", name)
    place = bare.lower() in PLACE_NAMES or bare in COUNTRY_OF_PLACE
    return looks_like_voice(name) and not place
