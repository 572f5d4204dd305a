"""``python -m strait.local [--port 8080] [--grpc-port 50051] [--db PATH] [--api-key KEY] [-- CMD ...]``

Serves a local Strait on loopback and prints, once it answers, the lines a script
reads (``STRAIT_BASE_URL=…``, ``STRAIT_API_KEY=…``, ``STRAIT_PROJECT=…``,
``STRAIT_GRPC_URL=…``). Stops on SIGINT/SIGTERM (saving to ``--db`` if given).
With ``-- CMD ...`` it runs the command with those variables set, stops when the
command ends and exits with its status (``make demo``, ``make test-contract-local``).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import re
import signal
import sys

from ._emulator import Emulator
from ._runner import Server


def _parse(argv: list[str] | None) -> argparse.Namespace:
    argv = list(sys.argv[1:] if argv is None else argv)
    command: list[str] = []
    if "--" in argv:
        at = argv.index("--")
        argv, command = argv[:at], argv[at + 1 :]
    parser = argparse.ArgumentParser(prog="python -m strait.local", description="A local Strait on loopback.")
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
        "--validate",
        metavar="SPEC",
        default=None,
        help="check every request and answer against this OpenAPI file; report on exit, fail on a mismatch",
    )
    args = parser.parse_args(argv)
    if args.api_key is not None and not re.fullmatch(r"strait_[A-Za-z0-9]+", args.api_key):
        parser.error("--api-key must look like strait_ followed by letters and digits")
    args.command = command
    return args


async def _main(args: argparse.Namespace) -> int:
    validator = None
    if args.validate:
        from ._validate import Validator

        validator = Validator(args.validate)
    emulator = Emulator(api_key=args.api_key, project_id=args.project, validator=validator)
    store = None
    if args.db:
        from ._persist import Store

        store = Store(args.db)
        store.load(emulator)
    server = Server(emulator, host=args.host, port=args.port, grpc_port=args.grpc_port)
    try:
        await server.start()
    except OSError as exc:
        print(f"strait.local: cannot listen on {args.host}:{args.port}: {exc.strerror}", file=sys.stderr)
        return 1
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
        child = await asyncio.create_subprocess_exec(
            *args.command, env={**os.environ, **env, "STRAIT_LOCAL": "1"}
        )
        waiter = asyncio.ensure_future(child.wait())
        stopper = asyncio.ensure_future(stop.wait())
        await asyncio.wait({waiter, stopper}, return_when=asyncio.FIRST_COMPLETED)
        if not waiter.done():
            child.terminate()
        status = await waiter
        stopper.cancel()
    else:
        await stop.wait()
    if store is not None:
        store.save(emulator)
    await server.stop()
    if validator is not None:
        figures = validator.figures
        print(f"strait.local spec validation: {figures.summary()}", file=sys.stderr)
        for mismatch in figures.mismatches:
            print(f"  mismatch: {mismatch}", file=sys.stderr)
        if figures.mismatches and status == 0:
            status = 1
    return status


def main(argv: list[str] | None = None) -> int:
    return asyncio.run(_main(_parse(argv)))


if __name__ == "__main__":
    raise SystemExit(main())
