"""One file read and extracted, as `ingest` reads it in its worker processes and
`extract` reads it with nothing stored: metadata applied, bytes kept as evidence, the
claims read; a bad file gives one line, never an exception; a figure too large to
read, or above its kind's plausible bound, a warning (`figure_checks`)."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from workbench.errors import SourceError
from workbench.ingest import read_source
from workbench.ingest.fetch import Capture, read_capture
from workbench.ingest.files import Metadata, apply, collect, date_problem, metadata_for
from workbench.ingest.limits import read_regular
from workbench.models import Claim, SourceDocument
from workbench.service.figure_checks import dropped, implausible
from workbench.vocabulary import READ_LANGUAGES


@dataclass(frozen=True)
class Prepared:
    """One file read and extracted: its document and claims, or the one-line error that
    refused it (document None); the bytes read kept as its evidence."""

    document: SourceDocument | None
    claims: list[Claim]
    error: str | None = None
    capture: Capture | None = None  # the file's bytes as read, kept as its evidence


def prepare(path: str, given: Metadata, stop: Callable[[], bool] | None = None) -> Prepared:
    """Read and extract one file: the work the ingest's worker processes do. The
    bytes read are kept with the document (`fetch.read_capture`). `stop` is asked as
    each claim is read (in this process only: the TUI's ctrl+x): once true, the
    extraction ends there and the file is given as not read (a trial's 2 MB one-line
    file held ctrl+x for 51 s while it was read whole)."""
    try:
        if given.published and (problem := date_problem(given.published)):
            raise SourceError(path, problem)  # the caller's own: a sidecar's is a warning
        metadata, refused = metadata_for(path, given)
        data = read_regular(path)
        document = read_source(
            path, fallback_encoding="cp1252", language=metadata.language, data=data
        )
        capture = read_capture(document.path, data, document.format)
        del data  # the capture holds them
        document = apply(document, metadata)
        if refused:
            document = document.model_copy(update={"warnings": [*document.warnings, *refused]})
        from workbench.extract.pipeline import iter_claims

        claims = []
        for claim in iter_claims(document):
            if stop is not None and stop():
                return Prepared(None, [], f"{path}: stopped while it was read")
            claims.append(claim)
        if warned := [*dropped(document, iter_claims), *implausible(path, claims)]:
            document = document.model_copy(update={"warnings": [*document.warnings, *warned]})
        return Prepared(document, claims, capture=capture)
    except SourceError as error:
        return Prepared(None, [], str(error))
    except Exception as error:  # one bad file must not stop a corpus
        return Prepared(None, [], f"{path}: could not be read ({type(error).__name__}: {error})")


def read_files(
    paths: list[str], given: Metadata
) -> Iterator[tuple[SourceDocument | None, list[Claim], str | None]]:
    """The files `ingest` would load from `paths` read as it reads them, nothing
    stored (`workbench extract`): folders walked, each NAME.json read under `given`,
    a file not UTF-8 read as Windows-1252 with a warning, a PDF page by page. Yields
    (document, its claims, None) per file read, (None, [], the one-line error) per
    path or file refused, the refusals first; a file named twice (itself and in
    its folder) is read once."""
    found = collect(paths)
    files, errors = found.files, found.errors
    for error in errors:
        yield None, [], error
    read: set[str] = set()
    for path in files:
        if (real := os.path.realpath(path)) in read:
            continue
        read.add(real)
        prepared = prepare(path, given)
        yield prepared.document, prepared.claims, prepared.error


def undated(prepared: Prepared) -> list[str]:
    """The path of a document read with claims and no publication date (neither given
    nor stated in its text), some of whose claims no date of the text placed, for the
    ingest's one warning of them. A document whose every claim its text dates in full
    ("on 2 March 2025") needs none: a Haiti trial was warned of such files."""
    document = prepared.document
    if document is None or not prepared.claims or document.published is not None:
        return []
    if all(claim.date for claim in prepared.claims):
        return []
    return [document.path]


def no_claim(prepared: Prepared) -> list[str]:
    """The path of a document read whole, in a language Workbench reads, that gave no
    claim: stored all the same (a page may hold no figure), but said, so that a file
    loaded by mistake (a trial stored a system file, with no word) is seen."""
    document = prepared.document
    if document is None or prepared.claims or document.language not in READ_LANGUAGES:
        return []  # a language not read is warned of as such
    return [document.path]
