"""A claim an analyst adds by hand (`claim add`), from a span of a stored document:
its fields as typed and checked, its figure and a money span's currency read from the
span, and the place, country and date it was not given taken from its context."""

from __future__ import annotations

from collections.abc import Mapping

from workbench.errors import WorkbenchError
from workbench.extract.number_words import Number
from workbench.extract.numbers import Quantity
from workbench.extract.sentences import split_sentences
from workbench.extract.span_context import span_context
from workbench.models import Category, Claim, Scope, SourceDocument, StoredClaim
from workbench.service.fields import parse_changes
from workbench.service.span_figures import figures_read
from workbench.vocabulary import is_currency


def _span_quantity(document: SourceDocument, span: str) -> Quantity | None:
    """The one figure `span` states, read as the extractor reads figures
    (`span_figures.figures_read`): its bounds and qualifier ("about 40", "une dizaine",
    "between 10 and 20") and a money span's currency ("800 million riel": KHR; "$3m":
    USD). The document's language is tried first, then the other (a French paragraph in
    an English digest). None where the span states no figure, or two ("24 and 30": the
    analyst chooses)."""
    for found in figures_read(span, french_first=document.language == "fr"):
        if found:
            return found[0] if len(found) == 1 else None
    return None


def _figure_fields(quantity: Quantity | None, span: str, qualifier: str) -> dict[str, str]:
    """The figure fields (`parse_changes`' value, low, high, qualifier) of a span's one
    figure: its value alone where the analyst typed a `qualifier` and the figure has a
    value (the bounds then follow the qualifier typed), else its bounds and qualifier too.
    WorkbenchError when the span states no figure the reader knows, or several."""
    if quantity is None:
        raise WorkbenchError(
            f"{span!r} is not one number: give the figure (value, or low and high)"
        )
    if qualifier.strip() and quantity.value is not None:
        return {"value": _shown(quantity.value)}
    return {
        "value": _shown(quantity.value),
        "low": _shown(quantity.low),
        "high": _shown(quantity.high),
        "qualifier": quantity.qualifier,
    }


def _shown(number: Number | None) -> str:
    """A figure as `parse_changes` reads it; "" for an open bound."""
    return "" if number is None else str(number)


def _currency(quantity: Quantity | None) -> dict[str, str]:
    """The currency field of a money span's figure; {} where it names no currency the
    extractor knows (a unit such as km or percent is no currency)."""
    unit = quantity.unit if quantity else None
    return {"currency": unit} if unit is not None and is_currency(unit) else {}


def hand_claim(document: SourceDocument, start: int, end: int, fields: Mapping[str, str]) -> Claim:
    """The claim an analyst adds from `document.text[start:end]` with the `fields` as
    typed (`fields.parse_changes` reads them: a category is needed, the figure read from
    the span where it is one number, a money span's currency read from its words).
    Raises WorkbenchError for a span outside the text or of white space only, or with
    no category; WrongValue for a field that is wrong."""
    text = document.text
    if not 0 <= start < end <= len(text):
        raise WorkbenchError(
            f"{document.path}: characters {start}-{end} are not a span of its"
            f" {len(text)} characters"
        )
    span = text[start:end]
    if not span.strip():
        raise WorkbenchError(f"{document.path}: characters {start}-{end} are only white space")
    if not fields.get("category", "").strip():
        raise WorkbenchError("category: a claim added by hand needs one")
    given = dict(fields)
    given.pop("voice", None)
    quantity = _span_quantity(document, span)
    if not any(given.get(f, "").strip() for f in ("value", "low", "high")):
        figure = _figure_fields(quantity, span, given.get("qualifier", ""))
        given = {**figure, **{k: v for k, v in given.items() if v.strip()}}
    if given["category"].strip().lower() == Category.MONEY.value and "currency" not in given:
        given.update(_currency(quantity))
    blank = StoredClaim(
        id=0,
        document_id=0,
        voice_id=0,
        voice="",
        source=document.path,
        start=start,
        end=end,
        text=span,
        sentence=span,
        category=Category.OTHER,
        value=None,
        low=None,
        high=None,
        qualifier=given.get("qualifier", "exact").strip() or "exact",
    )
    values = parse_changes(blank, {"qualifier": blank.qualifier, **given})
    return Claim(
        source=document.path,
        start=start,
        end=end,
        text=span,
        sentence=_sentence(document, start, end),
        category=Category(values["category"]),
        value=values["value"],
        low=values["low"],
        high=values["high"],
        qualifier=values["qualifier"],
        subject=values.get("subject"),
        actor=values.get("actor"),
        location=values.get("place"),
        date=values.get("date"),
        hedged=bool(values.get("hedged", False)),
        figure_denied=bool(values.get("denied", False)),
        scope=Scope(values.get("scope", Scope.INCIDENT.value)),
        unit=values.get("currency") or values.get("side"),
    )


def in_context(claim: Claim, others: list[StoredClaim], document: SourceDocument) -> Claim:
    """`claim` with the place, country and date it was not given taken from its own
    sentence, read as the extractor reads its claims' (`extract.span_context`: a
    trial's hand-added toll took another sentence's place though its own named one);
    else from the document's claims nearest it in the same block (paragraph) that
    have a place, and that have a date (a "toll this week" beside it may name the
    place and not the day), one before it first; where no claim of its block has
    them, those every claim of the document agrees on (an article of one place or
    one day); else as it is."""
    own = span_context(document, claim.start, claim.end)
    block = _block_of(document, claim.start)
    near = [c for c in others if _block_of(document, c.start) == block]
    placed_near = _nearest(claim, [c for c in near if c.location])
    dated_near = _nearest(claim, [c for c in near if c.date])
    place = (
        (placed_near.location, placed_near.country)
        if placed_near
        else _agreed([(c.location, c.country) for c in others if c.location])
    )
    date = (
        (dated_near.date, dated_near.date_text)
        if dated_near
        else _agreed([(c.date, c.date_text) for c in others if c.date])
    )
    if own.location:
        place = (own.location, own.country)
    if own.date:
        date = (own.date, own.date_text)
    fill = {
        "location": claim.location or place[0],
        "country": claim.country or place[1],
        "date": claim.date or date[0],
        "date_text": claim.date_text or (date[1] if not claim.date else None),
    }
    return claim.model_copy(update=fill)


def _nearest(claim: Claim, near: list[StoredClaim]) -> StoredClaim | None:
    """The claim of `near` closest to `claim`, one before it first; None if none."""
    if not near:
        return None
    return min(near, key=lambda c: (c.start > claim.start, abs(c.start - claim.start)))


def _agreed(values: list[tuple[str | None, str | None]]) -> tuple[str | None, str | None]:
    """The one value all of `values` hold, else (None, None)."""
    return values[0] if values and len(set(values)) == 1 else (None, None)


def _block_of(document: SourceDocument, at: int) -> int:
    """The index of the block holding character `at`, -1 outside every block."""
    return next((i for i, b in enumerate(document.blocks) if b.start <= at < b.end), -1)


def _sentence(document: SourceDocument, start: int, end: int) -> str:
    """The sentence the span stands in, else its line."""
    text = document.text
    for sentence in split_sentences(text, document.blocks):
        if sentence.start <= start and end <= sentence.end:
            return text[sentence.start : sentence.end]
    first = text.rfind("\n", 0, start) + 1
    last = text.find("\n", end)
    return text[first : len(text) if last < 0 else last]
