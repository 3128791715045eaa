"""Database fixtures: every storage test runs on SQLite and on PostgreSQL.

The PostgreSQL half needs NHACVIEC_TEST_PG_URL (``scripts/with-postgres.sh`` starts a
throwaway cluster and sets it). Without it those tests are skipped, with a line saying so at
the end of the run; under CI=true they fail instead.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from sqlalchemy import Engine, inspect, text

from db.models import Base
from db.session import make_engine, upgrade
from jobs.calendar import FakeClock
from jobs.config import Settings, TelegramSettings
from jobs.plan.policy import Planner

PG_ENV = "NHACVIEC_TEST_PG_URL"
FOREIGN_TABLES = ("apscheduler_jobs", "alembic_version")
PG_SKIP_REASON = f"PostgreSQL half skipped: {PG_ENV} is not set (see scripts/with-postgres.sh)"


def _drop_everything(engine: Engine) -> None:
    """Leave the test database empty: our tables, APScheduler's, Alembic's."""
    Base.metadata.drop_all(engine)
    with engine.begin() as connection:
        for table in FOREIGN_TABLES:
            connection.execute(text(f"DROP TABLE IF EXISTS {table}"))


def _backend_url(name: str, tmp_path_factory: pytest.TempPathFactory) -> str:
    """The URL of one backend, or skip (fail under CI) when PostgreSQL is not available."""
    if name == "sqlite":
        return f"sqlite:///{tmp_path_factory.mktemp('sqlite') / 'test.sqlite3'}"
    url = os.environ.get(PG_ENV)
    if not url:
        if os.environ.get("CI") == "true":
            pytest.fail(f"{PG_ENV} is not set; under CI=true the PostgreSQL tests must run")
        pytest.skip(PG_SKIP_REASON)
    return url


@pytest.fixture(scope="session", params=["sqlite", "postgresql"])
def migrated_engine(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Engine]:
    """One engine per backend, its schema created by the Alembic migrations."""
    engine = make_engine(_backend_url(request.param, tmp_path_factory))
    _drop_everything(engine)
    upgrade(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def engine(migrated_engine: Engine) -> Engine:
    """The backend's engine with every table emptied."""
    names = [t.name for t in reversed(Base.metadata.sorted_tables)]
    present = set(inspect(migrated_engine).get_table_names())
    with migrated_engine.begin() as connection:
        if migrated_engine.dialect.name == "postgresql":
            tables = ", ".join([*names, *(t for t in ("apscheduler_jobs",) if t in present)])
            connection.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
        else:
            for name in [*(t for t in ("apscheduler_jobs",) if t in present), *names]:
                connection.execute(text(f"DELETE FROM {name}"))
    return migrated_engine


@pytest.fixture
def clock() -> FakeClock:
    """A clock at 09:00 local on Thursday 4 April 2024."""
    return FakeClock(datetime(2024, 4, 4, 2, 0, tzinfo=UTC))


@pytest.fixture
def settings() -> Settings:
    """Default policy, an office chat, SQLite URL unused (tests pass engines)."""
    return Settings(telegram=TelegramSettings(office_chat_id=-100))


@pytest.fixture
def planner(settings: Settings) -> Planner:
    """The default planner."""
    return Planner.from_settings(settings)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Say plainly when the PostgreSQL half did not run."""
    skipped = [
        report
        for report in terminalreporter.stats.get("skipped", [])
        if PG_SKIP_REASON in str(report.longrepr)
    ]
    if skipped:
        terminalreporter.write_line(
            f"NOTE: {PG_SKIP_REASON}; {len(skipped)} PostgreSQL test(s) did not run.",
            yellow=True,
            bold=True,
        )
