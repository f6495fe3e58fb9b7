"""The benchmark suite's smoke run: ``python -m bench --smoke`` at 10,000 rows.

It seeds its own small data into a temporary folder and runs every part once (queries,
naive model, cold start, memory, sync). No timing is asserted: the point is that the suite
keeps working as the app changes, and that it measures what it claims (the app's table
model shows the same rows as the bare SQL query; the bench's caches hold what a real sync
would write).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
OPS = ("open", "more", "sort", "search", "search_broad", "criteria")


@pytest.fixture(scope="module")
def smoke(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    folder = tmp_path_factory.mktemp("bench")
    results = folder / "results.json"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "bench",
            "--smoke",
            "--data-dir",
            str(folder / "data"),
            "--json",
            str(results),
        ],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    return folder, json.loads(results.read_text())


def test_smoke_run_measures_every_part(smoke: tuple[Path, dict[str, Any]]) -> None:
    _folder, results = smoke
    assert "error" not in results
    (section,) = results["sections"]
    assert section["rows"] == 10_000
    assert section["counts"]["invoice"] == 10_000
    for op in OPS:
        entry = section["ops"][op]
        assert entry["floor"]["median_ms"] > 0
        assert "median_ms" in entry["naive"]
        model = entry["model"]
        if "unavailable" not in model:
            assert model["same_rows_as_floor"], (op, model)
            assert entry["naive"]["same_count_as_floor"], (op, entry["naive"])
    assert results["startup"]["total"]["median_ms"] > 0
    assert results["startup"]["criterion"] == "tile headline with a count"
    assert results["memory"]["peak_rss_mb"] > 0
    sync = results["sync"]
    assert sync["first_sync"]["median"]["documents"] > 0
    assert sync["ingest"]["median"]["documents"] > 10_000
    assert sync["incremental"]["median"]["documents"] > 0
    assert {t["target"] for t in results["targets"]}


def test_bench_caches_hold_what_a_sync_writes(
    smoke: tuple[Path, dict[str, Any]], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.syspath_prepend(str(REPO))  # bench/ is not an installed package
    from bench.data import prepare_portal, verify_copy_matches_sync

    folder, _results = smoke
    portal = prepare_portal(folder / "data", "small")  # made by the smoke run's sync part
    assert verify_copy_matches_sync(folder / "data", portal) == []
