"""Which columns a section shows, and in what order: remembered per user and section.

Stored as JSON in the cache's ``ui_preference`` table. The cache is per account, so the
choice is per user. A stored layout is read leniently: columns a newer version added
appear with their default visibility, columns it dropped are forgotten.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.engine import Engine

from models.column_types import SectionSpec
from models.schema import UiPreference


@dataclass(frozen=True)
class ColumnLayout:
    order: tuple[str, ...]  # every column of the section, in display order
    visible: frozenset[str]

    @property
    def visible_columns(self) -> list[str]:
        return [c for c in self.order if c in self.visible]


def default_layout(spec: SectionSpec) -> ColumnLayout:
    return ColumnLayout(spec.column_ids, frozenset(c.id for c in spec.columns if c.visible))


def normalised(spec: SectionSpec, order: Iterable[str], visible: Iterable[str]) -> ColumnLayout:
    """A layout of exactly the spec's columns; at least one of them visible."""
    known = spec.column_ids
    wanted = [c for c in dict.fromkeys(order) if c in known]
    added = [c for c in known if c not in wanted]
    shown = {c for c in visible if c in known}
    shown |= {c for c in added if spec.column(c).visible}
    if not shown:
        return default_layout(spec)
    return ColumnLayout((*wanted, *added), frozenset(shown))


def _key(spec: SectionSpec) -> str:
    return f"columns/{spec.section.value}"


def load_layout(engine: Engine, spec: SectionSpec) -> ColumnLayout:
    with engine.connect() as conn:
        stored = conn.scalar(select(UiPreference.value).where(UiPreference.key == _key(spec)))
    if stored is None:
        return default_layout(spec)
    try:
        data = json.loads(stored)
        return normalised(spec, data["order"], data["visible"])
    except (ValueError, KeyError, TypeError):
        return default_layout(spec)  # unreadable (hand-edited?): start over


def save_layout(engine: Engine, spec: SectionSpec, layout: ColumnLayout) -> None:
    value = json.dumps({"order": list(layout.order), "visible": sorted(layout.visible)})
    statement = insert(UiPreference).values(key=_key(spec), value=value)
    statement = statement.on_conflict_do_update(
        index_elements=[UiPreference.key], set_={"value": value}
    )
    with engine.begin() as conn:
        conn.execute(statement)
