"""Drafts and questions live in the database: a restart keeps them, they expire, and no
file bytes are kept once the file was read."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from bot_fixtures import run_bot
from bot_harness import ADMIN, NOI_VU, OFFICE, UNIT_CHAT, UNIT_USER, draft
from sqlalchemy import Engine, func, inspect, select
from test_ingest import DIRECTIVE, UNDATED, directives

from db.models import BotPrompt, IngestDraft, Task
from db.session import session_scope
from jobs.calendar import LOCAL_ZONE, FakeClock, end_of_local_day
from jobs.config import BotSettings, Settings
from tests.support.emulator import TelegramEmulator


def stored_drafts(engine: Engine) -> list[IngestDraft]:
    with session_scope(engine) as session:
        return list(session.scalars(select(IngestDraft)))


async def test_a_restart_between_preview_and_confirm_keeps_the_draft(
    bot_api: TelegramEmulator,
    engine: Engine,
    clock: FakeClock,
    settings: Settings,
    bot_settings: BotSettings,
) -> None:
    async with run_bot(bot_api, engine, clock, settings, bot_settings) as harness:
        [preview] = await harness.upload(ADMIN, ADMIN, "tb45.txt", DIRECTIVE)
        [dropped] = await harness.say(ADMIN, ADMIN, "bỏ 3")
        assert "Số nhiệm vụ: 3" in dropped.plain_text
    [row] = stored_drafts(engine)
    assert row.sha256 and "Phòng Nội vụ" in row.raw_text and row.file_name == "tb45.txt"
    assert "data" not in {c["name"] for c in inspect(engine).get_columns("ingest_drafts")}
    assert row.expires_at == clock.now() + timedelta(days=7)

    async with run_bot(bot_api, engine, clock, settings, bot_settings) as harness:
        [twice] = await harness.upload(ADMIN, ADMIN, "tb45.txt", DIRECTIVE)
        assert "đang chờ xác nhận" in twice.plain_text
        confirm = preview.buttons[0]["callback_data"]
        [stored] = await harness.press(ADMIN, ADMIN, dropped.message_id, confirm)
        assert "Đã lưu văn bản #1: 3 nhiệm vụ" in stored.plain_text
        assert directives(harness) == 1 and not harness.rt.drafts
    assert stored_drafts(engine) == []


async def test_after_a_restart_a_new_date_reads_the_kept_text_again(
    bot_api: TelegramEmulator,
    engine: Engine,
    clock: FakeClock,
    settings: Settings,
    bot_settings: BotSettings,
) -> None:
    async with run_bot(bot_api, engine, clock, settings, bot_settings) as harness:
        await harness.upload(ADMIN, ADMIN, "kl.txt", UNDATED)
    async with run_bot(bot_api, engine, clock, settings, bot_settings) as harness:
        [dated] = await harness.say(ADMIN, ADMIN, "ngày: 17/10/2025")
        assert "Đã tính 1 thời hạn đang chờ ngày này" in dated.plain_text
        assert "Phòng Nội vụ — hạn cuối: 23:59 29/10/2025" in dated.plain_text
        [stored] = await harness.say(ADMIN, ADMIN, "xác nhận")
        assert "Đã lưu văn bản #1: 2 nhiệm vụ" in stored.plain_text
    with session_scope(engine) as session:
        deadlines = [t.deadline for t in session.scalars(select(Task).order_by(Task.id))]
    assert deadlines[0] == end_of_local_day(date(2025, 10, 29))


async def test_a_draft_expires_after_the_configured_days(
    bot_api: TelegramEmulator, engine: Engine, clock: FakeClock, settings: Settings
) -> None:
    short = BotSettings(retry_backoff_seconds=0.01, retry_max_seconds=0.05, draft_ttl_days=2)
    async with run_bot(bot_api, engine, clock, settings, short) as harness:
        [preview] = await harness.upload(ADMIN, ADMIN, "tb45.txt", DIRECTIVE)
        clock.advance(timedelta(days=2, seconds=1))
        assert not harness.rt.drafts
        update = bot_api.callback(
            ADMIN, ADMIN, preview.message_id, preview.buttons[0]["callback_data"]
        )
        await harness.settle()
        answer = bot_api.callback_answers[update["callback_query"]["id"]]
        assert "không còn hiệu lực" in answer["text"] and directives(harness) == 0
        # A new upload of the same file is read afresh, and the expired row goes.
        [again] = await harness.upload(ADMIN, ADMIN, "tb45.txt", DIRECTIVE)
        assert "Xem trước văn bản" in again.plain_text
    assert len(stored_drafts(engine)) == 1


async def test_questions_survive_a_restart(
    bot_api: TelegramEmulator,
    engine: Engine,
    clock: FakeClock,
    settings: Settings,
    bot_settings: BotSettings,
) -> None:
    async with run_bot(bot_api, engine, clock, settings, bot_settings) as harness:
        first, second = harness.store(draft("1", date(2024, 4, 30)), draft("2", date(2024, 5, 9)))
        harness.link(NOI_VU, UNIT_CHAT)
        clock.set(datetime(2024, 4, 5, 9, 0, tzinfo=LOCAL_ZONE))
        await harness.say(ADMIN, ADMIN, f"/nhac {first}")
        [reminder] = await harness.api.wait_for_messages(1, chat_id=UNIT_CHAT)
        [prompt] = await harness.press(UNIT_CHAT, UNIT_USER, reminder.message_id, f"ext:{first}")
        [question] = await harness.say(UNIT_CHAT, UNIT_USER, "xong, đã gửi báo cáo số 7")
        assert "Nhiệm vụ nào đã xong?" in question.plain_text
    with session_scope(engine) as session:
        kinds = sorted(session.scalars(select(BotPrompt.kind)))
        assert kinds == ["extension", "note"]
        assert session.scalar(select(func.count()).select_from(IngestDraft)) == 0

    async with run_bot(bot_api, engine, clock, settings, bot_settings) as harness:
        [sent] = await harness.say(
            UNIT_CHAT, UNIT_USER, "20/5, chờ số liệu", reply_to=prompt.message_id
        )
        assert "Đã gửi đề nghị gia hạn" in sent.plain_text
        assert "20/05/2024" in harness.sent(OFFICE)[-1].plain_text
        [closed] = await harness.press(UNIT_CHAT, UNIT_USER, question.message_id, f"done:{second}")
        assert f"hoàn thành nhiệm vụ #{second}" in closed.plain_text
        assert "đã gửi báo cáo số 7" in harness.sent(OFFICE)[-1].plain_text
