"""Loading: `extract` prints the claims found in files without storing them; `ingest`
loads files and folders into the claims database."""

from __future__ import annotations

import dataclasses
import json
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

from workbench.cli.common import db_option, json_option, opened
from workbench.cli.not_applied import not_applied
from workbench.cli.not_applied import unapplied as unapplied_metadata
from workbench.cli.options import (
    language_option,
    max_size_option,
    published_option,
    source_url_option,
)
from workbench.cli.terminal import LiteralTable as Table
from workbench.cli.terminal import console, echo, json_line, print_json
from workbench.display import HEDGED_MARK, figure, printable
from workbench.errors import SourceError, WorkbenchError
from workbench.ingest.files import Metadata
from workbench.ingest.limits import max_file_size, size_limit
from workbench.models import Claim, SourceDocument, counted

if TYPE_CHECKING:  # the service loads with the command that reads or loads sources
    from workbench.service import IngestReport, Workbench
    from workbench.service import Progress as ServiceProgress


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per claim per line.")
@click.option(
    "--published",
    callback=published_option,
    help="Publication date, e.g. 2013-01-25 or '25 janvier 2013': 'Tuesday' is read against it.",
)
@click.option(
    "--language",
    callback=language_option,
    help="The files' language, an ISO 639-1 code (en, fr) [detected].",
)
@max_size_option
def extract(
    paths: tuple[str, ...],
    as_json: bool,
    published: str | None,
    language: str | None,
    max_size: int | None,
) -> None:
    """Print the claims found in files and folders (text, Markdown, HTML, PDF), read
    as `ingest` reads them, without storing them.

    \b
    Example:
        workbench extract seeds/*.txt
        workbench extract reports/ --published 2024-06-05
        workbench extract article.html --json > claims.jsonl

        pbpaste | workbench extract -

    A NAME.json beside a file (outlet, title, url, published, language) sets its
    metadata; flags win over it. A file that is not UTF-8 is read as Windows-1252,
    with a warning; "-" reads standard input as `ingest -` does. A figure too large
    to read, or above its kind's plausible bound, is a warning as at `ingest`. A path
    that cannot be read gets a one-line error on stderr; the other files are still
    processed, and the exit status is 1 (with no table at all where none could be
    read). An http(s) address is refused so: extract reads files only, and `ingest
    URL` fetches a page.
    """
    from workbench.service.places import placed  # the gazetteer loads with extraction

    failed = read = False
    rows: list[tuple[Claim, int]] = []
    given = Metadata(published=published, language=language)
    with size_limit(max_size):
        try:
            max_file_size()  # a mistyped setting: one line, before any file is read
        except WorkbenchError as setting:
            echo(f"workbench: {setting}", err=True, one_line=True)
            sys.exit(1)
        for document, found, refused in _read_given(paths, given):
            if document is None:
                echo(f"workbench: {refused}", err=True, one_line=True)
                failed = True
                continue
            read = True
            for warning in document.warnings:  # each names its file
                echo(f"warning: {warning}", err=True, one_line=True)
            claims = placed(found)
            if as_json:
                print_json(claims)
            else:
                rows.extend(_with_lines(document.text, claims))
    if not as_json and read:  # no table where no file could be read: the errors say it
        _print_table(rows)
    sys.exit(1 if failed else 0)


def _read_given(
    paths: tuple[str, ...], given: Metadata
) -> Iterator[tuple[SourceDocument | None, list[Claim], str | None]]:
    """`read_files` over the paths, and standard input where "-" is among them (read
    after the files, once, as `ingest -` reads it: `_stdin_bytes`). An http(s) address
    is refused in one line that says `ingest` fetches it: trial 79's `extract
    http://...` was told "did you mean a URL? it needs http:// or https://"."""
    from workbench.service import read_files, read_pasted

    for address in filter(_is_address, paths):
        yield None, [], f"{address}: {ADDRESS_REFUSED}"
    yield from read_files([p for p in paths if p != "-" and not _is_address(p)], given)
    if "-" not in paths:
        return
    try:
        document, claims = read_pasted(_stdin_bytes(), given)
    except (SourceError, WorkbenchError) as error:
        yield None, [], str(error)
        return
    yield document, claims, None


def _with_lines(text: str, claims: Iterable[Claim]) -> Iterator[tuple[Claim, int]]:
    """Each claim (in reading order) with the number of the line it starts on,
    counted on from the claim before: one pass over the text, however many claims."""
    line, counted = 1, 0
    for claim in claims:
        if claim.start < counted:  # not in reading order: count from the top again
            line, counted = 1, 0
        line += text.count("\n", counted, claim.start)
        counted = claim.start
        yield claim, line


def _print_table(rows: list[tuple[Claim, int]]) -> None:
    """The claims `extract` found, one a line, with the file and line each starts on."""
    cells = [
        (
            printable(f"{Path(claim.source).name}:{line}"),
            claim.category.value,
            figure(claim),
            claim.subject or "",
            claim.location or "",
            claim.date or claim.date_text or "",
            claim.attribution or "",
        )
        for claim, line in rows
    ]
    shown = console()
    table = Table(header_style="bold", box=None, pad_edge=False)
    for index, column in enumerate(("where", "category", "figure")):
        width = max((len(row[index]) for row in cells), default=len(column))
        table.add_column(column, no_wrap=True, min_width=width)
    for column in ("subject", "place", "date", "voice"):
        table.add_column(column, overflow="ellipsis", no_wrap=True, max_width=30)
    for row in cells:
        table.add_row(*row)
    shown.print(table)
    shown.print(f"{counted(len(rows), 'claim')} ('{HEDGED_MARK}' marks a hedged one)")


@click.command()
@click.argument("paths", nargs=-1)
@db_option
@click.option("--outlet", help="The outlet that published these files.")
@click.option("--title", help="The title (for a single file).")
@click.option(
    "--url", callback=source_url_option, help="Where the text was published: http(s)://..."
)
@click.option(
    "--published",
    callback=published_option,
    help="Publication date, e.g. 2013-01-25, '25 January 2013' or '25 janvier 2013'.",
)
@click.option(
    "--language",
    callback=language_option,
    help="The files' language, an ISO 639-1 code (en, fr) [detected].",
)
@click.option("--jobs", type=click.IntRange(min=1), help="Extraction processes [all cores].")
@click.option(
    "--feed",
    "feeds",
    multiple=True,
    metavar="URL",
    help="An RSS or Atom feed: its items' pages not loaded yet are fetched (repeatable).",
)
@click.option(
    "--timeout",
    type=click.FloatRange(min=0, min_open=True),
    help="Seconds to wait for a web page to answer [WORKBENCH_FETCH_TIMEOUT, else 30].",
)
@max_size_option
@json_option
def ingest(
    paths: tuple[str, ...],
    db: str,
    outlet: str | None,
    title: str | None,
    url: str | None,
    published: str | None,
    language: str | None,
    jobs: int | None,
    feeds: tuple[str, ...],
    timeout: float | None,
    max_size: int | None,
    as_json: bool,
) -> None:
    """Load files, folders and web pages (text, Markdown, HTML, PDF) into the claims
    database.

    \b
    Example:
        workbench ingest seeds/
        workbench ingest report.html --outlet "Example Times" --published 2024-03-02
        workbench ingest https://example.org/news/attack.html
        workbench ingest --feed https://example.org/news/rss.xml
        pbpaste | workbench ingest - --outlet "Radio Kledu" --published 2013-01-25

    A NAME.json beside a file (outlet, title, url, published, language) sets its
    metadata; flags win over it. Each file's language is detected (English and
    French are read; any other is a warning and gives no claims) unless given.
    A figure too large to read as a count (above 10^15) and one above its kind's
    plausible bound (100 million dead, wounded, missing, abducted or arrested: more
    than any war has counted; 8.2 billion displaced, refugees or troops: the world's
    population) are one warning line each, naming the file; the document and its
    other claims are stored, the bounded claim too. The same content is stored
    once: a file loaded already is skipped, with a warning where its NAME.json now
    gives other values than the document has, and the `document edit` command that
    applies them (as for flags given). Only regular files are read (not a FIFO or
    a device), up to --max-size; each file refused and each folder that cannot be
    read is one line on stderr and counts as failed; a folder that holds no file to
    read is a warning, and so are the files of a folder passed over (of no format
    read) and its subfolders that hold no file.

    An http:// or https:// address is fetched (nothing else is: Workbench works
    offline unless given one), its article read and stored with the page as it
    came: its bytes, their SHA-256, the fetch time, the final address and the HTTP
    status (`document show ID --raw` gives the bytes back). A page, or a file,
    read again with other text is stored as a new version beside the one before:
    the changes are listed, with each claim whose figure changed (`document diff`),
    and what the analyst did to the version before (corrections, dismissals, claims
    added by hand, event placements, links, and verdicts where the figure is the
    same) is done again on the new version's same claims, each noted in its history.
    A file whose NAME.json names a page already loaded is its new version where
    its text can be one (most of its words are the page's); another article's text
    is stored apart, with a warning. A --feed's items are fetched the same way; run
    again, it loads only the items it has not fetched before. `-` reads one document
    from standard input (pasted text or HTML), with --title, --outlet, --url and
    --published.
    """
    if not paths and not feeds:
        raise click.UsageError("give files, folders, http(s) addresses or a --feed to load")
    _one_source_for(paths, feeds, title=title, url=url)
    metadata = Metadata(outlet=outlet, title=title, url=url, published=published, language=language)
    urls = [p for p in paths if _is_address(p)]
    files = [p for p in paths if not _is_address(p) and p != "-"]
    report: IngestReport | None = None
    try:  # ctrl+c at any moment (the service imported, the files listed): counts, no trace
        from workbench.service import IngestReport

        report = IngestReport()
        with opened(db, create=True) as workbench, size_limit(max_size):
            if "-" in paths:
                report.absorb(_ingest_stdin(workbench, metadata))
            if files:
                report.absorb(_with_progress(partial(workbench.ingest, files, metadata, jobs)))
            if urls and not report.interrupted:
                fetched = partial(workbench.ingest_urls, urls, metadata, timeout=timeout)
                report.absorb(_with_progress(lambda progress: fetched(progress=progress)))
            for feed in feeds:
                report.absorb(workbench.ingest_feed(feed, metadata, timeout=timeout))
            unapplied = unapplied_metadata(workbench, report.already_loaded, metadata)
    except KeyboardInterrupt:
        _interrupted(report, as_json)
        return
    _print_report(report, as_json, unapplied)
    if report.interrupted:
        _end_now(130)
    sys.exit(1 if report.failed else 0)


def _interrupted(report: IngestReport | None, as_json: bool) -> None:
    """Ctrl-C outside the loading itself (while the service was imported, the files
    listed, the database opened or closed): the counts of what was done so far, in
    the summary's one line, then exit 130. Click said "Aborted!" alone, with status 1,
    and nothing of what had been stored."""
    if report is None:  # nothing imported yet, nothing done
        if as_json:
            click.echo(json.dumps({"added": 0, "claims": 0, "interrupted": True}))
        else:
            echo("ingest: interrupted before any file was read; nothing added", one_line=True)
    else:
        report.interrupted = True
        _print_report(report, as_json, Metadata())
    _end_now(130)


def _end_now(status: int) -> None:
    """End an interrupted ingest once its summary is out and the database closed,
    without the interpreter's exit, which joins the extraction pool's manager thread:
    after ctrl+c that join could wait for ever on workers already gone (CPython
    gh-94440; about one interrupt in thirty on a loaded machine)."""
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(status)


def _one_source_for(paths: tuple[str, ...], feeds: tuple[str, ...], **given: str | None) -> None:
    """Refuse a title or an address given for several sources (or a folder, or a
    feed), which would give each of them the one document's (a trial's five
    documents got one --url). Raises click.UsageError naming the option."""
    several = len(paths) + len(feeds) > 1 or bool(feeds) or any(os.path.isdir(p) for p in paths)
    for name, value in given.items():
        if value and several:
            raise click.UsageError(f"--{name} names one document: give it with one file only")


def _ingest_stdin(workbench: Workbench, metadata: Metadata) -> IngestReport:
    """Standard input loaded as one document, up to the size limit."""
    from workbench.service import IngestReport

    try:
        data = _stdin_bytes()
    except WorkbenchError as error:
        refused = IngestReport()
        refused.fail(str(error))
        return refused
    return workbench.ingest_pasted(data, metadata)


def _stdin_bytes() -> bytes:
    """Standard input's bytes, up to the size limit (`max_file_size`).

    Raises WorkbenchError (naming standard input) past the limit."""
    limit = max_file_size()
    stdin = click.get_binary_stream("stdin")
    if stdin.isatty():  # else the command seems to hang
        echo("reading the text from standard input; end with ctrl-d", err=True)
    data = stdin.read(limit + 1)
    if len(data) > limit:
        raise WorkbenchError(f"standard input: more than {limit:,} bytes, over the size limit")
    return data


# extract reads files only (docs/cli.md): it fetches nothing, and stores nothing
ADDRESS_REFUSED = "extract reads files only: `workbench ingest URL` fetches a page"


def _is_address(given: str) -> bool:
    return given.lower().startswith(("http://", "https://"))


def _print_report(report: IngestReport, as_json: bool, metadata: Metadata) -> None:
    """Warnings and errors on stderr, a line each; new versions and the summary (or
    the JSON report) on stdout. The summary says when metadata given was not applied
    to a source skipped as loaded already, and how to apply it."""
    for line in report.all_warnings():
        echo(f"warning: {line}", err=True, one_line=True)
    for line in report.errors:
        echo(f"workbench: {line}", err=True, one_line=True)
    if as_json:
        click.echo(json_line(json.dumps(dataclasses.asdict(report), ensure_ascii=False)))
        return
    for version in report.versions:
        for line in version.lines():
            echo(line, one_line=True)
    echo(f"ingest: {report.summary()}{not_applied(report, metadata)}", one_line=True)


def _with_progress(job: Callable[[ServiceProgress | None], IngestReport]) -> IngestReport:
    """`job` run with a progress bar on stderr when that is a terminal."""
    if not sys.stderr.isatty():
        return job(None)
    columns = ("{task.description}", BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("loading", total=None)
        return job(lambda done, total: bar.update(task, completed=done, total=total))


COMMANDS = (extract, ingest)
