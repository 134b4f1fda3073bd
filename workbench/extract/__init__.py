"""Claim extraction: pure code from a SourceDocument to Claims, no database and no UI."""

from workbench.extract.pipeline import extract_claims, iter_claims

__all__ = ["extract_claims", "iter_claims"]
