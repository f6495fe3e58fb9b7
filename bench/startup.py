"""Cold start: a new process from exec to the main window painted with the landing counts.

Each run starts ``python -m bench.startup_probe`` (see there) on a tier's data folder and
measures, from just before the exec to the paint the probe reports, on this machine's
wall clock. "Cold" is the process: a new interpreter, imports, Qt, the portal, the cache
and its counts; the operating system's file cache is warm (it is not dropped).
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from dataclasses import dataclass
from typing import Any

from bench.common import ACCOUNT_EMAIL, Timing, qt_platform_env
from bench.data import Tier, log

TIMEOUT = 120


@dataclass
class StartupResult:
    total: Timing  # exec -> painted with counts
    interpreter: Timing  # exec -> the probe's first line (Python start-up)
    imports: Timing  # exec -> app, Qt and the views imported
    no_bytecode: Timing  # exec -> painted, compiling every module (PYTHONDONTWRITEBYTECODE)
    criterion: str
    platform: str


def probe_env(tier: Tier, bytecode: bool = True) -> dict[str, str]:
    """The child's environment: the Qt platform, and Python's bytecode cache.

    An installed app imports compiled bytecode; a checkout run with
    PYTHONDONTWRITEBYTECODE=1 (as this project's dev containers do) compiles every module
    on every start. The bench keeps its own bytecode cache under its data folder
    (PYTHONPYCACHEPREFIX), so it never writes into the virtual environment.
    """
    env = qt_platform_env()
    if bytecode:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(tier.folder.parent / "pycache")
    else:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
        env.pop("PYTHONPYCACHEPREFIX", None)
    return env


def token_key() -> str:
    from app.portal.embedded import EMBEDDED_PORTAL_ID

    return f"{EMBEDDED_PORTAL_ID}:{ACCOUNT_EMAIL.lower()}"


def run_probe(
    tier: Tier, extra: tuple[str, ...] = (), timeout: float = TIMEOUT, bytecode: bool = True
) -> tuple[float, dict[str, Any]]:
    """(exec wall-clock time, what the probe reported)."""
    command = [
        sys.executable,
        "-m",
        "bench.startup_probe",
        str(tier.folder),
        tier.portal.token,
        token_key(),
        *extra,
    ]
    env = probe_env(tier, bytecode)
    exec_at = time.time()
    proc = subprocess.run(command, capture_output=True, text=True, env=env, timeout=timeout)
    for line in proc.stdout.splitlines():
        if line.startswith("BENCH-RESULT "):
            data = json.loads(line.removeprefix("BENCH-RESULT "))
            if "error" in data:
                break
            return exec_at, data
    raise RuntimeError(
        f"start-up probe failed (exit {proc.returncode}):\n{proc.stdout[-2000:]}\n"
        f"{proc.stderr[-4000:]}"
    )


def measure_startup(tier: Tier, repeat: int, no_bytecode_runs: int | None = None) -> StartupResult:
    import os

    total, interpreter, imports, no_bytecode = Timing(), Timing(), Timing(), Timing()
    criterion = ""
    for i in range(repeat + 1):  # the first run warms the OS file and bytecode caches
        exec_at, marks = run_probe(tier)
        if i == 0:
            continue
        total.samples.append(marks["painted"] - exec_at)
        interpreter.samples.append(marks["started"] - exec_at)
        imports.samples.append(marks["imports_done"] - exec_at)
        criterion = marks["criterion"]
    for _ in range(repeat if no_bytecode_runs is None else no_bytecode_runs):
        exec_at, marks = run_probe(tier, bytecode=False)
        no_bytecode.samples.append(marks["painted"] - exec_at)
    platform = qt_platform_env().get("QT_QPA_PLATFORM") or os.environ.get(
        "QT_QPA_PLATFORM", "default"
    )
    log(f"  cold start {total.ms:.0f} ms, without bytecode {no_bytecode.ms:.0f} ms")
    return StartupResult(total, interpreter, imports, no_bytecode, criterion, platform)
