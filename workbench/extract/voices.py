"""Who says so: speakers named around reporting verbs, and how earlier ones resolve later ones.

"X said", "said X", "according to X", "X told CNN", "X tweeted that"; "she
said" resolved to the speaker named before; "the company said" to the company
named before; a blog post quoting a writer ("Larison pointed out that ...:")
lends that writer to the quoted paragraph; a comment speaks for its commenter
unless it cites someone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from workbench.extract.casefold import fold
from workbench.models import Block, BlockKind

_VERBS = (
    r"said|says|say|told|tells|tell|reported|reports|report|claimed|claims|claim|tweeted|tweets|"
    r"wrote|writes|write|stated|states|announced|announces|added|adds|estimated|estimates|"
    r"confirmed|confirms|warned|warns|noted|notes|pointed\s+out|points\s+out|explained|explains|"
    r"insisted|insists|acknowledged|acknowledges|admitted|admits|alleged|alleges|declared|declares|"
    r"indicated|revealed|stressed|argued|argues|mentioned|mentions|posted|quoted|cited|"
    r"according\s+to"
)
# Runs over lower-cased text (see casefold.py).
_SPEECH = re.compile(rf"(?<![a-z])(?:{_VERBS})(?![a-z])")
_HEDGING_VERB = re.compile(r"^(?:claim|claims|claimed|alleged|alleges)$", re.IGNORECASE)
_HEDGING_OBJECT = re.compile(r"\s+(?:to|that)\b", re.IGNORECASE)
# Words that are nouns as often as verbs: "U.N. estimates", "media reports".
_AMBIGUOUS = frozenset(
    "reports report claims claim estimates estimate estimated notes states posted quoted cited "
    "mentions".split()
)
_VERB_OBJECT = re.compile(
    r"\s+(?:that|to|it|he|she|they|there|this|a|an|the|[“\"]|\d)", re.IGNORECASE
)
_NOUN_BEFORE = re.compile(
    r"(?:\b(?:the|a|an|these|those|latest|such|its|their|his|her|news|media|press|unconfirmed|"
    r"initial|official|recent|new)|\b[A-Z]\.)\s*$",
    re.IGNORECASE,
)
_BOUNDARY = re.compile(r"[,;:“”\"(\[—–]|\s-{1,2}\s")
_TRAILING = re.compile(
    r"(?:(?:^|\s+)(?:has|have|had|also|later|earlier|meanwhile|then|again|previously|publicly|"
    r"first|separately|reportedly|on\s+\w+day|in\s+a\s+statement|yesterday|today|last\s+\w+|"
    r"this\s+\w+|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)))+\s*$",
    re.IGNORECASE,
)
_SUBORDINATE = re.compile(
    r"^.*\b(?:after|before|when|while|as|because|since|if|that|than|where|although|though|but)\s+",
    re.IGNORECASE,
)
_LAST_PHRASE = re.compile(
    r"^.*\b(?:of|in|on|for|with|by|from|to|against|among|at|highlight|highlights|show|shows)\s+",
    re.IGNORECASE,
)
_RELATIVE_TAIL = re.compile(
    r"\s+(?:(?:with|to|of|in|for|by)\s+)?(?:who|which|whom|whose)\b.*$", re.IGNORECASE
)
_CONJUNCTION = re.compile(r"^(?:and|but|so|or|yet)\s+", re.IGNORECASE)
_APPOSITIVE = re.compile(r"^(?:an?\s+\S|[a-z]+(?:ed|ing)\b)")
_RELATIVE = re.compile(r"^(?:who|which|that|whom|whose|who[’']s|where)\b", re.IGNORECASE)
_PASSIVE = re.compile(r"\b(?:was|were|is|are|be|been|being)\s*$", re.IGNORECASE)
_PARENTHETICAL = re.compile(r"\s*\([^)]*\)")
_BRACKETED = re.compile(r"\([^()]*\)")
_PRONOUN = re.compile(r"^(?:he|she|it|they|we|i)$", re.IGNORECASE)
_DEFINITE = re.compile(r"^the\s+([a-z]+)$", re.IGNORECASE)
_SPEAKER_NOUNS = re.compile(
    r"\b(?:source|sources|official|officials|spokes(?:man|woman|person)|minister|ministry|army|"
    r"military|government|police|analyst|analysts|journalist|company|group|witness|witnesses|"
    r"resident|residents|daily|newspaper|agency|estimates?|report|statement|commander|"
    r"president|governor|mayor|scholar|expert|experts|authorities|commentator|observers?|"
    r"monitors?|organi[sz]ation|researchers?|spokesperson|leader|chief|officer|diplomats?|"
    r"insurgents|militants|rebels|jihadists|fighters)\b",
    re.IGNORECASE,
)
_PERSON_WORDS = re.compile(
    r"\b(?:spokes(?:man|woman|person)|minister|journalist|analyst|commander|colonel|general|"
    r"president|governor|mayor|witness|resident|scholar|expert|commentator|researcher|leader|"
    r"chief|officer|diplomat|official|Mr|Mrs|Ms|Dr|he|she)\b",
    re.IGNORECASE,
)
_PERSON_NAME = re.compile(
    r"\b[A-Z][a-z]+(?:-[A-Z][a-z]+)?\s+(?:(?:de|van|von|al|el|Le|La)\s+)?[A-Z][a-z]+"
)
_PHRASE = r"\s+((?:an?|the|[A-Z0-9])(?:[^,.;:!?()]|(?<=\b[A-Z])\.){0,80}?)"
_SENTENCE_END = r"(?<!\b[A-Z])\.(?:\s|$)|\s*[!?;]|$"
# "said X." / "said X, who ..." / "said X on condition of anonymity"
_NP_AFTER_VERB = re.compile(
    _PHRASE + rf"(?={_SENTENCE_END}|,\s+(?:who|a|an|the|adding|according)\b|\s+on\s+condition"
    r"|\s+in\s+a\s|\s+on\s+\w+day|\s+(?:who|when)\b)"
)
# "according to X, ..."
_NP_AFTER_ACCORDING = re.compile(_PHRASE + rf"(?={_SENTENCE_END}|,|\s+(?:who|when|that)\b)")
_ORGANISATION = re.compile(
    r"\b(?:company|firm|group|ministry|army|government|agency|newspaper|daily|center|centre|"
    r"journal|times|post|news|press|television|radio|tv|reuters|afp|institute|federation|unit|"
    r"department|office|council|committee|commission|organi[sz]ation)\b",
    re.IGNORECASE,
)
_MAX_WORDS = 10
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)
# "the company said" after "Mining firm Goldfields said": words for the same kind of body.
_SAME_KIND: dict[str, tuple[str, ...]] = {
    word: group
    for group in (
        ("company", "firm", "corporation", "operator"),
        ("army", "military", "armed forces"),
        ("group", "movement", "organisation", "organization", "militia"),
        ("ministry", "government", "department"),
        ("agency", "office", "mission", "programme", "program"),
    )
    for word in group
}


@dataclass(frozen=True)
class Speaker:
    """One voice named in a sentence, with the span of its words and verb."""

    start: int
    end: int
    name: str
    person: bool
    hedging: bool = False  # "claim", "allege": the verb itself doubts what follows


def mask_brackets(text: str) -> str:
    """`text` with bracketed asides blanked out, offsets kept: "A source (French) says"."""
    return _BRACKETED.sub(lambda m: " " * len(m.group(0)), text)


def find_speakers(masked: str, start: int, end: int, folded: str | None = None) -> list[Speaker]:
    """The speakers named in `masked[start:end]`, unresolved ("she", "the company" stay);
    `masked` is the document's text through `mask_brackets`, `folded` that in lower case."""
    found = []
    for match in _SPEECH.finditer(fold(masked) if folded is None else folded, start, end):
        if _is_noun_use(masked, match):
            continue
        speaker = _speaker_at(masked, start, end, match)
        if speaker is not None:
            found.append(speaker)
    return found


def needs_earlier(speaker: Speaker) -> bool:
    """Whether a speaker is a pronoun or "the company" that earlier sentences resolve."""
    return bool(_PRONOUN.match(speaker.name) or _DEFINITE.match(speaker.name))


def resolve(speaker: Speaker, earlier: Iterable[Speaker]) -> Speaker:
    """Resolve "she" to the last person named and "the company" to the last company
    named; `earlier` runs from the nearest speaker back."""
    name = speaker.name
    candidates = (e for e in earlier if not needs_earlier(e))
    if _PRONOUN.match(name):
        if name.lower() in ("i", "we"):
            return speaker
        wants_person = name.lower() in ("he", "she")
        match = next((e for e in candidates if e.person == wants_person), None)
    elif _DEFINITE.match(name):
        head = name.split()[-1].lower()
        nouns = _SAME_KIND.get(head, (head,))
        match = next(
            (e for e in candidates if any(re.search(rf"\b{n}\b", e.name.lower()) for n in nouns)),
            None,
        )
    else:
        match = None
    if match is not None:
        return Speaker(speaker.start, speaker.end, match.name, match.person, speaker.hedging)
    return Speaker(
        speaker.start, speaker.end, _LEADING_THE.sub("", name), speaker.person, speaker.hedging
    )


def block_voice(block: Block, lent: str | None) -> str | None:
    """The voice a block speaks in where no sentence names one: a comment's writer,
    or the writer a quoting post lends to the quotation ("X wrote:")."""
    if block.kind is BlockKind.COMMENT:
        return block.commenter or f"commenter (comment {block.comment})"
    return lent


def _speaker_at(text: str, start: int, end: int, verb: re.Match[str]) -> Speaker | None:
    word = verb.group(0).lower()
    hedging = bool(_HEDGING_VERB.match(word) and _HEDGING_OBJECT.match(text, verb.end(), end))
    if word.startswith("according"):
        return _noun_phrase_after(_NP_AFTER_ACCORDING, text, verb.end(), end, hedging)
    before = text[start : verb.start()]
    if re.search(r"[,”\"]\s*$", before):
        inverted = _noun_phrase_after(_NP_AFTER_VERB, text, verb.end(), end, hedging)
        if inverted is not None:
            return inverted
    if _PASSIVE.search(before):
        return None
    return _subject_before(text, start, verb, hedging)


def _is_noun_use(text: str, verb: re.Match[str]) -> bool:
    """ "the latest U.N. estimates", "an estimated 1,000": not a reporting verb."""
    before = text[max(0, verb.start() - 30) : verb.start()]
    if re.search(r"\b(?:an?|the)\s*$", before, re.IGNORECASE):
        return True
    word = verb.group(0).lower()
    return word in _AMBIGUOUS and (
        bool(_NOUN_BEFORE.search(before)) or not _VERB_OBJECT.match(text, verb.end())
    )


def _noun_phrase_after(
    pattern: re.Pattern[str], text: str, pos: int, end: int, hedging: bool
) -> Speaker | None:
    match = pattern.match(text, pos, end)
    if not match:
        return None
    return _make_speaker(match.group(1), match.start(1), match.end(1), hedging, named=True)


def _subject_before(text: str, start: int, verb: re.Match[str], hedging: bool) -> Speaker | None:
    """The subject of a reporting verb, skipping relative clauses and appositives:
    "X, who has been embedded ..., has tweeted"; "X, an analysis unit in ..., reported"."""
    chunks = _chunks_before(text, start, verb.start())
    for index, (chunk_start, chunk_end, chunk) in enumerate(chunks):
        if not chunk:
            continue
        earlier = chunks[index + 1] if index + 1 < len(chunks) else None
        if _RELATIVE.match(chunk):
            if earlier is None:
                return None
            return _make_speaker(_LAST_PHRASE.sub("", earlier[2]), earlier[0], earlier[1], hedging)
        # "X, a scholar at Y, said": an appositive has a comma before the verb too
        if (
            index > 0
            and earlier
            and _APPOSITIVE.match(chunk)
            and earlier[2][:1].isupper()
            and len(earlier[2].split()) <= 8
        ):
            return _make_speaker(earlier[2], earlier[0], earlier[1], hedging)
        phrase = _RELATIVE_TAIL.sub("", _CONJUNCTION.sub("", _SUBORDINATE.sub("", chunk)))
        return _make_speaker(phrase, chunk_start, chunk_end, hedging)
    return None


def _chunks_before(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The comma-separated pieces before a verb, nearest first, trailing adverbs removed."""
    chunks = []
    for _ in range(3):
        chunk_start = _chunk_start(text, start, end)
        chunk = _TRAILING.sub("", " ".join(text[chunk_start:end].split())).strip()
        chunks.append((chunk_start, end, chunk))
        if chunk_start <= start:
            break
        end = chunk_start - 1
    return chunks


def _chunk_start(text: str, start: int, end: int) -> int:
    last = start
    for match in _BOUNDARY.finditer(text, start, end):
        last = match.end()
    return last


def _make_speaker(
    phrase: str, start: int, end: int, hedging: bool, named: bool = False
) -> Speaker | None:
    """A speaker from a phrase, unless it does not look like one; `named` where the
    grammar already says it is a source ("according to X")."""
    phrase = _PARENTHETICAL.sub("", phrase).strip(" ,")
    words = phrase.split()
    if not words or len(words) > _MAX_WORDS:
        return None
    if not named and not (
        _PRONOUN.match(phrase)
        or _SPEAKER_NOUNS.search(phrase)
        or any(w[0].isupper() or w[0].isdigit() for w in words)
    ):
        return None
    name = phrase
    person = bool(_PERSON_WORDS.search(phrase)) or (
        bool(_PERSON_NAME.search(phrase)) and not _ORGANISATION.search(phrase)
    )
    return Speaker(start, end, name, person, hedging)
