"""Directive ingest: a file to draft tasks (read → repair → outline → units → deadlines)."""

# Photos and scanned pages are read by OCR (jobs.ingest.ocr). Named here, where importing costs
# nothing, so that callers can route a file without loading numpy and Pillow.
IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".heic", ".heif")
