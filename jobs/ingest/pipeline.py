"""Ingest: a directive file (or an upload's bytes) to draft tasks. Writes nothing."""

from __future__ import annotations

import multiprocessing
import resource
import threading
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from jobs.config import PdfSettings, Settings
from jobs.errors import IngestError
from jobs.ingest.fold import typed_in_tcvn3
from jobs.ingest.textfix import repair_text, strip_html
from jobs.ingest.units import UnitResolver, build_resolver, default_resolver
from jobs.model import Extraction

NO_TASK_WARNING = (
    "Không tìm thấy nhiệm vụ nào trong văn bản (không có câu giao việc cho đơn vị nào). "
    "Hãy kiểm tra lại tệp: có thể đây không phải văn bản giao nhiệm vụ."
)
LEGACY_FONT_WARNING = (
    "Văn bản được gõ bằng phông chữ cũ TCVN3 (.VnTime) nên chữ tiếng Việt bị sai mã và không đọc "
    "được. Hãy chuyển văn bản sang Unicode (ví dụ bằng công cụ chuyển mã của Unikey: TCVN3 → "
    "Unicode) rồi gửi lại."
)
T = TypeVar("T")
MIB = 1024 * 1024
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
    from jobs.ingest.extract import extract_tasks  # dateparser: in the worker, or with a file
    from jobs.ingest.tables import (
        aligned_table_lines,
        bordered_table_lines,
        drawn_table_lines,
        labelled_field_lines,
        line_table_lines,
        pipe_table_lines,
    )

    tables_read = pipe_table_lines(
        drawn_table_lines(bordered_table_lines(aligned_table_lines(strip_html(raw_text))))
    )
    extraction = extract_tasks(
        resolver.with_short_names_spelled_out(
            labelled_field_lines(repair_text(line_table_lines(tables_read, resolver.names_units)))
        ),
        resolver,
        directive_date,
    )
    confidences = getattr(raw_text, "confidences", None)  # an OcrText from a scan or photo
    if confidences is not None:
        from jobs.ingest.ocr import low_confidence_fields, task_confidence

        extraction.ocr = True
        for task in extraction.tasks:
            task.confidence = task_confidence(task, confidences)
            task.low_confidence = low_confidence_fields(task, confidences)
    extraction.warnings = extraction_warnings(extraction)
    if typed_in_tcvn3(raw_text):
        extraction.warnings.insert(0, LEGACY_FONT_WARNING)
    return extraction


def bounded_pdf_pages(name: str, data: bytes, limits: PdfSettings) -> list[str]:
    """``extract_pdf_pages`` within ``limits.read_seconds`` of CPU and ``read_memory_mb`` of
    address space (in the worker process: the kernel ends it past the CPU time)."""
    from jobs.ingest.reading import extract_pdf_pages

    used = sum(resource.getrusage(resource.RUSAGE_SELF)[:2])
    cpu, memory = resource.getrlimit(resource.RLIMIT_CPU), resource.getrlimit(resource.RLIMIT_AS)
    resource.setrlimit(resource.RLIMIT_CPU, (int(used + limits.read_seconds) + 1, cpu[1]))
    resource.setrlimit(resource.RLIMIT_AS, (limits.read_memory_mb * MIB, memory[1]))
    try:
        return extract_pdf_pages(name, data, limits)
    except MemoryError:
        raise IngestError(too_costly(name, limits)) from None
    finally:
        resource.setrlimit(resource.RLIMIT_AS, memory)
        resource.setrlimit(resource.RLIMIT_CPU, cpu)


def too_costly(name: str, limits: PdfSettings) -> str:
    """Why a PDF over the worker's bounds is refused."""
    return (
        f"Tệp PDF «{name}» cần quá nhiều thời gian hoặc bộ nhớ để đọc (giới hạn "
        f"{limits.read_seconds:g} giây, {limits.read_memory_mb} MB). Hãy tách tệp thành các "
        "tệp nhỏ hơn hoặc gửi tệp .docx."
    )


class ExtractionWorker:
    """``extract_text`` in a process of its own, for a server that must stay responsive.

    The extractor's long regular-expression scans hold the interpreter lock while they run, so
    in a thread they still stall an event loop for tens of milliseconds; in a worker process
    they cannot. A PDF's text layer is read there too, within a time and memory bound. The
    process starts on first use and is reused; ``close`` ends it.
    """

    def __init__(self) -> None:
        self._pool: ProcessPoolExecutor | None = None
        self._lock = threading.Lock()

    def _run(self, function: Callable[..., T], *args: Any) -> T:
        """``function(*args)`` in the worker process; blocks the calling thread."""
        with self._lock:
            if self._pool is None:
                context = multiprocessing.get_context("spawn")
                self._pool = ProcessPoolExecutor(max_workers=1, mp_context=context)
            pool = self._pool
        return pool.submit(function, *args).result()

    def extract(
        self, raw_text: str, resolver: UnitResolver, directive_date: date | None = None
    ) -> Extraction:
        """The same as ``extract_text``; blocks the calling thread (never call it on a loop)."""
        return self._run(extract_text, raw_text, resolver, directive_date)

    def pdf_pages(self, name: str, data: bytes, limits: PdfSettings) -> list[str]:
        """The text of a PDF's pages, read within ``limits``; a file over them is refused (the
        worker the kernel ended is replaced at the next use)."""
        try:
            return self._run(bounded_pdf_pages, name, data, limits)
        except BrokenProcessPool:
            self.close()
            raise IngestError(too_costly(name, limits)) from None

    def close(self) -> None:
        """End the worker process, if it was started."""
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(cancel_futures=True)


def read_file(path: Path, settings: Settings) -> str:
    """A directive file's raw text; raises IngestError with a Vietnamese message."""
    from jobs.ingest.reading import read_document

    return read_document(path, max_bytes=settings.max_file_bytes)


def ingest_file(
    path: Path, settings: Settings, resolver: UnitResolver | None = None,
    directive_date: date | None = None,
) -> Extraction:
    """Read, repair and extract a directive file; raises IngestError with a Vietnamese message."""
    raw = read_file(path, settings)
    return extract_text(raw, resolver or resolver_for(settings), directive_date)

