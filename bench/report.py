"""The results: targets checked, a Markdown table for people, JSON for machines."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from bench.common import tier_label
from bench.ops import OP_TITLES, OPS

FLOOR_FACTOR, FLOOR_SLACK_MS = 3.0, 20.0  # app <= 3 x floor + 20 ms at 1M rows
NAIVE_FACTOR, NAIVE_ROWS = 50.0, 100_000  # app >= 50 x faster than naive at 100k rows
STARTUP_MS, PEAK_MB, INGEST_RATE = 2000.0, 300.0, 20_000.0
TARGET_ROWS = 1_000_000


def _ms(value: float | None) -> str:
    if value is None:
        return "–"
    if value >= 1000:
        return f"{value:,.0f}"
    return f"{value:.1f}" if value >= 10 else f"{value:.2f}"


def _x(value: float | None) -> str:
    return "–" if value is None else f"{value:,.1f}x"


def check_targets(results: dict[str, Any]) -> list[dict[str, Any]]:
    """Each target with the figure it is judged on; ``met`` is None where not measured."""
    targets: list[dict[str, Any]] = []
    sections = results.get("sections", [])
    big = max(sections, key=lambda t: t["rows"], default=None)
    for op, title in OPS:
        if big is None:
            break
        entry = big["ops"][op]
        model = entry["model"].get("done_ms")
        floor = entry["floor"]["median_ms"]
        limit = FLOOR_FACTOR * floor + FLOOR_SLACK_MS
        at_size = big["rows"] >= TARGET_ROWS
        targets.append(
            {
                "target": f"{title} at 1M: app <= 3 x floor + 20 ms",
                "value": f"{_ms(model)} ms <= {_ms(limit)} ms"
                + ("" if at_size else f" (measured at {tier_label(big['rows'])} only)"),
                "met": None if model is None or not at_size else model <= limit,
            }
        )
    mid = next((t for t in sections if t["rows"] == NAIVE_ROWS), None)
    for op, title in OPS:
        if mid is None:
            break
        ratio = mid["ops"][op].get("naive_over_app")
        targets.append(
            {
                "target": f"{title} at 100k: >= 50x faster than naive",
                "value": _x(ratio),
                "met": None if ratio is None else ratio >= NAIVE_FACTOR,
            }
        )
    startup = results.get("startup")
    if startup:
        value = startup["total"]["median_ms"]
        targets.append(
            {
                "target": f"cold start < 2 s ({tier_label(startup['rows'])} cache)",
                "value": f"{value:,.0f} ms",
                "met": value < STARTUP_MS if startup["rows"] >= TARGET_ROWS else None,
            }
        )
    memory = results.get("memory")
    if memory:
        value = memory["peak_rss_mb"]
        targets.append(
            {
                "target": f"peak RSS < 300 MB ({tier_label(memory['rows'])} invoices)",
                "value": f"{value:,.0f} MB",
                "met": value < PEAK_MB if memory["rows"] >= TARGET_ROWS else None,
            }
        )
    ingest = results.get("sync", {}).get("ingest")
    if ingest:
        median = ingest["median"]
        at_size = median["documents"] >= 500_000
        write_s = median["cache_write_seconds"]
        write_rate = median["documents"] / write_s if write_s else 0.0
        targets.append(
            {
                "target": "sync ingest >= 20,000 docs/s: the app writing the first full sync "
                "into the cache (app.ingest.apply_page time only)",
                "value": f"{write_rate:,.0f} docs/s over {median['documents']:,} docs",
                "met": write_rate >= INGEST_RATE if at_size else None,
            }
        )
        targets.append(
            {
                "target": "sync ingest >= 20,000 docs/s: end to end, with the embedded "
                "portal reading the pages in the same process",
                "value": f"{median['docs_per_s']:,} docs/s over {median['documents']:,} docs",
                "met": median["docs_per_s"] >= INGEST_RATE if at_size else None,
            }
        )
    return targets


def section_table(results: dict[str, Any]) -> list[str]:
    lines = [
        "| action | rows | floor ms | app ms: rows shown | app ms: with count | app / floor "
        "| limit 3x+20 ms | naive ms | naive / app |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for op, title in OPS:
        for tier in results.get("sections", []):
            entry = tier["ops"][op]
            floor = entry["floor"]["median_ms"]
            model = entry["model"]
            done, shown = model.get("done_ms"), model.get("shown_ms")
            naive = entry.get("naive", {})
            naive_ms = naive.get("median_ms")
            naive_text = _ms(naive_ms) if naive_ms is not None else naive.get("skipped", "–")
            app_text = _ms(done) if done is not None else model.get("unavailable", "n/a")
            lines.append(
                f"| {title} | {tier_label(tier['rows'])} | {_ms(floor)} | {_ms(shown)} | "
                f"{app_text} | {_x(done / floor if done is not None and floor else None)} | "
                f"{_ms(FLOOR_FACTOR * floor + FLOOR_SLACK_MS)} | {naive_text} | "
                f"{_x(entry.get('naive_over_app'))} |"
            )
    return lines


def other_table(results: dict[str, Any]) -> list[str]:
    lines = ["| measure | result |", "|---|---|"]
    startup = results.get("startup")
    if startup:
        lines.append(
            f"| cold start: exec to main window painted with counts "
            f"({tier_label(startup['rows'])} cache, {startup['platform']}) "
            f"| {startup['total']['median_ms']:,.0f} ms (Python start "
            f"{startup['interpreter']['median_ms']:,.0f} ms, imports done at "
            f"{startup['imports']['median_ms']:,.0f} ms) |"
        )
        lines.append(
            f"| cold start without a bytecode cache (PYTHONDONTWRITEBYTECODE=1) "
            f"| {startup['no_bytecode']['median_ms']:,.0f} ms |"
        )
    memory = results.get("memory")
    if memory:
        phases = ", ".join(f"{k} {v:,.0f}" for k, v in memory["phases_rss_mb"].items())
        lines.append(
            f"| peak RSS, app with Invoices open and every action done "
            f"({tier_label(memory['rows'])} invoices) | {memory['peak_rss_mb']:,.0f} MB "
            f"(RSS MB: {phases}; {memory['how']}) |"
        )
    for tier in results.get("sections", []):
        naive = tier.get("naive", {})
        if naive.get("peak_rss_mb"):
            lines.append(
                f"| RSS of the naive model with the rows loaded ({tier_label(tier['rows'])} "
                f"invoices) | {naive['rss_open_mb']:,.0f} MB (peak {naive['peak_rss_mb']:,.0f} MB"
                " after repeated loads) |"
            )
    sync = results.get("sync", {})
    if "first_sync" in sync:
        m = sync["first_sync"]["median"]
        lines.append(
            f"| first full sync of `small` ({m['documents']:,} docs, {m['lines']:,} lines) "
            f"| {m['seconds'] * 1000:,.0f} ms = {m['docs_per_s']:,} docs/s |"
        )
    if "ingest" in sync:
        m = sync["ingest"]["median"]
        lines.append(
            f"| ingest: first full sync of the {sync['feed']} feed of `{sync['portal']}` "
            f"({m['documents']:,} docs, {m['lines']:,} lines) into an empty cache "
            f"| {m['seconds']:,.1f} s = **{m['docs_per_s']:,} docs/s** end to end "
            "(the next page is read while this one is written); "
            f"portal reads {m['portal_read_seconds']:,.1f} s, "
            f"cache writes {m['cache_write_seconds']:,.1f} s = "
            f"**{m['documents'] / max(m['cache_write_seconds'], 1e-9):,.0f} docs/s** |"
        )
    if "incremental" in sync:
        m = sync["incremental"]["median"]
        lines.append(
            f"| incremental sync: {m['documents']:,} changed {sync['feed']} into that cache "
            f"| {m['seconds'] * 1000:,.0f} ms = {m['docs_per_s']:,} docs/s |"
        )
    return lines


def target_table(targets: list[dict[str, Any]]) -> list[str]:
    lines = ["| target | result | met |", "|---|---|---|"]
    for t in targets:
        met = {True: "yes", False: "**NO**", None: "not judged"}[t["met"]]
        lines.append(f"| {t['target']} | {t['value']} | {met} |")
    return lines


def markdown(results: dict[str, Any]) -> str:
    env = results["environment"]
    head = [
        f"Command: `{results['command']}`",
        "",
        f"{results['started']}, {env['cpus']} CPUs, Python {env['python']}, "
        f"SQLite {env['sqlite']}, PySide6 {env['pyside']}, Qt platform {env['qt_platform']}; "
        f"data: {results['source']['how']}; median of {results['repeat']} runs "
        f"(after a warm-up run) unless said otherwise; whole run {results['seconds']:,.0f} s.",
        "",
        "Invoices section (each action as the user does it; floor = the bare SQLite query "
        "for the same rows):",
        "",
    ]
    parts = [
        *head,
        *section_table(results),
        "",
        *other_table(results),
        "",
        "Targets:",
        "",
        *target_table(results.get("targets", [])),
    ]
    notes = results.get("notes", [])
    if notes:
        parts += ["", *[f"- {n}" for n in notes]]
    return "\n".join(parts) + "\n"


def write_json(results: dict[str, Any], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(results, indent=2, default=str))


__all__ = ["OP_TITLES", "check_targets", "markdown", "write_json"]
