"""Alembic environment: migrates the engine the application hands over, or the configured URL."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Engine

from db.models import Base
from db.session import include_name, make_engine
from jobs.config import load_settings


def _engine() -> Engine:
    """The engine passed in by ``db.session``, else one for ``sqlalchemy.url`` or the settings."""
    engine = context.config.attributes.get("engine")
    if engine is not None:
        return engine
    url = context.config.get_main_option("sqlalchemy.url") or load_settings().database_url
    return make_engine(url)


def run_migrations_online() -> None:
    """Run the migrations in one transaction (SQLite rebuilds tables in batch mode)."""
    engine = _engine()
    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=Base.metadata,
            include_name=include_name,
            render_as_batch=engine.dialect.name == "sqlite",
        )
        with context.begin_transaction():
            context.run_migrations()
        connection.commit()


run_migrations_online()
