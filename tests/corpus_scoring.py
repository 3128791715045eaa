"""The corpus scorer's matching rules, kept beside the tests that pin extraction quality.

A copy of the rules of the shared ``score.py`` (GUIDE.md, "Score"): unit names match by their
words under the usual abbreviations, independently of the extractor's own resolver, so a
resolver bug cannot make gold and prediction agree. Obligation F1 is over the multiset of
(lead unit, due date) and (lead unit, recurrence) pairs; ambiguous gold is neither required
nor counted as extra.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from jobs.ingest.pipeline import extract_text
from jobs.ingest.units import UnitResolver

ABBREV = {
    "ubnd": "ủy ban nhân dân", "hđnd": "hội đồng nhân dân", "mttq": "mặt trận tổ quốc",
    "ubmttq": "ủy ban mặt trận tổ quốc", "bch": "ban chấp hành", "btv": "ban thường vụ",
    "ptnt": "phát triển nông thôn", "nn": "nông nghiệp", "tc": "tài chính", "kh": "kế hoạch",
    "tckh": "tài chính kế hoạch", "kt": "kinh tế", "ht": "hạ tầng", "ktht": "kinh tế hạ tầng",
    "tn": "tài nguyên", "mt": "môi trường", "tnmt": "tài nguyên môi trường",
    "vh": "văn hóa", "vhtt": "văn hóa thông tin", "gd": "giáo dục", "đt": "đào tạo",
    "gdđt": "giáo dục đào tạo", "lđ": "lao động", "tb": "thương binh", "xh": "xã hội",
    "lđtbxh": "lao động thương binh xã hội", "dt": "dân tộc", "yt": "y tế",
    "bql": "ban quản lý", "bqlda": "ban quản lý dự án", "qlda": "quản lý dự án", "da": "dự án",
    "đtxd": "đầu tư xây dựng", "dađtxd": "dự án đầu tư xây dựng",
    "dadtxdct": "dự án đầu tư xây dựng công trình",
    "ct": "công trình", "xd": "xây dựng", "chqs": "chỉ huy quân sự", "bchqs": "ban chỉ huy quân sự",
    "dvnn": "dịch vụ nông nghiệp", "ptqđ": "phát triển quỹ đất", "kv": "khu vực",
    "lhpn": "liên hiệp phụ nữ", "ccb": "cựu chiến binh", "ntm": "nông thôn mới",
    "mtqg": "mục tiêu quốc gia", "vp": "văn phòng", "ttyt": "trung tâm y tế", "tt": None,
    "vptt": "văn phòng thường trực", "cqđv": "cơ quan đơn vị", "đv": "đơn vị",
}
STOP = {"và", "với", "của", "cấp", "các", "chương", "trình", "phòng"}
TERRITORY = {"xã", "huyện", "tỉnh", "thị", "trấn", "thôn", "phường", "quận"}
PEOPLES_COMMITTEE = {"ủy", "ban", "nhân", "dân"}


def tokens(name: str) -> frozenset[str]:
    text = unicodedata.normalize("NFC", name).replace("ƣ", "ư").replace("Ƣ", "Ư").lower()
    text = re.sub(r"[^\w\s]", " ", text.replace("&", " "))
    words: list[str] = []
    for word in text.split():
        expanded = ABBREV.get(word, word)
        if expanded:
            words.extend(expanded.split())
    return frozenset(w for w in words if w not in STOP)


def same_unit(a: str, b: str) -> bool:
    """Same words under abbreviations; or one name is the other's with at most two more words
    besides 'huyện', none of them a territory word."""
    ta, tb = tokens(a), tokens(b)
    if not ta or not tb:
        return False
    if ta == tb:
        return True
    if (ta ^ tb) <= PEOPLES_COMMITTEE and ta & tb & TERRITORY and (ta & tb) - TERRITORY:
        return True
    small, big = sorted((ta, tb), key=len)
    extra = big - small - {"huyện"}
    return (len(small) >= 2 and small <= big and len(extra) <= 2 and not (extra & TERRITORY)) or (
        len(small) >= 3 and (ta ^ tb) <= {"huyện", "ủy"})


def pairs(tasks: list[dict], *, gold: bool) -> set[tuple[str, str]]:
    out = set()
    for task in tasks:
        if gold and task.get("ambiguous"):
            continue
        whens = [w for w in (task.get("due"), task.get("every")) if w]
        for unit in task.get("units") or []:
            for when in whens:
                out.add((unit, str(when).lower()))
    return out


def match(gold: set, predicted: set) -> tuple[int, set]:
    """Greedy one-to-one matching of pairs with equal dates and the same unit."""
    unmatched = set(predicted)
    hits = 0
    for unit, when in sorted(gold):
        for candidate in sorted(unmatched):
            if candidate[1] == when and same_unit(unit, candidate[0]):
                unmatched.discard(candidate)
                hits += 1
                break
    return hits, unmatched


@dataclass
class Score:
    hits: int = 0
    gold: int = 0
    predicted: int = 0
    units_gold: int = 0
    units_hit: int = 0

    def add(self, other: Score) -> None:
        for name in ("hits", "gold", "predicted", "units_gold", "units_hit"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @property
    def f1(self) -> float:
        precision = self.hits / self.predicted if self.predicted else 0.0
        recall = self.hits / self.gold if self.gold else 0.0
        return 2 * precision * recall / (precision + recall) if precision + recall else 0.0

    @property
    def unit_recall(self) -> float:
        return self.units_hit / self.units_gold if self.units_gold else 0.0


def score_tasks(gold_tasks: list[dict], predicted_tasks: list[dict]) -> Score:
    """One document's score from its gold tasks and the extractor's JSON tasks."""
    gold, predicted = pairs(gold_tasks, gold=True), pairs(predicted_tasks, gold=False)
    hits, extra = match(gold, predicted)
    for task in gold_tasks:
        when = str(task.get("due") or task.get("every") or "").lower()
        if not (task.get("ambiguous") and when):
            continue
        units = task.get("units") or []
        spared = sorted(c for c in extra if when in ("*", c[1])
                        and (not units or any(same_unit(u, c[0]) for u in units)))
        if spared:
            extra.discard(spared[0])
    gold_units = {u for t in gold_tasks if not t.get("ambiguous") for u in t.get("units") or []}
    predicted_units = {u for t in predicted_tasks for u in t.get("units") or []}
    units_hit = sum(1 for u in gold_units if any(same_unit(u, q) for q in predicted_units))
    return Score(hits, len(gold), hits + len(extra), len(gold_units), units_hit)


def score_folder(folder: Path, resolver: UnitResolver) -> tuple[Score, str]:
    """The folder's total score and a line per document, for the failure message."""
    total, lines = Score(), []
    for gold_path in sorted(folder.glob("*.gold.toml")):
        gold = tomllib.loads(gold_path.read_text(encoding="utf-8"))
        text = (folder / gold["directive"]["file"]).read_text(encoding="utf-8")
        predicted = [task.to_json() for task in extract_text(text, resolver).tasks]
        score = score_tasks(gold.get("task", []), predicted)
        total.add(score)
        extra = score.predicted - score.hits
        lines.append(f"{gold_path.name}: {score.hits}/{score.gold} found, {extra} extra, "
                     f"units {score.units_hit}/{score.units_gold}")
    return total, "\n".join(lines)
