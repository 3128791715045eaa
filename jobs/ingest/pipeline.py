"""Ingest: a directive file (or an upload's bytes) to draft tasks. Writes nothing."""

from __future__ import annotations

import multiprocessing
import threading
from concurrent.futures import ProcessPoolExecutor
from datetime import date
from pathlib import Path

from jobs.config import Settings
from jobs.ingest.extract import extract_tasks
from jobs.ingest.reading import read_bytes, read_document
from jobs.ingest.textfix import repair_text
from jobs.ingest.units import UnitResolver, build_resolver, default_resolver
from jobs.model import Extraction

NO_TASK_WARNING = (
    "Không tìm thấy nhiệm vụ nào trong văn bản (không có câu giao việc cho đơn vị nào). "
    "Hãy kiểm tra lại tệp: có thể đây không phải văn bản giao nhiệm vụ."
)
NO_DATE_WARNING = (
    "Không xác định được ngày ban hành văn bản; {count} thời hạn đang chờ ngày này. "
    "Nhập «ngày: dd/mm/yyyy» để đặt ngày ban hành."
)


def resolver_for(settings: Settings) -> UnitResolver:
    """The unit resolver of a deployment: the catalogue plus its directory, if configured."""
    if settings.unit_directory is None:
        return default_resolver()
    return build_resolver(settings.unit_directory)


def extraction_warnings(extraction: Extraction) -> list[str]:
    """What the office must know before confirming: no task at all, deadlines without a date."""
    warnings: list[str] = []
    if not extraction.tasks:
        warnings.append(NO_TASK_WARNING)
    waiting = sum(1 for task in extraction.tasks if task.waits_for_date)
    if waiting:
        warnings.append(NO_DATE_WARNING.format(count=waiting))
    return warnings


def extract_text(
    raw_text: str, resolver: UnitResolver, directive_date: date | None = None
) -> Extraction:
    """Repair raw directive text and extract its draft tasks.

    ``directive_date`` is the date the office set; without it the text's own date is used, and
    deadlines that need a date the text does not give wait for it (``waits_for_date``).
    """
    extraction = extract_tasks(repair_text(raw_text), resolver, directive_date)
    confidences = getattr(raw_text, "confidences", None)  # an OcrText from a scan or photo
    if confidences is not None:
        from jobs.ingest.ocr import low_confidence_fields, task_confidence

        extraction.ocr = True
        for task in extraction.tasks:
            task.confidence = task_confidence(task, confidences)
            task.low_confidence = low_confidence_fields(task, confidences)
    extraction.warnings = extraction_warnings(extraction)
    return extraction


class ExtractionWorker:
    """``extract_text`` in a process of its own, for a server that must stay responsive.

    The extractor's long regular-expression scans hold the interpreter lock while they run, so
    in a thread they still stall an event loop for tens of milliseconds; in a worker process
    they cannot. The process starts on first use and is reused; ``close`` ends it.
    """

    def __init__(self) -> None:
        self._pool: ProcessPoolExecutor | None = None
        self._lock = threading.Lock()

    def extract(
        self, raw_text: str, resolver: UnitResolver, directive_date: date | None = None
    ) -> Extraction:
        """The same as ``extract_text``; blocks the calling thread (never call it on a loop)."""
        with self._lock:
            if self._pool is None:
                context = multiprocessing.get_context("spawn")
                self._pool = ProcessPoolExecutor(max_workers=1, mp_context=context)
            pool = self._pool
        return pool.submit(extract_text, raw_text, resolver, directive_date).result()

    def close(self) -> None:
        """End the worker process, if it was started."""
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(cancel_futures=True)


def ingest_file(
    path: Path, settings: Settings, resolver: UnitResolver | None = None,
    directive_date: date | None = None,
) -> Extraction:
    """Read, repair and extract a directive file; raises IngestError with a Vietnamese message."""
    raw = read_document(path, max_bytes=settings.max_file_bytes)
    return extract_text(raw, resolver or resolver_for(settings), directive_date)


def ingest_upload(
    name: str, data: bytes, settings: Settings, resolver: UnitResolver | None = None,
    directive_date: date | None = None,
) -> Extraction:
    """The same for a file sent to the bot."""
    raw = read_bytes(name, data, max_bytes=settings.max_file_bytes)
    return extract_text(raw, resolver or resolver_for(settings), directive_date)
