"""Claim extraction: pure code from a SourceDocument to Claims, no database and no UI."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from workbench.extract.pipeline import extract_claims, iter_claims

__all__ = ["extract_claims", "iter_claims"]


def __getattr__(name: str) -> object:
    """The pipeline is loaded on first use: a command that reads the database never
    compiles the extraction's patterns (a third of the CLI's start-up)."""
    if name in __all__:
        from workbench.extract import pipeline

        return getattr(pipeline, name)
    raise AttributeError(name)
