"""``nhacviec ingest``: the JSON the GUIDE describes, the table, warnings, --date, bad input.

Storing (``--yes``, exit 3 when nothing fit to store) is tested against the database in
tests/store/test_store_cli.py.
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter
from rich.console import Console

from jobs.cli.main import OCR_SUFFIXES, main, ocr_progress, render_table
from jobs.config import Settings
from jobs.ingest import IMAGE_SUFFIXES, ocr
from jobs.ingest.pipeline import NO_TASK_WARNING
from jobs.model import DirectiveInfo, DraftTask, Extraction

CORPUS = Path(__file__).parent / "corpus"
SEED = CORPUS / "002_18e1b5338292797a.txt"


def test_dry_run_json_has_the_guide_shape(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ingest", "--dry-run", "--json", str(SEED)]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["directive"]["date"] == "2024-03-12"
    assert out["directive"]["title"].startswith("THÔNG BÁO")
    task = out["tasks"][0]
    assert set(task) >= {"ref", "units", "support", "due", "due_text", "every", "text"}
    dated = [t for t in out["tasks"] if t["due"] == "2024-04-10"]
    assert {u for t in dated for u in t["units"]} >= {"Phòng Nội vụ"}


def test_dry_run_table_flags_unknown_units(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "200")  # each cell on one line
    directive = tmp_path / "tb.txt"
    directive.write_text(
        "THÔNG BÁO\nKết luận của Chủ tịch UBND xã\n"
        "1. Giao Tổ giúp việc Đề án 06 chủ trì rà soát trước ngày 10/10/2025.\n"
        "2. Phòng Kinh tế: Tổng hợp báo cáo thứ 6 hằng tuần.\n",
        encoding="utf-8",
    )
    assert main(["ingest", "--dry-run", str(directive)]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "Tổ giúp việc" in out
    assert "(chưa rõ)" in out
    assert "định kỳ: thứ Sáu hằng tuần" in out and "weekly" not in out
    assert "Phòng Kinh tế" in out
    assert "mục 1" in out and "mục 2" in out


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("trong.txt", b"", "trống"),
        ("rac.txt", bytes(range(256)) * 40, ""),
        ("chi-thi.exe", b"MZ\x90\x00", ".pdf"),
        ("hong.pdf", b"%PDF-1.7\n1 0 obj <<", ""),
        ("gia.docx", b"day khong phai docx", ""),
    ],
)
def test_bad_files_exit_2_with_a_vietnamese_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, content: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    assert main(["ingest", "--dry-run", "--json", str(path)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("Lỗi: ")
    assert message in captured.err
    assert "Traceback" not in captured.err


def test_missing_file_and_size_limit(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ingest", "--dry-run", str(tmp_path / "khong-co.txt")]) == 2
    config = tmp_path / "config.toml"
    config.write_text("[ingest]\nmax_file_mb = 1\n", encoding="utf-8")
    big = tmp_path / "lon.txt"
    big.write_text("Giao Phòng Nội vụ rà soát. " * 60000, encoding="utf-8")
    assert main(["--config", str(config), "ingest", "--dry-run", str(big)]) == 2
    assert "MB" in capsys.readouterr().err


def test_bad_config_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = tmp_path / "config.toml"
    config.write_text("[ingest\n", encoding="utf-8")
    assert main(["--config", str(config), "ingest", "--dry-run", str(SEED)]) == 2
    assert "TOML" in capsys.readouterr().err


def test_console_script_runs_in_a_fresh_process() -> None:
    script = Path(sys.executable).parent / "nhacviec"
    proc = subprocess.run([str(script), "ingest", "--dry-run", "--json", str(SEED)],
                          capture_output=True, text=True, timeout=60, check=False)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["tasks"]


UNDATED = (
    "THÔNG BÁO\nKết luận của Chủ tịch UBND huyện\n"
    "1. Phòng Nội vụ: Rà soát hồ sơ cán bộ, hoàn thành trước ngày 30/10.\n"
    "2. Phòng Tư pháp: Tổng hợp kết quả, báo cáo trước ngày 15/11/2025.\n"
)
NO_TASK = "THÔNG BÁO\nLịch tiếp công dân\nLịch được niêm yết tại trụ sở UBND xã.\n"


def write(tmp_path: Path, name: str, text: str) -> Path:
    """A directive file."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_dry_run_warns_on_stderr_and_keeps_the_json_pure(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["ingest", "--dry-run", "--json", str(write(tmp_path, "kl.txt", UNDATED))]) == 0
    captured = capsys.readouterr()
    out = json.loads(captured.out)
    assert out["directive"]["date"] is None
    assert [t["waits_for_date"] for t in out["tasks"]] == [True, False]
    assert [t["due"] for t in out["tasks"]] == [None, "2025-11-15"]
    warning, *late = out["warnings"]  # and, once 15/11/2025 is past, what becomes of it
    assert all("quá hạn" in line for line in late)
    assert captured.err.splitlines() == [
        *(f"Cảnh báo: {line}" for line in (warning, *late)),
        "Dòng lệnh: thêm --date dd/mm/yyyy để đặt ngày ban hành văn bản.",
    ]

    assert main(["ingest", "--dry-run", "--json", str(write(tmp_path, "lich.txt", NO_TASK))]) == 0
    captured = capsys.readouterr()
    out = json.loads(captured.out)
    assert out["tasks"] == [] and out["warnings"] == [NO_TASK_WARNING]
    assert captured.err == f"Cảnh báo: {NO_TASK_WARNING}\n"


def test_the_table_marks_deadlines_waiting_for_the_date(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "250")
    assert main(["ingest", "--dry-run", str(write(tmp_path, "kl.txt", UNDATED))]) == 0
    captured = capsys.readouterr()
    rows = [line for line in captured.out.splitlines() if "Phòng" in line]
    assert "chờ ngày ban hành" in rows[0] and "15/11/2025" in rows[1]
    assert "Ngày: không rõ" in captured.out and "Cảnh báo:" in captured.err


def test_date_sets_the_directive_date(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = str(write(tmp_path, "kl.txt", UNDATED))
    assert main(["ingest", "--dry-run", "--json", "--date", "17/10/2025", path]) == 0
    captured = capsys.readouterr()
    out = json.loads(captured.out)
    assert out["directive"]["date"] == "2025-10-17"
    assert all("quá hạn" in line for line in out["warnings"])  # no date waited for
    assert [t["due"] for t in out["tasks"]] == ["2025-10-30", "2025-11-15"]
    assert "Dòng lệnh: thêm --date" not in captured.err


@pytest.mark.parametrize("value", ["17/10", "31/02/2025", "hôm qua"])
def test_a_bad_date_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str], value: str) -> None:
    path = str(write(tmp_path, "kl.txt", UNDATED))
    assert main(["ingest", "--dry-run", "--json", "--date", value, path]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith(f"Lỗi: Ngày ban hành «{value}» không hợp lệ")
    assert "dd/mm/yyyy" in captured.err


SCANS = CORPUS / "scans"


def require_tesseract() -> None:
    """Skip without Tesseract and its Vietnamese model, but fail under CI=true (as test_ocr)."""
    if not ocr.tesseract_available():
        reason = "Tesseract with its Vietnamese model is not installed (scripts/system-deps.sh)"
        if os.environ.get("CI") == "true":
            pytest.fail(f"{reason}; under CI=true the OCR tests must run")
        pytest.skip(reason)


def test_the_table_marks_what_ocr_read_badly() -> None:
    tasks = [
        DraftTask("1", ["Phòng Nội vụ"], [], date(2024, 4, 30), "trước ngày 30/4", None,
                  "Rà soát", confidence=0.5, low_confidence=["units", "due_text"]),
        DraftTask("2", ["Phòng Tư pháp"], [], None, "", None, "Báo cáo", confidence=0.9),
    ]
    console = Console(record=True, width=200)
    render_table(Extraction(DirectiveInfo(None, None, None), tasks, ocr=True), console)
    lines = console.export_text().splitlines()
    [first] = [line for line in lines if "Phòng Nội vụ" in line]
    [second] = [line for line in lines if "Phòng Tư pháp" in line]
    assert "Phòng Nội vụ ⚠️" in first and "29/04/2024 ⚠️" in first and "⚠️" not in second
    assert "kiểm tra các ô có ⚠️" in lines[-1]


def test_only_pdfs_and_photos_get_the_ocr_progress_bar() -> None:
    assert set(IMAGE_SUFFIXES) | {".pdf"} <= set(OCR_SUFFIXES)
    for name in ("kl.txt", "kl.docx", "kl.md"):
        assert isinstance(ocr_progress(Path(name), Settings()), contextlib.nullcontext)


def test_the_page_limit_comes_from_the_config(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    require_tesseract()
    monkeypatch.setattr(ocr, "DEFAULT_LIMITS", ocr.DEFAULT_LIMITS)  # restored afterwards
    config = write(tmp_path, "config.toml", "[ingest]\nocr_max_pages = 3\n")
    scan = str(SCANS / "003_331e91bbe1791f66.scan.pdf")  # 4 pages: refused before any OCR
    assert main(["--config", str(config), "ingest", "--dry-run", scan]) == 2
    assert "có 4 trang; nhận dạng chữ chỉ làm tối đa 3 trang" in capsys.readouterr().err
    assert ocr.DEFAULT_LIMITS.max_pages == 3


def test_a_one_page_scan_is_read_with_a_progress_bar(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    require_tesseract()
    monkeypatch.setenv("COLUMNS", "200")  # each cell on one line
    pages: list[tuple[int, int]] = []
    bar = ocr.rich_progress

    @contextlib.contextmanager
    def recorded() -> Iterator[None]:
        """The CLI's progress bar, its page counts recorded."""
        with bar(), ocr.report_progress(lambda done, total: pages.append((done, total))):
            yield

    monkeypatch.setattr(ocr, "rich_progress", recorded)
    writer = PdfWriter()
    writer.add_page(PdfReader(SCANS / "004_108f180fae0256a8.scan.pdf").pages[6])
    scan = tmp_path / "trang-7.pdf"
    with scan.open("wb") as out:
        writer.write(out)
    assert main(["ingest", "--dry-run", str(scan)]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "UBND các xã, thị trấn" in out
    assert pages == [(0, 1), (1, 1)]
