"""What the schema comparison leaves to hand-written SQL in migrations."""

from __future__ import annotations


def include_object(obj, name, type_, reflected, compare_to):
    # FTS5 virtual tables and their shadow tables are created by raw SQL in migrations.
    return not (type_ == "table" and name is not None and "_fts" in name)
