"""Tell body text from page furniture, line by line, keeping original offsets.

Scraped articles carry navigation ("Skip to main content"), "Read more:"
links, related-story lists, "ALSO READ" rails, timestamps of other stories
and comment forms. None of it is the source speaking, so none of it may yield
a claim. The comments under a blog post are kept, each as its own voice.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, replace
from enum import Enum, auto

from workbench.models import Block, BlockKind

_FURNITURE_LINE = re.compile(
    r"""^(?:
        skip\s+to\s+(?:main\s+)?content | menu | search | home | log\s*in | sign\s*(?:in|up)
        | subscribe(?:\s+now)? | share(?:\s+this(?:\s+article|\s+story)?)? | advertisement
        | loading(?:\.\.\.)? | close | print | e-?mail | comments? | tweet | whatsapp
        | read\s+more\b.* | more\s+from\b.* | watch:.* | listen:.*
        | \(?with\s+inputs\s+from\s+agencies\.?\)? | (?:copyright|©).* | all\s+rights\s+reserved.*
        | (?:google\+|twitter|facebook|linkedin|wordpress\.com)\s+(?:photo|picture|account)
        | you\s+are\s+commenting\s+using\b.* | connecting\s+to\s+%s | log\s+out\b.*
        | notify\s+me\s+of\b.* | your\s+email\s+address\s+will\s+not\s+be\s+published.*
        | required\s+fields\s+are\s+marked.* | fill\s+in\s+your\s+details\s+below\b.*
        | (?:photo|image|file\s+photo|caption|getty\s+images|reuters\s+photo)\b.{0,80}
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
_RAIL_START = re.compile(
    r"""^(?:also\s+read | read\s+also | related(?:\s+(?:stories|articles|coverage|content|news))?
        | more\s+on\s+this(?:\s+story)? | recommended(?:\s+stories)?
        | most\s+(?:read|popular|viewed)
        | you\s+may\s+also\s+like | see\s+also | trending(?:\s+now)? | latest\s+news
        | part\s+of\s+complete\s+coverage\s+on | more\s+stories | top\s+stories)\s*:?$""",
    re.IGNORECASE | re.VERBOSE,
)
_TIMESTAMP = re.compile(
    r"^(?:updated|published|posted|last\s+updated)\b.{0,60}\d{4}\s*$"
    r"|^(?:updated|published|posted)\s*:?\s*\d",
    re.IGNORECASE,
)
# A line that is a date and nothing more: "23/03/2020", "2020-03-23 10:45", "23 mars
# 2020", "March 23, 2020", "Lundi 23 mars 2020"
_MONTH = (
    r"(?:jan|feb|fév|fev|mar|apr|avr|may|mai|jun|juin|jul|juil|aug|aoû|aou|sep|oct|nov|dec|déc)"
    r"[a-zéû]*\.?"
)
_DATE_LINE = re.compile(
    r"^(?:\w+,?\s+)?(?:\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}|\d{1,2}(?:er)?\s+"
    + _MONTH
    + r"\s+\d{4}|"
    + _MONTH
    + r"\s+\d{1,2},?\s+\d{4})(?:\s*(?:à|at|-)?\s*\d{1,2}[:h]\d{2})?\s*$",
    re.IGNORECASE,
)
_COMMENT_HEADER = re.compile(
    # the line alone, or a title after "on"/"to": not "No comment was available from the
    # army" (its paragraphs after were read as comments) nor "Aucun commentaire n'a pu
    # être obtenu" (french-o study)
    r"^(?:\d+|no|one)\s+(?:(?:thoughts?\s+on|responses?\s+to)\s.*|comments?|responses?|replies"
    r"|reactions?)\s*:?\s*$|^\d+\s+(?:commentaires?|réponses?|réactions?)\s*:?\s*$"
    # the section's title with its count: "COMMENTAIRES (3)", "Comments (12)" (trial 67)
    r"|^(?:comments?|commentaires?|responses?|réponses?|réactions?|reactions?)\s*"
    r"\(\s*[1-9]\d*\s*\)\s*:?\s*$",
    re.IGNORECASE,
)
# A comment's author on a line of their own, before its text: "John Pearce", "Marcel
# Gbangou a écrit :", "Andy wrote:" (trial 65: four comments read as one, unnamed).
_AUTHOR_LINE = re.compile(
    r"^\s*([A-ZÀ-Ý][\w'’-]+(?:\s+(?:de\s+|van\s+)?[A-ZÀ-Ý][\w'’.-]+){0,3})"
    r"(?:\s+(?:wrote|says|said|a\s+écrit|écrit|dit))?\s*:?\s*$"
)
_COMMENT_FORM = re.compile(
    r"^(?:leave\s+a\s+(?:reply|comment)|post\s+a\s+comment|add\s+a\s+comment|join\s+the\s+discussion"
    r"|write\s+a\s+comment|comments\s+are\s+closed)\b",
    re.IGNORECASE,
)
_BYLINE = re.compile(r"^[Bb]y\s+[A-Z][^.!?]{0,100}$")
_BULLET_MARKS = "•·▪●■◦-*+"
_BULLET = re.compile(rf"^(\s*)([{re.escape(_BULLET_MARKS)}])\s+")
_SPACES = re.compile(r"\s*")
_NUMBERED_COMMENT = re.compile(r"^(\s{0,4})(\d{1,3})\.\s+")
_HEADING = re.compile(r"^(#{1,6})\s+")
_SIGNATURE = re.compile(
    r"(?:cheers|thanks|regards|best(?:\s+regards)?|kind\s+regards|sincerely|cordially)[,!.]?\s+"
    r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\.?\s*$",
    re.IGNORECASE,
)
_TERMINAL = tuple(".!?:;,\"”’')")
_RAIL_LINE_MAX = 300
_SHORT_LINE = 90
# A headline standing alone on the first line may run longer than a link or a section
# head: news sites' titles reach 100-150 characters ("RDC : au moins 700 morts et 2800
# blessés dans les combats pour le contrôle de Goma, selon l'ONU", 95).
_TITLE_LINE = 160


@dataclass(frozen=True, slots=True)
class _Line:
    """One line of the text: `source[start:end]` is its content, stripped. It keeps
    no copy of its words (a long file's lines would weigh as much as the file)."""

    start: int
    end: int  # end of the content, trailing white space and newline excluded
    source: str  # the whole text

    @property
    def text(self) -> str:
        """The content, a copy: asked of short lines, or of lines the rules must read."""
        return self.source[self.start : self.end]

    @property
    def length(self) -> int:
        return self.end - self.start

    @property
    def first(self) -> str:
        """The content's first character ("" for a blank line), without a copy of the rest."""
        return self.source[self.start : self.start + 1] if self.end > self.start else ""

    @property
    def blank(self) -> bool:
        return self.start == self.end


class _Zone(Enum):
    ARTICLE = auto()
    RAIL = auto()
    COMMENTS = auto()
    FORM = auto()


# Where str.splitlines() breaks a line ("\r\n" is one break). It opens with the class
# of the breaks, which lets the engine skip to the next one: twice as fast as
# "\r\n|[...]", whose first branch is tried at every character.
_LINE_BREAK = re.compile("[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029](?:(?<=\r)\n)?")


def _lines(text: str) -> Iterator[_Line]:
    """The lines of `text` as `str.splitlines` cuts them, each with its content's span."""
    pos = 0
    for brk in _LINE_BREAK.finditer(text):
        yield _line(text, pos, brk.start())
        pos = brk.end()
    if pos < len(text):
        yield _line(text, pos, len(text))


def _line(text: str, start: int, end: int) -> _Line:
    """The line `text[start:end]` without its leading and trailing white space (as
    `str.strip` has it), found without a copy of the line: a file with no line break
    is one line, and copies of it weighed twice the file."""
    lead = _SPACES.match(text, start, end)
    start = lead.end() if lead else start  # `\s*` always matches; the fallback is for the types
    while end > start and text[end - 1].isspace():
        end -= 1
    return _Line(start, end, text)


def _headline_like(line: _Line) -> bool:
    """Short, capitalised, no sentence punctuation at the end: a title or a link."""
    if not 0 < line.length <= _SHORT_LINE:
        return False  # a long line is never copied to be read
    text = line.text
    return _opens_as_headline(text, "\"“'‘") and not _without_signs(text).endswith(_TERMINAL)


def _without_signs(text: str) -> str:
    """`text` without the emoji and other signs that close it: a post's "7 dead, 24
    wounded. 🕯" (trial 73b) ends a sentence, and is no headline."""
    end = len(text)
    while end > 0 and (text[end - 1].isspace() or unicodedata.category(text[end - 1])[0] in "SMC"):
        end -= 1
    return text[:end]


def _opens_as_headline(text: str, quotes: str) -> bool:
    """Whether `text` opens as a headline does: a capital, a digit or one of `quotes`."""
    return text[0].isupper() or text[0].isdigit() or text[0] in quotes


def _title_like(line: _Line) -> bool:
    """A first line standing alone that reads as a headline: up to `_TITLE_LINE`
    characters, capitalised, and no sentence punctuation at its end once a closing
    quote is set aside ("Chad: 'More than a dozen killed in Boko Haram attack'" is a
    title, "He said: 'We lost 12.'" is not)."""
    if not 0 < line.length <= _TITLE_LINE:
        return False
    text = line.text
    return _opens_as_headline(text, "\"“'‘«") and not text.rstrip("\"”’'»)").endswith(
        tuple(".!?:;,")
    )


def find_blocks(text: str) -> list[Block]:
    """The body blocks of `text`, in order; everything else is furniture.

    The lines are read as they are cut, each with the next one (`_in_context`): no
    list of every line is made, so what this holds beyond the text is its blocks
    (a file of short lines made a line object and its offsets per 20 characters,
    six times the text)."""
    blocks: list[Block] = []
    zone = _Zone.ARTICLE
    seen_timestamp = False
    previous: _Line | None = None  # the last article line: no copy of it is kept
    comments = _CommentTracker()
    for line, following, listed in _in_context(_lines(text)):
        if line.blank:
            zone = _Zone.ARTICLE if zone is _Zone.RAIL else zone
            continue
        kind = _short_line_kind(line.text) if line.length <= _RAIL_LINE_MAX else None
        if zone is _Zone.FORM or kind is _Zone.FORM:
            zone = _Zone.FORM
            continue
        if kind is _Zone.COMMENTS:
            zone = _Zone.COMMENTS
            continue
        if zone is _Zone.COMMENTS:
            comment = comments.block(line)
            if comment is not None:  # none for an author's name line
                blocks.append(comment)
            continue
        if kind == "timestamp":
            zone = (
                _Zone.RAIL if seen_timestamp else zone
            )  # another story's timestamp: teasers follow
            seen_timestamp = True
            continue
        if kind is _Zone.RAIL or (zone is _Zone.RAIL and line.length < _RAIL_LINE_MAX):
            zone = _Zone.RAIL
            continue
        zone = _Zone.ARTICLE
        if kind == "furniture" or listed or _same_text(line, previous) or _place_and_date(line):
            continue
        previous = line
        wrapped = following is not None and following.first.islower()
        # more text after a blank line, or a headline over its outlet's dated line
        alone = following is not None and (following.blank or (not blocks and _dated(following)))
        block = _article_block(line, first=not blocks, wrapped=wrapped, alone=alone)
        if block is not None:
            blocks.append(block)
    return _merge_wrapped(text, blocks)


def _short_line_kind(text: str) -> _Zone | str | None:
    """What a short line announces: a comment form or section, a rail, a timestamp,
    or furniture of its own. Long lines are never furniture, so they skip all this."""
    if _COMMENT_FORM.match(text):
        return _Zone.FORM
    if _COMMENT_HEADER.match(text):
        return _Zone.COMMENTS
    if _TIMESTAMP.match(text):
        return "timestamp"
    if _RAIL_START.match(text):
        return _Zone.RAIL
    if _FURNITURE_LINE.match(text) or _BYLINE.match(text):
        return "furniture"
    return None


def _same_text(line: _Line, other: _Line | None) -> bool:
    """Whether two lines say the same; copies are made only of lines as long."""
    return other is not None and line.length == other.length and line.text == other.text


def _article_block(line: _Line, first: bool, wrapped: bool, alone: bool) -> Block | None:
    """The line's block: a heading, a bullet, a title, a paragraph, or None for a
    headline-like line past the first. The first line is the title where it is
    headline-like, or where it stands alone (a blank line after it, then more text)
    and reads as a headline up to `_TITLE_LINE` characters (`_title_like`). Only a
    line that opens as a heading or a bullet does, or a first line, is copied to be
    read."""
    heading = _HEADING.match(line.text) if line.first == "#" else None
    if heading:
        kind = BlockKind.TITLE if first else BlockKind.PARAGRAPH
        return Block(start=line.start + heading.end(), end=line.end, kind=kind)
    bullet = _BULLET.match(line.text) if line.first in _BULLET_MARKS else None
    if bullet:
        return Block(start=line.start + bullet.end(), end=line.end, kind=BlockKind.BULLET)
    if first and alone and _title_like(line):
        return Block(start=line.start, end=line.end, kind=BlockKind.TITLE)
    if _headline_like(line) and not wrapped:
        # The first headline-like line is the title; later ones are section
        # heads or inline links to other stories, which carry no claims of this one.
        return Block(start=line.start, end=line.end, kind=BlockKind.TITLE) if first else None
    return Block(start=line.start, end=line.end)


def _in_context(lines: Iterator[_Line]) -> Iterator[tuple[_Line, _Line | None, bool]]:
    """Each line with the line after it (None after the last) and whether it is in a
    related-story list: a run of two or more adjacent headline-like lines, which is
    to say a headline-like line next to another. One line ahead and one behind are
    all this holds, however many lines the text has."""
    current = next(lines, None)
    current_listable = current is not None and _listable(current)
    previous_listable = False
    while current is not None:
        following = next(lines, None)
        following_listable = following is not None and _listable(following)
        listed = current_listable and (previous_listable or following_listable)
        yield current, following, listed
        previous_listable, current_listable = current_listable, following_listable
        current = following


# A line that closes on a full date: a report's own line ("Daily report on security
# actions, Tuesday, December 1, 2026", trial 73d: read with the sender's line above it as
# a list of two links, and the report titled by its first section head), not a link.
_ENDS_DATED = re.compile(
    r"(?:\d{1,2}(?:er)?\s+" + _MONTH + r"|" + _MONTH + r"\s+\d{1,2},?)\s+\d{4}\s*$", re.IGNORECASE
)


def _place_and_date(line: _Line) -> bool:
    """Whether a short line is a statement's place and date alone ("Bogotá, D.C.,
    November 30, 2026"): where and when it was issued, no title (trial 73d's communiqué
    was titled so once such a line stopped reading as a link)."""
    if line.length > _SHORT_LINE:
        return False
    dated = _ENDS_DATED.search(line.text)
    return dated is not None and len(line.text[: dated.start()].split()) <= _PLACE_WORDS


_PLACE_WORDS = 3  # words before its date in a place-and-date line ("Bogotá, D.C.,")

# A date in figures, day first, closing a line: "Guinée Politique, publié le 22/11/2026".
_ENDS_NUMERIC_DATE = re.compile(r"\b\d{1,2}/\d{1,2}/\d{4}\s*$")


def _dated(line: _Line) -> bool:
    """Whether a short line closes on a full date, in words or in figures: an outlet's
    or a statement's line of its name and day. Under a first line it makes that line a
    title, as a blank line does (trial 79: "Guinée Politique, publié le 22/11/2026" under
    a headline of 104 characters left the story untitled and its outlet unread)."""
    return line.length <= _SHORT_LINE and _closes_on_date(line.text)


def _closes_on_date(text: str) -> bool:
    """Whether `text` closes on a full date, in words or in figures."""
    return _ENDS_DATED.search(text) is not None or _ENDS_NUMERIC_DATE.search(text) is not None


def _listable(line: _Line) -> bool:
    """Whether the line could be an item of a related-story list: headline-like, no
    bullet, no date alone (a title over its date, "23/03/2020", is no list of two)."""
    return (
        not line.blank
        and _headline_like(line)
        and not _BULLET.match(line.text)
        and not _DATE_LINE.match(line.text)
        and not _closes_on_date(line.text)
    )


def _merge_wrapped(text: str, blocks: list[Block]) -> list[Block]:
    """Join paragraph lines that a hard wrap split mid-sentence."""
    merged: list[Block] = []
    for block in blocks:
        prev = merged[-1] if merged else None
        if (
            prev is not None
            and prev.kind is block.kind is BlockKind.PARAGRAPH
            and prev.comment == block.comment
            and not text[prev.start : prev.end].endswith(_TERMINAL)
            and text[prev.end : block.start].count("\n") == 1
            and text[block.start : block.start + 1].islower()
        ):
            merged[-1] = replace(prev, end=block.end)
            continue
        merged.append(block)
    return merged


_AUTHOR_MAX = 60  # characters: a longer line is a comment's text, not its author's name
# An author's name and the comment's date after a dash: "Sara_ElFasher - 11 mai 2025 à 15h40"
_DATED = re.compile(r"^(.{2,40}?)\s+[-–—|]\s+(.+)$")
# A comment's buttons and counts, capitalised as names are: "Reply", "Like", "Share".
_NOT_AUTHOR = re.compile(
    r"\s*(?:reply|replies|like|likes|share|report|edit|delete|permalink|load\s+more|show\s+more"
    r"|répondre|signaler|partager|j['’]aime|anonymous|anonyme|guest|invité)\b",
    re.IGNORECASE,
)


class _CommentTracker:
    """Numbers the comments under a post: "2" for the second, "1.1" for a reply to the first."""

    def __init__(self) -> None:
        self.top = 0
        self.reply = 0
        self.author: str | None = None  # the name line the comment opened with

    def block(self, line: _Line) -> Block | None:
        """The comment block of a line under the post; None for a line that names the
        next comment's author ("John Pearce"), who is then its `commenter`."""
        text = line.text
        author = None
        if len(text) <= _AUTHOR_MAX and not _NOT_AUTHOR.match(text):
            dated = _DATED.match(text)  # "Abu Moez - 11 mai 2025 à 14h02" (trial 67)
            named = dated.group(1) if dated and _DATE_LINE.match(dated.group(2)) else text
            author = _AUTHOR_LINE.match(named)
        if author:  # "John Pearce" alone on its line: the next comment, and who wrote it
            self.top, self.reply, self.author = self.top + 1, 0, author.group(1)
            return None
        numbered = _NUMBERED_COMMENT.match(text)
        bullet = _BULLET.match(text)
        start = line.start
        if numbered:
            self.top, self.reply = int(numbered.group(2)), 0
            start += numbered.end()
        elif bullet:
            self.reply += 1
            start += bullet.end()
        return self._block(start, line.end)

    def _block(self, start: int, end: int) -> Block:
        label = str(self.top) if self.reply == 0 else f"{self.top}.{self.reply}"
        return Block(
            start=start, end=end, kind=BlockKind.COMMENT, comment=label, commenter=self.author
        )


def name_commenters(text: str, blocks: list[Block]) -> list[Block]:
    """Give each comment the name it signs with ("Cheers, Andy."), expanded to a
    full name the post mentions ("Commenters Andy Morgan and ...")."""
    signed: dict[str, str] = {}
    for block in blocks:
        if block.comment is None:
            continue
        match = _SIGNATURE.search(text, block.start, block.end)
        if match:
            signed[block.comment] = _full_name(text, match.group(1))
    return [replace(b, commenter=signed[b.comment]) if b.comment in signed else b for b in blocks]


def _full_name(text: str, name: str) -> str:
    if " " in name:
        return name
    fuller = re.search(rf"\b{re.escape(name)}\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b", text)
    return fuller.group(0) if fuller else name
