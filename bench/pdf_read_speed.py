"""How long reading a PDF's text layer takes, tables included (ruled or drawn without lines).

    .venv/bin/python bench/pdf_read_speed.py [FILE.pdf ...] [--runs N]

Without arguments it reads the committed fixtures tests/corpus/office*/*.pdf. Prints the median
and the spread of N runs (default 5) per file, and the total of the medians; run it on two
checkouts to compare (the machine's load shows in the spread).
"""

from __future__ import annotations

import argparse
import os
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
    files = args.files or sorted(ROOT.glob("tests/corpus/office*/*.pdf"))
    medians = []
    for path in files:
        data = path.read_bytes()
        times = []
        for _ in range(args.runs):
            start = time.perf_counter()
            reading.extract_pdf_pages(path.name, data)
            times.append(time.perf_counter() - start)
        median = statistics.median(times)
        medians.append(median)
        print(f"{path.name:28} median {median * 1000:7.1f} ms  "
              f"(min {min(times) * 1000:.1f}, max {max(times) * 1000:.1f})")
    print(f"total of medians {sum(medians) * 1000:.1f} ms over {len(files)} files; "
          f"load average {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
