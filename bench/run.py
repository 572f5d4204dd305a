"""Run every benchmark side by side with raw httpx and the official SDK 0.1.1.

    python bench/run.py            # all figures, 3 rounds each, median reported
    python bench/run.py --quick    # 1 round

Targets (issue 3): sync runs.get client CPU <= 1.05x raw httpx; async runs.get at
concurrency 32 >= 4,000 req/s; cold `import strait` <= 80 ms; auto-paging 20,000 items
peak memory <= 2 MiB. The official SDK is fetched with `pip download strait-python==0.1.1`
into .bench/ and loaded in its own processes (it also imports as `strait`).
"""

from __future__ import annotations

import json
import os
import socket
import statistics
import subprocess
import sys
import time
import zipfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / ".bench"
PY = sys.executable


def official_path() -> str | None:
    target = CACHE / "official"
    if (target / "strait").is_dir():
        return str(target)
    CACHE.mkdir(exist_ok=True)
    result = subprocess.run(
        [PY, "-m", "pip", "download", "--no-deps", "-q", "strait-python==0.1.1", "-d", str(CACHE)],
        capture_output=True,
        text=True,
        check=False,
    )
    wheels = list(CACHE.glob("strait_python-0.1.1-*.whl"))
    if result.returncode != 0 or not wheels:
        print("official SDK unavailable; comparing with raw httpx only", file=sys.stderr)
        return None
    with zipfile.ZipFile(wheels[0]) as zf:
        zf.extractall(target)
    return str(target)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def scenario(name: str, subject: str, url: str, official: str | None) -> dict[str, Any]:
    env = {k: v for k, v in os.environ.items() if k != "STRAIT_OFFICIAL_PATH"}
    if subject == "official":
        assert official is not None
        env["STRAIT_OFFICIAL_PATH"] = official
    out = subprocess.run(
        [PY, str(ROOT / "bench" / "scenarios.py"), name, subject, url],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    if out.returncode != 0:
        raise RuntimeError(f"{name}/{subject} failed:\n{out.stderr[-2000:]}")
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def import_ms(subject: str, official: str | None, rounds: int = 9) -> float:
    module = "httpx" if subject == "raw" else "strait"
    env = dict(os.environ)
    if subject == "official":
        assert official is not None
        env["PYTHONPATH"] = official
    code = f"import time; t = time.perf_counter(); import {module}; print((time.perf_counter() - t) * 1000)"
    times = []
    for _ in range(rounds):
        out = subprocess.run([PY, "-c", code], capture_output=True, text=True, env=env, check=True)
        times.append(float(out.stdout))
    return statistics.median(times)


def main() -> int:
    rounds = 1 if "--quick" in sys.argv else 3
    official = official_path()
    subjects = ["raw", "ours"] + (["official"] if official else [])
    port = free_port()
    server = subprocess.Popen([PY, str(ROOT / "bench" / "server.py"), str(port), "20000"])
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.05)
        # Rounds interleave the subjects, so drift in machine load hits all of them alike.
        cpu: dict[str, list[float]] = {s: [] for s in subjects}
        rps: dict[str, list[float]] = {s: [] for s in subjects}
        for _ in range(rounds * 2):
            for subject in subjects:
                cpu[subject].append(scenario("sync_cpu", subject, url, official)["us_per_request"])
        for _ in range(rounds):
            for subject in subjects:
                rps[subject].append(scenario("async_rps", subject, url, official)["requests_per_second"])
        figures: dict[str, dict[str, float]] = {}
        for subject in subjects:
            figures[subject] = {
                "sync_us": statistics.median(cpu[subject]),
                "async_rps": statistics.median(rps[subject]),
                "import_ms": import_ms(subject, official),
                "page_peak_mib": scenario("page_memory", subject, url, official)["peak_mib"],
            }
    finally:
        server.terminate()
        server.wait()

    raw = figures["raw"]["sync_us"]
    print("| figure | raw httpx | strait-python (ours) | official 0.1.1 | target |")
    print("|---|---|---|---|---|")

    def row(label: str, key: str, fmt: str, target: str, ratio: bool = False) -> None:
        cells = []
        for subject in ("raw", "ours", "official"):
            if subject not in figures:
                cells.append("n/a")
                continue
            value = figures[subject][key]
            text = format(value, fmt)
            if ratio:
                text += f" ({value / raw:.2f}x)"
            cells.append(text)
        print(f"| {label} | {' | '.join(cells)} | {target} |")

    row("sync runs.get client CPU, us/request", "sync_us", ".0f", "<= 1.05x raw", ratio=True)
    row("async runs.get, concurrency 32, req/s", "async_rps", ".0f", ">= 4,000")
    row("cold import (httpx / strait), ms", "import_ms", ".1f", "<= 80 ms")
    row("auto-page 20,000 items, peak MiB", "page_peak_mib", ".2f", "<= 2 MiB")
    (CACHE).mkdir(exist_ok=True)
    (CACHE / "results.json").write_text(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
