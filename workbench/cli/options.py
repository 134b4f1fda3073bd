"""Options of the command line that check what they are given (issue 14): --max-size
for the files an ingest reads, --url for where ClaimReviews are published,
--language for the language of the files an ingest reads (issue 18)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import click

from workbench.export.claimreview import http_url
from workbench.ingest.files import date_problem, url_problem
from workbench.ingest.language import language_problem
from workbench.ingest.limits import parse_size
from workbench.vocabulary import STATUSES

F = TypeVar("F", bound=Callable[..., Any])


def max_size_option(func: F) -> F:
    """--max-size: the largest file read (item 14; workbench/ingest/limits.py)."""
    return click.option(
        "--max-size",
        metavar="SIZE",
        callback=_size,
        help="Refuse files larger than this, e.g. 50MB [WORKBENCH_MAX_FILE_SIZE, "
        "max_file_size in [ingest] of the config file, else 128MiB].",
    )(func)


def http_url_option(func: F) -> F:
    """--url of `export`: an http(s) address, never `javascript:` or `data:` (item 10)."""
    return click.option(
        "--url",
        callback=_http_url,
        help="Where the report is published (http or https); each review gets URL#claim-ID.",
    )(func)


def _size(_ctx: click.Context, _param: click.Parameter, given: str | None) -> int | None:
    try:
        return None if given is None else parse_size(given)
    except ValueError as error:
        raise click.BadParameter(str(error)) from None


def _http_url(_ctx: click.Context, _param: click.Parameter, given: str | None) -> str | None:
    if given is not None and http_url(given) is None:
        raise click.BadParameter(f"{given!r} is not an http or https URL")
    return given


def language_option(_ctx: click.Context, _param: click.Parameter, given: str | None) -> str | None:
    """--language: an ISO 639-1 code lingua knows ("en", "fr"), lower-cased."""
    if given is not None and (problem := language_problem(given)):
        raise click.BadParameter(problem)
    return given.lower() if given else None


def published_option(_ctx: click.Context, _param: click.Parameter, given: str | None) -> str | None:
    """--published of `ingest`: a date `ingest.files.read_published` reads, checked
    before anything is fetched or read."""
    if given is not None and (problem := date_problem(given)):
        raise click.BadParameter(problem)
    return given


def source_url_option(
    _ctx: click.Context, _param: click.Parameter, given: str | None
) -> str | None:
    """--url of `ingest`: where the text was published, an http(s) address (it is the
    path of what `ingest -` reads: its versions are told apart by it)."""
    if given is not None and (problem := url_problem(given)):
        raise click.BadParameter(problem)
    return given


def _statuses(_ctx: click.Context, _param: click.Parameter, given: tuple[str, ...]) -> list[str]:
    """--status given again, or with commas: "--status confirmed,disputed"."""
    chosen = [s.strip() for value in given for s in value.split(",") if s.strip()]
    for status in chosen:
        if status not in STATUSES:
            raise click.BadParameter(f"{status!r} is not one of {', '.join(STATUSES)}")
    return chosen


def statuses_option(func: F) -> F:
    """--status S: only claims with these verdicts, repeated or with commas."""
    return click.option(
        "--status",
        "statuses",
        multiple=True,
        callback=_statuses,
        metavar="S",
        help="Only claims with this verdict; repeat it or use commas for several.",
    )(func)
