"""Directive ingest: a file to draft tasks (read → repair → outline → units → deadlines)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from jobs.config import Settings

# Photos and scanned pages are read by OCR (jobs.ingest.ocr). Named here, where importing costs
# nothing, so that callers can route a file without loading numpy and Pillow.
IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".heic", ".heif")


def apply_ocr_settings(settings: Settings) -> None:
    """Make the configured OCR and PDF limits those every file is read with (before the CLI or
    the bot reads its first file)."""
    from jobs.ingest import ocr, reading  # only where OCR may run: numpy, Pillow, Tesseract

    ocr.DEFAULT_LIMITS = settings.ocr
    reading.DEFAULT_PDF_LIMITS = settings.pdf
