"""``strait-worker`` (also ``python -m strait.worker``): run the project's job handlers as a
Strait worker.

::

    strait-worker                        # jobs from strait.json "dirs", settings from env + file
    strait-worker myapp.jobs:train       # a job definition (or a list / {slug: fn} / module)
    strait-worker myapp.jobs --concurrency 8 --queue ml

Exit status: 0 after a clean stop (SIGTERM / SIGINT), 2 for bad configuration or no jobs,
3 when Strait refuses the credentials or the registration.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import logging
import os
import sys
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Protocol, TypeGuard

from strait._errors import StraitError, ValidationError

__all__ = ["collect_jobs", "load_dir_jobs", "main"]

DEFAULT_DIRS = ("src",)  # the documented default of strait.json "dirs"


class _Definition(Protocol):
    """What the CLI reads of a job definition (``define_job(...)``, looked for by shape so
    that this module does not import :mod:`strait.authoring`)."""

    @property
    def slug(self) -> str: ...

    @property
    def handler(self) -> Callable[..., object] | None: ...


def _is_definition(value: object) -> TypeGuard[_Definition]:
    return hasattr(value, "slug") and hasattr(value, "handler") and hasattr(value, "to_request")


def _definitions(value: object) -> list[_Definition]:
    """Job definitions with handlers found in ``value`` (a definition, an iterable of them,
    or a module's globals)."""
    if _is_definition(value):
        return [value] if value.handler is not None else []
    if isinstance(value, dict):
        return [d for v in value.values() for d in _definitions(v) if not isinstance(v, dict)]
    if isinstance(value, (list, tuple)):
        return [d for v in value for d in _definitions(v)]
    return []


def collect_jobs(specs: Sequence[str]) -> dict[str, Callable[..., object]] | list[_Definition]:
    """Jobs from ``module:attr`` (a definition, list, or ``{slug: fn}``) or ``module``
    (every job definition with a handler in it).

    Raises:
        ValidationError: the module cannot be imported, or the name holds no jobs.
    """
    mapping: dict[str, Callable[..., object]] = {}
    found: list[_Definition] = []
    for spec in specs:
        module_name, _, attr = spec.partition(":")
        try:
            module = importlib.import_module(module_name)
        except ImportError as exc:
            raise ValidationError(
                f"cannot import {module_name!r}: {exc}", field="jobs", source=spec
            ) from None
        if attr:
            try:
                value = getattr(module, attr)
            except AttributeError:
                raise ValidationError(f"{module_name!r} has no {attr!r}", field="jobs", source=spec) from None
            if isinstance(value, dict) and value and all(callable(v) for v in value.values()):
                mapping.update(value)
                continue
            jobs = _definitions(value)
        else:
            jobs = _definitions(vars(module))
        if not jobs:
            raise ValidationError(
                f"{spec} holds no job definition with a handler (define_job(..., handler=fn))",
                field="jobs",
                source=spec,
            )
        found.extend(jobs)
    if mapping:
        mapping.update({job.slug: job.handler for job in found if job.handler is not None})
        return mapping
    return found


def load_dir_jobs(dirs: Iterable[Path]) -> list[_Definition]:
    """Import every ``*.py`` under ``dirs`` (each dir is put on ``sys.path``) and return the
    job definitions with handlers they define."""
    found: dict[str, _Definition] = {}
    for folder in dirs:
        if not folder.is_dir():
            raise ValidationError(
                f"strait.json dirs: {folder} is not a folder", field="dirs", source=str(folder)
            )
        if str(folder) not in sys.path:
            sys.path.insert(0, str(folder))
        for path in sorted(folder.rglob("*.py")):
            rel = path.relative_to(folder)
            if any(part.startswith((".", "__pycache__")) for part in rel.parts) or path.name.startswith(
                "test_"
            ):
                continue
            name = ".".join(rel.with_suffix("").parts)
            if name.endswith(".__init__"):
                name = name[: -len(".__init__")]
            module = sys.modules.get(name)
            if module is None:
                spec = importlib.util.spec_from_file_location(name, path)
                if spec is None or spec.loader is None:
                    continue
                module = importlib.util.module_from_spec(spec)
                sys.modules[name] = module
                try:
                    spec.loader.exec_module(module)
                except Exception as exc:
                    del sys.modules[name]
                    raise ValidationError(
                        f"importing {path} failed: {exc!r}", field="dirs", source=str(path)
                    ) from exc
            for job in _definitions(vars(module)):
                found.setdefault(job.slug, job)
    return list(found.values())


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="strait-worker",
        description="Run Strait job handlers as a private worker (worker mode, over gRPC).",
        epilog="The API key comes from STRAIT_API_KEY; other settings from flags, STRAIT_* variables, "
        "then strait.json (worker.*, dirs, sdk.base_url).",
    )
    p.add_argument(
        "jobs", nargs="*", help="module:attr or module holding job definitions (default: strait.json dirs)"
    )
    p.add_argument("--config", help="the strait.json to read (default: ./strait.json if present)")
    p.add_argument("--concurrency", type=int, help="runs executed at once (worker.concurrency)")
    p.add_argument(
        "--queue", action="append", dest="queues", help="queue to drain; repeatable (worker.queue_name)"
    )
    p.add_argument("--grpc-url", help="grpcs://host:port or grpc://host:port (worker.grpc_url)")
    p.add_argument("--base-url", help="the REST API for run contexts (sdk.base_url)")
    p.add_argument("--name", help="the worker's display name")
    p.add_argument("--worker-id", help="a stable worker id (default: generated per process)")
    p.add_argument("--drain-timeout", type=float, default=30.0, help="seconds to finish runs on SIGTERM (30)")
    p.add_argument("-v", "--verbose", action="store_true", help="log connection events too")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(format="strait-worker: %(levelname)s %(message)s", stream=sys.stderr)
    logging.getLogger("strait.worker").setLevel(logging.INFO if args.verbose else logging.WARNING)
    if os.getcwd() not in sys.path:
        sys.path.insert(0, os.getcwd())
    try:
        from ._settings import project_dirs

        if args.jobs:
            jobs = collect_jobs(args.jobs)
        else:
            config_file, dirs = project_dirs(args.config)
            if config_file is None:
                raise ValidationError(
                    "no jobs: pass module:attr arguments, or run where a strait.json lists the job "
                    "folders in dirs",
                    field="jobs",
                )
            dirs = dirs or tuple((config_file.parent / d).resolve() for d in DEFAULT_DIRS)
            jobs = load_dir_jobs(dirs)
            if not jobs:
                shown = ", ".join(str(d) for d in dirs)
                raise ValidationError(f"no job definitions with handlers under {shown}", field="dirs")
        from ._worker import RunReport, Worker, WorkerAuthError, WorkerRejectedError

        def line(report: RunReport) -> None:
            detail = f" ({report.error})" if report.error else ""
            print(
                f"run {report.run_id} {report.job_slug} {report.outcome} {report.duration_ms}ms{detail}",
                flush=True,
            )

        worker = Worker(
            jobs,
            queues=args.queues,
            concurrency=args.concurrency,
            grpc_url=args.grpc_url,
            base_url=args.base_url,
            name=args.name,
            worker_id=args.worker_id,
            drain_timeout=args.drain_timeout,
            on_run=line,
            config=args.config,
        )
    except StraitError as exc:
        print(f"strait-worker: configuration error: {exc}", file=sys.stderr)
        return 2
    s = worker.settings
    print(
        f"strait-worker {s.worker_id} -> {s.target} queues={','.join(s.queues)} "
        f"jobs={','.join(worker.handlers)} slots={s.concurrency}",
        flush=True,
    )
    try:
        worker.run()
    except (WorkerAuthError, WorkerRejectedError) as exc:
        print(f"strait-worker: {exc}", file=sys.stderr)
        return 3
    # A sync handler abandoned at the drain timeout may still be running in its thread:
    # it cannot be stopped, and waiting for it would hang the exit.
    time.sleep(0.05)
    if any(t.name.startswith("strait-run") and t.is_alive() for t in threading.enumerate()):
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(0)
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
