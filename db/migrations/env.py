"""Alembic environment: migrates the engine the application hands over, or the configured URL."""

from __future__ import annotations

import os

from alembic import context
from sqlalchemy import Engine

from db.models import Base
from db.session import include_name, make_engine


def _engine() -> Engine:
    """The engine passed in by ``db.session``, else one for NHACVIEC_DATABASE_URL or
    ``sqlalchemy.url`` (developers running ``alembic`` by hand)."""
    engine = context.config.attributes.get("engine")
    if engine is not None:
        return engine
    url = os.environ.get("NHACVIEC_DATABASE_URL")
    url = url or context.config.get_main_option("sqlalchemy.url")
    if not url:
        raise SystemExit("Đặt NHACVIEC_DATABASE_URL hoặc sqlalchemy.url trong alembic.ini.")
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
