"""Which files an ingest reads, and the metadata given for them beside the text."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import stat
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import NamedTuple
from urllib.parse import urlsplit

from workbench.errors import SourceError
from workbench.ingest.language import language_problem
from workbench.ingest.limits import max_file_size, read_regular, refusal
from workbench.ingest.metadata import dateline_without_year, read_published
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


class Collected(NamedTuple):
    """What `collect` found: the files to read, a one-line error for each path
    refused, and for each folder given the files under it of no format Workbench
    reads and the links under it to files outside it, not followed (`_walk`), in
    name order; and the files named that are the sidecar of another file named
    (`NAME.json` beside `NAME.txt`), read with it, not as documents of their own."""

    files: list[str]
    errors: list[str]
    passed: dict[str, list[str]]
    outside: dict[str, list[str]]
    sidecars: list[str]
    empty: dict[str, list[str]]  # each folder's subfolders that hold no file (`_walk`)


def collect(paths: list[str]) -> Collected:
    """The files to read (folders walked for text, Markdown and HTML, in name order)
    and a one-line error for each path refused: not there, not a regular file (a FIFO,
    a device), over the size limit, or a folder that cannot be read; and the files of
    each folder it passes over. A file named itself is read, a link or not; in a
    folder, a link to a file outside it is not (trial 58 stored /etc/passwd)."""
    limit = max_file_size()
    found = Collected([], [], {}, {}, [], {})
    for given in paths:
        try:
            status = os.stat(given)
        except OSError as error:
            found.errors.append(_cannot(given, error))
            continue
        if stat.S_ISDIR(status.st_mode):
            walked = _walk(given, limit)
            found.files.extend(walked.files)
            found.errors.extend(walked.errors)
            found.passed[given] = walked.passed
            found.outside[given] = walked.outside
            found.empty[given] = walked.empty
        elif problem := refusal(status, limit):
            found.errors.append(f"{given}: {problem}")
        else:
            found.files.append(given)
    return _without_sidecars(found)


def _without_sidecars(found: Collected) -> Collected:
    """`found` less each file named that is the sidecar of another file it reads: a
    shell's `texts/*` names `a.txt` and `a.json` both (trial 70: each sidecar was
    stored as a document of its own, and its title's figures as claims)."""
    beside = {b.resolve() for f in found.files if (b := sidecar_of(f)) is not None}
    if not beside:
        return found
    read = [(f, Path(f).resolve() in beside) for f in found.files]  # True: a sidecar
    files = [f for f, sidecar in read if not sidecar]
    return found._replace(files=files, sidecars=[f for f, sidecar in read if sidecar])


class _Walked(NamedTuple):
    """One folder's `Collected`: files to read, errors, files passed over, links out,
    subfolders with no file."""

    files: list[str]
    errors: list[str]
    passed: list[str]
    outside: list[str]
    empty: list[str]


def _walk(folder: str, limit: int) -> _Walked:
    """The readable source files under `folder` in name order (links to folders are
    not followed), a line for each file refused and each folder not read, the
    files passed over, in name order: of no format Workbench reads (`FORMATS`: no
    extension, .docx, .jpg ...), less hidden files and the NAME.json beside a file it
    reads (a sidecar is read with its file; a trial's file without extension went
    unread without a word); and the links to a file outside `folder`, not followed
    (a trial's `link.txt -> /etc/passwd` was stored as a document); and the subfolders
    that hold no file at all but hidden ones, the outermost of them (`_empty`: trial
    79's empty subfolder went unsaid)."""
    found: list[Path] = []
    passed: list[Path] = []
    outside: list[Path] = []
    errors: list[str] = []
    folders: list[Path] = []
    holding: set[Path] = set()  # the folders with a file in them or under them
    root = Path(folder).resolve()
    for top, _, names in os.walk(folder, onerror=lambda e: errors.append(_cannot(e.filename, e))):
        folders.append(Path(top))
        read = {n for n in names if Path(n).suffix.lower() in FORMATS}
        read |= {Path(n).stem for n in read}  # "page" of page.html, "a.txt" of a.txt.json
        for name in names:
            path = Path(top, name)
            if name.startswith("."):
                continue
            _held(path.parent, holding)
            if path.suffix.lower() not in FORMATS:
                if not (path.suffix.lower() == ".json" and path.stem in read):
                    passed.append(path)
                continue
            if path.is_symlink() and not path.resolve().is_relative_to(root):
                outside.append(path)
                continue
            try:
                problem = refusal(os.stat(path), limit)
            except OSError as error:
                problem = _problem(error)
            if problem:
                errors.append(f"{path}: {problem}")
            else:
                found.append(path)
    files, skipped, links = ([str(p) for p in sorted(paths)] for paths in (found, passed, outside))
    return _Walked(files, errors, skipped, links, _empty(Path(folder), folders, holding))


def _held(where: Path, holding: set[Path]) -> None:
    """`where` and the folders above it hold a file."""
    while where not in holding:
        holding.add(where)
        if where.parent == where:
            return
        where = where.parent


def _empty(folder: Path, folders: list[Path], holding: set[Path]) -> list[str]:
    """The subfolders of `folder` that hold no file, in name order: the outermost of
    them only, and none that is hidden or under a hidden one (".git")."""
    return sorted(
        str(sub)
        for sub in folders
        if sub != folder
        and sub not in holding
        and (sub.parent == folder or sub.parent in holding)
        and not any(part.startswith(".") for part in sub.relative_to(folder).parts)
    )


def _cannot(path: str, error: OSError) -> str:
    if isinstance(error, FileNotFoundError) and _MISTYPED_URL.match(path):
        return (
            f"{path}: no such file or directory (did you mean a URL? it needs http:// or https://)"
        )
    return f"{path}: {_problem(error)}"


# A path that is not there and looks like an address typed wrong: "htp://x",
# "http//x", "https:/x", "www.example.org/x".
_MISTYPED_URL = re.compile(r"(?i)^(?:[a-z][a-z0-9+.-]{1,9}:/|h[a-z]{2,4}:?//|www\.)")


def _problem(error: OSError) -> str:
    if isinstance(error, FileNotFoundError):
        return "no such file or directory"
    return f"cannot be read ({error.strerror or error})"


def address_problem(url: str) -> str | None:
    """What makes `url` no address at all, in words: a port that is no number from 1
    to 65535 ("invalid port 87199 ..."), a broken host ("[::1"), no host at all
    ("http://"); else None. (httpx
    would try another port, or stop with a traceback.)"""
    try:
        parts = urlsplit(url)
    except ValueError as error:
        return f"not a valid address ({error})"
    try:
        parts.port  # noqa: B018  raises ValueError for a bad port
    except ValueError:
        port = parts.netloc.rpartition("@")[2].rpartition(":")[2]
        return f"invalid port {port} (a port is a number from 1 to 65535)"
    if parts.scheme in ("http", "https") and not parts.hostname:  # "http://"
        return "no host named (an address reads like https://example.org/page)"
    return None


DATE_EXAMPLE = "2013-01-25, 25 January 2013 or 25 janvier 2013"


def date_problem(text: str) -> str | None:
    """What is wrong with a publication date an analyst gave (--published), in words,
    or None when it reads as a date (`read_given_date`)."""
    return read_given_date(text)[1]


def read_given_date(text: str, today: dt.date | None = None) -> tuple[dt.date | None, str | None]:
    """A publication date as given (a flag, a NAME.json), read once: the date
    (`read_published`; day first where it reads two ways) and what is wrong with it,
    or None. Two numbers that could each be the day or the month ("04/09/2024": 4
    September, or April 9 as American pages write it) are a problem, rather than
    read one way unsaid. A date more than a day after `today` (the computer's date
    when None) is no date: nothing is published in the future (`published_problem`)."""
    date = read_published(text)
    if date is None:
        return None, f"cannot read the date {text!r} (give it as {DATE_EXAMPLE})"
    if problem := published_problem(date, today):
        return None, problem
    if (both := _DAY_OR_MONTH.fullmatch(text.strip())) and both[1] != both[2]:
        other = date.replace(month=date.day, day=date.month)
        return date, (
            f"{text!r} may be {date:%-d %B %Y} or {other:%-d %B %Y}:"
            f" give it as {date:%Y-%m-%d} or {other:%Y-%m-%d}"
        )
    return date, None


AHEAD = dt.timedelta(days=1)
"""How far past the analyst's date a publication date may be: a page dated in a time
zone ahead of the analyst's (a day: UTC+14 against UTC-12 at most)."""


EARLIEST = dt.date(1800, 1, 1)
"""The earliest publication date taken: none of the reporting this tool reads is older,
and a year such as 0001 is a slip (a trial's "--published 0001-01-01" failed the file
with Python's OverflowError once "last week" was counted back from it)."""


def published_problem(date: dt.date, today: dt.date | None = None) -> str | None:
    """What is wrong with a publication date more than `AHEAD` after `today` (the
    computer's date when None) or before `EARLIEST`, in words; None for any other. A
    trial's sidecar dated 2030 was stored as it was, and its "on Tuesday" dated four
    years on."""
    today = today or dt.date.today()
    if date < EARLIEST:
        return f"{date.isoformat()} is before {EARLIEST.year}: no plausible publication date"
    if date <= today + AHEAD:
        return None
    return f"{date:%Y-%m-%d} is in the future (today is {today:%Y-%m-%d})"


# "04/09/2024", "4.9.24": a day and a month of 12 or less, either way round
_DAY_OR_MONTH = re.compile(r"(0?[1-9]|1[0-2])[/.\-](0?[1-9]|1[0-2])[/.\-](\d{2}|\d{4})")


def url_problem(text: str) -> str | None:
    """What is wrong with the address an analyst gave a text (--url), in words, or
    None for an http:// or https:// address with a host name."""
    if problem := address_problem(text):
        return f"{text!r}: {problem}"
    parts = urlsplit(text)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname or " " in text:
        return f"{text!r} is not an http:// or https:// address"
    return None


class Refused(NamedTuple):
    """A value of a file's metadata the checks refuse: the file the warning names (the
    NAME.json for its date), the field and what is wrong with it ("published
    0001-01-01 is before 1800: ..."), and what loading the file does instead."""

    named: str
    problem: str
    instead: str

    def line(self) -> str:
        """The one-line warning: "page.json: published ...; not kept: ..."."""
        return f"{self.named}: {self.problem}; {self.instead}"


def checked(metadata: Metadata, path: str, beside: str | None = None) -> tuple[Metadata, list[str]]:
    """`metadata` (a NAME.json's over the analyst's flags, which were checked before)
    less an address or a language the flags would refuse, each a warning naming the
    file: a sidecar's "javascript:alert(1)" or "zz" was stored as it was. `beside`:
    the NAME.json read (`sidecar_of`), whose publication date is checked here and
    named in its warning: one it cannot read or in the future is not kept (the
    text's own date is), one of two readings is read day first; the file is loaded."""
    kept, refusals = refused(metadata, path, beside)
    return kept, [r.line() for r in refusals]


def refused(
    metadata: Metadata, path: str, beside: str | None = None
) -> tuple[Metadata, list[Refused]]:
    """`checked`'s metadata and what it refuses, each said apart (`Refused`): for a
    file loaded already, which keeps what its document has (`service.sidecars`)."""
    refusals = []
    if beside and metadata.published:
        date, problem = read_given_date(metadata.published)
        if problem:
            kept = "read day first" if date else f"not kept: {Path(path).name} is dated without it"
            refusals.append(Refused(beside, f"published {problem}", kept))
        metadata = replace(metadata, published=date.isoformat() if date else None)
    if metadata.url and (problem := url_problem(metadata.url)):
        refusals.append(Refused(path, f"url {problem}", "not kept"))
        metadata = replace(metadata, url=None)
    if metadata.language and (problem := language_problem(metadata.language)):
        instead = "its language is detected instead"
        refusals.append(Refused(path, f"language {problem}", instead))
        metadata = replace(metadata, language=None)
    return metadata, refusals


def metadata_for(path: str, given: Metadata) -> tuple[Metadata, list[str]]:
    """The metadata a file is loaded with: the analyst's (`given`, checked before) over
    its NAME.json's, less what `checked` does not keep, and the warnings saying so."""
    beside = sidecar_of(path)
    return checked(given.over(sidecar(path)), path, str(beside) if beside else None)


def sidecar_of(path: str) -> Path | None:
    """The `NAME.json` (or `NAME.txt.json`) beside the file, if there is one."""
    source = Path(path)
    for candidate in (source.with_suffix(".json"), source.with_name(source.name + ".json")):
        if candidate.is_file() and candidate != source:
            return candidate
    return None


def sidecar(path: str) -> Metadata:
    """Metadata from `NAME.json` (or `NAME.txt.json`) beside the file, if there is one.
    A sidecar that cannot be read stops the file's loading: the SourceError names the
    file not loaded, then the sidecar and what is wrong with it (a trial's message
    named only page.json, not the page.html it kept out)."""
    candidate = sidecar_of(path)
    if candidate is None:
        return Metadata()
    read = read_sidecar(candidate)
    if isinstance(read, str):
        raise _unread(path, candidate, read)
    return read


def read_sidecar(candidate: Path) -> Metadata | str:
    """The sidecar's fields as metadata, or what is wrong with it as a phrase that
    follows its name ("is not valid JSON (...)", "must hold a JSON object")."""
    try:
        data = json.loads(read_regular(str(candidate)).decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        return f"is not valid JSON ({error})"
    except SourceError as error:
        return f"cannot be read ({error.problem})"
    if not isinstance(data, dict):
        return "must hold a JSON object"
    try:
        return _metadata(data, str(candidate))
    except SourceError as error:
        return error.problem


def _unread(path: str, candidate: Path, problem: str) -> SourceError:
    """The error of a file not loaded for its sidecar's `problem`."""
    return SourceError(
        path,
        f"not loaded: its sidecar {candidate} {problem.strip()};"
        " correct the sidecar or move it away, then ingest again",
    )


def apply(doc: SourceDocument, metadata: Metadata) -> SourceDocument:
    """The document with the given metadata in place of what its text says. A
    publication date that cannot be read, or reads two ways (a NAME.json's: the
    flags' are refused before any file is read), is a warning on the document, never
    its refusal (a trial's file was not loaded for its sidecar's date): the text's
    own date is kept, or the day-first reading of an ambiguous one. A document still
    of no date is dated by a dateline that gives no year (`dated_by_yearless_dateline`)."""
    update: dict[str, object] = {
        k: v for k in ("outlet", "title", "url") if (v := getattr(metadata, k))
    }
    if metadata.published:
        date, problem = read_given_date(metadata.published)
        if problem:
            kept = "read day first" if date else "the text's own date is kept"
            update["warnings"] = [*doc.warnings, f"{doc.path}: published {problem}; {kept}"]
        if date is not None:
            update["published"] = date
    doc = doc.model_copy(update=update) if update else doc
    return doc if doc.published is not None else dated_by_yearless_dateline(doc)


def dated_by_yearless_dateline(doc: SourceDocument) -> SourceDocument:
    """A document of no other date (its text's, its sidecar's or the analyst's), dated
    by a wire's dateline that gives no year ("Nov 16 (Reuters) -"; two trials' Reuters
    stories were stored undated, their weekdays unread): the latest such day up to
    today (`metadata.dateline_without_year`), with a warning that says so."""
    found = dateline_without_year(doc.text, dt.date.today())
    if found is None:
        return doc
    words, day = found
    said = (
        f"{doc.path}: its dateline gives no year ('{words}'): read as {day.isoformat()}, "
        "the latest such day up to today; give the date with --published if it is older"
    )
    return doc.model_copy(update={"published": day, "warnings": [*doc.warnings, said]})


def _metadata(data: dict[str, object], path: str) -> Metadata:
    """A sidecar's fields as metadata. Raises SourceError where one is not text (a
    trial's `{"outlet": 5}` was stored as the outlet "5")."""
    for name in (f.name for f in fields(Metadata)):
        if data.get(name) is not None and not isinstance(data[name], str):
            raise SourceError(path, f'gives "{name}" not as text: put it in quotes')
    return Metadata(**{f.name: _text(data.get(f.name)) for f in fields(Metadata)})


def _text(value: object) -> str | None:
    return str(value).strip() or None if value is not None else None
