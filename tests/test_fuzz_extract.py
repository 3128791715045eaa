"""No crash on any text: hypothesis over random text and mutated seed directives."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jobs.ingest.pipeline import extract_text
from jobs.ingest.units import default_resolver

SEEDS = [p.read_text(encoding="utf-8") for p in sorted((Path(__file__).parent / "corpus")
                                                       .glob("*.txt"))]
VIETNAMESE = st.sampled_from(
    list("aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợ"
         "ùúủũụừứửữựỳýỷỹỵĐÂĂÊÔƠƯƣ0123456789 .,;:()/-+\n")
)
FRAGMENTS = st.sampled_from([
    "Giao ", "UBND các xã: ", "trước ngày ", "31/2/2024", "hằng tuần", "thứ 6 ", "(", ")",
    "Phòng TC-KH", "chủ trì, phối hợp ", "trong 5 ngày làm việc", "quý IV/", "\n1. ", "\n- ",
    "\nII. ", ":", "Số: ", "ngày 99 tháng 13 năm 0", "nội dung 3, 4", "(X chuẩn bị)", "\x00",
])
FUZZ = settings(max_examples=1500, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.too_slow])


def assert_extracts(text: str) -> None:
    extraction = extract_text(text, default_resolver())
    json.dumps(extraction.to_json(), ensure_ascii=False)
    for task in extraction.tasks:
        assert task.units or task.due or task.every or task.waits_for_date


@FUZZ
@given(st.lists(st.one_of(VIETNAMESE, FRAGMENTS, st.characters()), max_size=400).map("".join))
def test_random_text_never_crashes(text: str) -> None:
    assert_extracts(text)


@FUZZ
@given(
    seed=st.sampled_from(SEEDS),
    start=st.integers(0, 20000),
    length=st.integers(0, 3000),
    insertions=st.lists(st.tuples(st.integers(0, 3000), FRAGMENTS | st.text(max_size=20)),
                        max_size=8),
)
def test_mutated_seed_text_never_crashes(seed: str, start: int, length: int,
                                         insertions: list[tuple[int, str]]) -> None:
    window = seed[start % max(1, len(seed)) :][:length]
    for position, fragment in insertions:
        position %= len(window) + 1
        window = window[:position] + fragment + window[position:]
    assert_extracts(window)
