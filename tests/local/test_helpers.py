"""The emulator's small shared helpers, pinned against the server's rules."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from strait.local._clock import elapsed_ms
from strait.local._json import jsonb_text


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
