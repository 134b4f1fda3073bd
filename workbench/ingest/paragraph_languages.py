"""Paragraphs written in the other language Workbench reads than their document's:
a press review or a pasted digest that runs French articles after English ones. A
trial's digest of English and French reports was detected French as a whole and
its English paragraphs gave no claims, without a word. Each such paragraph is
marked with its language (its block's `language`), which the extractor reads it in
(`extract.pipeline`), and the document carries one warning saying so.

A paragraph is tested only where it is long enough to tell (`_LETTERS`) and its
function words lean clearly to the other language (`_FUNCTION_WORDS`, a count that
costs a scan of its words); lingua (`language.detect_language`) must then agree.
A quote or a name in another language inside a paragraph moves nothing.
"""

from __future__ import annotations

import re
from dataclasses import replace

from workbench.ingest.language import detect_language, language_name
from workbench.models import SourceDocument

# The commonest words of each language the extractor reads, none shared: what tips a
# paragraph's count ("la", "on", "a", "an" are words of both, or of Spanish and
# Italian); a news paragraph's own words too, which a short one holds where it holds
# few of the others ("Gunmen killed 19 soldiers in an ambush near Damboa, police said
# Tuesday.": a trial's, read as French with its document)
_FUNCTION_WORDS = {
    "en": frozenset(
        "the of and to is was were that with from by which have has in at it its he she they "
        "their his said says killed after near".split()
    ),
    "fr": frozenset(
        "le les des du et est sont dans une pour par sur avec qui été au aux ont selon tués "
        "près leur".split()
    ),
}
_LETTERS = 40  # fewer letters than this in a paragraph tell too little (a news line has 50)
_LEAD = 3  # the other language's function words, at least this many times the own's
_FEWEST = 3  # and at least this many (news paragraphs run 80 to 200 letters)
_SAMPLE = 2_000  # characters of a paragraph read: its start tells its language
_WORD = re.compile(r"[^\W\d_]+")


def with_paragraph_languages(doc: SourceDocument) -> SourceDocument:
    """`doc` with each paragraph (not a comment: `language.with_comment_languages`
    marks those) clearly written in the other language the extractor reads marked
    with that language, and one warning naming them; `doc` itself where none is,
    or where its own language is none the extractor reads. Callers leave a
    language the analyst gave as it is, for every paragraph (`readers.in_language`)."""
    own = doc.language or "en"
    if own not in _FUNCTION_WORDS:
        return doc
    blocks, found = [], set()
    for block in doc.blocks:
        code = None
        if block.comment is None and block.language is None:
            end = min(block.end, block.start + _SAMPLE)  # a page-long line is not copied
            code = _other_language(doc.text[block.start : end], own)
        if code is not None:
            found.add(code)
            block = replace(block, language=code)
        blocks.append(block)
    if not found:
        return doc
    others = " and ".join(language_name(code) for code in sorted(found))
    warning = (
        f"{doc.path}: written in {language_name(own)} with paragraphs in {others}:"
        " each paragraph is read in its own language"
    )
    return doc.model_copy(update={"blocks": blocks, "warnings": [*doc.warnings, warning]})


def _other_language(text: str, own: str) -> str | None:
    """The other read language `text` is clearly written in, or None."""
    words = [w.lower() for w in _WORD.findall(text)]
    if sum(map(len, words)) < _LETTERS:
        return None
    counts = {code: sum(w in known for w in words) for code, known in _FUNCTION_WORDS.items()}
    other = max((code for code in counts if code != own), key=counts.__getitem__)
    if counts[other] < _FEWEST or counts[other] < _LEAD * counts[own]:
        return None
    return other if detect_language(text) == other else None
