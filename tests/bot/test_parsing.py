"""Pure readers: "xong" and "trả lại" replies, typed dates, proposals (table tests)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.completion import Completion, Return, parse_completion, parse_return
from bot.dates import parse_day, parse_proposal
from bot.drafts import Draft
from jobs.ingest.deadlines import parse_directive_date
from jobs.ingest.pipeline import extract_text
from jobs.ingest.units import default_resolver

DONE = Completion()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("xong", DONE),
        ("Xong", DONE),
        ("XONG", DONE),
        ("xong roi", DONE),
        ("Xong rồi ạ", DONE),
        ("xong ạ.", DONE),
        ("Xong!!! 🎉", DONE),
        ("✅ xong", DONE),
        ("xong 👍", DONE),
        ("Đã xong", DONE),
        ("da xong roi a", DONE),
        ("hoàn thành", DONE),
        ("Đã hoàn thành rồi ạ", DONE),
        ("hoan thanh", DONE),
        ("ok xong", DONE),
        ("Oke, xong rồi", DONE),
        ("Dạ em làm xong rồi ạ", DONE),
        ("báo cáo: đã hoàn thành", DONE),
        ("xong hết rồi nhé", DONE),
        (
            "xong, đã gửi báo cáo số 12/BC-UBND",
            Completion(note="đã gửi báo cáo số 12/BC-UBND"),
        ),
        ("Xong - gửi qua hệ thống rồi", Completion(note="gửi qua hệ thống rồi")),
        ("xong #12", Completion(task_id=12)),
        ("Xong #12: đã gửi", Completion(note="đã gửi", task_id=12)),
        ("xong 12/BC", Completion(note="12/BC")),
    ],
)
def test_completion_variants(text: str, expected: Completion) -> None:
    assert parse_completion(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "chưa xong",
        "chua xong",
        "sắp xong",
        "gần xong",
        "không xong được",
        "xong chưa?",
        "xong chua",
        "xong chưa",
        "Đã xong chưa ạ",
        "chưa hoàn thành",
        "vẫn chưa xong",
        "sẽ xong trong tuần",
        "xong được không",
        "xong chứ",
        "xong một nửa",
        "xong 80%",
        "xong thì báo",
        "xong nhưng chưa gửi",
        "xong k",
        "xongg",
        "khi nào xong?",
        "họp xong rồi mới làm",
        "",
        "👍",
    ],
)
def test_negations_hedges_and_questions_are_refused(text: str) -> None:
    assert parse_completion(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("trả lại", Return()),
        ("Tra lai", Return()),
        ("trả lại, thiếu số liệu quý I", Return(note="thiếu số liệu quý I")),
        ("trả lại?", None),
        ("trả lạii", None),
        ("xong", None),
    ],
)
def test_return(text: str, expected: Return | None) -> None:
    assert parse_return(text) == expected


THURSDAY = date(2024, 4, 4)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("15/5", date(2024, 5, 15)),
        ("15/5/2024", date(2024, 5, 15)),
        ("20.4.2024", date(2024, 4, 20)),
        ("ngày 15/5", date(2024, 5, 15)),
        ("đến ngày 15/5", date(2024, 5, 15)),
        ("hạn mới: 20/4", date(2024, 4, 20)),
        ("3/4", date(2025, 4, 3)),  # already past this year: next year's
        ("15 tháng 5", date(2024, 5, 15)),
        ("ngày 15 tháng 5 năm 2024", date(2024, 5, 15)),
        ("thứ 6 tuần sau", date(2024, 4, 12)),
        ("Thứ Sáu tuần sau", date(2024, 4, 12)),
        ("thu 6 tuan sau", date(2024, 4, 12)),
        ("thứ 6 tuần này", date(2024, 4, 5)),
        ("thứ 6", date(2024, 4, 5)),
        ("thứ 4", date(2024, 4, 10)),
        ("thứ năm", date(2024, 4, 11)),
        ("chủ nhật", date(2024, 4, 7)),
        ("CN tuần sau", date(2024, 4, 14)),
        ("hôm nay", THURSDAY),
        ("mai", date(2024, 4, 5)),
        ("ngày mai", date(2024, 4, 5)),
        ("ngày kia", date(2024, 4, 6)),
        ("3 ngày nữa", date(2024, 4, 7)),
        ("sau 2 tuần", date(2024, 4, 18)),
        ("1 tháng nữa", date(2024, 5, 4)),
        ("cuối tháng", date(2024, 4, 30)),
        ("30/2", None),
        ("xong", None),
        ("", None),
    ],
)
def test_parse_day(text: str, expected: date | None) -> None:
    assert parse_day(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("15/5", (date(2024, 5, 15), None)),
        ("15/5, vì chờ số liệu của Sở", (date(2024, 5, 15), "vì chờ số liệu của Sở")),
        ("thứ 6 tuần sau vì chờ họp", (date(2024, 4, 12), "chờ họp")),
        ("20/4 - do mưa bão", (date(2024, 4, 20), "do mưa bão")),
        ("không rõ", (None, None)),
    ],
)
def test_parse_proposal(text: str, expected: tuple[date | None, str | None]) -> None:
    assert parse_proposal(text, THURSDAY) == expected


UNDATED = "THÔNG BÁO\n1. Phòng Nội vụ: Rà soát hồ sơ, hoàn thành trước ngày 30/10.\n"


@pytest.mark.parametrize(
    "edit",
    [
        "ngày: 17/10/2025",
        "ngay: 17/10/2025",
        "Ngày ban hành: 17/10/2025",
        "ngay ban hanh 17-10-2025",
        "Ngày: 2025-10-17",
        "ngày 17 tháng 10 năm 2025",
    ],
)
def test_the_directive_date_edit(edit: str) -> None:
    resolver = default_resolver()
    draft = Draft(1, "kl.txt", b"", "", extract_text(UNDATED, resolver), raw_text=UNDATED)
    assert draft.waiting == [1]
    done = draft.apply(edit, resolver, date(2025, 10, 20))
    assert done == "Ngày ban hành văn bản: 17/10/2025. Đã tính 1 thời hạn đang chờ ngày này."
    assert draft.extraction.directive.date == date(2025, 10, 17)
    assert draft.tasks[1].due == date(2025, 10, 30) and draft.refusal() is None


@pytest.mark.parametrize("text", ["17/10", "31/02/2025", "hôm qua", "17/10/25", ""])
def test_a_directive_date_needs_day_month_and_year(text: str) -> None:
    assert parse_directive_date(text) is None
