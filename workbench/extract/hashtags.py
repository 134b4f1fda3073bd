"""Hashtags read as the words they tag (trial 72: an X thread's "the air strike that hit
Kurmin Bawa village in #Kaduna" placed the village nowhere, so the thread's first post,
about Zamfara, located it). The readers see "#Kaduna" as " Kaduna": a sign before a
letter is read as a space, which keeps every offset. The claims keep the text as
written: their words and sentence are taken again from the document.
"""

from __future__ import annotations

import re

from workbench.models import Claim, SourceDocument

# The sign of a hashtag: "#" before a letter, not before a figure ("#5", a number).
_HASHTAG = re.compile(r"#(?=[^\W\d_])")


def unhashed(doc: SourceDocument) -> SourceDocument:
    """The document with each hashtag's sign read as a space ("in #Kaduna": "in  Kaduna");
    the document itself where it holds none ("#5" is no hashtag), so that `as_written`
    has nothing to take again."""
    if "#" not in doc.text:
        return doc
    read = _HASHTAG.sub(" ", doc.text)
    return doc if read == doc.text else doc.model_copy(update={"text": read})


def as_written(claim: Claim, original: str, read: str) -> Claim:
    """`claim`, read from the text `read` (the readers' same-length view of it: `unhashed`,
    `wire_slugs.unslugged`, `group_acronyms.renamed`), with its words and sentence as
    the document `original` writes them (the same offsets; a sentence shown with its
    white space folded, as the readers show it)."""
    if read is original:
        return claim
    words = claim.sentence.split()
    pattern = re.compile(r"\s+".join(map(re.escape, words))) if words else None
    found = (
        pattern.search(read, max(0, claim.start - len(claim.sentence) - 200)) if pattern else None
    )
    sentence = " ".join(original[found.start() : found.end()].split()) if found else claim.sentence
    return claim.model_copy(
        update={"text": original[claim.start : claim.end], "sentence": sentence}
    )
