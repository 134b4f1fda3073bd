"""A file loaded already whose NAME.json now says otherwise (pure: no SQL).

A trial corrected `published` and `outlet` in the NAME.json of a file loaded before
and ingested it again: "1 skipped", and nothing said that the corrections were not
applied (the same content is stored once, its metadata as first read or as the
analyst edited it). `sidecar_warnings` gives the line that says so and how to apply
them, as a flag given for a file loaded already does (`--published` ...), and a line
for a sidecar that cannot be applied at all or in part.
"""

from __future__ import annotations

import shlex
from collections.abc import Mapping
from dataclasses import fields

from workbench.ingest.files import Metadata, read_sidecar, refused, sidecar_of


def sidecar_warnings(
    path: str, given: Metadata, document_id: int, stored: Mapping[str, str | None]
) -> list[str]:
    """The warnings for a file skipped as document `document_id` (its metadata
    `stored`): where its sidecar gives other values than those stored, one line with
    the `document edit` command that applies them (values overridden by flags,
    `given`, are said apart); where the sidecar cannot be read, or gives a date or a
    language the checks refuse, one line each saying it is not applied (a trial's
    sidecar with a bad date beside a file loaded before was skipped in silence).
    Empty where it has no sidecar or the sidecar agrees."""
    beside = sidecar_of(path)
    if beside is None:
        return []
    loaded = f"{path}: loaded already as document {document_id}"
    read = read_sidecar(beside)
    if isinstance(read, str):
        return [f"{loaded}; its sidecar {beside.name} {read.strip()}; nothing of it is applied"]
    metadata, refusals = refused(given.over(read), path, str(beside))
    warnings = [f"{loaded}; its sidecar {beside.name}: {r.problem}; not applied" for r in refusals]
    differ = {
        f.name: value
        for f in fields(Metadata)
        if (value := getattr(metadata, f.name))
        and not getattr(given, f.name)
        and str(value).strip() != (stored.get(f.name) or "").strip()
    }
    if differ:
        warnings.append(_differs(loaded, beside.name, document_id, differ, stored))
    return warnings


def _differs(
    loaded: str,
    sidecar: str,
    document_id: int,
    differ: dict[str, object],
    stored: Mapping[str, str | None],
) -> str:
    """The line for sidecar values (`differ`) other than the document's (`stored`)."""
    now = " and ".join(f"{name} {value!r}" for name, value in differ.items())
    before = " and ".join(f"{stored.get(name) or 'none'!r}" for name in differ)
    edit = " ".join(f"--{name} {shlex.quote(str(value))}" for name, value in differ.items())
    return (
        f"{loaded}; its sidecar {sidecar} now gives {now}, the document has {before};"
        f" not applied (to apply: workbench document edit {document_id} {edit})"
    )
