"""The schema: Alembic builds it on each backend, and it matches the models."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect, select, text
from sqlalchemy.dialects import sqlite
from sqlalchemy.exc import IntegrityError

from db.models import Base, Directive, Task, UTCDateTime
from db.session import (
    alembic_config,
    include_name,
    make_engine,
    newest_revision,
    open_database,
    session_scope,
    stored_revision,
)


def test_migrated_schema_matches_the_models(migrated_engine: Engine) -> None:
    with migrated_engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"include_name": include_name})
        assert compare_metadata(context, Base.metadata) == []
        head = ScriptDirectory.from_config(alembic_config(migrated_engine)).get_current_head()
        assert context.get_current_revision() == head


def test_the_newest_migration_file_is_alembics_head(migrated_engine: Engine) -> None:
    """``upgrade`` skips Alembic when the database is at the newest file's revision."""
    head = ScriptDirectory.from_config(alembic_config(migrated_engine)).get_current_head()
    assert newest_revision() == head
    assert stored_revision(migrated_engine) == head


def test_opening_a_database_one_migration_behind_upgrades_it(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'behind.sqlite3'}"
    engine = make_engine(url)
    assert stored_revision(engine) is None
    command.upgrade(alembic_config(engine), "head")
    command.downgrade(alembic_config(engine), "-1")
    assert stored_revision(engine) != newest_revision()
    open_database(url).dispose()
    assert stored_revision(engine) == newest_revision()
    engine.dispose()


def test_open_database_is_idempotent(migrated_engine: Engine) -> None:
    url = migrated_engine.url.render_as_string(hide_password=False)
    open_database(url).dispose()
    assert "tasks" in inspect(migrated_engine).get_table_names()


def test_instants_round_trip_as_utc(engine: Engine) -> None:
    hanoi = timezone(timedelta(hours=7))
    with session_scope(engine) as session:
        directive = Directive(
            title="t",
            source_name="a.txt",
            sha256="0" * 64,
            text="",
            created_by="test",
            created_at=datetime(2024, 4, 25, 23, 59, 59, 999999, hanoi),
        )
        session.add(directive)
    with session_scope(engine) as session:
        stored = session.scalar(select(Directive.created_at))
    assert stored == datetime(2024, 4, 25, 16, 59, 59, 999999, UTC)
    assert stored.tzinfo == UTC


def test_sqlite_stores_instants_as_sqlalchemy_does(engine: Engine) -> None:
    if engine.dialect.name != "sqlite":
        pytest.skip("SQLite storage format")
    standard = sqlite.DATETIME().bind_processor(engine.dialect)
    ours = UTCDateTime().bind_processor(engine.dialect)
    assert standard is not None and ours is not None
    for instant in (
        datetime(2024, 4, 25, 16, 59, 59, 999999, UTC),
        datetime(2024, 4, 26, 8, 0, tzinfo=timezone(timedelta(hours=7))),
        datetime(999, 1, 2, 3, 4, 5, 6, UTC),
    ):
        assert ours(instant) == standard(instant.astimezone(UTC).replace(tzinfo=None))


def test_naive_instants_are_refused(engine: Engine) -> None:
    with pytest.raises(Exception, match="naive"), session_scope(engine) as session:
        session.add(
            Directive(
                title="t",
                source_name="a",
                sha256="1" * 64,
                text="",
                created_by="test",
                created_at=datetime(2024, 4, 25),
            )
        )


def test_foreign_keys_are_enforced(engine: Engine) -> None:
    with pytest.raises(IntegrityError), session_scope(engine) as session:
        session.add(
            Task(
                directive_id=12345,
                ref="1",
                text="x",
                due_text="",
                reopen_count=0,
                created_at=datetime.now(UTC),
                created_by="test",
            )
        )


def test_sqlite_runs_in_wal_mode(engine: Engine) -> None:
    if engine.dialect.name != "sqlite":
        pytest.skip("SQLite pragmas")
    with engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_migrations_downgrade_and_upgrade_again(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'roundtrip.sqlite3'}")
    config = alembic_config(engine)
    command.upgrade(config, "head")
    command.downgrade(config, "base")
    assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
    command.upgrade(config, "head")
    assert {t.name for t in Base.metadata.sorted_tables} <= set(inspect(engine).get_table_names())
