"""Alembic environment of the cache. Run in-process by ``models.database.migrate``, which
hands over an open connection in ``config.attributes["connection"]``."""

from __future__ import annotations

from alembic import context

from models.migrations.env_filters import include_object
from models.schema import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    include_object=include_object,
)
with context.begin_transaction():
    context.run_migrations()
