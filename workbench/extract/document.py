"""A document as the extractor reads it: in pages, with what every page shares.

A long document (a 100 MB export, a file with no line breaks) is read one page at a
time, so the copies the reader makes of its text (lower-cased, asides blanked) and
its list of sentences are a page's, not the whole file's: memory stays bounded by
the page, whatever the length. A page is whole blocks (paragraphs) up to `PAGE`
characters; a block longer than a page is cut at a sentence's end. A document no
longer than a page is its own single page, read exactly as before pages existed.

What a page borrows from the rest of its document (the country the document speaks
of most, its dateline) is worked out once, on the whole, by `Whole`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cached_property

from workbench.extract.gazetteer import Country
from workbench.extract.home_country import dominant_countries
from workbench.extract.place_line import place_line
from workbench.extract.places import PlaceMention, dateline_place
from workbench.models import Block, BlockKind, SourceDocument

PAGE = 50_000  # characters: what a page costs (its copies, its sentences) stays small
_CUT_MARKS = (". ", "! ", "? ", "; ", "\n", " ")  # where a block too long is cut, best first


@dataclass(frozen=True)
class Page:
    """A stretch of a document made a document of its own: `doc.text` is
    `whole.text[offset : offset + len(doc.text)]` and its blocks are shifted to match."""

    offset: int
    doc: SourceDocument


class Whole:
    """What the pages of one document share, computed once, when first asked."""

    def __init__(self, doc: SourceDocument) -> None:
        self.doc = doc
        # the hashes of the long sentences read so far, on any page: one the document
        # repeats word for word is read once (reader.Reader._first_sayings)
        self.said: set[int] = set()

    @cached_property
    def _homes(self) -> tuple[Country | None, Country | None]:
        published = self.doc.published
        return dominant_countries(
            (_body(page.doc) for page in pages(self.doc)),
            title=self.doc.title,
            year=published.year if published else None,
        )

    @property
    def home(self) -> Country | None:
        """The country the document speaks of most: "the country", and the last resort."""
        return self._homes[0]

    @property
    def named_home(self) -> Country | None:
        """The country the document names as a place, not only as who acted: where a
        claim that names no place happened, if anywhere ("a Palestinian militant
        group" names no place)."""
        return self._homes[1]

    @cached_property
    def dateline(self) -> PlaceMention | None:
        """The place of the dateline the first body block opens with ("GAO, Mali —"),
        else of a statement's place line (`place_line`), unless it lies in another
        country than the document's main one. Its offsets are the whole document's."""
        first = next((b for b in self.doc.blocks if b.kind != BlockKind.TITLE), None)
        if first is None:
            return None
        found = dateline_place(self.doc.text, first.start, first.end, lambda: self.home)
        if found is None:  # a statement's "El Fasher, 10 November 2026" on a line alone
            found = place_line(self.doc.text, lambda: self.home, self.doc.outlet)
        return found


def pages(doc: SourceDocument, size: int = PAGE) -> Iterator[Page]:
    """The document cut into pages of whole blocks, each at most `size` characters
    long unless one block alone is longer (then cut at a sentence's end, else at a
    space, else at `size`). A document of at most `size` characters is one page,
    the document itself."""
    if len(doc.text) <= size:
        yield Page(0, doc)
        return
    group: list[Block] = []
    for block in _bounded_blocks(doc, size):
        if group and block.end - group[0].start > size:
            yield _page(doc, group)
            group = []
        group.append(block)
    if group:
        yield _page(doc, group)


def _bounded_blocks(doc: SourceDocument, size: int) -> Iterator[Block]:
    """The document's blocks, each longer than `size` cut into pieces that are not."""
    text = doc.text
    for block in doc.blocks:
        start = block.start
        while block.end - start > size:
            found = (text.rfind(mark, start + size // 2, start + size) for mark in _CUT_MARKS)
            cut = next((at + 1 for at in found if at >= 0), start + size)
            yield replace(block, start=start, end=cut)
            start = cut
        if start < block.end:
            yield replace(block, start=start)


def _body(doc: SourceDocument) -> str:
    """The document's body text, its blocks one to a line."""
    return "\n".join(doc.text[b.start : b.end] for b in doc.blocks)


def _page(doc: SourceDocument, blocks: list[Block]) -> Page:
    offset, end = blocks[0].start, blocks[-1].end
    shifted = [replace(b, start=b.start - offset, end=b.end - offset) for b in blocks]
    return Page(offset, doc.model_copy(update={"text": doc.text[offset:end], "blocks": shifted}))
