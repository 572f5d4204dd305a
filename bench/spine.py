"""Shape figures of the client core (issue 18, "What done looks like"): which hand-written
files one call passes through, and how much of the hand-written code is typed ``Any``.

Usage: .venv/bin/python bench/spine.py

* files per call: ``sys.setprofile`` over a sync and an async ``runs.get`` and a 3-page
  ``runs.list`` walk against a loopback server (the second call of each, so one-time
  setup is not counted); a file counts when one of its functions is called.
* ``Any`` share: functions and methods in ``src/strait`` (without ``_generated`` and
  ``worker/_proto``) with ``Any`` anywhere in their parameter or return annotations.
"""

from __future__ import annotations

import ast
import asyncio
import json
import sys
import threading
from collections.abc import Awaitable, Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import FrameType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "strait"
GENERATED = (SRC / "_generated", SRC / "worker" / "_proto")


def hand_written(path: Path) -> bool:
    return path.suffix == ".py" and not any(path.is_relative_to(g) for g in GENERATED)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        if self.path.startswith("/v1/runs?"):
            page = 3 if "cursor=c2" in self.path else 2 if "cursor=c1" in self.path else 1
            more = page < 3
            body: Any = {
                "data": [{"id": f"run_{page}"}],
                "has_more": more,
                "next_cursor": f"c{page}" if more else None,
            }
        else:
            body = {"id": "run_1", "status": "executing", "job_id": "job_1"}
        data = json.dumps(body).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args: object) -> None:
        return None


class _Trace:
    """The hand-written files whose functions are called while it is on."""

    def __init__(self) -> None:
        self.seen: set[str] = set()

    def __call__(self, frame: FrameType, event: str, arg: object) -> None:
        if event == "call":
            name = frame.f_code.co_filename
            if name.startswith(str(SRC)) and hand_written(Path(name)):
                self.seen.add(str(Path(name).relative_to(SRC)))

    def __enter__(self) -> _Trace:
        sys.setprofile(self)
        return self

    def __exit__(self, *exc: object) -> None:
        sys.setprofile(None)


def _files(call: Callable[[], object]) -> list[str]:
    with _Trace() as trace:
        call()
    return sorted(trace.seen)


def trace_calls() -> dict[str, list[str]]:
    from strait import AsyncClient, Client

    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_port}"
    found: dict[str, list[str]] = {}
    with Client(base_url=url, api_key="strait_bench_key") as client:
        client.runs.get("run_1")
        found["sync runs.get"] = _files(lambda: client.runs.get("run_1"))
        list(client.runs.list(limit=1))
        found["sync runs.list, 3 pages"] = _files(lambda: list(client.runs.list(limit=1)))

    async def run_async() -> None:
        async with AsyncClient(base_url=url, api_key="strait_bench_key") as client:
            await client.runs.get("run_1")
            found["async runs.get"] = await _afiles(lambda: client.runs.get("run_1"))

    asyncio.run(run_async())
    server.shutdown()
    return found


async def _afiles(make: Callable[[], Awaitable[object]]) -> list[str]:
    with _Trace() as trace:  # the whole await, the event loop's callbacks included
        await make()
    return sorted(trace.seen)


def any_share() -> tuple[int, int]:
    total = with_any = 0
    for path in sorted(SRC.rglob("*.py")):
        if not hand_written(path):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                total += 1
                args = node.args
                annotations = [a.annotation for a in (*args.posonlyargs, *args.args, *args.kwonlyargs)]
                annotations += [args.vararg.annotation if args.vararg else None]
                annotations += [args.kwarg.annotation if args.kwarg else None, node.returns]
                text = " ".join(ast.unparse(a) for a in annotations if a is not None)
                if any(
                    word == "Any"
                    for word in text.replace("[", " ")
                    .replace("]", " ")
                    .replace(",", " ")
                    .replace("|", " ")
                    .split()
                ):
                    with_any += 1
    return with_any, total


def main() -> None:
    for name, files in trace_calls().items():
        print(f"{name}: {len(files)} hand-written files: {', '.join(files)}")
    with_any, total = any_share()
    print(f"functions with Any in their signature: {with_any} of {total} ({100 * with_any / total:.0f} %)")


if __name__ == "__main__":
    main()
