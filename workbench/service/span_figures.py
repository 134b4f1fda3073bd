"""The figures a few words typed or chosen by the analyst state, read as the extractor
reads figures: by its English reader (`extract.numbers.find_quantities`) and its
French one (`extract.french.numbers.find_quantities`, imported when first needed: its
patterns would add to every command's start-up). Serves `claim add` (a span's figure,
`hand_claims`) and `--currency` (a currency's name, `fields`)."""

from __future__ import annotations

from collections.abc import Iterator

from workbench.extract.numbers import Quantity, find_quantities


def figures_read(text: str, french_first: bool = False) -> Iterator[list[Quantity]]:
    """Each reader's figures in the whole of `text`, in order: English then French, or
    French first where `french_first` (a French document's span)."""
    readers = (_english, _french)
    for read in readers[::-1] if french_first else readers:
        yield read(text)


def _english(text: str) -> list[Quantity]:
    return find_quantities(text, 0, len(text), [])


def _french(text: str) -> list[Quantity]:
    from workbench.extract.french.numbers import find_quantities as find_french

    return find_french(text, 0, len(text))
