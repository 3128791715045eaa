"""OCR of a 7-page scan (tests/corpus/scans/004_*.scan.pdf): seconds per page and peak memory.

Peak memory is the resident set of this process (the caller: it only holds the upload and the
text) and of the largest OCR worker and Tesseract child, read from getrusage after the run.

    .venv/bin/python bench/ocr_bench.py [--workers N] [--dpi D]
"""

from __future__ import annotations

import argparse
import resource
import time
from dataclasses import replace
from itertools import pairwise
from pathlib import Path

from jobs.ingest import ocr

SCAN = Path(__file__).resolve().parent.parent / "tests/corpus/scans/004_108f180fae0256a8.scan.pdf"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--workers", type=int, default=ocr.DEFAULT_LIMITS.workers)
    parser.add_argument("--dpi", type=int, default=ocr.DEFAULT_LIMITS.dpi)
    args = parser.parse_args()
    if not ocr.tesseract_available():
        raise SystemExit("Tesseract with its Vietnamese model is not installed.")
    limits = replace(ocr.DEFAULT_LIMITS, workers=args.workers, dpi=args.dpi)
    data = SCAN.read_bytes()
    finished: list[float] = []
    start = time.perf_counter()
    with ocr.report_progress(lambda done, total: finished.append(time.perf_counter())):
        text = ocr.read_scanned_pdf(SCAN.name, data, limits=limits)
    elapsed = time.perf_counter() - start
    gaps = [b - a for a, b in pairwise(finished)]
    caller_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"{text.pages} pages at {limits.dpi} dpi, {limits.workers} worker(s): "
          f"{elapsed:.1f} s, {elapsed / text.pages:.2f} s/page "
          f"(slowest page {max(gaps):.2f} s), mean word confidence {text.mean_confidence:.1f}")
    print(f"peak memory: caller {caller_mb:.0f} MB, "
          f"largest worker or tesseract {children_mb:.0f} MB")


if __name__ == "__main__":
    main()
