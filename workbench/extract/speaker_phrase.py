"""The words that name a speaker around a reporting verb, and whether they name one.

Before the verb, past relative clauses, appositives and asides: "X, who has been
embedded ..., has tweeted"; "X, an analysis unit in ..., reported"; "a youth leader
in Kaya, who asked not to be named, said" (the leader, not Kaya); "X, citing Y,
said". After it: "said a hospital source on condition of anonymity", "said police",
"according to local officials". A relay in those words ("a monitoring group citing
JNIM", "officials quoted by state media") gives the speaker's origin (relay.py).
"""

from __future__ import annotations

import re

from workbench.extract.dates import MONTH_NAMES_RE, WEEKDAY_NAMES_RE
from workbench.extract.gazetteer import PLACE_NAMES
from workbench.extract.name_lists import is_listed_name, name_list_start
from workbench.extract.relay import (
    RELAY_START,
)
from workbench.extract.speaker import Speaker as Speaker
from workbench.extract.speaker_make import FINITE, MAX_WORDS, PERSON_NAME, make_speaker
from workbench.extract.speaker_make import PRONOUN as PRONOUN
from workbench.extract.speaker_names import (
    NAME_DOT,
    NOT_NAME_DOT,
    NOT_NAME_OPENER,
    ROLE,
    TITLE_OPENS,
    TITLED_NAME,
)
from workbench.extract.story_ties import HARM_TOLD
from workbench.extract.subject_forms import own_subject, without_section
from workbench.extract.voicewords import SPEAKER_NOUNS

_BOUNDARY = re.compile(r"[,;:“”\"(\[—–]|\s-{1,2}\s")
_MONTHS = rf"(?:{MONTH_NAMES_RE}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
_TRAILING = re.compile(
    r"(?:(?:^|\s+)(?:has|have|had|also|later|earlier|meanwhile|then|again|previously|publicly|"
    r"first|separately|reportedly|initially|originally|subsequently|officially|formally|"
    # "now" and "today" lower-case only: "Myanmar Now", "India Today" are outlets' names
    r"provisionally|repeatedly|privately|already|since|(?-i:now)|still|finally|eventually|"
    r"immediately|at\s+first|on\s+\w+day|in\s+a\s+statement|yesterday|(?-i:today)|last\s+\w+|"
    r"this\s+\w+|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
    rf"on\s+\d{{1,2}}\s+{_MONTHS}|on\s+{_MONTHS}\s+\d{{1,2}}))+\s*$",
    re.IGNORECASE,
)
_SUBORDINATE = re.compile(
    r"^.*\b(?:after|before|when|while|whereas|as|because|since|if|that|than|where|although|though|"
    r"but|what)(?:\s+|$)",
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
# Words before a pronoun that is the verb's subject: "up from the 19 (that) it reported",
# "2/ So far we have counted" (trial 69: voices "up from the 19 it", "2/ So far we").
_PRONOUN_LAST = re.compile(r"^.*\s(?=(?:it|they|we|he|she|I)$)", re.IGNORECASE)
# "No police casualties were reported and local officials (said)": the subject after
# a clause and its conjunction.
_CLAUSE_AND = re.compile(
    r"^.*\s(?:was|were|is|are|had|have|has)\s.*?\s(?:and|but|so|yet)\s+", re.IGNORECASE
)
# "a rights group", "based in X", and "first responders who ...": a noun phrase with no
# article, a relative clause on it
_APPOSITIVE = re.compile(
    r"^(?:an?\s+\S|[a-z]+(?:ed|ing)\b|[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}\s+(?:who|which)\s)"
)
# A participle that tells a toll trails a clause, never a speaker's name.
_TOLL_PARTICIPLE = re.compile(
    r"^(?:killing|wounding|injuring|leaving|claiming|bringing|raising|taking)\b"
)
# Who is among a figure, set off by commas after it: it tells the figure, it names no subject.
_INCLUSION = re.compile(r"^(?:including|among\s+(?:them|whom)|mostly|mainly|most\s+of\s+them)\b")
_THE = re.compile(r"^the\s", re.IGNORECASE)
_AGE = re.compile(r"\d{1,3}")  # a person's age set off by commas after the name
# A relative clause opened by a preposition holds its own subject: "..., in which the
# army says 40 died" is the army's (not the noun the clause hangs on).
# "where" and "when" likewise open a clause with a subject of its own: "in Cité Soleil,
# where the United Nations says at least 38 were killed" is the UN's (trial 62: the
# place's, "Port-au-Prince", as "who" would be).
_PREP_RELATIVE = re.compile(
    r"^(?:(?:in|during|of|at|on|by|after|with|among|from)\s+(?:which|whom)|where|when)\s+(\S.*)$",
    re.I,
)
# "X, via its media outlets, claimed", "X, in a statement on Tuesday, said": an aside.
_ADVERBIAL = re.compile(
    r"^(?:via|through|in|on|at|from|during|after|before|late|early|earlier|later)(?:\s|$)",
    re.IGNORECASE,
)
# A time before the speaker with no comma after it: "As of Thursday March 2nd the town's
# mayor told ...", "On Thursday the mayor told", "By Monday evening police said"
# (unseen-q study: "of Thursday March 2nd the town's mayor" was the voice)
_WEEKDAY = rf"(?:{WEEKDAY_NAMES_RE})"
_MONTH = rf"(?:{MONTH_NAMES_RE}|Jan\.|Feb\.|Mar\.|Apr\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)"
_MONTH_DAY = rf"(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH})"
_TIME = (
    rf"(?:(?i:last\s+)?{_WEEKDAY}(?:,?\s+{_MONTH_DAY})?|{_MONTH_DAY})(?:,?\s+\d{{4}})?"
    r"(?:\s+(?:morning|afternoon|evening|night))?\s+"
)
# with its preposition, before any name; bare, before a lower-case word only ("Monday
# Night Football star X said" is a name)
_LEADING_TIME = re.compile(
    rf"^(?i:(?:as\s+of|on|by|until|early|late|earlier|later)\s+(?:on\s+)?){_TIME}(?=\S)"
    rf"|^{_TIME}(?=[a-z])"
)
_LEADING_ADVERB = re.compile(r"^(?:however|meanwhile|also|separately|though)\b[,\s]*", re.I)
_RELATIVE = re.compile(r"^(?:who|which|that|whom|whose|who[’']s)\b", re.IGNORECASE)
# A predicate the verb of saying is coordinated with: "(The militants, who ...,)
# claimed responsibility for Monday's attack and (said)": its subject is before it.
_PREDICATE_AND = re.compile(r"^[a-z]+ed\s.*\sand$")
# ... and its subject in the same words: "The Islamic State group claimed responsibility
# for the attack and (said)" (trial 73: all of it read as the voice's name)
_SUBJECT_AND = re.compile(
    r"^(?P<subject>.+?)\s+(?:has\s+|have\s+)?(?:claimed|denied|condemned|confirmed|admitted"
    r"|acknowledged|issued|released|published|posted)\s.*\sand$"
)
_TITLE_WORDS = (
    r"(?:spokes(?:man|woman|person)|minister|commander|governor|mayor|prefect|chief|head|"
    r"director|inspector|general|officer|official|secretary|chairman|president|leader|"
    r"commissioner|administrator|coordinator|superintendent)"
)
_DETERMINED = r"(?:an?|the|these|those|this|our|its|their|his|her|some|several|many|two|three)\b"
_PHRASE = rf"\s+((?:{_DETERMINED}|[A-Z0-9])(?:[^,.;:!?()]|{NAME_DOT}){{0,140}}?)"
_SENTENCE_END = rf"{NOT_NAME_DOT}(?:\s|$)|\s*[!?;]|$"
# "said X." / "said X, who ..." / "said X(,) on condition of anonymity"
_NP_AFTER_VERB = re.compile(
    _PHRASE + rf"(?={_SENTENCE_END}|,\s+(?:who|a|an|the|adding|according|\d{{1,3}},)(?:\b|\s)"
    r"|,?\s+on\s+condition"
    r"|,\s*(?:citing|quoting|relaying|speaking|requesting|asking|declining|preferring|refusing"
    r"|(?:as\s+)?(?:quoted|relayed|cited|reported)\s+by)\b"
    r"|\s+in\s+a\s|\s+on\s+\w+day|\s+(?:who|when)\b"
    # "said Ali Musa, inspector general of police": a title after the name
    # ("said Ali Musa, Bastar inspector general of police": a place's name before it)
    rf"|,\s+(?:[a-z][\w-]*\s+|[A-Z][a-z]+\s+(?=[a-z])){{0,3}}?{_TITLE_WORDS}\b)"
)
# "said police.", "said local residents, who ...": a speaker noun with no article.
_PLAIN_NP_AFTER_VERB = re.compile(
    r"\s+((?:[a-z][\w’'-]*\s+){0,3}[a-z][\w’'-]*)" + _NP_AFTER_VERB.pattern[len(_PHRASE) :]
)
# "said army spokesman John Doe.": up to three words of a title, then the name.
_TITLED_NP_AFTER_VERB = re.compile(
    r"\s+((?P<title>(?:[a-z][\w’'-]*\s+){1,3})[A-Z](?:[^,.;:!?()]|"
    + NAME_DOT
    + r"){0,80}?)"
    + _NP_AFTER_VERB.pattern[len(_PHRASE) :]
)
# "according to X, ..."; "according to local officials": the grammar names a source.
_NP_AFTER_ACCORDING = re.compile(
    rf"\s+([\w“\"'](?:[^,.;:!?()]|{NAME_DOT}){{0,140}}?)"
    rf"(?={_SENTENCE_END}|,|\s+(?:who|when|that)\b)"
)
# The source of "according to" with no comma after it, up to the count of the clause it
# opens: "According to a statement by the ministry nine soldiers died" (not a year:
# "according to the 2019 report").
_NP_BEFORE_COUNT = re.compile(
    r"\s+([\w“\"'][^,.;:!?()]{0,140}?)(?=\s+(?:(?:at\s+least|more\s+than|about|nearly|some|"
    r"over|around|up\s+to)\s+)?(?:(?!\d{4}(?!\d))\d|(?:one|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve|dozens|scores|hundreds)(?![\w-])))",
    re.IGNORECASE,
)
# "a youth leader in Kaya", "a spokesman for the ministry of defence": a speaker noun
# with what places it, before a relative clause ("..., who asked not to be named").
_PLACED_BY = re.compile(r"\s+(?:in|of|for|at|from|to|with|on)\s+", re.IGNORECASE)
_DETERMINER = re.compile(r"^(?:an?|the|its|their|his|her|one|two|three|several|some)$", re.I)


def inverted_speaker(text: str, pos: int, end: int, hedging: bool) -> Speaker | None:
    """The speaker after a verb at `pos` that follows what is said: "“12 died,” said a
    hospital source on condition of anonymity", "..., said army spokesman John Doe",
    "..., said police."."""
    return (
        _name_after_title(text, pos, end, hedging)
        or _noun_phrase_after(_NP_AFTER_VERB, text, pos, end, hedging)
        or _titled_after(text, pos, end, hedging)
        or _noun_phrase_after(_PLAIN_NP_AFTER_VERB, text, pos, end, hedging, named=False)
    )


# "..., said the army's spokesman in Ituri, Jules Ngongo.": a title, perhaps where its
# holder serves, then the name set off after it, closing the sentence.
_TITLE_THEN_NAME = re.compile(
    r"\s+(?:the\s+|an?\s+)?(?P<title>(?:[\w’'-]+\s+){0,4}?[\w’'-]+)"
    r"(?:\s+(?:in|of|for)\s+(?:that\s+|the\s+|this\s+)?(?:[\w’'-]+\s+){0,2}?[\w’'-]+)?"
    r",\s+(?P<name>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]*)"
    r"(?=\s*[.;!?](?:\s|$)|\s*$|,\s+(?:who|whose)\b)"
)


def _name_after_title(text: str, pos: int, end: int, hedging: bool) -> Speaker | None:
    """The name set off after an inverted speaker's title ("said the army's spokesman,
    Jules Ngongo"): the title's last word a speaker's noun, the name closing the
    sentence."""
    match = _titled_match(_TITLE_THEN_NAME, text, pos, end)
    if not match or match.group("name").lower() in PLACE_NAMES:
        return None  # no title of a speaker; "said the head of the council, Kano": where
    return make_speaker(
        text, match.group("name"), match.start("name"), match.end("name"), hedging, named=True
    )


def _titled_after(text: str, pos: int, end: int, hedging: bool) -> Speaker | None:
    """A name after its title in lower case ("said army spokesman John Doe", "said
    rescuer Ali Nour"): the title's last word a speaker's noun."""
    if not _titled_match(_TITLED_NP_AFTER_VERB, text, pos, end):
        return None
    return _noun_phrase_after(_TITLED_NP_AFTER_VERB, text, pos, end, hedging)


def _titled_match(pattern: re.Pattern[str], text: str, pos: int, end: int) -> re.Match[str] | None:
    """`pattern`'s match at `pos`, where the last word of its `title` group is a
    speaker's noun ("spokesman", "rescuer"); else None."""
    match = pattern.match(text, pos, end)
    if not match or not SPEAKER_NOUNS.search(match.group("title").split()[-1]):
        return None
    return match


def according_speaker(text: str, pos: int, end: int, hedging: bool) -> Speaker | None:
    """The source after "according to" ending at `pos`: "according to local officials";
    with no comma after it, up to the count that opens what it says ("According to a
    statement by the ministry nine soldiers died")."""
    whole = _NP_AFTER_ACCORDING.match(text, pos, end)
    cut = _NP_BEFORE_COUNT.match(text, pos, end)
    if whole and cut and cut.end() < whole.end(1):
        said = text[cut.end() : whole.end(1)].lower()
        if HARM_TOLD.search(said) or FINITE.search(said):
            return _speaker_of(cut, text, end, hedging)
    return _speaker_of(whole, text, end, hedging)


def interrupted(text: str, start: int, at: int) -> bool:
    """Whether the comma before a verb at `at` closes an aside between its subject and
    it ("X, a research group, said 40 died"; "Y's statement, relayed by X, said"; "X,
    however, said"), so what follows the verb is what is said, not who says it."""
    chunks = _chunks_before(text, start, at)
    if len(chunks) < 3 or not chunks[1][2]:  # "“12 died,” said X": no aside
        return False
    aside = _LEADING_ADVERB.sub("", chunks[1][2])  # "X, however, said"
    if not aside:
        return True
    if RELAY_START.match(aside) or _RELATIVE.match(aside) or _ADVERBIAL.match(aside):
        return True
    # an appositive is set off by commas or dashes (not "to catch “Tito” went wrong,"),
    # and is a noun phrase, not a clause ("Since May, a series of raids has left 57 dead,")
    set_off = text[chunks[1][0] - 1] in ",—–-"
    return bool(
        (_APPOSITIVE.match(aside) or _titled(aside, chunks[2][2]))
        and set_off
        and not _TOLL_PARTICIPLE.match(aside)  # "..., killing seven, said X": no aside
        and not _INCLUSION.match(aside)  # "killing six, including a captain, said X"
        and not FINITE.search(f" {aside} ")
        and len(aside.split()) <= MAX_WORDS
    )


def _noun_phrase_after(
    pattern: re.Pattern[str], text: str, pos: int, end: int, hedging: bool, named: bool = True
) -> Speaker | None:
    return _speaker_of(pattern.match(text, pos, end), text, end, hedging, named)


def _speaker_of(
    match: re.Match[str] | None, text: str, end: int, hedging: bool, named: bool = True
) -> Speaker | None:
    """The speaker a noun phrase's match (its group 1) names, or None; `end` bounds a
    relay after it."""
    if not match or FINITE.search(match.group(1)):  # "said 40 soldiers were killed"
        return None
    return make_speaker(
        text, match.group(1), match.start(1), match.end(1), hedging, named=named, relay_end=end
    )


# A reporting verb joined to an earlier verb of a statement by the same subject: "The
# RSF denied targeting civilians and said", whose subject stands before the first verb
# (not "Gunmen killed 5 and said they would return": the killing is no statement).
_AND_BEFORE = re.compile(r"\s+and\s+$")
_FIRST_VERB = re.compile(
    r"\s(?:denied|rejected|dismissed|confirmed|acknowledged|admitted|condemned|accused|"
    r"blamed|issued|released)(?=\s)"
)


def subject_before(text: str, start: int, at: int, hedging: bool) -> Speaker | None:
    """The subject of a reporting verb at `at`, skipping relative clauses, appositives
    and relays: "X, who has been embedded ..., has tweeted"; "X, an analysis unit in
    ..., reported"; "X, citing Y, said"; "Y's statement, relayed by X, said"."""
    if _AND_BEFORE.search(text, start, at):  # "The RSF denied the report and said"
        first = _FIRST_VERB.search(text, start, at)
        if first is not None and first.start() > start:
            return subject_before(text, start, first.start(), hedging)
    chunks = _chunks_before(text, start, at)
    for index, (chunk_start, chunk_end, words) in enumerate(chunks):
        chunk = _LEADING_ADVERB.sub("", words)  # "however police sources (said)"
        if inner := _PREP_RELATIVE.match(chunk):  # "the raid, in which the army says"
            return make_speaker(text, inner.group(1), chunk_start, chunk_end, hedging)
        if index == 0 and (subject := own_subject(chunk)):  # "after local officials (said)"
            return make_speaker(text, subject, chunk_start, chunk_end, hedging)
        aside = RELAY_START.match(chunk) or (
            _ADVERBIAL.match(chunk) and not FINITE.search(f" {chunk} ")
        )
        if not chunk or (aside and index + 1 < len(chunks)):
            continue
        earlier = chunks[index + 1] if index + 1 < len(chunks) else None
        if _RELATIVE.match(chunk):
            if earlier is None:
                return None
            phrase = _placed_speaker(earlier[2]) or _LAST_PHRASE.sub("", earlier[2])
            return make_speaker(text, phrase, earlier[0], earlier[1], hedging, relay_end=at)
        if (  # "X, head of Y, based in Z, said": an appositive after another
            index > 0
            and earlier
            and index + 2 < len(chunks)
            and _APPOSITIVE.match(chunk)
            and not earlier[2][:1].isupper()
        ):
            continue
        if (  # "Maj Gen Ali Oyo, the army commander in the region said": no second comma
            index == 0
            and earlier
            and _THE.match(chunk)
            and SPEAKER_NOUNS.search(chunk)
            and (PERSON_NAME.fullmatch(earlier[2]) or TITLE_OPENS.match(earlier[2]))
            and not NOT_NAME_OPENER.match(earlier[2])  # "In Kano, the police said"
        ):
            return make_speaker(text, earlier[2], earlier[0], earlier[1], hedging, relay_end=at)
        # "X, a scholar at Y, said": an appositive has a comma before the verb too
        if (
            index > 0
            and earlier
            and (_APPOSITIVE.match(chunk) or _titled(chunk, earlier[2]))
            and earlier[2][:1].isupper()
            and (len(earlier[2].split()) <= 8 or is_listed_name(earlier[2]))
        ):
            return make_speaker(text, earlier[2], earlier[0], earlier[1], hedging, relay_end=at)
        if _PREDICATE_AND.match(chunk):  # a trial's voice "claimed responsibility ... and"
            return _subject_of_predicate(text, chunks[index + 1 :], hedging, at)
        if own := _SUBJECT_AND.match(chunk):  # "The IS group claimed responsibility ... and"
            chunk = own.group("subject")
        chunk = without_section(chunk)  # "2.3 The police press note said": no "2.3"
        phrase = _CLAUSE_AND.sub("", _SUBORDINATE.sub("", _LEADING_TIME.sub("", chunk)))
        phrase = _RELATIVE_TAIL.sub("", _CONJUNCTION.sub("", phrase))
        phrase = _PRONOUN_LAST.sub("", phrase)  # "up from the 19 it (reported)": it
        return make_speaker(text, phrase, chunk_start, chunk_end, hedging, relay_end=at)
    return None


def _subject_of_predicate(
    text: str, earlier: list[tuple[int, int, str]], hedging: bool, at: int
) -> Speaker | None:
    """The speaker of a predicate coordinated with the verb of saying: the first chunk
    before it that is no relative clause ("The militants, who pledged allegiance to
    IS, claimed responsibility ... and said": the militants); None where none is."""
    for start, end, words in earlier:
        if not _RELATIVE.match(words):
            return make_speaker(text, words, start, end, hedging, relay_end=at)
    return None


def _titled(chunk: str, earlier: str) -> bool:
    """Whether `chunk` is a person's title after the person's name: "Jean Bosco, the
    mayor, told Reuters" and "Dak Chol, commissioner for the county, said" are the
    named person's (not the role's alone)."""
    if _THE.match(chunk):
        return bool(SPEAKER_NOUNS.search(chunk) and PERSON_NAME.fullmatch(earlier))
    # "Dak Chol, commissioner for the county, said": a role with no article after a name
    role = ROLE.match(chunk)
    return bool(role and SPEAKER_NOUNS.search(role.group(0)) and TITLED_NAME.fullmatch(earlier))


def _placed_speaker(chunk: str) -> str | None:
    """The speaker a relative clause follows when a place or a body hangs on its noun:
    "a youth leader in Kaya", "an aide to the prefect" (not "Kaya", "the prefect");
    None when the noun before the last "in", "of", ... is no speaker's ("the gains
    of the insurgents")."""
    words = chunk.split()
    begin = None
    index = len(words) - 1
    while index > 0:
        if not _PLACED_BY.fullmatch(f" {words[index]} "):
            index -= 1
            continue
        if not SPEAKER_NOUNS.fullmatch(words[index - 1]):
            break
        begin = index - 1
        while begin > 0 and index - begin < 4 and not _DETERMINER.match(words[begin]):
            if _PLACED_BY.fullmatch(f" {words[begin - 1]} "):
                break
            begin -= 1
        index = begin - 1
    return " ".join(words[begin:]) if begin is not None else None


def _chunks_before(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The comma-separated pieces before a verb, nearest first, trailing adverbs removed."""
    chunks: list[tuple[int, int, str]] = []
    while len(chunks) < 4:  # a name, two appositives, the verb's gap
        chunk_start = _chunk_start(text, start, end)
        chunk = _TRAILING.sub("", " ".join(text[chunk_start:end].split())).strip()
        if not _AGE.fullmatch(chunk) or not chunks:  # "Jean Bosco, 45, a farmer, said"
            chunks.append((chunk_start, end, chunk))
        if chunk_start <= start:
            break
        end = chunk_start - 1
    return chunks


def _chunk_start(text: str, start: int, end: int) -> int:
    last = start
    for match in _BOUNDARY.finditer(text, start, end):
        last = match.end()
    return name_list_start(text, start, last, end)  # "Ministry of Health, Population and ..."
