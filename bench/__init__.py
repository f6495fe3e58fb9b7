"""DealerDesk's performance benchmarks: ``uv run python -m bench --rows 1000000``.

See ``bench/README.md`` for what is measured, how, and the last results. One module per
concern: ``data`` (demo portals and the N-row caches), ``floors`` (the bare SQLite
queries), ``section`` (the app's table model), ``naive`` (QStandardItemModel behind a
QSortFilterProxyModel, in a child process), ``sync`` (first full and incremental sync),
``startup`` (cold start, child process ``startup_probe``), ``memory`` (peak RSS, child
process ``memory_probe``) and ``report`` (table and JSON).
"""
