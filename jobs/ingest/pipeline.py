"""Ingest: a directive file (or an upload's bytes) to draft tasks. Writes nothing."""

from __future__ import annotations

from pathlib import Path

from jobs.clock import Clock, SystemClock, local_date
from jobs.config import Settings
from jobs.ingest.extract import extract_tasks
from jobs.ingest.reading import read_bytes, read_document
from jobs.ingest.textfix import repair_text
from jobs.ingest.units import UnitResolver, build_resolver, default_resolver
from jobs.model import Extraction


def resolver_for(settings: Settings) -> UnitResolver:
    """The unit resolver of a deployment: the catalogue plus its directory, if configured."""
    if settings.unit_directory is None:
        return default_resolver()
    return build_resolver(settings.unit_directory)


def extract_text(raw_text: str, resolver: UnitResolver, clock: Clock | None = None) -> Extraction:
    """Repair raw directive text and extract its draft tasks."""
    today = local_date((clock or SystemClock()).now())
    return extract_tasks(repair_text(raw_text), resolver, today)


def ingest_file(
    path: Path, settings: Settings, resolver: UnitResolver | None = None,
    clock: Clock | None = None,
) -> Extraction:
    """Read, repair and extract a directive file; raises IngestError with a Vietnamese message."""
    raw = read_document(path, max_bytes=settings.max_file_bytes)
    return extract_text(raw, resolver or resolver_for(settings), clock)


def ingest_upload(
    name: str, data: bytes, settings: Settings, resolver: UnitResolver | None = None,
    clock: Clock | None = None,
) -> Extraction:
    """The same for a file sent to the bot."""
    raw = read_bytes(name, data, max_bytes=settings.max_file_bytes)
    return extract_text(raw, resolver or resolver_for(settings), clock)
