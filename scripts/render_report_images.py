"""Render the README's report images from a realistic demo week.

    .venv/bin/python scripts/render_report_images.py [--out docs]

Takes the tasks of three shipped sample directives (tests/corpus, real Vietnamese text and
units), gives them deadlines around the week Monday 14 – Sunday 20 April 2025 and completes
about three quarters of those due, with a fixed seed, in a throwaway SQLite database. Then it
writes the weekly chart (``weekly-chart.png``) and a picture of the first rows of the printed
workbook (``report-xlsx.png``, three of its printed pages: LibreOffice headless → PDF →
pdftoppm; needs the Debian packages libreoffice-calc, poppler-utils and fonts-liberation, whose
Liberation Serif stands in for Times New Roman with the same metrics).
"""

from __future__ import annotations

import argparse
import random
import shutil
import subprocess
import sys
import tempfile
from dataclasses import replace
from datetime import date, time, timedelta
from pathlib import Path

from PIL import Image
from sqlalchemy import Engine, select

from db.models import Task
from db.session import open_database, session_scope
from db.write import complete_task
from jobs.calendar import LOCAL_ZONE, from_local
from jobs.config import ReportSettings, Settings
from jobs.ingest.pipeline import ingest_file
from jobs.model import DirectiveInfo, Extraction
from jobs.plan.policy import Planner
from jobs.store import store_extraction
from jobs.summary.report import build_weekly_summary, days_period, render_chart_png
from jobs.summary.report_book import render_xlsx

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = (
    ("004_108f180fae0256a8.txt", "125/TB-UBND", date(2025, 3, 10)),
    ("002_18e1b5338292797a.txt", "48/TB-BCĐ", date(2025, 3, 24)),
    ("000_9ff69a1417c5c35a.txt", "215-TB/HU", date(2025, 4, 2)),
)
WEEK = (date(2025, 4, 14), date(2025, 4, 20))
NOW = from_local(date(2025, 4, 21), time(7, 30))  # the Monday job
SEED = 20250421
DEMO_OFFICE = ReportSettings(
    parent_office="UBND tỉnh Quảng Nam",
    office="Văn phòng UBND tỉnh",
    number="Số:       /BC-VP",
    place="Quảng Nam",
    signer_title="Chánh Văn phòng",
    signer_name="Nguyễn Văn A",
)


def demo_extraction(name: str, number: str, issued: date, rng: random.Random) -> Extraction:
    """A sample directive's tasks, re-dated to fall around the demo week."""
    extraction = ingest_file(ROOT / "tests" / "corpus" / name, Settings(), directive_date=issued)
    tasks = [
        replace(
            task,
            due=WEEK[0] + timedelta(days=rng.randint(-12, 13)) if rng.random() < 0.9 else None,
            due_text="",
            every=None,
        )
        for task in extraction.tasks
        if task.units
    ]
    return Extraction(DirectiveInfo(issued, number, extraction.directive.title), tasks)


def complete_some(engine: Engine, rng: random.Random) -> None:
    """Close about three quarters of the tasks due before the job runs, some of them late."""
    with session_scope(engine) as session:
        due = session.execute(
            select(Task.id, Task.deadline).where(Task.deadline < NOW).order_by(Task.id)
        ).all()
        for task_id, deadline in due:
            if rng.random() < 0.75:
                done_at = deadline - timedelta(days=rng.randint(-3, 5), hours=rng.randint(6, 14))
                complete_task(session, task_id, by="demo", at=min(done_at, NOW), note=None)


def build_demo(url: str) -> tuple[bytes, bytes]:
    """Store the demo week; its chart PNG and its workbook."""
    engine = open_database(url)
    settings, rng = replace(Settings(), report=DEMO_OFFICE), random.Random(SEED)
    planner = Planner.from_settings(settings)
    for name, number, issued in SAMPLES:
        with session_scope(engine) as session:
            store_extraction(
                session,
                demo_extraction(name, number, issued, rng),
                name,
                name.encode(),
                text="",
                planner=planner,
                now=from_local(issued, time(9)),
                actor="demo",
            )
    complete_some(engine, rng)
    with session_scope(engine) as session:
        summary = build_weekly_summary(session, days_period(*WEEK, LOCAL_ZONE), NOW, settings)
    engine.dispose()
    return render_chart_png(summary), render_xlsx(summary, settings.report)


def xlsx_picture(xlsx: Path, out: Path, work: Path) -> None:
    """The printed report's first page, its signature and the appendix's first page, stacked."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None or shutil.which("pdftoppm") is None:
        sys.exit("Cần LibreOffice (libreoffice-calc) và pdftoppm (poppler-utils).")
    profile = f"-env:UserInstallation=file://{work / 'lo-profile'}"
    subprocess.run(
        [soffice, profile, "--headless", "--convert-to", "pdf", "--outdir", str(work), str(xlsx)],
        check=True,
        capture_output=True,
    )
    pdf = work / f"{xlsx.stem}.pdf"
    text = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True).stdout
    texts = text.decode().split("\f")
    shown = [  # the heading, the signature, the first page of the appendix
        1,
        next(n for n, page in enumerate(texts, 1) if "Nơi nhận:" in page),
        next(n for n, page in enumerate(texts, 1) if "PHỤ LỤC" in page),
    ]
    pages = []
    for number in shown:
        stem = work / f"page-{number}"
        page = ("-f", str(number), "-l", str(number), "-singlefile")
        subprocess.run(["pdftoppm", "-png", "-r", "70", *page, str(pdf), str(stem)], check=True)
        pages.append(Image.open(stem.with_suffix(".png")))
    size = (max(p.width for p in pages), sum(p.height + 8 for p in pages))
    sheet = Image.new("RGB", size, "gray")
    top = 0
    for page in pages:
        sheet.paste(page, (0, top))
        top += page.height + 8
    sheet.save(out, optimize=True)


def main() -> int:
    """Write both images into the output folder."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs", help="thư mục ảnh")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        chart, workbook = build_demo(f"sqlite:///{work / 'demo.sqlite3'}")
        (args.out / "weekly-chart.png").write_bytes(chart)
        xlsx = work / "bao-cao-nhiem-vu.xlsx"
        xlsx.write_bytes(workbook)
        xlsx_picture(xlsx, args.out / "report-xlsx.png", work)
    print(f"Đã ghi {args.out / 'weekly-chart.png'} và {args.out / 'report-xlsx.png'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
