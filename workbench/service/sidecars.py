"""A file loaded already whose NAME.json now says otherwise (pure: no SQL).

A trial corrected `published` and `outlet` in the NAME.json of a file loaded before
and ingested it again: "1 skipped", and nothing said that the corrections were not
applied (the same content is stored once, its metadata as first read or as the
analyst edited it). `sidecar_differs` gives the one line that says so and how to
apply them, as a flag given for a file loaded already does (`--published` ...).
"""

from __future__ import annotations

import shlex
from collections.abc import Mapping
from dataclasses import fields

from workbench.errors import SourceError
from workbench.ingest.files import Metadata, metadata_for, sidecar_of


def sidecar_differs(
    path: str, given: Metadata, document_id: int, stored: Mapping[str, str | None]
) -> str | None:
    """The warning for a file skipped as document `document_id` (its metadata
    `stored`) whose sidecar gives other values than those stored, with the `document
    edit` command that applies them; None where it has no sidecar, the sidecar agrees,
    or its values are overridden by flags (`given`: said apart). A sidecar that
    cannot be read is no warning here: the file is not read either."""
    beside = sidecar_of(path)
    if beside is None:
        return None
    try:
        metadata, _ = metadata_for(path, given)
    except SourceError:
        return None
    differ = {
        f.name: value
        for f in fields(Metadata)
        if (value := getattr(metadata, f.name))
        and not getattr(given, f.name)
        and str(value).strip() != (stored.get(f.name) or "").strip()
    }
    if not differ:
        return None
    now = " and ".join(f"{name} {value!r}" for name, value in differ.items())
    before = " and ".join(f"{stored.get(name) or 'none'!r}" for name in differ)
    edit = " ".join(f"--{name} {shlex.quote(str(value))}" for name, value in differ.items())
    return (
        f"{path}: loaded already as document {document_id}; its sidecar {beside.name} now"
        f" gives {now}, the document has {before}; not applied (to apply: workbench"
        f" document edit {document_id} {edit})"
    )
