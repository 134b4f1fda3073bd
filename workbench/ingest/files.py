"""Which files an ingest reads, and the metadata given for them beside the text."""

from __future__ import annotations

import json
import os
import stat
from dataclasses import dataclass, fields, replace
from pathlib import Path

from workbench.errors import SourceError
from workbench.extract.dates import parse_date
from workbench.ingest.limits import max_file_size, read_regular, refusal
from workbench.ingest.readers import FORMATS
from workbench.models import SourceDocument


@dataclass(frozen=True)
class Metadata:
    """Metadata given for a document; None leaves what the text says."""

    outlet: str | None = None
    title: str | None = None
    url: str | None = None
    published: str | None = None
    language: str | None = None  # ISO 639-1 code: the analyst's word over detection

    def over(self, other: Metadata) -> Metadata:
        """These values, falling back to `other`'s where unset."""
        return replace(
            other, **{f.name: getattr(self, f.name) for f in fields(self) if getattr(self, f.name)}
        )


def collect(paths: list[str]) -> tuple[list[str], list[str]]:
    """The files to read (folders walked for text, Markdown and HTML, in name order)
    and a one-line error for each path refused: not there, not a regular file (a FIFO,
    a device), over the size limit, or a folder that cannot be read."""
    limit = max_file_size()
    files: list[str] = []
    errors: list[str] = []
    for given in paths:
        try:
            status = os.stat(given)
        except OSError as error:
            errors.append(_cannot(given, error))
            continue
        if stat.S_ISDIR(status.st_mode):
            found, failed = _walk(given, limit)
            files += found
            errors += failed
        elif problem := refusal(status, limit):
            errors.append(f"{given}: {problem}")
        else:
            files.append(given)
    return files, errors


def _walk(folder: str, limit: int) -> tuple[list[str], list[str]]:
    """The readable source files under `folder` in name order (links to folders are
    not followed), and a line for each file refused and each folder not read."""
    found: list[Path] = []
    errors: list[str] = []
    for top, _, names in os.walk(folder, onerror=lambda e: errors.append(_cannot(e.filename, e))):
        for name in names:
            path = Path(top, name)
            if path.suffix.lower() not in FORMATS or name.startswith("."):
                continue
            try:
                problem = refusal(os.stat(path), limit)
            except OSError as error:
                problem = _problem(error)
            if problem:
                errors.append(f"{path}: {problem}")
            else:
                found.append(path)
    return [str(p) for p in sorted(found)], errors


def _cannot(path: str, error: OSError) -> str:
    return f"{path}: {_problem(error)}"


def _problem(error: OSError) -> str:
    if isinstance(error, FileNotFoundError):
        return "no such file or directory"
    return f"cannot be read ({error.strerror or error})"


def sidecar(path: str) -> Metadata:
    """Metadata from `NAME.json` (or `NAME.txt.json`) beside the file, if there is one."""
    source = Path(path)
    for candidate in (source.with_suffix(".json"), source.with_name(source.name + ".json")):
        if candidate.is_file() and candidate != source:
            try:
                data = json.loads(read_regular(str(candidate)).decode("utf-8"))
            except (UnicodeDecodeError, json.JSONDecodeError) as error:
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
