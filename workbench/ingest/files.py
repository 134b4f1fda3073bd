"""Which files an ingest reads, and the metadata given for them beside the text."""

from __future__ import annotations

import json
from dataclasses import dataclass, fields, replace
from pathlib import Path

from workbench.errors import SourceError
from workbench.extract.dates import parse_date
from workbench.ingest.readers import FORMATS
from workbench.models import SourceDocument


@dataclass(frozen=True)
class Metadata:
    """Metadata given for a document; None leaves what the text says."""

    outlet: str | None = None
    title: str | None = None
    url: str | None = None
    published: str | None = None

    def over(self, other: Metadata) -> Metadata:
        """These values, falling back to `other`'s where unset."""
        return replace(
            other, **{f.name: getattr(self, f.name) for f in fields(self) if getattr(self, f.name)}
        )


def collect(paths: list[str]) -> tuple[list[str], list[str]]:
    """The files to read (folders walked for text, Markdown and HTML, in name order)
    and a one-line error for each path that is not there."""
    files: list[str] = []
    errors: list[str] = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            files += [
                str(p)
                for p in sorted(path.rglob("*"))
                if p.is_file() and p.suffix.lower() in FORMATS and not p.name.startswith(".")
            ]
        elif path.exists():
            files.append(given)
        else:
            errors.append(f"{given}: no such file or directory")
    return files, errors


def sidecar(path: str) -> Metadata:
    """Metadata from `NAME.json` (or `NAME.txt.json`) beside the file, if there is one."""
    source = Path(path)
    for candidate in (source.with_suffix(".json"), source.with_name(source.name + ".json")):
        if candidate.is_file() and candidate != source:
            try:
                data = json.loads(candidate.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
                raise SourceError(str(candidate), f"sidecar is not valid JSON ({error})") from None
            if not isinstance(data, dict):
                raise SourceError(str(candidate), "sidecar must hold a JSON object")
            return Metadata(**{f.name: _text(data.get(f.name)) for f in fields(Metadata)})
    return Metadata()


def apply(doc: SourceDocument, metadata: Metadata) -> SourceDocument:
    """The document with the given metadata in place of what its text says."""
    update: dict[str, object] = {
        k: v for k in ("outlet", "title", "url") if (v := getattr(metadata, k))
    }
    if metadata.published:
        date = parse_date(metadata.published)
        if date is None:
            raise SourceError(doc.path, f"cannot read the date {metadata.published!r}")
        update["published"] = date
    return doc.model_copy(update=update) if update else doc


def _text(value: object) -> str | None:
    return str(value).strip() or None if value is not None else None
