"""The emulator's small shared helpers, pinned against the server's rules."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime, timedelta

import pytest

from strait.local._clock import Clock, elapsed_ms
from strait.local._http import matches_url_rule
from strait.local._json import go_quote, jsonb_text


def test_elapsed_ms_cuts_toward_zero_like_go_milliseconds() -> None:
    """``Sub(...).Milliseconds()`` drops the sub-millisecond rest toward zero, 0 when either
    end is unset (workflow/debugger.go:384-389, api/workflow_run_timeline.go:50,235)."""
    start = datetime(2026, 1, 1, tzinfo=UTC)
    assert elapsed_ms(start, start + timedelta(microseconds=1999)) == 1
    assert elapsed_ms(start, start + timedelta(days=3, microseconds=7)) == 3 * 86_400_000
    assert elapsed_ms(start + timedelta(microseconds=1999), start) == -1
    assert elapsed_ms(start, None) == 0 and elapsed_ms(None, start) == 0


def test_jsonb_text_escapes_strings_as_json_dumps_without_ascii() -> None:
    """Postgres prints a ``jsonb`` with ``", "``/``": "``, keys shorter first then by bytes,
    and escapes only quotes, backslashes and control characters
    (store/webhook_deliveries.go:46-57,248-256)."""
    text = 'a"\\\n\x00\x1f\x7f\u2028é😀'
    assert jsonb_text(text) == json.dumps(text, ensure_ascii=False)
    assert jsonb_text(text) == '"a\\"\\\\\\n\\u0000\\u001f\x7f\u2028é😀"'
    assert (
        jsonb_text({"bb": [1, 2.5, None, True], "a": {"é": "x"}})
        == '{"a": {"é": "x"}, "bb": [1, 2.5, null, true]}'
    )


# What Go answered (go-playground/validator v10 isURL over net/url, run once with a Go
# toolchain beside the emulator over 220,000 generated strings; the emulator agreed on all
# of them but the bracketed hosts, where it follows the newer Go the server is built with).
_GO_URL_TAG = {
    "file:///etc/x": True,  # a file: URI passes the tag; the endpoint rule refuses it later
    "FILE:/x": True,  # the tag lower-cases first
    "file:/%zz": False,
    "http://a.example/x": True,
    "ftp://host": True,
    "mailto:x@y": True,  # opaque
    "x:#f": True,  # a fragment is enough
    "http://:80": True,  # net/url keeps ":80" as the host
    "a:b": True,
    "not a url": False,
    "#frag": False,
    "": False,
    "http://": False,
    "http:///x": False,
    "http://a.example/\x01": False,  # control character
    "http://h/#\x01": True,  # ... allowed in the fragment
    "http://a.example/%zz": False,  # bad escape in the path
    "http://h/?q=%zz": True,  # ... not checked in the query
    "http://h/#%zz": False,  # ... checked in the fragment
    "http://a b/": False,  # host characters
    "http://a:xx/": False,  # port
    "http://u ser@h/": False,  # userinfo characters
    "http://%2@h": False,  # userinfo escape
    "http://h%41/": False,  # a host escapes only non-ASCII bytes ...
    "http://h%c3%a9/": True,
    "http://h%25eth0/": True,  # ... or "%25"
    "http://hé/": True,
    "HTTP://!?": True,  # the query is cut before the host is read
    "http://[::1]:80/": True,
    "http://[::1/": False,
}


def test_the_url_tag_follows_go() -> None:
    """``validate:"url"``: go-playground/validator v10 ``isURL`` (the server's go.mod pins
    v10.30.3) over Go's ``net/url`` (api/webhooks.go:26, api/deployment_versions.go)."""
    assert {url: matches_url_rule(url) for url in _GO_URL_TAG} == _GO_URL_TAG


def test_the_url_tag_holds_bracketed_hosts_to_an_ipv6_address() -> None:
    """Go 1.25 keeps brackets for IPv6 addresses and Go 1.26 refuses an IP literal that does
    not start the host (CVE-2026-25679); the server is built with Go 1.26 (apps/strait/go.mod)."""
    assert matches_url_rule("http://[fe80::1%25eth0]:8080/x")
    assert not matches_url_rule("http://[127.0.0.1]/")
    assert not matches_url_rule("http://[::1][::1]/")
    assert not matches_url_rule("http://a[::1]/")


def test_go_quote_writes_what_strconv_quote_writes() -> None:
    """``strconv.ParseInt``'s error quotes the input with ``strconv.Quote``
    (api/huma_bridge.go:158-166). Checked once against Go over every code point: the only
    differences were characters newer than that Go's Unicode tables."""
    assert go_quote('a"\\\a\b\f\n\r\t\v') == '"a\\"\\\\\\a\\b\\f\\n\\r\\t\\v"'
    assert go_quote("\x00\x1f\x7f") == '"\\x00\\x1f\\x7f"'
    assert go_quote("é 😀") == '"é 😀"'
    assert go_quote("\u00a0\u200b\u2028\ue000\U000f0000") == '"\\u00a0\\u200b\\u2028\\ue000\\U000f0000"'


def test_a_clock_action_that_fails_during_advance_leaves_the_later_timers_armed() -> None:
    """``advance()`` raises what an action raised, and the timers due after it still fire."""

    def boom() -> None:
        raise RuntimeError("boom")

    async def scenario() -> list[str]:
        clock = Clock()
        clock.start()
        fired: list[str] = []
        clock.call_later(100, boom)
        clock.call_later(200, lambda: fired.append("later"))
        with pytest.raises(RuntimeError, match="boom"):
            clock.advance(300)
        for _ in range(100):
            if fired:
                break
            await asyncio.sleep(0.01)
        await clock.stop()
        return fired

    assert asyncio.run(scenario()) == ["later"]
