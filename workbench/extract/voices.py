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
from workbench.extract.verb_uses import is_noun_use, noun_toll
from workbench.extract.voicewords import looks_like_voice
from workbench.extract.wordindex import WordIndex
from workbench.models import Block, BlockKind

_VERBS = (
    r"said|says|say|told|tells|tell|reported|reports|report|claimed|claims|claim|tweeted|tweets|"
    r"wrote|writes|write|stated|states|announced|announces|added|adds|estimated|estimates|"
    r"confirmed|confirms|warned|warns|noted|notes|pointed\s+out|points\s+out|explained|explains|"
    r"insisted|insists|insist|maintains(?=\s+that\s)|maintained(?=\s+that\s)|maintain(?=\s+that\s)|"
    # what reports hold: "Some reports hold there were more than 40 deaths" (acled-nigeria-d
    # study: no voice, the two reports' figures summed as one toll)
    r"hold(?=\s+(?:that|there)\s)|holds(?=\s+(?:that|there)\s)|held(?=\s+(?:that|there)\s)|"
    # who would not comment, whom "it said" then stands for: "Russia's Defense Ministry did
    # not comment on the bus strike. It has said ..." (trial 73b: read as the officials
    # named a sentence before)
    r"(?:(?:did|does|do|would|could|has|have|had)\s+not|declined\s+to|refused\s+to)\s+"
    r"(?:immediately\s+)?(?:comment|respond)(?![a-z])|"
    r"acknowledged|acknowledges|admitted|admits|alleged|alleges|declared|declares|"
    r"indicated|indicates|indicate|revealed|stressed|argued|argues|mentioned|mentions|posted|quoted|cited|"
    r"asserted|asserts|assert|suggested|suggests|suggest|detailed|disclosed|discloses|"
    # "informed reporters that": the listener after, as after "told"
    # or a news agency: "local authorities informed EFE" (unseen-p study: no voice)
    r"informed(?=\s+(?:reporters|journalists|newsmen|the\s+(?:press|media)|afp|ap|reuters|efe"
    r"|xinhua|dpa|ansa|anadolu|upi|the\s+associated\s+press|agence\s+france)(?![a-z]))|"
    # who denies what the sentence tells speaks it, as a denial: "The Ministry of Defence
    # denied that 25 people were killed" (trial 60's denial had the outlet's voice)
    # "rejects reports in some media that 14 ...", "dismissed reports of 31 dead"
    r"(?:denied|denies|deny|rejected|rejects|dismissed|dismisses)(?=\s+(?:as\s+(?:false|untrue|"
    # "denied the army's claim that" (trial 69: the voice read "ELN denied the army's")
    r"baseless)\s+)?(?:(?:the\s+)?(?:[\w’'-]+[’']s?\s+)?(?:reports?|claims?|allegations?)\s+"
    r"(?:(?:in|on|by|from)\s+(?:[\w’'-]+\s+){1,3}?)?)?that\s"
    r"|\s+(?:the\s+)?(?:reports?|claims?|allegations?|tolls?|figures?)\s+of\s"
    # "denied 22 people had been kidnapped", "denied killing 85 civilians"
    r"|\s+(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten)\s+[\w’'-]+\s+"
    r"(?:had|have|were|was)\s|\s+(?:killing|kidnapping|abducting|wounding)\s)|"
    r"recorded|records|documented|documents|found|finds|concluded|concludes|"
    # what an eyewitness saw: "A Reuters witness saw five bodies" (`_SEEING`)
    r"saw|sees|counted|counts|"
    # a witness telling what they saw: "an eyewitness recounted seeing eight bodies"
    # (unseen-m study: no voice)
    r"(?:recounted|recalled|described)(?=\s+(?:seeing|counting|finding)\s)|"
    r"according\s+to|as\s+(?:reported|stated|announced|confirmed|recorded|documented)\s+by|"
    # "Ten people were killed in Mogadishu, per the police" (unseen-l study: no voice),
    # ", as per officials"; not a rate ("$5 per day", "per cent")
    r"(?<=,\s)(?:as\s+)?per(?=\s+(?!(?:cent|capita|annum|day|week|month|year|hour|person|"
    r"head|household)\b)[a-z])"
)
# Verbs of counting, whose subject speaks only where it is a voice ("the UN recorded 200
# kidnappings", not "Borno recorded 200 kidnappings" or "the clinic recorded").
_COUNTING = frozenset(("recorded", "records", "documented", "documents"))
# Verbs of finding, whose subject speaks only where it is an inquiry or its report ("a UN
# report finds", "the investigation found 40 dead") or says what it found ("Amnesty
# found that 12 were killed"), not "police found 12 bodies" (a discovery, told by
# whoever tells it).
_FINDING = frozenset(("found", "finds", "concluded", "concludes"))
# Verbs of seeing, whose subject speaks only where it is an eyewitness or a reporter
# ("A Reuters witness saw five bodies", "an AFP correspondent counted 12 bodies"; unseen-l
# study: no voice), not "soldiers saw five gunmen" or "the town saw 12 killed".
_SEEING = frozenset(("saw", "sees", "counted", "counts"))
_EYEWITNESSES = frozenset(
    "witness witnesses eyewitness eyewitnesses correspondent correspondents reporter reporters "
    "journalist journalists photographer photographers cameraman videographer".split()
)
_THAT = re.compile(r"\s+that\s", re.IGNORECASE)
_INQUIRIES = frozenset(
    "report reports investigation investigations inquiry enquiry inquest probe study survey "
    "analysis review audit assessment autopsy post-mortem postmortem findings commission "
    "panel tribunal investigators researchers".split()
)
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
# Runs over lower-cased text (see casefold.py).
_SPEECH = re.compile(rf"(?<![a-z])(?:{_VERBS})(?![a-z])")
# Whom "told" names after it is the listener, never the speaker: "“We lost 14 men,” the
# mayor, Jean Bosco, told Reuters" is the mayor's (was Reuters': read as "said X").
_TOLD = frozenset(("told", "tells", "tell", "informed"))
# Verbs of denial, whose subject comes before them: ", Major General Lul Ruai Koang,
# dismissed the claims that ..." has no speaker after the verb (trial 70: the voice read
# "the claims that soldiers targeted civilians ...").
_DENYING = frozenset("denied denies deny rejected rejects dismissed dismisses".split())
# "X put the death toll at N", "X gave a toll of N", "X estimated the number of dead at
# N", "X puts it at N": X gives the figure. Runs over lower-cased text.
_TOLL_VERBS = (
    r"put|puts|putting|placed|places|placing|set|sets|setting|pegged|pegs|gave|gives|give|"
    r"giving|estimated|estimates|estimate|estimating|revised|revises|updated|updates|"
    r"raised|raises|increased|increases|lowered|lowers|"
    r"have|has|had|hold|holds|held|records|recorded"
)
_TOLL_NOUNS = (
    r"toll|tolls|number|figure|figures|tally|count|total|casualties|dead|fatalities|deaths|losses"
)
_TOLL = re.compile(
    rf"(?<![a-z])(?:{_TOLL_VERBS})\s+(?:"
    r"(?:(?:the|a|an|its|their|his|her|this|that|no)\s+)?"  # the
    r"(?:(?!(?:of|in|on|for|from|and)\s)[a-z’'-]+\s+){0,3}?"  # provisional death
    rf"(?:{_TOLL_NOUNS})(?![a-z])"  # toll
    r"|(?:it|them)\s+at\s+(?!(?:risk|stake|ease|odds|home|the|an?)\b))"  # it at 12
)
# A participle of saying that trails its clause: its subject speaks ("The ministry
# issued a statement, saying ..."). Runs over lower-cased text.
# So do its kin that say a figure against another ("Police disputed the figure,
# claiming only two deaths", "..., stating that", "..., insisting"); not "claiming the
# lives of" (a death) nor "claiming responsibility" (no figure of its own).
_SAYING = re.compile(
    r"(?<=,\s)(?:saying|stating|insisting|maintaining|claiming(?!\s+(?:the\s+)?(?:[\w,-]+\s+)"
    r"{0,5}?li(?:ves|fe)\b|\s+(?:full\s+)?(?:responsibility|credit|ownership)\b))(?=\s)"
)
_SAYING_FIRST = frozenset(("saying", "stating", "insisting", "maintaining", "claiming"))
# An absolute "with" clause whose subject speaks: "..., with some sources suggesting the
# toll may exceed 30", "with officials saying 12 died"; the words between are the
# speaker (`subject_before`). Runs over lower-cased text.
_WITH_SAYING = re.compile(
    r"(?<=,\s)with\s+(?:(?!(?:the\s+)?(?:toll|death|number|figure)\b)[\w’'.-]+\s+){1,5}?"
    r"(?P<verb>saying|suggesting|stating|claiming|putting|estimating|reporting|"
    r"indicating|insisting)(?=\s)"
)
# the clause's verb: "issued", "denied"; or a present one that answers a figure, as
# coders write ("Police later refute the number, claiming only one death")
_PAST = re.compile(
    r"(?<![\w’'-])(?:[a-z]{2,}ed|refutes?|disputes?|denies|deny|rejects?|contests?|"
    r"contradicts?|counters?|issues?|releases?|responds?|reacts?)\b"
)
# The words a reporting verb or a toll statement starts with.
_SPEECH_FIRST = frozenset(re.findall(r"[a-z]+", _VERBS))
_TOLL_FIRST = frozenset(re.findall(r"[a-z]+", _TOLL_VERBS))
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
        if verb.re in (_SAYING, _WITH_SAYING):  # "Gunmen killed 12, saying ...": what follows
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
    return bool(_TOLL.search(fold(text[start:end])))


def block_voice(block: Block, lent: str | None) -> str | None:
    """The voice a block speaks in where no sentence names one: a comment's writer,
    or the writer a quoting post lends to the quotation ("X wrote:")."""
    if block.kind is BlockKind.COMMENT:
        return block.commenter or f"commenter (comment {block.comment})"
    return lent


def _verbs(masked: str, folded: str, words: WordIndex) -> list[re.Match[str]]:
    """The reporting verbs of the indexed span and the toll statements ("put the toll
    at"), in order; a toll statement's verb is not read again as a reporting verb."""
    tolls = [m for m in words.matches(_TOLL, _TOLL_FIRST, on=folded) if not noun_toll(masked, m)]
    taken = {m.start() for m in tolls}
    speech = [
        m
        for m in words.matches(_SPEECH, _SPEECH_FIRST, on=folded)
        if m.start() not in taken and not is_noun_use(masked, m) and not _reported(masked, m)
    ]
    # "reported" inside "as reported by" is read once, with it
    speech = [m for m in speech if not any(o.start() < m.start() < o.end() for o in speech)]
    saying = list(words.matches(_SAYING, _SAYING_FIRST, on=folded))
    withs = list(words.matches(_WITH_SAYING, ("with",), on=folded))
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
    (`_FINDING`), one of seeing only for an eyewitness or a reporter (`_SEEING`)."""
    speaker = _speaker_of(text, start, end, verb)
    if speaker is not None and verb.group(0).lower() in _SEEING:
        return speaker if _EYEWITNESSES.intersection(speaker.name.lower().split()[-1:]) else None
    if speaker is not None and verb.group(0).lower() in _FINDING:
        # the subject's head, right before the verb: "a UN report finds" is the UN's
        head = text[max(start, verb.start() - 30) : verb.start()].lower().split()[-1:]
        named = speaker.name.lower().split()[-1:]
        found_that = _THAT.match(text, verb.end(), end) is not None  # "X found that"
        return speaker if found_that or _INQUIRIES.intersection(head + named) else None
    return speaker


def _speaker_of(text: str, start: int, end: int, verb: re.Match[str]) -> Speaker | None:
    word = verb.group(0).lower()
    if verb.re is _TOLL:
        return toll_giver(text, start, verb.start())
    hedging = bool(_HEDGING_VERB.match(word) and _HEDGING_OBJECT.match(text, verb.end(), end))
    if word.startswith("according") or _AS_BY.match(word) or word == "per":  # "as reported by X"
        return according_speaker(text, verb.end(), end, hedging)
    if verb.re is _SAYING:
        return _subject_saying(text, start, verb.start())
    if verb.re is _WITH_SAYING:  # "with some sources suggesting": the words between
        return subject_before(text, verb.start() + len("with "), verb.start("verb"), False)
    before = text[start : verb.start()]
    if (
        word not in _TOLD
        and word not in _DENYING
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
    if speaker is not None and word in _COUNTING and not _counts(speaker.name):
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
    verb = _PAST.search(text, start, saying)
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
