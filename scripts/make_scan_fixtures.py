"""Make the OCR fixtures in tests/corpus/scans/ from the seed directives.

Each seed text is typeset as a PDF (fpdf2, DejaVu Serif, the two-column national heading on the
first page, a page number on the others), its pages are rendered to grey images at 200 dpi, then
degraded as an office scanner does: a slight skew, speckle and grain, a little blur and JPEG
loss. The pages are saved as an image-only PDF (no text layer). One page is also made into a
phone-style photo: perspective, uneven lighting, a desk around the sheet, colour, and stored
sideways with an EXIF orientation tag, as phones do.

Documents that already exist as PDFs (the work programme in tests/corpus/office/, whose tasks
are a table) are scanned the same way from their own pages.

Everything is seeded, so running the script again gives the same files:

    .venv/bin/python scripts/make_scan_fixtures.py
"""

from __future__ import annotations

import io
import random
import time
from dataclasses import dataclass
from pathlib import Path

import matplotlib
import numpy as np
import pypdfium2
from fpdf import FPDF
from PIL import Image, ImageFilter

from jobs.ingest.ocr import perspective_coefficients
from jobs.ingest.textfix import repair_text

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus"
OUT = CORPUS / "scans"
FONTS = Path(matplotlib.__file__).parent / "mpl-data" / "fonts" / "ttf"
SCAN_DPI = 200
JPEG_QUALITY = 50
FIXED_DATE = time.gmtime(1_704_067_200)  # so that the files are the same on every run
EXIF_ORIENTATION = 0x0112
ROTATE_90_CW_TO_DISPLAY = 6


@dataclass(frozen=True)
class Seed:
    stem: str
    left: tuple[str, ...]  # the issuing body, top left
    place_date: str  # the place and date under the national motto, top right
    skew_degrees: tuple[float, ...]  # one per page, cycled


SEEDS = (
    Seed(
        "004_108f180fae0256a8",
        ("UBND HUYỆN VĂN LÃNG", "VĂN PHÒNG", "Số: 512/TB-VP"),
        "Văn Lãng, ngày 25 tháng 10 năm 2022",
        (0.8, -0.5, 1.2, -1.0, 0.4, -0.7, 1.0),
    ),
    Seed(
        "003_331e91bbe1791f66",
        ("UBND HUYỆN LỤC NGẠN", "Số: 95/CTr-UBND"),
        "Lục Ngạn, ngày 01 tháng 7 năm 2023",
        (-0.9, 0.6, -0.4, 1.1),
    ),
)
PHOTO_OF = "004_108f180fae0256a8"
# (fixture stem, the PDF scanned, skew of each page): typeset documents scanned as they are.
PRINTED = (("programme", CORPUS / "office" / "programme.pdf", (0.7, -1.1)),)


class Directive(FPDF):
    """An A4 directive: page numbers centred at the top from page 2, as decrees have them."""

    def header(self) -> None:
        if self.page_no() > 1:
            self.set_font("Serif", size=11)
            self.cell(0, 8, str(self.page_no()), align="C", new_x="LMARGIN", new_y="NEXT")


def typeset(seed: Seed) -> bytes:
    """The seed's text as a text-layer PDF with the national heading on page 1."""
    text = repair_text((CORPUS / f"{seed.stem}.txt").read_text(encoding="utf-8"))
    pdf = Directive(format="A4")
    pdf.set_margins(25, 18, 18)
    pdf.add_font("Serif", fname=str(FONTS / "DejaVuSerif.ttf"))
    pdf.add_font("Serif", style="B", fname=str(FONTS / "DejaVuSerif-Bold.ttf"))
    pdf.add_page()
    right = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", seed.place_date)
    top = pdf.get_y()
    for index, line in enumerate(seed.left):
        pdf.set_font("Serif", style="B" if index < len(seed.left) - 1 else "", size=11)
        pdf.set_xy(18, top + 6 * index)
        pdf.cell(70, 6, line, align="C")
    for index, line in enumerate(right):
        pdf.set_font("Serif", style="B" if index < 2 else "", size=11)
        pdf.set_xy(88, top + 6 * index)
        pdf.cell(110, 6, line, align="C")
    pdf.set_y(top + 6 * max(len(seed.left), len(right)) + 8)
    for paragraph in text.split("\n"):
        letters = [char for char in paragraph if char.isalpha()]
        heading = len(paragraph) < 90 and bool(letters) and all(c.isupper() for c in letters)
        pdf.set_font("Serif", style="B" if heading else "", size=12)
        pdf.multi_cell(0, 6.5, paragraph, align="C" if heading else "J",
                       new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
    return bytes(pdf.output())


def render_pages(pdf_bytes: bytes, dpi: int) -> list[Image.Image]:
    """The PDF's pages as grey images."""
    document = pypdfium2.PdfDocument(pdf_bytes)
    try:
        return [page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
                for page in document]
    finally:
        document.close()


def scan(page: Image.Image, skew: float, rng: np.random.Generator) -> Image.Image:
    """A flatbed scan of a printed page: skew, a soft focus, grain, speckles, a grey paper."""
    image = page.rotate(skew, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=255)
    image = image.filter(ImageFilter.GaussianBlur(0.6))
    pixels = np.asarray(image, dtype=np.float32) * 0.93 + 8  # paper is never pure white
    pixels += rng.normal(0, 4, pixels.shape)
    speckles = rng.random(pixels.shape) < 0.0008
    pixels[speckles] = rng.uniform(0, 120, int(speckles.sum()))
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), "L")


def image_pdf(pages: list[Image.Image], dpi: int) -> bytes:
    """An image-only PDF: each page one JPEG, no text layer."""
    buffer = io.BytesIO()
    pages[0].save(buffer, "PDF", save_all=True, append_images=pages[1:], resolution=dpi,
                  quality=JPEG_QUALITY, creationDate=FIXED_DATE, modDate=FIXED_DATE)
    return buffer.getvalue()


def phone_photo(page: Image.Image, rng: np.random.Generator) -> tuple[Image.Image, Image.Exif]:
    """A phone photo of a page on a desk, stored sideways with an EXIF orientation tag."""
    width, height = 2250, 3000
    w, h = page.size
    corners = [(150, 190), (2080, 120), (2170, 2850), (90, 2790)]  # the sheet, seen at an angle
    coefficients = perspective_coefficients([(0, 0), (w, 0), (w, h), (0, h)], corners)
    sheet = page.convert("RGB").transform(
        (width, height), Image.Transform.PERSPECTIVE, coefficients,
        resample=Image.Resampling.BICUBIC, fillcolor=(0, 0, 0))
    mask = Image.new("L", page.size, 255).transform(
        (width, height), Image.Transform.PERSPECTIVE, coefficients, fillcolor=0)
    desk = Image.new("RGB", (width, height), (118, 92, 70))
    photo = Image.composite(sheet, desk, mask)
    # Warm light from the top left, fading towards the bottom right, and the phone's shadow.
    ys, xs = np.mgrid[0:height, 0:width].astype(np.float32)
    light = 1.05 - 0.35 * (xs / width + ys / height) / 2
    light -= 0.12 * np.exp(-(((xs - 1500) / 500) ** 2 + ((ys - 2300) / 700) ** 2))
    pixels = np.asarray(photo, dtype=np.float32) * light[..., None] * np.array([1.0, 0.97, 0.9])
    pixels += rng.normal(0, 5, pixels.shape)
    photo = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), "RGB")
    photo = photo.filter(ImageFilter.GaussianBlur(0.8))
    exif = Image.Exif()
    exif[EXIF_ORIENTATION] = ROTATE_90_CW_TO_DISPLAY
    return photo.rotate(90, expand=True), exif  # the sensor's landscape frame


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for index, seed in enumerate(SEEDS):
        rng = np.random.default_rng(1400 + index)
        random.seed(1400 + index)
        pages = render_pages(typeset(seed), SCAN_DPI)
        skews = [seed.skew_degrees[i % len(seed.skew_degrees)] for i in range(len(pages))]
        scans = [scan(page, skew, rng) for page, skew in zip(pages, skews, strict=True)]
        target = OUT / f"{seed.stem}.scan.pdf"
        target.write_bytes(image_pdf(scans, SCAN_DPI))
        print(f"{target.relative_to(ROOT)}: {len(scans)} pages, {target.stat().st_size:,} bytes")
        if seed.stem == PHOTO_OF:
            photo, exif = phone_photo(render_pages(typeset(seed), 240)[1], rng)
            target = OUT / f"{seed.stem}.photo.jpg"
            photo.save(target, "JPEG", quality=82, exif=exif)
            print(f"{target.relative_to(ROOT)}: page 2, {target.stat().st_size:,} bytes")
    for index, (stem, source, skews) in enumerate(PRINTED, start=len(SEEDS)):
        rng = np.random.default_rng(1400 + index)
        pages = render_pages(source.read_bytes(), SCAN_DPI)
        scans = [scan(page, skews[i % len(skews)], rng) for i, page in enumerate(pages)]
        target = OUT / f"{stem}.scan.pdf"
        target.write_bytes(image_pdf(scans, SCAN_DPI))
        print(f"{target.relative_to(ROOT)}: {len(scans)} pages, {target.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
