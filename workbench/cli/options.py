"""Options of the command line that check what they are given (issue 14): --max-size
for the files an ingest reads, --url for where ClaimReviews are published."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import click

from workbench.export.claimreview import http_url
from workbench.ingest.limits import parse_size

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
