"""Fetching a page an analyst named (issue 19): nothing is fetched unless a URL or a
feed was given. One GET with httpx: a clear user agent, a timeout, redirects
followed (at most `MAX_REDIRECTS`) and recorded, the body read up to the size limit
(`limits.max_file_size`), the content type checked. What came back is a `Capture`,
kept beside the document as the evidence of what was read."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from workbench import __version__
from workbench.errors import SourceError, WorkbenchError
from workbench.ingest.files import address_problem
from workbench.ingest.limits import max_file_size, over_limit

if TYPE_CHECKING:
    import httpx

USER_AGENT = (
    f"Workbench/{__version__} (source-claim verification; fetches only the pages an analyst names)"
)
TIMEOUT_ENVIRONMENT = "WORKBENCH_FETCH_TIMEOUT"
DEFAULT_TIMEOUT = 30.0  # seconds to connect, and between two reads of the body
MAX_REDIRECTS = 10
DEADLINE_FACTOR = 4  # a whole answer must arrive within this many timeouts
STOPPED = "stopped by the analyst"

Stop = Callable[[], bool]  # asked before the request and between chunks: True stops
Received = Callable[[int, "int | None"], None]  # bytes so far, Content-Length if known

_KINDS = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "text/plain": "txt",
    "text/markdown": "md",
    "application/pdf": "pdf",
    "application/rss+xml": "feed",
    "application/atom+xml": "feed",
    "application/rdf+xml": "feed",
    "application/xml": "feed",
    "text/xml": "feed",
    "application/feed+json": "feed",
}


@dataclass(frozen=True)
class Capture:
    """A resource as fetched: `body` the bytes as served (content encodings such as
    gzip undone), `sha256` their hex digest, `fetched_at` an ISO time in UTC,
    `redirects` each (status, address) followed on the way to `final_url`. A local
    file or standard input read is kept the same way (`read_capture`: status 0)."""

    requested_url: str
    final_url: str
    status: int
    content_type: str
    body: bytes
    fetched_at: str
    redirects: list[tuple[int, str]] = field(default_factory=list)
    author: str | None = None

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.body).hexdigest()

    @property
    def way_in(self) -> str:
        """ "web" for a page fetched (an HTTP status), "stdin" for text read from
        standard input, "file" for a local file (`read_capture`)."""
        if self.status:
            return "web"
        return "stdin" if self.final_url == STDIN else "file"

    @property
    def kind(self) -> str | None:
        """ "html", "txt", "md", "pdf", "feed", or None for a content type not read."""
        return kind_of(self.content_type)

    @property
    def charset(self) -> str | None:
        """The charset the Content-Type header names, if any."""
        for part in self.content_type.split(";")[1:]:
            name, _, value = part.partition("=")
            if name.strip().lower() == "charset" and value.strip():
                return value.strip().strip("\"'")
        return None


STDIN = "stdin"  # the address of a capture read from standard input
_CONTENT_TYPES = {"html": "text/html", "txt": "text/plain", "md": "text/markdown"}


def read_capture(source: str, body: bytes, fmt: str) -> Capture:
    """The capture of a source read, not fetched: a local file (`source` its path as
    given; its final address the file's absolute `file://` URI) or standard input
    (`source` STDIN). `body`: its bytes as read, `fmt` the format it was read in
    ("html", "txt", "md", "pdf"); read now (UTC). Its status is 0: no HTTP answer."""
    final = source if source == STDIN else Path(source).resolve().as_uri()
    return Capture(
        requested_url=source,
        final_url=final,
        status=0,
        content_type=_CONTENT_TYPES.get(fmt, f"application/{fmt}"),
        body=body,
        fetched_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
    )


def kind_of(content_type: str) -> str | None:
    """What a Content-Type is read as (`_KINDS`); None for any other."""
    return _KINDS.get(content_type.split(";")[0].strip().lower())


def fetch_timeout() -> float:
    """Seconds a fetch waits: WORKBENCH_FETCH_TIMEOUT (`ingest --timeout` sets it),
    else DEFAULT_TIMEOUT. Raises WorkbenchError (one line) for a value that is not a
    positive number."""
    given = os.environ.get(TIMEOUT_ENVIRONMENT, "").strip()
    if not given:
        return DEFAULT_TIMEOUT
    try:
        seconds = float(given)
    except ValueError:
        seconds = 0.0
    if not seconds > 0:
        raise WorkbenchError(f"{TIMEOUT_ENVIRONMENT}: {given!r} is not a number of seconds")
    return seconds


def fetch(
    url: str,
    *,
    timeout: float | None = None,
    limit: int | None = None,
    stop: Stop | None = None,
    received: Received | None = None,
) -> Capture:
    """GET `url` (http or https): the `Capture` of a 2xx answer. Raises SourceError,
    one line naming the URL, for an address that is not http(s), a name that does
    not resolve, a refused connection, a timeout, too many redirects, an HTTP error
    status, a body over `limit` bytes (the ingest's size limit by default), and an
    address that cannot be one (an invalid port, a broken host); and, "stopped by
    the analyst", when `stop()` is true before the request or between two chunks of
    the body (nothing of it kept). `received(size, declared)` is told the bytes of
    the body read so far after each chunk, with its Content-Length (None if not
    given)."""
    if stop is not None and stop():
        raise SourceError(url, STOPPED)
    if not url.lower().startswith(("http://", "https://")):
        raise SourceError(url, "not an http:// or https:// address")
    if problem := address_problem(url):
        raise SourceError(url, problem)
    import httpx  # loaded when a page is fetched: it loads rich (its command line) with it

    timeout = fetch_timeout() if timeout is None else timeout
    limit = max_file_size() if limit is None else limit
    try:
        with _client(url, timeout) as client, client.stream("GET", url) as response:
            if response.status_code >= 400:
                raise SourceError(url, f"HTTP {response.status_code} {response.reason_phrase}")
            body = _body(url, response, limit, DEADLINE_FACTOR * timeout, stop, received)
            return Capture(
                requested_url=url,
                final_url=str(response.url),
                status=response.status_code,
                content_type=response.headers.get("content-type", ""),
                body=body,
                fetched_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                redirects=[
                    (r.status_code, str(r.headers.get("location", ""))) for r in response.history
                ],
            )
    except httpx.TooManyRedirects:
        raise SourceError(url, f"more than {MAX_REDIRECTS} redirects") from None
    except httpx.TimeoutException:
        raise SourceError(url, f"no answer within {timeout:g} seconds (timed out)") from None
    except httpx.ConnectError as error:
        raise SourceError(url, _connect_problem(error)) from None
    except httpx.InvalidURL as error:
        raise SourceError(url, f"not a valid address ({error})") from None
    except httpx.HTTPError as error:
        raise SourceError(url, f"could not be fetched ({type(error).__name__}: {error})") from None


def _client(url: str, timeout: float) -> httpx.Client:
    """The HTTP client of one fetch. It takes from the environment what an analyst
    behind a proxy sets (httpx's `trust_env`): HTTP_PROXY, HTTPS_PROXY, ALL_PROXY and
    NO_PROXY, and SSL_CERT_FILE or SSL_CERT_DIR for the certificates of a proxy that
    inspects https; else certifi's bundle. (httpx 0.28 reads no `.netrc`: no
    credentials are sent unasked.) A proxy setting httpx cannot use (a SOCKS proxy
    without socksio, an address of no known scheme) raises SourceError naming it."""
    import httpx

    headers = {"User-Agent": USER_AGENT, "Accept": "text/html,application/xhtml+xml,*/*;q=0.8"}
    try:
        return httpx.Client(
            headers=headers,
            timeout=timeout,
            follow_redirects=True,
            max_redirects=MAX_REDIRECTS,
            trust_env=True,
        )
    except (ImportError, ValueError) as error:
        raise SourceError(
            url, f"the proxy set in the environment cannot be used ({error})"
        ) from None


def _body(
    url: str,
    response: httpx.Response,
    limit: int,
    allowed: float,
    stop: Stop | None = None,
    received: Received | None = None,
) -> bytes:
    """The body, refused as soon as it is known to pass `limit` bytes, or once it has
    taken more than `allowed` seconds: the timeout bounds each wait for bytes, so a
    server sending a byte a second would otherwise never end the fetch. `stop` is
    asked between chunks (SourceError "stopped by the analyst"); `received` told the
    size so far after each."""
    deadline = time.monotonic() + allowed
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise SourceError(url, over_limit(int(declared), limit))
    expected = int(declared) if declared.isdigit() else None
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        if stop is not None and stop():
            raise SourceError(url, STOPPED)
        size += len(chunk)
        if size > limit:
            raise SourceError(url, f"more than {limit:,} bytes, over the size limit")
        if time.monotonic() > deadline:
            raise SourceError(url, f"still arriving after {allowed:g} seconds (cut off)")
        chunks.append(chunk)
        if received is not None:
            received(size, expected)
    return b"".join(chunks)


def _connect_problem(error: Exception) -> str:
    text = str(error)
    lowered = text.lower()
    if "name or service not known" in lowered or "nodename nor servname" in lowered:
        return "the host name does not resolve (DNS)"
    if "temporary failure in name resolution" in lowered or "no address associated" in lowered:
        return "the host name does not resolve (DNS)"
    if "refused" in lowered:
        return "connection refused"
    return f"could not connect ({text})"
