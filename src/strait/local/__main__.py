"""``python -m strait.local [--port 8080] [--grpc-port 50051] [--db PATH] [--api-key KEY] [-- CMD ...]``

Serves a local Strait on loopback and prints, once it answers, the lines a script
reads (``STRAIT_BASE_URL=…``, ``STRAIT_API_KEY=…``, ``STRAIT_PROJECT=…``,
``STRAIT_GRPC_URL=…``). Stops on SIGINT/SIGTERM (saving to ``--db`` if given).
With ``-- CMD ...`` it runs the command with those variables set, stops when the
command ends and exits with its status (``make demo``, ``make test-contract-local``).

What can go wrong before that (a command that cannot be run, a port in use, a spec or
database file that cannot be read, ``--db`` in a directory that does not exist) is one
line on stderr and a non-zero exit: 127 for a command not found, 126 for one that cannot
be run, 1 otherwise.

``--server-limits`` applies the server's per-IP route rate limits, off by default (a test
suite would hit 10 triggers a minute at once).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import errno
import os
import re
import shutil
import signal
import socket
import sqlite3
import sys

from ._emulator import Emulator
from ._persist import Store
from ._runner import Server
from ._validate import Validator

#: Seconds a ``-- COMMAND`` gets to exit after SIGTERM before it is killed.
CHILD_GRACE_SECS = 10.0


def _parse(argv: list[str] | None) -> argparse.Namespace:
    argv = list(sys.argv[1:] if argv is None else argv)
    command: list[str] = []
    run_command = "--" in argv
    if run_command:
        at = argv.index("--")
        argv, command = argv[:at], argv[at + 1 :]
    parser = argparse.ArgumentParser(
        prog="python -m strait.local",
        usage="%(prog)s [options] [-- COMMAND [ARG ...]]",
        description="A local Strait on loopback. Prints the STRAIT_* variables a client needs, "
        "then serves until interrupted.",
        epilog="-- COMMAND [ARG ...]: run COMMAND with the STRAIT_* variables (and STRAIT_LOCAL=1) "
        "set instead of printing them, stop when it ends and exit with its status, e.g. "
        "`python -m strait.local --port 0 -- pytest`.",
    )
    parser.add_argument("--host", default="127.0.0.1", help="interface to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8080, help="REST port (0: any free port; default 8080)")
    parser.add_argument(
        "--grpc-port", type=int, default=None, help="serve WorkerService on this port (0: any free port)"
    )
    parser.add_argument("--db", default=None, help="keep the state in this SQLite file across restarts")
    parser.add_argument(
        "--api-key", default=None, help="the bootstrap API key (strait_…; default: a new one)"
    )
    parser.add_argument("--project", default="proj_local", help="the bootstrap project id")
    parser.add_argument(
        "--server-limits",
        action="store_true",
        help="apply the server's per-IP route rate limits (e.g. 10 triggers a minute; off by default)",
    )
    parser.add_argument(
        "--validate",
        metavar="SPEC",
        default=None,
        help="check every request and answer against this OpenAPI file; report on exit, fail on a mismatch",
    )
    args = parser.parse_args(argv)
    if args.api_key is not None and not re.fullmatch(r"strait_[A-Za-z0-9]+", args.api_key):
        parser.error("--api-key must look like strait_ followed by letters and digits")
    args.command = command
    args.run_command = run_command
    return args


class _Refused(Exception):
    """What stops the server before it serves: one line for stderr, and the exit status."""

    def __init__(self, message: str, status: int = 1) -> None:
        super().__init__(message)
        self.status = status


def _check_command(command: list[str]) -> None:
    """Refuse a command that cannot be started, before anything listens."""
    if not command:
        raise _Refused("nothing after --: give the command to run, e.g. -- pytest")
    program = command[0]
    if os.sep in program or (os.altsep and os.altsep in program):
        if not os.path.isfile(program):
            raise _Refused(f"command not found: {program}", 127)
        if not os.access(program, os.X_OK):
            raise _Refused(f"command is not executable: {program}", 126)
    elif shutil.which(program) is None:
        raise _Refused(f"command not found: {program} (not on PATH)", 127)


def _check_grpc_port(host: str, port: int | None) -> None:
    """Refuse a gRPC port in use before grpc tries it (grpc logs its own error lines)."""
    if not port:
        return
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as grpc binds
        try:
            probe.bind((host, port))
        except OSError as exc:
            raise _listen_error(host, port, exc, "--grpc-port") from None


def _listen_error(host: str, port: int, exc: OSError, option: str = "--port") -> _Refused:
    if exc.errno == errno.EADDRINUSE:
        reason = f"the port is in use (choose another, or {option} 0 for any free port)"
    else:
        reason = exc.strerror or str(exc)
    return _Refused(f"cannot listen on {host}:{port}: {reason}")


async def _main(args: argparse.Namespace) -> int:
    if args.run_command:
        _check_command(args.command)
    validator = None
    if args.validate:
        try:
            validator = Validator(args.validate)
        except (OSError, ValueError) as exc:
            raise _Refused(f"cannot read the spec {args.validate}: {exc}") from None
    _check_grpc_port(args.host, args.grpc_port)
    emulator = Emulator(
        api_key=args.api_key, project_id=args.project, validator=validator, server_limits=args.server_limits
    )
    store = None
    if args.db:
        folder = os.path.dirname(os.path.abspath(args.db))
        if not os.path.isdir(folder):
            raise _Refused(f"--db {args.db}: there is no directory {folder}")
        store = Store(args.db)
        try:
            store.load(emulator)
        except (sqlite3.Error, ValueError) as exc:
            raise _Refused(f"cannot read --db {args.db}: {exc}") from None
    server = Server(emulator, host=args.host, port=args.port, grpc_port=args.grpc_port)
    try:
        await server.start()
    except OSError as exc:
        await server.stop()  # closes what start opened (the dispatch session)
        raise _listen_error(args.host, args.port, exc) from None
    except RuntimeError as exc:  # grpc's "Failed to bind" (a port taken since the check)
        await server.stop()
        raise _Refused(f"cannot serve WorkerService on {args.host}:{args.grpc_port}: {exc}") from None
    try:
        return await _serve(args, server, store)
    finally:
        await server.stop()


async def _serve(args: argparse.Namespace, server: Server, store: Store | None) -> int:
    emulator, validator = server.emulator, server.emulator.validator
    env = server.env()
    if not args.command:
        print("\n".join(f"{name}={value}" for name, value in env.items()), flush=True)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError):
            loop.add_signal_handler(signum, stop.set)
    status = 0
    if args.command:
        try:
            child = await asyncio.create_subprocess_exec(
                *args.command, env={**os.environ, **env, "STRAIT_LOCAL": "1"}
            )
        except OSError as exc:
            raise _Refused(f"cannot run {args.command[0]}: {exc.strerror or exc}", 126) from None
        waiter = asyncio.ensure_future(child.wait())
        stopper = asyncio.ensure_future(stop.wait())
        await asyncio.wait({waiter, stopper}, return_when=asyncio.FIRST_COMPLETED)
        if not waiter.done():
            # SIGTERM, then SIGKILL after a grace or at a second signal: a command that
            # ignores SIGTERM cannot hold the terminal.
            child.terminate()
            stop.clear()
            again = asyncio.ensure_future(stop.wait())
            await asyncio.wait({waiter, again}, timeout=CHILD_GRACE_SECS, return_when=asyncio.FIRST_COMPLETED)
            again.cancel()
            if not waiter.done():
                print(f"strait.local: {args.command[0]} did not stop on SIGTERM; killed", file=sys.stderr)
                child.kill()
        status = await waiter
        if status < 0:  # ended by a signal: the shell's 128 + signal number
            status = 128 - status
        stopper.cancel()
    else:
        await stop.wait()
    if store is not None:
        try:
            store.save(emulator)
        except sqlite3.Error as exc:
            print(f"strait.local: cannot save --db {args.db}: {exc}", file=sys.stderr)
            status = status or 1
    if validator is not None:
        figures = validator.figures
        print(f"strait.local spec validation: {figures.summary()}", file=sys.stderr)
        for mismatch in figures.mismatches:
            print(f"  mismatch: {mismatch}", file=sys.stderr)
        if figures.mismatches and status == 0:
            status = 1
    return status


def main(argv: list[str] | None = None) -> int:
    args = _parse(argv)
    try:
        return asyncio.run(_main(args))
    except _Refused as refused:
        print(f"strait.local: {refused}", file=sys.stderr)
        return refused.status


if __name__ == "__main__":
    raise SystemExit(main())
