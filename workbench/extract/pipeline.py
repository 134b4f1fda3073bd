"""Turn a source document into claims: the extraction pipeline, pure code.

A document is read a page at a time (extract/document.py) by the reader of its
language: English (`reader.Reader`) or French (`french.reader.FrenchReader`);
`SourceDocument.language` says which, English where it is not set.
"""

from __future__ import annotations

from collections.abc import Iterator

from workbench.extract.document import Whole, pages
from workbench.extract.french.reader import FrenchReader
from workbench.extract.reader import Reader
from workbench.models import Claim, SourceDocument

READ_LANGUAGES = frozenset({"en", "fr"})  # ISO 639-1 codes of the languages read


def extract_claims(doc: SourceDocument) -> list[Claim]:
    """Every checkable quantity in the document's body text, in reading order."""
    return list(iter_claims(doc))


def iter_claims(doc: SourceDocument) -> Iterator[Claim]:
    """The claims of `extract_claims`, yielded as they are read, a page at a time
    (extract/document.py). A figure restated without its source takes the source its
    restatement names within `RESTATED_WITHIN` claims on its page (restatements.py),
    so a caller that does not keep the claims holds at most that many, and one page's
    text, however long the document. A document in a language not in
    `READ_LANGUAGES` gives none (ingest warns of it)."""
    if doc.language is not None and doc.language not in READ_LANGUAGES:
        return  # read with English words, another language gives only mistakes
    whole = Whole(doc)
    reader = FrenchReader if doc.language == "fr" else Reader
    for page in pages(doc):
        yield from reader(page.doc, whole, page.offset).claims()
