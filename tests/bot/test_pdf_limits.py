"""A PDF over its limits is refused in Vietnamese, before its text is read or within the worker's
bounds, and nothing is stored: 100,000 pages, a page of too many letters, a file too costly."""

from __future__ import annotations

from dataclasses import replace

from bot_harness import ADMIN, Harness
from test_ingest import directives

from jobs.config import PdfSettings


def pdf(pages: list[bytes]) -> bytes:
    """A PDF whose pages show these strings in Helvetica; pages with the same string share one
    page object's form (a 100,000-page file stays near 7.5 MB)."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"",  # the page tree, once the pages are numbered
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    streams: dict[bytes, int] = {}
    kids = []
    for text in pages:
        if text not in streams:
            lines = b" T* ".join(b"(%s) Tj" % text[i : i + 90] for i in range(0, len(text), 90))
            content = b"BT /F1 8 Tf 9 TL 20 820 Td " + lines + b" ET"
            objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content))
            streams[text] = len(objects)
        objects.append(b"<< /Type /Page /Parent 2 0 R /Contents %d 0 R >>" % streams[text])
        kids.append(b"%d 0 R" % len(objects))
    objects[1] = (
        b"<< /Type /Pages /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >>"
        b" /Kids [%s] /Count %d >>" % (b" ".join(kids), len(kids))
    )
    out, offsets = [b"%PDF-1.4\n"], []
    size = len(out[0])
    for number, body in enumerate(objects, start=1):
        chunk = b"%d 0 obj\n%s\nendobj\n" % (number, body)
        offsets.append(size)
        out.append(chunk)
        size += len(chunk)
    out.append(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    out += [b"%010d 00000 n \n" % offset for offset in offsets]
    trailer = b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n"
    out.append(trailer % (len(objects) + 1, size))
    return b"".join(out)


def words(count: int) -> bytes:
    """About ``count`` letters of Vietnamese-free ASCII prose."""
    return (b"Giao phong noi vu bao cao ket qua thuc hien " * (count // 44 + 1))[:count]


async def refusal(harness: Harness, name: str, data: bytes, limits: PdfSettings) -> str:
    """The bot's last word on an upload read under ``limits``."""
    harness.rt.settings = replace(harness.rt.settings, pdf=limits)
    [answer] = await harness.upload(ADMIN, ADMIN, name, data)
    await harness.settle()
    assert harness.rt.drafts.get(ADMIN) is None and directives(harness) == 0
    return answer.plain_text


async def test_a_pdf_of_100000_pages_is_refused_before_it_is_read(harness: Harness) -> None:
    data = pdf([words(60)] * 100_000)
    assert len(data) < 10 * 1024 * 1024
    text = await refusal(harness, "dai.pdf", data, PdfSettings(max_pages=40))
    assert text == "⛔ Tệp PDF «dai.pdf» có quá nhiều trang (100000); giới hạn là 40 trang."


async def test_a_page_with_too_many_letters_is_refused(harness: Harness) -> None:
    data = pdf([words(500), words(9000)])
    text = await refusal(harness, "day.pdf", data, PdfSettings(max_page_chars=5000))
    assert text.startswith("⛔ Trang 2 của tệp PDF «day.pdf» có quá nhiều chữ (")
    assert "giới hạn là 5000 ký tự một trang" in text


async def test_a_pdf_over_the_workers_time_is_refused(harness: Harness) -> None:
    data = pdf([words(4000 + n) for n in range(120)])  # seconds of layout
    text = await refusal(harness, "nang.pdf", data, PdfSettings(read_seconds=1))
    assert text.startswith("⛔ Tệp PDF «nang.pdf» cần quá nhiều thời gian hoặc bộ nhớ để đọc")
    # The worker is replaced: the next file is read as usual.
    harness.rt.settings = replace(harness.rt.settings, pdf=PdfSettings())
    [preview] = await harness.upload(ADMIN, ADMIN, "ngan.pdf", pdf([words(3000)]))
    assert "Đang đọc" not in preview.plain_text and "nang.pdf" not in preview.plain_text
