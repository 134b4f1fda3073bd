"""Turn a source document into claims: the extraction pipeline, pure code.

A document is read a page at a time (extract/document.py) by the reader of its
language: English (`reader.Reader`) or French (`french.reader.FrenchReader`);
`SourceDocument.language` says which, English where it is not set. A comment in
another language (its blocks' `language`, set at ingest) is read by that
language's reader, or not at all if it is none of `READ_LANGUAGES`.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import groupby

from workbench.extract.added_bodies import with_added_bodies
from workbench.extract.dateline_day import dated_by_dateline
from workbench.extract.document import Whole, pages
from workbench.extract.earlier_figures import with_earlier_figures
from workbench.extract.field_voices import with_field_voices
from workbench.extract.group_acronyms import named_back, renamed
from workbench.extract.hashtags import as_written, unhashed
from workbench.extract.later_parts import with_later_parts
from workbench.extract.listed_parts import with_listed_parts
from workbench.extract.own_side import with_own_side
from workbench.extract.pronoun_subjects import with_pronoun_subjects
from workbench.extract.reader import Reader
from workbench.extract.side_totals import with_side_totals
from workbench.extract.told_parts import with_told_parts
from workbench.extract.toll_hedges import toll_doubts, with_toll_hedges
from workbench.extract.wire_slugs import unslugged
from workbench.models import Claim, SourceDocument
from workbench.vocabulary import READ_LANGUAGES


def extract_claims(doc: SourceDocument) -> list[Claim]:
    """Every checkable quantity in the document's body text, in reading order."""
    return list(iter_claims(doc))


def iter_claims(doc: SourceDocument) -> Iterator[Claim]:
    """The claims of `extract_claims`, yielded as they are read, a page at a time
    (extract/document.py). A figure restated without its source takes the source its
    restatement names within `RESTATED_WITHIN` claims on its page (restatements.py),
    so a caller that does not keep the claims holds at most that many (and
    `earlier_figures.WINDOW` more), and one page's text, however long the document.
    A figure the report replaces with a later one is marked `earlier_figure`, one
    site's share of a toll told before (later_parts.py), or bodies found on top of one
    (added_bodies.py), `part`; victims a sentence calls the speaker's own ("de notre
    côté") get the speaker's family (own_side.py); one victim told as "he" the person
    told just before (pronoun_subjects.py). A
    document in a language not in `READ_LANGUAGES` gives none (ingest warns of it)."""
    doc = dated_by_dateline(doc)  # "dimanche" of "MAROUA, 3 mars (AFP) -" is 2 March
    written = doc.text
    doc = unslugged(unhashed(doc))  # "in #Kaduna": the place Kaduna; "UPDATE 1-Four": four
    read = renamed(doc)  # "IS executed 11 captives": the group, not the verb
    acronyms = read is not doc
    doc = read
    whole = Whole(doc)
    doubts = toll_doubts(doc)  # "Reuters could not independently verify either toll."
    for page in pages(doc):
        for language, part in _by_language(page.doc):
            reader = reader_of(language)
            if reader is not None:
                told = with_side_totals(reader(part, whole, page.offset).claims(), doc.published)
                claims = with_earlier_figures(with_listed_parts(told))
                claims = with_told_parts(claims)  # "four killed and seven wounded" both earlier
                claims = with_own_side(with_later_parts(with_added_bodies(claims)), doc)
                claims = with_field_voices(claims, doc.text)  # "killed: 2 (government)"
                claims = with_toll_hedges(claims, doubts)
                for claim in with_pronoun_subjects(claims):  # "He died": the chief told before
                    yield named_back(as_written(claim, written, doc.text), acronyms)


def reader_of(language: str) -> type[Reader] | None:
    """The reader of a language (ISO 639-1): English or French; None for a language
    not in `READ_LANGUAGES` (read with English words, it would give only mistakes).
    The French reader is imported the first time a French page is read: an English
    text never compiles its patterns (a third of the extractor's start-up)."""
    if language not in READ_LANGUAGES:
        return None
    if language != "fr":
        return Reader
    from workbench.extract.french.reader import FrenchReader

    return FrenchReader


def _by_language(doc: SourceDocument) -> Iterator[tuple[str, SourceDocument]]:
    """The document as runs of blocks in one language each, in reading order: the
    document itself when no comment is in another language (English where none is
    set)."""
    language = doc.language or "en"
    if all(b.language is None for b in doc.blocks):
        yield language, doc
        return
    for code, run in groupby(doc.blocks, key=lambda b: b.language or language):
        yield code, doc.model_copy(update={"blocks": list(run), "language": code})
