"""Reading files into source documents: pure code, no database and no UI.

The readers load on first use of the names below, not with the package: the
shells' options read `ingest.files`, `ingest.limits` and `ingest.language` alone,
and `workbench --help` should not wait for extraction's patterns."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from workbench.ingest.readers import FORMATS, document_from_text, read_source

__all__ = ["FORMATS", "document_from_text", "read_source"]


def __getattr__(name: str) -> Any:
    """`FORMATS`, `document_from_text` and `read_source`, from `ingest.readers`."""
    if name in __all__:
        from workbench.ingest import readers

        return getattr(readers, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
