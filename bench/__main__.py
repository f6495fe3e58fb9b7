"""``uv run python -m bench --rows 1000000``: every benchmark in one run; see README.md."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shlex
import sqlite3
import sys
import time
import traceback
from pathlib import Path
from typing import Any

from bench.common import BENCH_DIR, STANDARD_TIERS, qt_platform_env, tier_label
from bench.data import Tier, log, prepare_portal, prepare_tier

PARTS = ("queries", "naive", "startup", "memory", "sync")
README = BENCH_DIR / "README.md"
README_START, README_END = "<!-- results:start -->", "<!-- results:end -->"


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    p.add_argument(
        "--rows",
        type=int,
        default=1_000_000,
        help="largest section size; the standard sizes 10k/100k/1M up to it are measured "
        "(default 1000000)",
    )
    p.add_argument(
        "--smoke",
        action="store_true",
        help="CI smoke run: --rows 10000 on data the bench seeds itself, 3 runs each "
        "(1 cold start without bytecode, 2 ingest runs)",
    )
    p.add_argument("--repeat", type=int, help="timed runs per figure (default 5, smoke 3)")
    p.add_argument(
        "--source",
        help="portal the caches are cut from: large (default above 10,000 rows) or scaled "
        "(seeded by the bench with the large volume scaled down; default up to 10,000)",
    )
    p.add_argument("--large-portal", type=Path, help="prebuilt large portal to copy")
    p.add_argument("--data-dir", type=Path, default=BENCH_DIR / ".data", help="bench data (reused)")
    p.add_argument(
        "--json", type=Path, default=BENCH_DIR / "results" / "latest.json", help="results file"
    )
    p.add_argument("--only", help=f"comma-separated parts to run ({', '.join(PARTS)})")
    p.add_argument("--skip", default="", help="comma-separated parts to skip")
    p.add_argument(
        "--naive-budget",
        type=float,
        default=300,
        help="seconds the naive model may take per size (default 300)",
    )
    p.add_argument(
        "--naive-max-mb",
        type=float,
        default=6000,
        help="the naive model is not run at a size it would need more memory for (MB)",
    )
    p.add_argument("--sync-repeat", type=int, default=3, help="runs of the ingest benchmark")
    p.add_argument(
        "--update-readme", action="store_true", help="put the results table in README.md"
    )
    return p


def _environment() -> dict[str, Any]:
    try:
        import PySide6

        pyside = PySide6.__version__
    except ImportError:
        pyside = "?"
    return {
        "cpus": os.cpu_count(),
        "python": sys.version.split()[0],
        "sqlite": sqlite3.sqlite_version,
        "pyside": pyside,
        "qt_platform": qt_platform_env().get("QT_QPA_PLATFORM", "default"),
        "platform": sys.platform,
    }


def run_sections(
    tiers: list[Tier], repeat: int, parts: set[str], args: argparse.Namespace
) -> tuple[list[dict[str, Any]], list[str]]:
    from bench.floors import measure_floors
    from bench.naive import NaiveOutcome, extrapolate, measure_naive
    from bench.ops import COUNTED, OPS, scenario_for
    from bench.section import measure_model, model_unavailable

    notes: list[str] = []
    sections: list[dict[str, Any]] = []
    unavailable = model_unavailable()
    if unavailable:
        notes.append(f"app model not measured: {unavailable}")
    previous_naive: NaiveOutcome | None = None
    for tier in tiers:
        log(f"Invoices section at {tier.rows:,} rows")
        scenario = scenario_for(tier.cache_path)
        floors = measure_floors(tier.cache_path, scenario, repeat)
        models = None if unavailable else measure_model(tier.cache_path, scenario, repeat)
        naive: NaiveOutcome | None = None
        if "naive" in parts:
            if previous_naive is not None and not previous_naive.skipped:
                seconds, mb = extrapolate(previous_naive, tier.rows, repeat)
                if seconds > args.naive_budget or mb > args.naive_max_mb:
                    naive = NaiveOutcome(
                        tier.rows,
                        skipped=f"not run: ~{seconds:,.0f} s, ~{mb:,.0f} MB "
                        f"(from {tier_label(previous_naive.rows)})",
                    )
            elif previous_naive is not None:
                naive = NaiveOutcome(tier.rows, skipped="not run (smaller size did not finish)")
            if naive is None:
                log(f"  naive model at {tier.rows:,} rows (child process)")
                naive = measure_naive(
                    tier.cache_path, tier.rows, scenario, repeat, args.naive_budget
                )
            previous_naive = naive
            if naive.skipped:
                log(f"  naive: {naive.skipped}")
        ops: dict[str, Any] = {}
        for op, title in OPS:
            timing, floor_ids, floor_count = floors[op]
            entry: dict[str, Any] = {
                "title": title,
                "floor": {**timing.as_json(), "count": floor_count},
            }
            if models is not None:
                m = models[op]
                entry["model"] = {
                    "done_ms": round(m.done.ms, 3),
                    "shown_ms": round(m.shown.ms, 3),
                    "done": m.done.as_json(),
                    "shown": m.shown.as_json(),
                    "count": m.count,
                    "same_rows_as_floor": m.ids == floor_ids
                    and (op not in COUNTED or m.count == floor_count),
                }
                if not entry["model"]["same_rows_as_floor"]:
                    notes.append(
                        f"{tier_label(tier.rows)} {op}: the app shows other rows than the "
                        f"floor query (app {m.ids[:5]}…/{m.count}, floor "
                        f"{floor_ids[:5]}…/{floor_count})"
                    )
            else:
                entry["model"] = {"unavailable": "n/a (model not available)"}
            if naive is not None and not naive.skipped:
                n = naive.ops[op]
                entry["naive"] = {k: v for k, v in n.items() if k != "ids"}
                # Its sort has no tie-breaker (rows of one day come in any order), so the
                # first 15 may differ among tied rows; the count must be the same.
                entry["naive"]["same_count_as_floor"] = (
                    op not in COUNTED or n["count"] == floor_count
                )
                done = entry["model"].get("done_ms")
                if done:
                    entry["naive_over_app"] = round(n["median_ms"] / done, 2)
            elif naive is not None:
                entry["naive"] = {"skipped": naive.skipped}
            ops[op] = entry
        section: dict[str, Any] = {
            "rows": tier.rows,
            "counts": tier.counts(),
            "scenario": scenario.as_json(),
            "ops": ops,
        }
        if naive is not None:
            section["naive"] = {
                "peak_rss_mb": naive.peak_rss_mb,
                "rss_open_mb": naive.rss_open_mb,
                "seconds": naive.seconds,
                "skipped": naive.skipped,
            }
        sections.append(section)
        for op, _title in OPS:
            e = ops[op]
            log(
                f"  {op:13s} floor {e['floor']['median_ms']:8.2f} ms   app "
                f"{e['model'].get('done_ms', float('nan')):8.2f} ms   naive "
                f"{e.get('naive', {}).get('median_ms', float('nan')):10.2f} ms"
            )
    return sections, notes


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.smoke:
        args.rows = 10_000
        args.sync_repeat = min(args.sync_repeat, 2)
    repeat = args.repeat or (3 if args.smoke else 5)
    parts = set(args.only.split(",")) if args.only else set(PARTS)
    parts -= set(filter(None, args.skip.split(",")))
    if unknown := parts - set(PARTS):
        _parser().error(f"unknown parts: {', '.join(sorted(unknown))}")
    sizes = [t for t in STANDARD_TIERS if t <= args.rows]
    if args.rows not in sizes:
        sizes.append(args.rows)
    source = args.source or ("large" if args.rows > 10_000 else "scaled")
    if source == "scaled":
        source = f"scaled-{max(sizes)}"
    command = "uv run python -m bench " + shlex.join(argv if argv is not None else sys.argv[1:])

    started = time.perf_counter()
    os.environ.setdefault("QT_QPA_PLATFORM", qt_platform_env().get("QT_QPA_PLATFORM", ""))
    if not os.environ["QT_QPA_PLATFORM"]:
        del os.environ["QT_QPA_PLATFORM"]
    root = args.data_dir.resolve()
    results: dict[str, Any] = {
        "command": command.strip(),
        "started": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "environment": _environment(),
        "repeat": repeat,
    }
    try:
        portal = prepare_portal(root, source, args.large_portal)
        from bench.data import read_manifest

        how = (read_manifest(root / f"portal-{source}.json") or {}).get("how", source)
        results["source"] = {"portal": source, "how": how}
        tiers = [prepare_tier(root, portal, n) for n in sizes]
        notes: list[str] = []
        if "queries" in parts:
            results["sections"], notes = run_sections(tiers, repeat, parts, args)
        biggest = tiers[-1]
        if "startup" in parts:
            from bench.startup import measure_startup

            log(f"cold start on the {biggest.rows:,}-invoice cache")
            s = measure_startup(biggest, repeat, 1 if args.smoke else None)
            results["startup"] = {
                "rows": biggest.rows,
                "total": s.total.as_json(),
                "interpreter": s.interpreter.as_json(),
                "imports": s.imports.as_json(),
                "no_bytecode": s.no_bytecode.as_json(),
                "criterion": s.criterion,
                "platform": s.platform,
            }
        if "memory" in parts:
            from bench.memory import measure_memory
            from bench.ops import scenario_for

            log(f"peak memory with the {biggest.rows:,}-invoice section open")
            m = measure_memory(biggest, scenario_for(biggest.cache_path))
            results["memory"] = {
                "rows": biggest.rows,
                "peak_rss_mb": m.peak_rss_mb,
                "phases_rss_mb": m.phases_rss_mb,
                "seconds": m.seconds,
                "how": m.how,
            }
        if "sync" in parts:
            results["sync"] = run_sync(root, portal, args.sync_repeat, repeat)
        results["notes"] = notes
    except Exception:
        traceback.print_exc()
        results["error"] = traceback.format_exc()
    results["seconds"] = round(time.perf_counter() - started, 1)
    from bench.report import check_targets, markdown, write_json

    results["targets"] = check_targets(results)
    text = markdown(results) if "error" not in results else ""
    print()
    print(text)
    write_json(results, args.json)
    log(f"results written to {args.json}")
    if args.update_readme and text:
        update_readme(text)
    sys.stdout.flush()
    sys.stderr.flush()
    # Skip the interpreter's teardown (Qt objects of the model runs): nothing is left to do.
    os._exit(1 if "error" in results else 0)


def run_sync(root: Path, portal: Any, sync_repeat: int, repeat: int) -> dict[str, Any]:
    from app.portal import contract as c
    from bench.sync import first_sync, incremental, ingest

    out: dict[str, Any] = {"feed": c.Feed.INVOICES.value, "portal": portal.source}
    small = prepare_portal(root, "small")
    log("first full sync of small")
    out["first_sync"] = first_sync(small, root / "sync-small.sqlite", repeat).as_json()
    log(f"ingest: first full sync of the invoices of {portal.source}")
    scratch = root / "sync-ingest.sqlite"
    series = ingest(portal, scratch, sync_repeat, c.Feed.INVOICES)
    out["ingest"] = series.as_json()
    changed = min(20_000, series.median_run.documents // 10)
    out["incremental"] = incremental(portal, scratch, c.Feed.INVOICES, changed, repeat).as_json()
    from bench.data import remove_db

    remove_db(scratch)
    return out


def update_readme(text: str) -> None:
    readme = README.read_text()
    start, end = readme.find(README_START), readme.find(README_END)
    if start < 0 or end < start:
        log("README.md has no results markers; not updated")
        return
    README.write_text(readme[: start + len(README_START)] + "\n" + text + readme[end:])
    log("README.md updated")


if __name__ == "__main__":
    sys.exit(main())
