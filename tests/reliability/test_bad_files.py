"""Files nobody should send, through the bot: a clear Vietnamese answer, and nothing stored.

The files are the bad inputs of tests/test_reading.py (empty, binary junk, wrong extensions,
truncated, corrupt, encrypted and scanned PDFs, a zip bomb, ...), plus 50 MB files and
legacy-encoded text. Nothing touches the database before the office confirms a preview, so
SQLite is enough.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import replace

import pytest
from bot_fixtures import run_bot
from bot_harness import ADMIN, Harness
from sqlalchemy import Engine, func, select
from test_ingest import DIRECTIVE
from test_reading import (  # noqa: F401 - the generated documents are session fixtures
    BAD_INPUTS,
    MIB,
    assert_user_message,
    docx_bytes,
    encrypted_pdf_bytes,
    pdf_bytes,
    scanned_pdf_bytes,
    seed_paragraphs,
    to_cp1258,
)

from db.models import Directive
from db.session import session_scope
from jobs.calendar import FakeClock
from jobs.config import BotSettings, Settings
from jobs.errors import IngestError
from tests.support.emulator import TelegramEmulator

pytestmark = pytest.mark.parametrize("migrated_engine", ["sqlite"], indirect=True)

HUGE = 50 * MIB
Make = Callable[..., bytes]
EXTRA_INPUTS: list[tuple[str, Make, tuple[str, ...]]] = [
    ("ke-hoach.pdf", lambda **_: bytes(HUGE), ("quá lớn", "50 MB", "giới hạn là 20 MB")),
    ("tb.txt", lambda **documents: documents["pdf_bytes"], ("nhị phân",)),
    ("tb.pdf", lambda **documents: documents["docx_bytes"], ("không phải là tệp PDF",)),
    ("rac.pdf", lambda **_: random.Random(3).randbytes(5000), ("không phải là tệp PDF",)),
    ("<b>x</b>&.exe", lambda **_: b"MZ", ("«<b>x</b>&.exe»",)),
]


def stored_directives(engine: Engine) -> int:
    """Directives in the database."""
    with session_scope(engine) as session:
        return session.scalar(select(func.count()).select_from(Directive)) or 0


def bad_inputs() -> list[tuple[str, Make, tuple[str, ...]]]:
    """(file name, maker, answer fragments): reading's table and the extra cases above.

    Reading's cases with a size limit of their own are left out: the bot has its own.
    """
    table = [(name, make, parts) for _, name, make, limits, parts in BAD_INPUTS if not limits]
    return table + EXTRA_INPUTS


async def test_bad_files_get_a_clear_vietnamese_answer(
    harness: Harness,
    docx_bytes: bytes,  # noqa: F811
    pdf_bytes: bytes,  # noqa: F811
    encrypted_pdf_bytes: bytes,  # noqa: F811
    scanned_pdf_bytes: bytes,  # noqa: F811
) -> None:
    """One "⛔" answer each, saying what is wrong; no preview, nothing stored."""
    documents = {
        "docx_bytes": docx_bytes,
        "pdf_bytes": pdf_bytes,
        "encrypted_pdf_bytes": encrypted_pdf_bytes,
        "scanned_pdf_bytes": scanned_pdf_bytes,
    }
    for name, make, fragments in bad_inputs():
        [answer] = await harness.upload(ADMIN, ADMIN, name, make(**documents))
        # A scan is read in the background: "⏳ Đang đọc tệp…" first, edited into the answer.
        await harness.api.wait_until(
            lambda shown=answer: not shown.plain_text.startswith("⏳"), timeout=120
        )
        assert answer.plain_text.startswith("⛔ "), (name, answer.plain_text)
        assert_user_message(IngestError(answer.plain_text), *fragments)
        assert not answer.buttons and not harness.rt.drafts, name
    assert stored_directives(harness.engine) == 0


async def test_a_file_over_telegrams_download_limit(
    bot_api: TelegramEmulator,
    engine: Engine,
    clock: FakeClock,
    settings: Settings,
    bot_settings: BotSettings,
) -> None:
    """With a size limit above Telegram's 20 MB, getFile's refusal is explained in Vietnamese."""
    generous = replace(settings, max_file_mb=100)
    async with run_bot(bot_api, engine, clock, generous, bot_settings) as harness:
        [answer] = await harness.upload(ADMIN, ADMIN, "ke-hoach.pdf", bytes(HUGE))
    assert [c.status for c in bot_api.calls if c.method == "getFile"] == [400]
    assert_user_message(IngestError(answer.plain_text), "quá lớn để bot tải về", "20 MB")
    assert stored_directives(engine) == 0


async def test_legacy_and_mixed_encodings(harness: Harness) -> None:
    """Windows-1258 reads as Vietnamese; a file mixing it with UTF-8 is refused clearly."""
    legacy = to_cp1258(DIRECTIVE.decode())
    [preview] = await harness.upload(ADMIN, ADMIN, "tb45-cp1258.txt", legacy)
    assert "1. [mục 1] Phòng Nội vụ — hạn cuối: 23:59 29/04/2024" in preview.plain_text
    harness.rt.drafts.clear()
    mixed = DIRECTIVE + legacy
    [answer] = await harness.upload(ADMIN, ADMIN, "tron.txt", mixed)
    assert_user_message(IngestError(answer.plain_text), "bảng mã", "UTF-8")
    assert stored_directives(harness.engine) == 0
