"""OCR of scanned directives and photos (jobs.ingest.ocr) against the seeds' gold.

The scans in tests/corpus/scans/ are made by scripts/make_scan_fixtures.py from seeds 003 and 004,
and from the work programme of tests/corpus/office/ (its tasks are a table).
Obligation F1 is scored by tests/corpus_scoring, the same independent scorer as the text sets.
Tesseract runs for real: these tests are skipped where it (or its Vietnamese model) is missing,
and fail instead under CI=true. Each scan is read once per run (module fixtures), never cached
on disk.
"""

from __future__ import annotations

import io
import os
import re
import tomllib
from dataclasses import replace
from pathlib import Path

import pytest
from PIL import Image

from jobs.errors import IngestError
from jobs.ingest import ocr
from jobs.ingest.pipeline import extract_text
from jobs.ingest.reading import read_bytes
from jobs.ingest.textfix import repair_text
from jobs.ingest.units import default_resolver
from tests.corpus_scoring import Score, score_tasks

CORPUS = Path(__file__).parent / "corpus"
SCANS = CORPUS / "scans"
SCANNED = ("004_108f180fae0256a8", "003_331e91bbe1791f66")
# Measured 0.903 (28 of 31 pairs, 2 extra) with Tesseract 5.3 vie; the text of the seeds: 0.935.
F1_FLOOR = 0.85
# The programme's scan: measured 0.941 (8 of its 9 pairs, none extra); 0.000 while its table was
# read across the columns. The pair missed: a lead unit in a cell merged over two rows, which
# the scan shows once.
TABLE_F1_FLOOR = 0.9
LEAD = re.compile(r"^(\d+)\. .*‖ Chủ trì: ([^‖]+)", re.MULTILINE)
VIETNAMESE = re.compile("[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]")


@pytest.fixture(scope="module", autouse=True)
def tesseract() -> None:
    if not ocr.tesseract_available():
        reason = "Tesseract with its Vietnamese model is not installed (scripts/system-deps.sh)"
        if os.environ.get("CI") == "true":
            pytest.fail(f"{reason}; under CI=true the OCR tests must run")
        pytest.skip(reason)


@pytest.fixture(scope="module")
def scans() -> dict[str, ocr.OcrText]:
    return {
        stem: ocr.read_scanned_pdf(f"{stem}.pdf", (SCANS / f"{stem}.scan.pdf").read_bytes())
        for stem in SCANNED
    }


def score_text(stem: str, text: str, gold: Path | None = None) -> Score:
    """The scan's score against the seed's gold, by the corpus scorer's rules."""
    gold = gold or CORPUS / f"{stem}.gold.toml"
    gold_tasks = tomllib.loads(gold.read_text("utf-8")).get("task", [])
    predicted = [task.to_json() for task in extract_text(text, default_resolver()).tasks]
    return score_tasks(gold_tasks, predicted)


def assert_vietnamese_message(error: IngestError, *fragments: str) -> None:
    message = str(error)
    assert VIETNAMESE.search(message) and "Error" not in message, message
    for fragment in fragments:
        assert fragment in message, message


def test_scans_meet_the_obligation_floor(scans: dict[str, ocr.OcrText]) -> None:
    total = Score()
    lines = []
    for stem, text in scans.items():
        score = score_text(stem, text)
        extra = score.predicted - score.hits
        lines.append(f"{stem}: {score.hits}/{score.gold} found, {extra} extra")
        total.add(score)
    assert total.f1 >= F1_FLOOR, f"obligation F1 on scans {total.f1:.3f}\n" + "\n".join(lines)


def test_scanned_table_gives_the_rows_of_the_typed_one() -> None:
    """The programme's table, scanned, gives the contract rows its PDF gives (lead units)."""
    office = CORPUS / "office"
    text = ocr.read_scanned_pdf("programme.pdf", (SCANS / "programme.scan.pdf").read_bytes())
    score = score_text("programme", text, office / "programme.gold.toml")
    found = f"{score.hits}/{score.gold} found, {score.predicted} predicted"
    assert score.f1 >= TABLE_F1_FLOOR, found
    typed = dict(LEAD.findall(read_bytes("programme.pdf", (office / "programme.pdf").read_bytes())))
    scanned = dict(LEAD.findall(repair_text(text)))
    assert scanned == {number: lead for number, lead in typed.items() if number != "4"}, text


def test_scan_text_carries_pages_and_confidences(scans: dict[str, ocr.OcrText]) -> None:
    text = scans["004_108f180fae0256a8"]
    assert text.pages == 7
    assert 80 <= text.mean_confidence <= 100
    assert text.confidences["25/10/2022"] > ocr.LOW_CONFIDENCE
    # The national heading is back in column order, and "Đ" is never an eth.
    lines = repair_text(text).split("\n")
    assert lines[:4] == ["UBND HUYỆN VĂN LÃNG", "VĂN PHÒNG", "Số: 512/TB-VP",
                         "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]
    assert "Ð" not in text


def test_json_marks_ocr_and_scores_each_task(scans: dict[str, ocr.OcrText]) -> None:
    text = scans["004_108f180fae0256a8"]
    shown = extract_text(text, default_resolver()).to_json()
    assert shown["ocr"] is True
    confidences = [task["confidence"] for task in shown["tasks"]]
    assert confidences and all(c is not None and 0 <= c <= 1 for c in confidences)
    assert all(isinstance(task["low_confidence"], list) for task in shown["tasks"])
    plain = extract_text(str(text), default_resolver()).to_json()
    assert plain["ocr"] is False
    assert all(task["confidence"] is None for task in plain["tasks"])


def test_phone_photo_is_read_upright_and_flat() -> None:
    photo = SCANS / "004_108f180fae0256a8.photo.jpg"
    assert Image.open(photo).getexif().get(0x0112) == 6  # stored sideways, EXIF says so
    text = repair_text(ocr.read_image(photo.name, photo.read_bytes()))
    for phrase in ("giải ngân được 71.592 triệu đồng", "Trạm Y tế xã Tân Tác",
                   "Dự án Hạ tầng kỹ thuật khu Ao cạn (Khu V)", "Chương trình MTQG giảm nghèo"):
        assert phrase in text, text
    seed = set(repair_text((CORPUS / "004_108f180fae0256a8.txt").read_text("utf-8")).split())
    words = text.split()
    assert sum(word in seed for word in words) / len(words) >= 0.95, text


def image_pdf(pages: list[Image.Image]) -> bytes:
    buffer = io.BytesIO()
    pages[0].save(buffer, "PDF", save_all=True, append_images=pages[1:], resolution=200)
    return buffer.getvalue()


def scan_page(stem: str, index: int) -> Image.Image:
    import pypdfium2

    document = pypdfium2.PdfDocument(SCANS / f"{stem}.scan.pdf")
    try:
        return document[index].render(scale=200 / 72, grayscale=True).to_pil().convert("L")
    finally:
        document.close()


def test_blank_scan_is_refused() -> None:
    """Through reading.read_bytes: a PDF without a text layer goes to OCR."""
    paper = Image.effect_noise((1654, 2339), 6).point(lambda value: 235 + value // 16)
    with pytest.raises(IngestError) as caught:
        read_bytes("trang.pdf", image_pdf([paper, paper]))
    assert_vietnamese_message(caught.value, "trang.pdf", "trang trắng")


def test_upside_down_page_is_refused() -> None:
    page = scan_page("003_331e91bbe1791f66", 1).rotate(180)
    with pytest.raises(IngestError) as caught:
        ocr.read_scanned_pdf("nguoc.pdf", image_pdf([page]))
    assert_vietnamese_message(caught.value, "Trang 1", "lộn ngược")


def test_scan_over_the_page_limit_is_refused_before_reading() -> None:
    tiny = Image.new("L", (20, 28), 255)
    data = image_pdf([tiny] * 300)
    with pytest.raises(IngestError) as caught:
        ocr.read_scanned_pdf("dai.pdf", data)
    assert_vietnamese_message(caught.value, "300 trang", f"tối đa {ocr.DEFAULT_LIMITS.max_pages}")


def test_a_page_over_its_time_limit_is_stopped() -> None:
    data = image_pdf([scan_page("003_331e91bbe1791f66", 0)])
    limits = replace(ocr.DEFAULT_LIMITS, page_timeout=0.05)
    with pytest.raises(IngestError) as caught:
        ocr.read_scanned_pdf("cham.pdf", data, limits=limits)
    assert_vietnamese_message(caught.value, "Trang 1", "quá lâu")


def test_damaged_photo_is_refused() -> None:
    """Through reading.read_bytes: photos go to OCR."""
    with pytest.raises(IngestError) as caught:
        read_bytes("anh.jpg", b"\xff\xd8\xff\xe0 not really a photo")
    assert_vietnamese_message(caught.value, "anh.jpg", "Không mở được ảnh")


def test_without_tesseract_the_message_says_how_to_install(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(ocr, "tesseract_available", lambda: False)
    with pytest.raises(IngestError) as caught:
        ocr.read_image("anh.png", b"\x89PNG")
    assert_vietnamese_message(caught.value, "không có lớp văn bản", "tesseract-ocr-vie", ".docx")
