"""Read scanned PDFs and photos of directives with Tesseract's Vietnamese model.

`read_scanned_pdf` and `read_image` return an `OcrText`: the raw text (already through
`jobs.ingest.ocrfix`, ready for `textfix.repair_text` like any other raw text) which also carries
the page count and Tesseract's word confidences. Every failure is an `IngestError` whose message
is meant for the user.

How a page is read, in a worker process (spawned, lower priority) so that a stuck page can be
killed and the caller's threads and event loop are not held up by the GIL:

1. Rasterise (PDF pages with pypdfium2 at `OcrLimits.dpi`) or open the photo, turning it as its
   EXIF orientation says; grey.
   A photo of a sheet on a darker surface is cropped and its perspective undone (the sheet's
   corners are its extreme points, found after an Otsu threshold).
2. Flatten the lighting: divide by a blurred estimate of the paper (phone photos, yellowed scans).
3. A page with almost no ink is blank: skipped, but a scan of blank pages only is refused.
4. Deskew: the angle (within ±`MAX_SKEW` degrees) that makes the text lines' horizontal profile
   sharpest, measured on a small copy.
5. Tesseract `vie` (TSV output, `OMP_THREAD_LIMIT=1`, killed after `OcrLimits.page_timeout`).
   A page read with low confidence is checked with Tesseract's orientation detection (OSD); an
   upside-down or sideways page is refused, so that the office scans it again the right way up.
6. Back in the caller, `jobs.ingest.ocrlayout` lays out each page's word boxes: text in
   Tesseract's reading order, tables found again from the boxes and written as contract rows.

Confidence: `OcrText.confidences` maps each word (casefolded, punctuation aside) to its mean
confidence (0-100). `task_confidence` scores a draft task by the words of its units and its
deadline, and `low_confidence_fields` names the fields read from words under the threshold;
the pipeline puts both on each draft task, and `"ocr": true` on the extraction.

Progress: while `report_progress(callback)` is active (a context variable, so it follows
`asyncio.to_thread`), `callback(pages_done, pages_total)` is called as pages finish.
"""

from __future__ import annotations

import contextlib
import io
import math
import multiprocessing
import os
import re
import shutil
import statistics
import tempfile
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pytesseract
from PIL import Image, ImageFilter, ImageOps, UnidentifiedImageError

from jobs.config import OcrSettings as OcrLimits
from jobs.errors import IngestError
from jobs.ingest.ocrfix import fix_eth, repair_ocr_pages

if TYPE_CHECKING:
    from jobs.ingest.ocrlayout import WordBox

with contextlib.suppress(ImportError):  # .heic photos from iPhones, when the reader installs
    from pillow_heif import register_heif_opener

    register_heif_opener()

LANGUAGE = "vie"
INSTALL_HINT = (
    "Máy chủ chưa cài bộ nhận dạng chữ tiếng Việt (Tesseract). Quản trị viên hãy cài bằng lệnh: "
    "sudo apt-get install tesseract-ocr tesseract-ocr-vie"
)

# A page whose share of dark pixels (after speckle removal) is below this holds no text.
BLANK_INK_SHARE = 0.002
DARK = 128
MAX_SKEW = 5.0
SKEW_STEP = 0.2
SKEW_PROBE_WIDTH = 800
MIN_SKEW = 0.1
# A page whose words average under this confidence, or that has fewer than MIN_WORDS words read
# with MIN_WORD_CONFIDENCE, may be upside down or sideways: OSD is asked.
SUSPECT_MEAN_CONFIDENCE = 60.0
MIN_WORDS = 8
MIN_WORD_CONFIDENCE = 60.0
# A document from which fewer letters than this are read holds nothing readable.
MIN_LETTERS = 40
# Fields read from words under this confidence (0-100) are marked for checking.
LOW_CONFIDENCE = 70.0
WORD_EDGES = "\"'“”‘’«»()[]{}.,;:!?…"
# A photo's sheet: light pixels between these shares of the picture (else no desk shows).
SHEET_SHARE = (0.3, 0.95)
SHEET_PROBE_SCALE = 8
A4_RATIO = 297 / 210
KILL_GRACE_SECONDS = 30.0
WORKER_NICENESS = 5

ProgressCallback = Callable[[int, int], None]
PROGRESS: ContextVar[ProgressCallback | None] = ContextVar("ocr_progress", default=None)


DEFAULT_LIMITS = OcrLimits()  # replaced at start by the configured [ingest] ocr_* settings


class OcrText(str):
    """Raw text read by OCR, with the page count and each word's mean confidence (0-100)."""

    pages: int
    confidences: dict[str, float]

    def __new__(cls, text: str, pages: int, confidences: dict[str, float]) -> OcrText:
        made = super().__new__(cls, text)
        made.pages = pages
        made.confidences = confidences
        return made

    def __reduce__(self) -> tuple[type[OcrText], tuple[str, int, dict[str, float]]]:
        """Pickled whole, pages and confidences too (the extraction worker gets it so)."""
        return OcrText, (str(self), self.pages, self.confidences)

    @property
    def mean_confidence(self) -> float:
        return statistics.fmean(self.confidences.values()) if self.confidences else 0.0


@dataclass
class PageResult:
    """What a worker read on one page."""

    number: int  # 1-based
    # Tesseract's TSV (`image_to_data` as a dict): laid out by `ocrlayout` on the caller's side.
    tsv: dict[str, list[Any]] = field(default_factory=dict)
    blank: bool = False
    rotation: int = 0  # degrees OSD says the page must be turned; 0 when upright or unknown
    timed_out: bool = False


@lru_cache(maxsize=1)
def tesseract_available() -> bool:
    """Tell whether the tesseract binary and its Vietnamese model are installed."""
    if shutil.which(pytesseract.pytesseract.tesseract_cmd) is None:
        return False
    try:
        return LANGUAGE in pytesseract.get_languages(config="")
    except (pytesseract.TesseractError, OSError):
        return False


@contextlib.contextmanager
def report_progress(callback: ProgressCallback) -> Iterator[None]:
    """Call `callback(done, total)` as OCR pages finish, within this block (and its to_thread)."""
    token = PROGRESS.set(callback)
    try:
        yield
    finally:
        PROGRESS.reset(token)


@contextlib.contextmanager
def rich_progress() -> Iterator[None]:
    """A rich progress bar on stderr for OCR pages, for the CLI: `with rich_progress(): ...`."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn

    progress = Progress(
        "Đang nhận dạng chữ", BarColumn(), MofNCompleteColumn(), "trang", TimeElapsedColumn(),
        console=Console(stderr=True), transient=True,
    )
    task = None

    def update(done: int, total: int) -> None:
        nonlocal task
        if task is None:
            progress.start()
            task = progress.add_task("ocr", total=total)
        progress.update(task, completed=done, total=total)

    try:
        with report_progress(update):
            yield
    finally:
        if task is not None:  # a bar never started prints nothing (a blank line otherwise)
            progress.stop()


# --- image steps (pure, run in the worker) -------------------------------------------------


def perspective_coefficients(
    source: list[tuple[float, float]], target: list[tuple[float, float]]
) -> list[float]:
    """PIL PERSPECTIVE coefficients mapping each `target` corner back to its `source` corner."""
    rows = []
    for (x, y), (u, v) in zip(target, source, strict=True):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    rhs = [coordinate for point in source for coordinate in point]
    return [float(c) for c in np.linalg.solve(np.array(rows, float), np.array(rhs, float))]


def otsu_threshold(pixels: np.ndarray) -> int:
    """The grey level that best splits a picture into dark and light (Otsu)."""
    share = np.bincount(pixels.ravel(), minlength=256).astype(np.float64) / pixels.size
    below = np.cumsum(share)
    mean_below = np.cumsum(share * np.arange(256))
    spread = (mean_below[-1] * below - mean_below) ** 2 / (below * (1 - below) + 1e-12)
    return int(np.argmax(spread))


def sheet_corners(image: Image.Image) -> list[tuple[float, float]] | None:
    """The corners of a light sheet photographed on a darker surface, or None if none shows."""
    scale = SHEET_PROBE_SCALE
    pixels = np.asarray(image.reduce(scale))
    sheet = pixels > otsu_threshold(pixels)
    if not SHEET_SHARE[0] <= sheet.mean() <= SHEET_SHARE[1]:
        return None
    ys, xs = np.nonzero(sheet)
    total, difference = xs + ys, xs - ys
    picks = (total.argmin(), difference.argmax(), total.argmax(), difference.argmin())
    return [(float(xs[i] * scale), float(ys[i] * scale)) for i in picks]


def straighten_sheet(image: Image.Image) -> Image.Image:
    """Crop a photographed sheet from its background and undo the perspective (A4 upright)."""
    corners = sheet_corners(image)
    if corners is None:
        return image
    top, bottom = math.dist(corners[0], corners[1]), math.dist(corners[3], corners[2])
    width = round(max(top, bottom))
    height = round(width * A4_RATIO)
    target = [(0.0, 0.0), (float(width), 0.0), (float(width), float(height)), (0.0, float(height))]
    coefficients = perspective_coefficients(corners, target)
    return image.transform((width, height), Image.Transform.PERSPECTIVE, coefficients,
                           resample=Image.Resampling.BICUBIC, fillcolor=255)


def flatten_lighting(image: Image.Image) -> Image.Image:
    """Divide a grey page by a blurred estimate of its paper, so that shadows turn white."""
    small = image.reduce(8).filter(ImageFilter.MaxFilter(7)).filter(ImageFilter.GaussianBlur(6))
    paper = np.asarray(small.resize(image.size, Image.Resampling.BILINEAR), dtype=np.float32)
    pixels = np.asarray(image, dtype=np.float32) / np.maximum(paper, 1.0) * 255.0
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), "L")


def ink_share(image: Image.Image) -> float:
    """The share of dark pixels on a page, speckles removed."""
    small = image.reduce(2).filter(ImageFilter.MedianFilter(3))
    return float((np.asarray(small) < DARK).mean())


def skew_angle(image: Image.Image) -> float:
    """The angle (degrees, counter-clockwise) that levels the text lines of a page."""
    scale = SKEW_PROBE_WIDTH / image.width
    small = image.resize((SKEW_PROBE_WIDTH, max(1, round(image.height * scale))))
    ink = small.point(lambda value: 255 if value < DARK else 0)
    best, best_score = 0.0, -1.0
    steps = round(MAX_SKEW / SKEW_STEP)
    for step in range(-steps, steps + 1):
        angle = step * SKEW_STEP
        rows = np.asarray(ink.rotate(angle, resample=Image.Resampling.NEAREST), dtype=np.float32)
        profile = rows.sum(axis=1)
        score = float(np.square(np.diff(profile)).sum())
        if score > best_score:
            best, best_score = angle, score
    return best


def deskew(image: Image.Image) -> Image.Image:
    """Rotate a page so that its text lines are level."""
    angle = skew_angle(image)
    if abs(angle) < MIN_SKEW:
        return image
    return image.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=255)


def osd_rotation(image: Image.Image, timeout: float) -> int:
    """The rotation (0, 90, 180, 270) Tesseract's OSD says a page needs; 0 when it cannot tell."""
    try:
        report = pytesseract.image_to_osd(image, config="--psm 0", timeout=timeout)
    except (pytesseract.TesseractError, RuntimeError):
        return 0
    found = re.search(r"Rotate:\s*(\d+)", report)
    confident = re.search(r"Orientation confidence:\s*([\d.]+)", report)
    if found is None or (confident is not None and float(confident.group(1)) < 1.0):
        return 0
    return int(found.group(1)) % 360


def read_page(image: Image.Image, number: int, dpi: int, timeout: float) -> PageResult:
    """OCR one grey page: lighting, blank check, deskew, Tesseract, OSD if it reads badly."""
    image = flatten_lighting(image)
    if ink_share(image) < BLANK_INK_SHARE:
        return PageResult(number, blank=True)
    image = deskew(image)
    try:
        data = pytesseract.image_to_data(
            image, lang=LANGUAGE, config=f"--psm 3 --dpi {dpi}",
            output_type=pytesseract.Output.DICT, timeout=timeout,
        )
    except RuntimeError:  # pytesseract kills tesseract on timeout and raises RuntimeError
        return PageResult(number, timed_out=True)
    confidences = [
        float(c) for c, text in zip(data["conf"], data["text"], strict=True)
        if float(c) >= 0 and str(text).strip()
    ]
    good = sum(1 for confidence in confidences if confidence >= MIN_WORD_CONFIDENCE)
    mean = statistics.fmean(confidences) if confidences else 0.0
    rotation = 0
    if good < MIN_WORDS or mean < SUSPECT_MEAN_CONFIDENCE:
        rotation = osd_rotation(image, timeout)
    return PageResult(number, data, rotation=rotation)


# --- worker entry points (top-level, picklable) ----------------------------------------------


def init_worker() -> None:
    """One thread per Tesseract (faster than OpenMP on few cores), at a lower priority."""
    os.environ["OMP_THREAD_LIMIT"] = "1"
    with contextlib.suppress(OSError):
        os.nice(WORKER_NICENESS)


def pdf_page_count(path: str) -> int:
    """The page count of a PDF on disk (raises on a damaged file)."""
    import pypdfium2

    document = pypdfium2.PdfDocument(path)
    try:
        return len(document)
    finally:
        document.close()


def ocr_pdf_page(path: str, index: int, dpi: int, timeout: float) -> PageResult:
    """Rasterise and read page `index` (0-based) of a PDF on disk."""
    import pypdfium2

    document = pypdfium2.PdfDocument(path)
    try:
        page = document[index]
        bitmap = page.render(scale=dpi / 72, grayscale=True)
        image = bitmap.to_pil().convert("L")
    finally:
        document.close()
    return read_page(image, index + 1, dpi, timeout)


def ocr_photo(path: str, dpi: int, timeout: float) -> PageResult:
    """Read a photo on disk, turned upright as its EXIF orientation says."""
    with Image.open(path) as opened:
        image = ImageOps.exif_transpose(opened).convert("L")
    return read_page(straighten_sheet(image), 1, dpi, timeout)


# --- the caller's side -----------------------------------------------------------------------


def normalize_word(word: str) -> str:
    """A word's key in the confidence map: eth fixed, NFC, casefolded, edge punctuation off."""
    return unicodedata.normalize("NFC", fix_eth(word)).strip(WORD_EDGES).casefold()


def word_confidences(pages: list[list[WordBox]]) -> dict[str, float]:
    """Each word's mean confidence over the document."""
    seen: dict[str, list[float]] = defaultdict(list)
    for words in pages:
        for word in words:
            key = normalize_word(word.text)
            if key:
                seen[key].append(word.conf)
    return {key: round(statistics.fmean(values), 1) for key, values in seen.items()}


def no_tesseract_error(name: str) -> IngestError:
    return IngestError(
        f"Tệp «{name}» là bản quét hoặc ảnh chụp, không có lớp văn bản. {INSTALL_HINT}. "
        "Trong lúc chờ, hãy gửi tệp PDF có lớp văn bản hoặc tệp .docx."
    )


def check_pages(
    name: str, results: list[PageResult], words: list[list[WordBox]], limits: OcrLimits
) -> None:
    """Refuse a page that timed out or is upside down or sideways, then an empty result."""
    for page in results:
        if page.timed_out:
            raise IngestError(
                f"Trang {page.number} của «{name}» nhận dạng quá lâu (hơn "
                f"{limits.page_timeout:g} giây) nên đã dừng. Hãy gửi bản quét rõ hơn hoặc "
                "tệp PDF có lớp văn bản."
            )
        if page.rotation == 180:
            raise IngestError(
                f"Trang {page.number} của «{name}» bị lộn ngược. Hãy xoay trang cho đúng chiều "
                "(hoặc quét lại) rồi gửi lại."
            )
        if page.rotation in (90, 270):
            raise IngestError(
                f"Trang {page.number} của «{name}» bị xoay ngang. Hãy xoay trang cho đúng chiều "
                "(hoặc quét lại) rồi gửi lại."
            )
    if all(page.blank for page in results):
        raise IngestError(
            f"Bản quét «{name}» chỉ có trang trắng: không thấy chữ nào để đọc. Hãy kiểm tra lại "
            "bản quét (mặt giấy, độ đậm) rồi gửi lại."
        )
    letters = sum(char.isalpha() for page in words for word in page for char in word.text)
    if letters < MIN_LETTERS:
        raise IngestError(
            f"Tệp «{name}» không có lớp văn bản, và nhận dạng chữ không đọc được chữ nào trên "
            "các trang (ảnh quá mờ, quá nhỏ, hoặc không phải văn bản). Hãy gửi bản quét rõ hơn, "
            "tệp PDF có lớp văn bản hoặc tệp .docx."
        )


def run_pages(
    name: str, jobs: list[tuple[Callable[..., PageResult], tuple[Any, ...]]], limits: OcrLimits
) -> list[PageResult]:
    """Run page jobs in a spawned worker pool; report progress; stop at the first bad page."""
    progress = PROGRESS.get()
    total = len(jobs)
    if progress is not None:
        progress(0, total)
    context = multiprocessing.get_context("spawn")
    pool = ProcessPoolExecutor(min(limits.workers, total), context, initializer=init_worker)
    results: list[PageResult] = []
    try:
        futures: list[Future[PageResult]] = [pool.submit(job, *args) for job, args in jobs]
        for future in futures:
            result = future.result(timeout=limits.page_timeout * 2 + KILL_GRACE_SECONDS)
            results.append(result)
            if progress is not None:
                progress(len(results), total)
            if result.timed_out or result.rotation:
                break
    except FutureTimeout:
        kill_workers(pool)
        results.append(PageResult(len(results) + 1, timed_out=True))
    except Exception as exc:  # a damaged page or image, or a worker that died
        kill_workers(pool)
        raise IngestError(
            f"Không đọc được tệp «{name}»: tệp hỏng hoặc không phải ảnh, bản quét hợp lệ."
        ) from exc
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
    return results


def kill_workers(pool: ProcessPoolExecutor) -> None:
    """Stop a pool's worker processes now (a stuck page, a damaged file)."""
    for process in list(getattr(pool, "_processes", {}).values()):
        with contextlib.suppress(Exception):
            process.kill()


def read_with_ocr(
    name: str, data: bytes, suffix: str, limits: OcrLimits, page_count: int | None
) -> OcrText:
    """Write the upload to a private temporary file, OCR it page by page, repair the text."""
    # Here, not at the top: the worker processes import this module, and the layout needs
    # jobs.ingest.reading (pdfplumber, python-docx), which they need not load.
    from jobs.ingest.ocrlayout import pages_text, words_from_tsv

    if not tesseract_available():
        raise no_tesseract_error(name)
    with tempfile.TemporaryDirectory(prefix="nhacviec-ocr-") as folder:
        path = str(Path(folder) / f"upload{suffix}")
        Path(path).write_bytes(data)
        if suffix == ".pdf":
            pages = page_count if page_count is not None else count_pdf_pages(name, path)
            if pages > limits.max_pages:
                raise IngestError(
                    f"Bản quét «{name}» có {pages} trang; nhận dạng chữ chỉ làm tối đa "
                    f"{limits.max_pages} trang một lần. Hãy tách tệp thành các phần nhỏ hơn, "
                    "hoặc gửi tệp PDF có lớp văn bản."
                )
            jobs: list[tuple[Callable[..., PageResult], tuple[Any, ...]]] = [
                (ocr_pdf_page, (path, index, limits.dpi, limits.page_timeout))
                for index in range(pages)
            ]
        else:
            check_image(name, data)
            jobs = [(ocr_photo, (path, limits.dpi, limits.page_timeout))]
        results = run_pages(name, jobs, limits)
    words = [words_from_tsv(page.tsv) for page in results if page.tsv]  # blank pages aside
    check_pages(name, results, words, limits)
    text = repair_ocr_pages(pages_text(words))
    return OcrText(text, len(results), word_confidences(words))


def count_pdf_pages(name: str, path: str) -> int:
    try:
        return pdf_page_count(path)
    except Exception as exc:  # pypdfium2 raises PdfiumError and others on damaged files
        raise IngestError(f"Tệp PDF «{name}» bị hỏng hoặc không đầy đủ.") from exc


def check_image(name: str, data: bytes) -> None:
    """Refuse a file that is not an image Pillow can open."""
    try:
        with Image.open(io.BytesIO(data)) as image:
            image.verify()
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError) as exc:
        raise IngestError(
            f"Không mở được ảnh «{name}»: tệp hỏng hoặc không phải ảnh. Hãy chụp hoặc gửi lại."
        ) from exc


def read_scanned_pdf(
    name: str, data: bytes, *, limits: OcrLimits | None = None, page_count: int | None = None
) -> OcrText:
    """OCR a PDF without a text layer (`page_count` if the caller already knows it)."""
    return read_with_ocr(name, data, ".pdf", limits or DEFAULT_LIMITS, page_count)


def read_image(name: str, data: bytes, *, limits: OcrLimits | None = None) -> OcrText:
    """OCR a photo or scanned image of a page (.jpg, .jpeg, .png, .heic)."""
    return read_with_ocr(name, data, Path(name).suffix.lower(), limits or DEFAULT_LIMITS, None)


# --- confidence of draft tasks -----------------------------------------------------------------


def field_confidence(text: str, confidences: dict[str, float]) -> float | None:
    """The lowest confidence among a field's words that OCR read, or None if it read none."""
    found = [confidences[key] for word in text.split() if (key := normalize_word(word))
             in confidences]
    return min(found) if found else None


def task_fields(task: Any) -> dict[str, str]:
    """The fields of a draft task whose reading matters: its units and its deadline."""
    return {"units": " ".join(task.units), "due_text": task.due_text or ""}


def task_confidence(task: Any, confidences: dict[str, float]) -> float | None:
    """A task's confidence (0-1): the weakest word of its units and deadline, else of its text."""
    scores = [
        score for text in task_fields(task).values()
        if (score := field_confidence(text, confidences)) is not None
    ]
    if not scores:
        fallback = field_confidence(task.text, confidences)
        return None if fallback is None else round(fallback / 100, 2)
    return round(min(scores) / 100, 2)


def low_confidence_fields(
    task: Any, confidences: dict[str, float], threshold: float = LOW_CONFIDENCE
) -> list[str]:
    """The names of a task's fields ("units", "due_text") read from a word under `threshold`."""
    return [
        name for name, text in task_fields(task).items()
        if (score := field_confidence(text, confidences)) is not None and score < threshold
    ]

