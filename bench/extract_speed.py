"""Extraction speed: warm time per seed (median of many runs) and the CLI's cold start.

    .venv/bin/python bench/extract_speed.py [--runs 50]

Targets: < 100 ms warm for a 20 KB directive, < 2 s cold. The machine is shared, so read the
medians and the ratios to the targets, not single runs.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

from jobs.ingest.pipeline import extract_text
from jobs.ingest.units import UnitResolver, default_resolver

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "corpus"
WARM_TARGET_MS = 100.0
COLD_TARGET_S = 2.0


def warm_median_ms(text: str, runs: int) -> float:
    """Process warm (imports, catalogue, regexes), document cold: no cached scans of it."""
    resolver = default_resolver()
    extract_text(text, resolver)
    timings = []
    for _ in range(runs):
        UnitResolver.clear_scan_cache()
        start = time.perf_counter()
        extract_text(text, resolver)
        timings.append((time.perf_counter() - start) * 1000)
    return statistics.median(timings)


def cold_median_s(path: Path, runs: int) -> float:
    command = [str(Path(sys.executable).parent / "nhacviec"), "ingest", "--dry-run", "--json",
               str(path)]
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        timings.append(time.perf_counter() - start)
    return statistics.median(timings)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--cold-runs", type=int, default=7)
    args = parser.parse_args()
    seeds = sorted(CORPUS.glob("*.txt"))
    print(f"{'directive':<32}{'KB':>6}{'warm median ms':>16}{'tasks':>7}")
    for path in seeds:
        text = path.read_text(encoding="utf-8")
        tasks = len(extract_text(text, default_resolver()).tasks)
        print(f"{path.name:<32}{len(text.encode()) / 1024:>6.1f}"
              f"{warm_median_ms(text, args.runs):>16.1f}{tasks:>7}")
    # A 20 KB directive: the largest seed, topped up with another's items.
    largest = max(seeds, key=lambda p: p.stat().st_size).read_text(encoding="utf-8")
    filler = seeds[0].read_text(encoding="utf-8")
    twenty_kb = (largest + "\n" + filler)[: 20 * 1024]
    warm = warm_median_ms(twenty_kb, args.runs)
    print(f"{'20 KB directive':<32}{20.0:>6.1f}{warm:>16.1f}")
    cold = cold_median_s(max(seeds, key=lambda p: p.stat().st_size), args.cold_runs)
    print(f"\nwarm 20 KB: {warm:.1f} ms (target {WARM_TARGET_MS:.0f} ms, "
          f"ratio {warm / WARM_TARGET_MS:.2f})")
    print(f"cold start: {cold:.2f} s median of {args.cold_runs} (target {COLD_TARGET_S:.0f} s, "
          f"ratio {cold / COLD_TARGET_S:.2f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
