"""Peak memory: the app in its own process with the Invoices section open (``memory_probe``)."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass, field
from typing import Any

from bench.data import Tier, log
from bench.ops import Scenario
from bench.startup import probe_env, token_key

TIMEOUT = 900


@dataclass
class MemoryResult:
    peak_rss_mb: float
    how: str
    phases_rss_mb: dict[str, float] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)


def measure_memory(tier: Tier, scenario: Scenario) -> MemoryResult:
    command = [
        sys.executable,
        "-m",
        "bench.startup_probe",
        str(tier.folder),
        tier.portal.token,
        token_key(),
        "--memory",
    ]
    env = probe_env(tier) | {"BENCH_SCENARIO": json.dumps(scenario.as_json())}
    proc = subprocess.run(command, capture_output=True, text=True, env=env, timeout=TIMEOUT)
    data: dict[str, Any] = {}
    for line in proc.stdout.splitlines():
        if line.startswith("BENCH-RESULT "):
            data = json.loads(line.removeprefix("BENCH-RESULT "))
    if not data or "error" in data:
        raise RuntimeError(
            f"memory probe failed (exit {proc.returncode}): {data.get('error', '')}\n"
            f"{proc.stdout[-2000:]}\n{proc.stderr[-4000:]}"
        )
    log(f"  peak RSS {data['peak_rss_mb']:.0f} MB ({data['how']})")
    return MemoryResult(data["peak_rss_mb"], data["how"], data["phases_rss_mb"], data["seconds"])
