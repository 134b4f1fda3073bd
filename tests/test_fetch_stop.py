"""Issue 19: a fetch the analyst stops, and the bytes of a body told as they arrive,
against a real HTTP server on 127.0.0.1 (tests/web_server.py)."""

from __future__ import annotations

import time

import pytest

from tests import web_server
from tests.test_web_ingest import article
from workbench.errors import SourceError
from workbench.ingest.fetch import fetch

site = web_server.site  # the fixture: a real HTTP server on 127.0.0.1


def test_a_trickling_page_stops_when_asked_and_tells_its_bytes(site):
    url = site.page("/trickle.html", "<p>" + "z" * 400 + "</p>", trickle=0.05)  # ~20 s
    sizes: list[tuple[int, int | None]] = []

    def received(size: int, declared: int | None) -> None:
        sizes.append((size, declared))

    started = time.monotonic()
    with pytest.raises(SourceError) as stopped:
        fetch(url, timeout=5, stop=lambda: len(sizes) >= 5, received=received)
    assert str(stopped.value) == f"{url}: stopped by the analyst"
    assert time.monotonic() - started < 10  # long before the ~20 s the page takes (a loaded CI)
    assert [size for size, _ in sizes] == [1, 2, 3, 4, 5]  # a byte at a time, as served
    assert {declared for _, declared in sizes} == {None}  # no Content-Length given


def test_stop_asked_before_the_request_fetches_nothing(site):
    url = site.page("/gao.html", article())
    with pytest.raises(SourceError, match="stopped by the analyst"):
        fetch(url, stop=lambda: True)
    assert site.requests == []


def test_received_has_the_content_length_when_it_is_given(site):
    body = article()
    url = site.page("/gao.html", body)
    sizes: list[tuple[int, int | None]] = []
    capture = fetch(url, stop=lambda: False, received=lambda s, d: sizes.append((s, d)))
    length = len(body.encode("utf-8"))
    assert len(capture.body) == length and sizes[-1] == (length, length)
