"""Scans and photos sent to the bot: "Đang đọc tệp…" at once, OCR progress, then the preview;
bad scans refused in Vietnamese, nothing stored.

Tesseract runs for real on one page (a few seconds): skipped where it is missing, failed under
CI=true (the fixture of tests/test_ocr.py). OCR does not touch the database, so SQLite only.
"""

from __future__ import annotations

import io
from pathlib import Path

import pypdfium2
import pytest
from bot_harness import ADMIN, Harness
from PIL import Image
from pypdf import PdfReader, PdfWriter
from sqlalchemy import func, select

from db.models import Directive
from db.session import session_scope
from tests.support.emulator import RecordedMessage, TelegramEmulator
from tests.test_ocr import (
    image_pdf,
    scan_page,
    tesseract,  # noqa: F401 - skip without Tesseract, fail under CI
)

pytestmark = pytest.mark.parametrize("migrated_engine", ["sqlite"], indirect=True)

# Page 7 of seed 004's scan: the smallest page that still gives tasks (about 3 s of OCR).
SCAN = Path(__file__).parent.parent / "corpus" / "scans" / "004_108f180fae0256a8.scan.pdf"
PAGE = 6
OCR_SECONDS = 90.0  # generous: the machine is shared


@pytest.fixture(scope="module")
def one_page_scan() -> bytes:
    """A one-page scanned PDF (no text layer)."""
    writer = PdfWriter()
    writer.add_page(PdfReader(SCAN).pages[PAGE])
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


@pytest.fixture(scope="module")
def page_photo() -> bytes:
    """The same page as a phone would send it: a JPEG."""
    document = pypdfium2.PdfDocument(str(SCAN))
    try:
        image = document[PAGE].render(scale=150 / 72, grayscale=True).to_pil()
    finally:
        document.close()
    buffer = io.BytesIO()
    image.convert("RGB").save(buffer, "JPEG", quality=85)
    return buffer.getvalue()


async def final_answer(harness: Harness, answer: RecordedMessage) -> str:
    """The text the "Đang đọc tệp…" message ends with, once OCR is done."""
    await harness.api.wait_until(
        lambda: not answer.plain_text.startswith("⏳"), timeout=OCR_SECONDS
    )
    return answer.plain_text


def progress_edits(api: TelegramEmulator, message_id: int) -> list[str]:
    """The progress texts the bot edited a message to."""
    return [
        call.params["text"]
        for call in api.calls
        if call.method.lower() == "editmessagetext"
        and str(call.params.get("message_id")) == str(message_id)
        and "Đang nhận dạng chữ" in call.params.get("text", "")
    ]


async def test_a_scanned_pdf_shows_progress_then_the_preview(
    harness: Harness, one_page_scan: bytes
) -> None:
    [answer] = await harness.upload(ADMIN, ADMIN, "ban-quet.pdf", one_page_scan)
    assert answer.plain_text.startswith("⏳")  # answered at once, OCR still running
    [started] = await harness.say(ADMIN, ADMIN, "/start")  # other updates are handled meanwhile
    assert not started.plain_text.startswith("⏳") and answer.plain_text.startswith("⏳")
    text = await final_answer(harness, answer)
    edits = progress_edits(harness.api, answer.message_id)
    assert edits and set(edits) <= {f"⏳ Đang nhận dạng chữ: trang {done}/1" for done in (0, 1)}
    assert "Xem trước văn bản «ban-quet.pdf»" in text
    assert "được đọc từ bản quét hoặc ảnh chụp" in text
    assert "Số nhiệm vụ: 0" not in text and "UBND các xã, thị trấn" in text
    assert [b["text"] for b in answer.buttons] == ["✅ Xác nhận", "❌ Hủy"]
    [again] = await harness.upload(ADMIN, ADMIN, "ban-quet.pdf", one_page_scan)
    assert "đang chờ xác nhận" in again.plain_text


async def test_a_photo_is_read_as_a_jpeg(harness: Harness, page_photo: bytes) -> None:
    before = len(harness.sent(ADMIN))
    harness.api.user_photo(ADMIN, ADMIN, page_photo)
    [answer] = await harness.api.wait_for_messages(before + 1, chat_id=ADMIN)
    text = await final_answer(harness, answer)
    assert progress_edits(harness.api, answer.message_id)
    assert "Xem trước văn bản «ảnh chụp" in text and ".jpg»" in text
    assert "UBND các xã, thị trấn" in text
    draft = harness.rt.drafts[ADMIN]
    assert draft.extraction.ocr and all(task.confidence for task in draft.tasks.values())


async def test_bad_scans_are_refused_in_vietnamese_and_nothing_is_stored(
    harness: Harness,
) -> None:
    paper = Image.effect_noise((1654, 2339), 6).point(lambda value: 235 + value // 16)
    upside_down = scan_page("003_331e91bbe1791f66", 1).rotate(180)
    tiny = Image.new("L", (20, 28), 255)
    bad = (
        ("trang.pdf", image_pdf([paper, paper]), "trang trắng"),
        ("nguoc.pdf", image_pdf([upside_down]), "lộn ngược"),
        ("dai.pdf", image_pdf([tiny] * 300), "300 trang"),
    )
    for name, data, says in bad:
        [answer] = await harness.upload(ADMIN, ADMIN, name, data)
        text = await final_answer(harness, answer)
        assert text.startswith("⛔") and name in text and says in text, text
    assert not harness.rt.drafts
    with session_scope(harness.engine) as session:
        assert session.scalar(select(func.count()).select_from(Directive)) == 0
