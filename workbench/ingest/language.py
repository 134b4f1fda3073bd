"""The language a document is written in, detected by lingua (a maintained
detector that holds up on short texts), for the extractor to read it with the
right words, and for the analyst to be warned of what it cannot read.

Detection is among the languages conflict reporting is most often written in
(`LANGUAGES`), in lingua's low-accuracy mode, which loads little and answers in a
millisecond or two on an article; the first call loads the models (about a fifth
of a second). A text too short to tell is None.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import Any

import pycountry
from lingua import Language, LanguageDetector, LanguageDetectorBuilder

from workbench.models import Block, SourceDocument
from workbench.vocabulary import READ_LANGUAGES

LANGUAGES = (
    Language.ENGLISH,
    Language.FRENCH,
    Language.SPANISH,
    Language.PORTUGUESE,
    Language.ARABIC,
    Language.RUSSIAN,
    Language.UKRAINIAN,
    Language.GERMAN,
    Language.ITALIAN,
    Language.DUTCH,
    Language.TURKISH,
    Language.PERSIAN,
    Language.URDU,
    Language.HINDI,
    Language.SOMALI,
    Language.SWAHILI,
    Language.YORUBA,
    Language.CHINESE,
)
_MIN_LETTERS = 20  # fewer letters than this tell no language
_SHORT_LETTERS = 120  # lingua's low-accuracy mode is reliable from about this many letters
_SHORT_MARGIN = 0.25  # below it, how far a short text's first language must lead the second
_SAMPLE = 20_000  # characters read: the start of a long document tells its language


@cache
def _detector() -> LanguageDetector:
    return LanguageDetectorBuilder.from_languages(*LANGUAGES).with_low_accuracy_mode().build()


def detect_language(text: str) -> str | None:
    """The ISO 639-1 code ("en", "fr") of the language `text` is written in; None
    when it is too short to tell or lingua cannot. A short text (a headline, a
    pasted line) whose likeliest language leads the next by less than
    `_SHORT_MARGIN` of lingua's confidence is None too: in its low-accuracy mode
    lingua called "Blast at Syria-Turkey border kills 20 rebels: monitor" German
    (0.51 against English 0.48), and a document in a language the extractor does not
    read gives no claims; None is read as English, without a warning."""
    sample = text[:_SAMPLE]
    letters = sum(c.isalpha() for c in sample[:2_000])
    if letters < _MIN_LETTERS:
        return None
    if letters < _SHORT_LETTERS:
        first, second, *_ = _detector().compute_language_confidence_values(sample)
        code = first.language.iso_code_639_1.name.lower()
        if first.value - second.value < _SHORT_MARGIN or _read_words_against(code, sample):
            return None
        return code
    found = _detector().detect_language_of(sample)
    if found is None:
        return None
    code = found.iso_code_639_1.name.lower()
    return code if code in READ_LANGUAGES else _read_by_its_words(sample) or code


# Words of the languages Workbench reads that a short text in another hardly holds:
# lingua's low-accuracy mode called "A bomb in Islamabad kills 17." Spanish (0.92),
# and a one-line report gave no claim; "A mob lynched a man in Kano." Italian (0.81).
_READ_WORDS = {
    "en": frozenset(
        "an the in on at of to by for with from and after near kill kills killed killing dies "
        "died dead wounded injured says said people soldiers police toll man men woman women "
        "child children gunmen mob shot lynched attacked were".split()
    ),
    # none that Spanish or Italian share ("la", "un", "des" ...)
    "fr": frozenset("du aux dans près tués morts blessés selon ont été".split()),
}
_WORD = re.compile(r"[^\W\d_]+")


# Words frequent in prose of a language Workbench reads and in none of the others
# lingua weighs here ("in", "an", "was" are German too, "of", "is" Dutch, "des" German)
_PROSE_WORDS = {
    "en": frozenset(
        "the and to by for with from after near were killed kill kills died dead wounded "
        "injured says said people soldiers police toll that this they their have are".split()
    ),
    "fr": frozenset(
        "les du aux dans près tués morts blessés selon ont été une sont avec pour est".split()
    ),
}
_PROSE_SHARE = 0.08  # half of English prose's share (about one word in six is one above)
_PROSE_DISTINCT = 3


def _read_by_its_words(text: str) -> str | None:
    """The language Workbench reads whose frequent words (`_PROSE_WORDS`) make up at
    least `_PROSE_SHARE` of a long text's first 2,000 words, three different ones
    at least, or None: lingua's low-accuracy mode called a list of "7 soldiers were
    killed in Bol." German, and an English text would give no claims."""
    words = [w.lower() for w in _WORD.findall(text[:_SAMPLE])][:2_000]
    for code, known in _PROSE_WORDS.items():
        found = [w for w in words if w in known]
        if len(set(found)) >= _PROSE_DISTINCT and len(found) >= _PROSE_SHARE * len(words):
            return code
    return None


def _read_words_against(code: str, text: str) -> bool:
    """Whether a short text detected as `code` holds two different words or more of
    another language Workbench reads (`_READ_WORDS`), and more of them than of
    `code`'s own: then its language is not known (read as English, no warning), not
    a language whose claims are dropped, nor one the extractor reads with the wrong
    words (lingua called "Bomb kills 18 rebels in Azaz" French, and the headline gave
    no claim)."""
    words = {w.lower() for w in _WORD.findall(text)}
    own = len(words & _READ_WORDS.get(code, frozenset()))
    return any(
        len(words & known) >= 2 and len(words & known) > own
        for language, known in _READ_WORDS.items()
        if language != code
    )


def with_comment_languages(doc: SourceDocument) -> SourceDocument:
    """`doc` with each comment written in another language than the document marked
    so (its blocks' `language`: a blog post's readers who switch language), and a
    warning for each such language the extractor does not read. A comment too short
    to tell keeps the document's language."""
    comments: dict[str, list[Block]] = {}
    for block in doc.blocks:
        if block.comment is not None:
            comments.setdefault(block.comment, []).append(block)
    other: dict[str, str] = {}  # comment: its language, where not the document's
    for comment, blocks in comments.items():
        code = detect_language(" ".join(doc.text[b.start : b.end] for b in blocks))
        if code is not None and code != (doc.language or "en"):
            other[comment] = code
    if not other:
        return doc
    blocks = [
        replace(b, language=other[b.comment]) if b.comment in other else b for b in doc.blocks
    ]
    marked = doc.model_copy(update={"blocks": blocks})
    unread = [_unread_comments(doc.path, code) for code in marked.comment_languages]
    return marked.model_copy(update={"warnings": [*doc.warnings, *filter(None, unread)]})


def _unread_comments(path: str, code: str) -> str | None:
    """The warning for comments in a language the extractor does not read."""
    if code in READ_LANGUAGES:
        return None
    return (
        f"{path}: some comments are written in {language_name(code)} ({code}), which "
        "Workbench does not read yet: no claims are taken from them"
    )


def is_language(code: str) -> bool:
    """Whether `code` is an ISO 639-1 code ("fr", "EN", "ha"), by pycountry's ISO 639
    tables: any language an analyst may name, not only the 75 lingua detects."""
    return _iso_language(code) is not None


def _iso_language(code: str) -> Any:
    """pycountry's ISO 639 entry for a two-letter code, or None."""
    code = code.strip().lower()
    return pycountry.languages.get(alpha_2=code) if len(code) == 2 and code.isalpha() else None


def language_problem(code: str) -> str | None:
    """What is wrong with a language an analyst gave (--language, the TUI's box), in
    words, or None for an ISO 639-1 code."""
    if is_language(code):
        return None
    return f"{code!r} is not an ISO 639-1 language code (en, fr ...)"


def language_name(code: str) -> str:
    """A language's English name from its ISO 639-1 code ("fr" -> "French", "ha" ->
    "Hausa"), by pycountry; the code itself when it names none."""
    language = _iso_language(code)
    return str(language.name) if language is not None else code


def unread_warning(path: str, code: str | None) -> str | None:
    """The one-line warning for the document at `path` in a language the extractor
    does not read; None for English, French and an unknown language (read as English)."""
    if code is None or code in READ_LANGUAGES:
        return None
    return (
        f"{path}: written in {language_name(code)} ({code}), which Workbench does not read "
        "yet: no claims are taken from it"
    )


def language_doubt(doc: SourceDocument, code: str | None, detected: str | None) -> str | None:
    """The one-line warning for a document read in another language than its text
    seems written in (the analyst's --language against a clear detection: a trial
    read a French report as English and got no claims, with no word why), or whose
    language could not be told though it has words (a short pasted line, read as
    English); None otherwise."""
    if code is not None and detected is not None and code != detected:
        return (
            f"{doc.path}: read as {language_name(code)} ({code}) as asked, though its text "
            f"reads as {language_name(detected)} ({detected})"
        )
    if code is None and any(c.isalpha() for c in doc.text[:2_000]):
        return (
            f"{doc.path}: its language is not clear (a short text): read as English; "
            "give its language (--language fr) to read it otherwise"
        )
    return None
