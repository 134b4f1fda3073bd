"""An analyst behind a proxy (issue 19): a fetch goes through the proxy that
HTTP_PROXY names, as curl and browsers do, and NO_PROXY leaves a host direct. The
proxy here is the tests' loopback server, which answers a request for an absolute
address (how a client asks a proxy) with the page set for that address."""

import pytest
from click.testing import CliRunner

from tests import web_server
from tests.test_web_ingest import article
from workbench.cli import main
from workbench.errors import SourceError
from workbench.ingest.fetch import fetch

site = web_server.site  # the fixture: a real HTTP server on 127.0.0.1

ELSEWHERE = "http://news.example.invalid/gao.html"  # a name that resolves nowhere


def test_a_page_is_fetched_through_the_proxy_the_environment_names(site, monkeypatch):
    site.routes[ELSEWHERE] = web_server.Route(body=article().encode("utf-8"))
    monkeypatch.setenv("HTTP_PROXY", site.base)
    capture = fetch(ELSEWHERE, timeout=5)
    assert capture.body == article().encode("utf-8") and capture.final_url == ELSEWHERE
    assert site.requests[-1][0] == ELSEWHERE  # the proxy was asked for the whole address


def test_ingest_through_a_proxy_stores_the_page_under_its_own_address(site, monkeypatch, tmp_path):
    site.routes[ELSEWHERE] = web_server.Route(body=article().encode("utf-8"))
    monkeypatch.setenv("http_proxy", site.base)
    db = str(tmp_path / "claims.db")
    result = CliRunner().invoke(main, ["ingest", ELSEWHERE, "--db", db, "--jobs", "1"])
    assert result.exit_code == 0, result.output
    shown = CliRunner().invoke(main, ["document", "show", "1", "--db", db])
    assert f"final_url: {ELSEWHERE}" in shown.stdout


def test_no_proxy_leaves_a_host_direct(site, monkeypatch):
    url = site.page("/direct.html", article())
    monkeypatch.setenv("HTTP_PROXY", "http://127.0.0.1:9")  # nothing listens there
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    assert fetch(url, timeout=5).body == article().encode("utf-8")


def test_a_proxy_setting_httpx_cannot_use_is_one_line(site, monkeypatch):
    monkeypatch.setenv("HTTP_PROXY", "ftp://proxy.example:21")
    with pytest.raises(SourceError, match="the proxy set in the environment cannot be used"):
        fetch(site.url("/gao.html"), timeout=5)
