"""How stored values read to people: item references and unit kinds, as tables."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from db.models import Directive, Task
from jobs.ingest.extract import letter_suffix
from jobs.messages.notices import reminder_entry
from jobs.messages.wording import item_reference, unit_kind_label


@pytest.mark.parametrize(
    ("ref", "shown"),
    [
        ("1", "mục 1"),
        ("2.1", "mục 2.1"),  # a decimal label, or item 1 under item 2: the same words
        ("B.I.1", "mục B.I.1"),
        ("II.1.-2a", "mục II.1, gạch đầu dòng thứ 2 — việc thứ 1"),
        ("II.3.-1c", "mục II.3, gạch đầu dòng thứ 1 — việc thứ 3"),
        ("1.-4.+1", "mục 1, gạch đầu dòng thứ 4, ý thứ 1"),
        ("-1", "gạch đầu dòng thứ 1"),
        ("+2", "ý thứ 2"),
        ("3a", "mục 3 — việc thứ 1"),
        ("1.a", "mục 1, điểm a"),
        ("1.đ", "mục 1, điểm đ"),
        ("1.ab", "mục 1, điểm a — việc thứ 2"),
        ("a", "phần không đánh số — việc thứ 1"),
        ("c", "phần không đánh số — việc thứ 3"),
        ("aa", "phần không đánh số — việc thứ 27"),
        ("", "phần không đánh số"),
        ("09/02/2026.-1.2", "ngày 09/02/2026, gạch đầu dòng thứ 1, mục 2"),
        ("09.02.2026.-1", "ngày 09.02.2026, gạch đầu dòng thứ 1"),
        ("3a.1", "mục 3a.1"),  # not a ref the extractor writes: shown as it is
        ("Điều 5", "mục Điều 5"),
    ],
)
def test_item_reference(ref: str, shown: str) -> None:
    assert item_reference(ref) == shown


@pytest.mark.parametrize("index", [0, 1, 25, 26, 27, 700])
def test_the_task_letters_count_back_to_their_index(index: int) -> None:
    assert item_reference(f"1{letter_suffix(index)}") == f"mục 1 — việc thứ {index + 1}"


@pytest.mark.parametrize(
    ("kind", "shown"),
    [
        ("body", "tập thể lãnh đạo"),
        ("office", "cơ quan chuyên môn"),
        ("party", "cơ quan tham mưu của cấp ủy"),
        ("mass", "Mặt trận, đoàn thể"),
        ("force", "cơ quan ngành dọc"),
        ("agency", "cơ quan theo cấp"),
        ("members", "thành viên của tập thể"),
        ("unknown", "chưa rõ"),
        ("tổ công tác", "tổ công tác"),  # a kind a deployment's directory names itself
    ],
)
def test_unit_kind_label(kind: str, shown: str) -> None:
    assert unit_kind_label(kind) == shown


def test_every_catalogue_kind_has_a_label() -> None:
    from jobs.ingest.units import load_catalogue

    kinds = {entry.kind for entry in load_catalogue()[0]}
    assert all(unit_kind_label(kind) != kind for kind in kinds)


@pytest.mark.parametrize(
    ("ref", "shown"),
    [("", "(phần không đánh số)"), ("II.1.-2a", "(mục II.1, gạch đầu dòng thứ 2 — việc thứ 1)")],
)
def test_a_reminder_list_names_the_tasks_place_in_words(ref: str, shown: str) -> None:
    task = Task(id=7, ref=ref, text="Rà soát thiệt hại", due_text="trước ngày 5/10/2026",
                deadline=datetime(2026, 10, 5, 10, tzinfo=UTC), every=None)
    task.directive = Directive(number="12/CĐ-UBND", title="Công điện")
    entry = reminder_entry(task, datetime(2026, 10, 1, 3, tzinfo=UTC))
    assert entry.splitlines()[0] == f"Nhiệm vụ #7 {shown}: Rà soát thiệt hại"
