"""``python -m strait.local`` (issue 20, item 11): what stops it before it serves is one
line on stderr and a non-zero exit, with no traceback and no aiohttp "Unclosed client
session"; ``--help`` shows the ``-- COMMAND`` mode."""

from __future__ import annotations

import json
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from strait.local._persist import FORMAT


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "strait.local", *args], capture_output=True, text=True, timeout=60, check=False
    )


def _one_line(proc: subprocess.CompletedProcess[str]) -> str:
    assert proc.stdout == ""
    lines = proc.stderr.splitlines()
    assert len(lines) == 1, proc.stderr
    assert "Traceback" not in proc.stderr and "Unclosed" not in proc.stderr
    assert lines[0].startswith("strait.local: ")
    return lines[0]


@pytest.fixture
def busy_port() -> Iterator[int]:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen()
        yield sock.getsockname()[1]


def test_a_mistyped_command_is_one_line_and_127() -> None:
    proc = _run("--port", "0", "--", "pytset", "-q")
    assert proc.returncode == 127
    assert _one_line(proc) == "strait.local: command not found: pytset (not on PATH)"


def test_a_command_that_is_not_executable_is_one_line_and_126() -> None:
    proc = _run("--port", "0", "--", __file__)
    assert proc.returncode == 126
    assert "is not executable" in _one_line(proc)


def test_nothing_after_the_separator_is_one_line() -> None:
    proc = _run("--port", "0", "--")
    assert proc.returncode == 1
    assert "nothing after --" in _one_line(proc)


def test_a_busy_port_is_one_line(busy_port: int) -> None:
    proc = _run("--port", str(busy_port))
    assert proc.returncode == 1
    line = _one_line(proc)
    assert f"cannot listen on 127.0.0.1:{busy_port}" in line and "--port 0" in line


def test_a_busy_grpc_port_is_one_line(busy_port: int) -> None:
    pytest.importorskip("grpc")
    proc = _run("--port", "0", "--grpc-port", str(busy_port))
    assert proc.returncode == 1
    assert f"127.0.0.1:{busy_port}" in _one_line(proc)


def test_the_command_runs_and_its_status_is_the_exit_status() -> None:
    code = (
        "import os, sys; sys.exit(3 if os.environ['STRAIT_BASE_URL'].startswith('http://127.0.0.1:') else 9)"
    )
    proc = _run("--port", "0", "--", sys.executable, "-c", code)
    assert proc.returncode == 3, proc.stderr
    assert "Unclosed" not in proc.stderr


def test_a_command_that_ignores_sigterm_is_killed_at_a_second_interrupt() -> None:
    """Ctrl-C sends the command SIGTERM; a command that ignores it is killed at the second
    Ctrl-C (or after a grace), so it cannot hold the terminal."""
    code = (
        "import signal, time; signal.signal(signal.SIGTERM, signal.SIG_IGN); "
        "print('ready', flush=True); time.sleep(120)"
    )
    proc = subprocess.Popen(
        [sys.executable, "-m", "strait.local", "--port", "0", "--", sys.executable, "-c", code],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None and proc.stdout.readline() == "ready\n"
        proc.send_signal(signal.SIGINT)
        time.sleep(0.5)  # the command got SIGTERM and ignored it
        assert proc.poll() is None
        proc.send_signal(signal.SIGINT)
        _, stderr = proc.communicate(timeout=30)
    finally:
        proc.kill()
    assert proc.returncode == 128 + signal.SIGKILL, stderr  # the command's status, as a shell gives it
    assert "did not stop on SIGTERM; killed" in stderr and "Traceback" not in stderr


def test_help_shows_the_command_mode() -> None:
    proc = _run("--help")
    assert proc.returncode == 0
    text = " ".join(proc.stdout.split())
    assert "[-- COMMAND [ARG ...]]" in text and "stop when it ends and exit with its status" in text


def test_a_db_that_cannot_be_used_is_one_line(tmp_path: Path) -> None:
    proc = _run("--port", "0", "--db", str(tmp_path / "missing" / "state.sqlite"), "--", "true")
    assert proc.returncode == 1
    assert "there is no directory" in _one_line(proc)
    garbage = tmp_path / "state.sqlite"
    garbage.write_text("not a database", encoding="utf-8")
    proc = _run("--port", "0", "--db", str(garbage), "--", "true")
    assert proc.returncode == 1
    assert "cannot read --db" in _one_line(proc)


def test_a_spec_that_cannot_be_read_is_one_line(tmp_path: Path) -> None:
    proc = _run("--port", "0", "--validate", str(tmp_path / "nope.json"))
    assert proc.returncode == 1
    assert "cannot read the spec" in _one_line(proc)


_DISPATCH_11 = """
import os, sys, urllib.error, urllib.request
limited = 0
for _ in range(11):
    request = urllib.request.Request(
        os.environ["STRAIT_BASE_URL"] + "/v1/events/dispatch", data=b"{}", method="POST",
        headers={"Authorization": "Bearer " + os.environ["STRAIT_API_KEY"],
                 "Content-Type": "application/json"},
    )
    try:
        urllib.request.urlopen(request, timeout=10).close()
    except urllib.error.HTTPError as exc:
        limited += exc.code == 429
sys.exit(limited)
"""


@pytest.mark.parametrize(("flags", "limited"), [((), 0), (("--server-limits",), 1)])
def test_server_limits_turns_on_the_servers_route_rate_limits(flags: tuple[str, ...], limited: int) -> None:
    """``--server-limits``: the server's per-IP limit of 10 trigger-class requests a minute
    (api/routes.go:86-93) answers the 11th with 429; off by default."""
    proc = _run("--port", "0", *flags, "--", sys.executable, "-c", _DISPATCH_11)
    assert proc.returncode == limited, proc.stderr
    assert "--server-limits" in _run("--help").stdout


def _saved(path: Path, data: object) -> None:
    """A --db file holding ``data`` as its saved state."""
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE state (name TEXT PRIMARY KEY, data TEXT NOT NULL)")
        db.execute("INSERT INTO state VALUES ('emulator', ?)", (json.dumps(data),))


def test_a_db_saved_by_another_version_or_damaged_is_refused_in_one_line(tmp_path: Path) -> None:
    # A file from before the typed entities (no "format"; a job was {"data": {...}}).
    old = tmp_path / "old.sqlite"
    _saved(old, {"jobs": {"job_1": {"$Job": {"data": {"id": "job_1"}}}}, "rest": {}})
    proc = _run("--port", "0", "--db", str(old), "--", "true")
    assert proc.returncode == 1
    line = _one_line(proc)
    assert "holds state format 1" in line and f"reads format {FORMAT}" in line and "Move it aside" in line
    # The right format, but not what this version saves: refused, not half-loaded.
    damaged = tmp_path / "damaged.sqlite"
    _saved(damaged, {"format": FORMAT, "jobs": {"job_1": {"$Job": {"data": {}}}}, "rest": {}})
    proc = _run("--port", "0", "--db", str(damaged), "--", "true")
    assert proc.returncode == 1
    assert "it is damaged (" in _one_line(proc)
