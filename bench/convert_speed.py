"""How long reading a .doc takes: LibreOffice's conversion to .docx plus the .docx reader.

    .venv/bin/python bench/convert_speed.py [FILE.doc ...] [--runs N]

Without arguments it reads the committed fixtures tests/corpus/office/*.doc. Prints the median
and the spread of N runs (default 5) per file; each run starts a fresh soffice with its own
profile, as the bot does for every upload.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from jobs.ingest import reading  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if reading.soffice_path() is None:
        sys.exit("soffice (LibreOffice) is not installed: scripts/system-deps.sh installs it")
    files = args.files or sorted((ROOT / "tests/corpus/office").glob("*.doc"))
    medians = []
    for path in files:
        times = []
        for _ in range(args.runs):
            start = time.perf_counter()
            reading.read_document(path)
            times.append(time.perf_counter() - start)
        median = statistics.median(times)
        medians.append(median)
        size = path.stat().st_size / 1024
        print(
            f"{path.name:28} {size:6.1f} KB  median {median:5.2f} s  "
            f"(min {min(times):.2f}, max {max(times):.2f}, {args.runs} runs)"
        )
    overall = statistics.median(medians)
    print(f".doc read (soffice conversion + .docx reader): median {overall:.2f} s")


if __name__ == "__main__":
    main()
