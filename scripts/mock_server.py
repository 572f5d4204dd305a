"""Start Prism (pinned in package.json) as a spec-driven mock Strait server on loopback.

Used by ``make demo`` and the contract tests::

    with mock_server() as base_url:
        client = Client(base_url=base_url, api_key="strait_demo")

Prism answers every operation of ``openapi/strait.openapi.json``, validates each
request against the spec (422/400 with a report when one breaks it), and serves
example or schema-generated responses (``dynamic=True``).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "strait.openapi.json"
PRISM = ROOT / "node_modules" / ".bin" / "prism"


class MockServerError(RuntimeError):
    """Prism is missing or did not start."""


def ensure_prism() -> Path:
    """Install the pinned Prism with ``npm ci`` if it is not there yet."""
    if not PRISM.exists():
        npm = shutil.which("npm")
        if npm is None:
            raise MockServerError("npm is needed to install Prism (the mock server); install Node.js")
        subprocess.run([npm, "ci", "--no-audit", "--no-fund", "--loglevel=error"], cwd=ROOT, check=True)
    return PRISM


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@contextlib.contextmanager
def mock_server(*, dynamic: bool = False, timeout: float = 60.0) -> Iterator[str]:
    """Run Prism until the block exits (also on error); yields its base URL."""
    prism = ensure_prism()
    port = _free_port()
    args = [str(prism), "mock", "-h", "127.0.0.1", "-p", str(port), "--errors", str(SPEC)]
    if dynamic:
        args.insert(2, "--dynamic")
    log = tempfile.TemporaryFile()  # noqa: SIM115 - closed in the finally below
    proc = subprocess.Popen(args, stdout=log, stderr=subprocess.STDOUT, env={**os.environ, "NO_COLOR": "1"})
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout
        while True:
            if proc.poll() is not None:
                log.seek(0)
                raise MockServerError(f"prism exited with {proc.returncode}:\n{log.read().decode()[-2000:]}")
            try:
                urllib.request.urlopen(f"{url}/health", timeout=1).close()
                break
            except urllib.error.HTTPError:
                break  # it answers
            except OSError:
                if time.monotonic() > deadline:
                    raise MockServerError(f"prism did not answer on {url} within {timeout}s") from None
                time.sleep(0.2)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()
