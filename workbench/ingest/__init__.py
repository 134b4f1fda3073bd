"""Reading files into source documents: pure code, no database and no UI."""

from workbench.ingest.readers import FORMATS, document_from_text, read_source

__all__ = ["FORMATS", "document_from_text", "read_source"]
