"""``strait-worker`` / ``python -m strait.worker`` as a user runs it: a project folder with
strait.json and job files, against the in-process WorkerService of test_worker_grpc."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

from test_worker_grpc import KEY, START, WAIT, strait_server  # noqa: F401  (the fixture)

JOB_FILE = textwrap.dedent(
    """
    from strait.authoring import JobOptions, define_job

    def train(ctx, payload):
        ctx.log("training")
        return {"epochs": payload["epochs"]}

    train_job = define_job(
        JobOptions(name="Train", slug="train", project_id="proj_1", execution_mode="worker", queue_name="ml"),
        handler=train,
    )
    """
)


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("STRAIT_")}
    return {**env, **extra}


def _project(tmp_path: Path, port: int) -> Path:
    (tmp_path / "jobs").mkdir()
    (tmp_path / "jobs" / "train.py").write_text(JOB_FILE)
    config = {
        "project": {"id": "proj_1"},
        "dirs": ["jobs"],
        "worker": {"concurrency": 2, "queue_name": "ml", "grpc_url": f"grpc://127.0.0.1:{port}"},
    }
    (tmp_path / "strait.json").write_text(json.dumps(config))
    return tmp_path


async def test_the_command_finds_jobs_prints_a_line_per_run_and_exits_zero_on_sigterm(
    strait_server: Any,  # noqa: F811
    tmp_path: Path,
) -> None:
    fake, port = strait_server
    project = _project(tmp_path, port)
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "strait.worker",
        cwd=project,
        env=_env(STRAIT_API_KEY=KEY),
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    try:
        assert proc.stdout is not None
        startup = (await asyncio.wait_for(proc.stdout.readline(), START)).decode()
        session = await fake.session(timeout=START)
        a = await fake.assign(session, "train", b'{"epochs": 3}')
        result = await fake.next(session, "task_result")
        run_line = (await asyncio.wait_for(proc.stdout.readline(), WAIT)).decode()
        proc.send_signal(signal.SIGTERM)
        _, err = await asyncio.wait_for(proc.communicate(), START)
    finally:
        if proc.returncode is None:
            proc.kill()
            await proc.wait()
    reg = session.registration
    assert startup.startswith(f"strait-worker {reg.worker_id} -> grpc://127.0.0.1:{port} ")
    assert "queues=ml jobs=train slots=2" in startup
    assert (list(reg.queues), list(reg.job_slugs), reg.slots_total) == (["ml"], ["train"], 2)
    assert result.output_json == b'{"epochs":3}'
    assert run_line.startswith(f"run {a.run_id} train completed ") and run_line.strip().endswith("ms")
    assert proc.returncode == 0, err.decode()


def _cli(cwd: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "strait.worker", *args]
    return subprocess.run(
        command, cwd=cwd, env=_env(**env), capture_output=True, text=True, timeout=30, check=False
    )


def test_module_attr_arguments_and_bad_config_exit_nonzero(tmp_path: Path) -> None:
    (tmp_path / "myjobs.py").write_text(JOB_FILE)
    no_key = _cli(tmp_path, "myjobs:train_job", "--grpc-url", "grpc://127.0.0.1:1")
    assert no_key.returncode == 2
    assert "configuration error: no API key" in no_key.stderr and "STRAIT_API_KEY" in no_key.stderr
    missing = _cli(tmp_path, "myjobs:nothing", STRAIT_API_KEY=KEY)
    assert missing.returncode == 2 and "'myjobs' has no 'nothing'" in missing.stderr
    no_jobs = _cli(tmp_path, STRAIT_API_KEY=KEY)
    assert no_jobs.returncode == 2 and "no jobs" in no_jobs.stderr
    bad_url = _cli(tmp_path, "myjobs", "--grpc-url", "localhost:50051", STRAIT_API_KEY=KEY)
    assert bad_url.returncode == 2 and "grpcs://host:port" in bad_url.stderr
