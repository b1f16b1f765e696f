"""Scores detections against hand-written labels (a project's expected.json).

Used by the accuracy benchmark and the corpus tests. A detection matches a label of its type
when the names agree loosely, or, failing that, when every labelled key field agrees (names are
the analyzer's weakest guess; a form with the same fields is the same form).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz, process

from l4ydesk.core.analyzer.model import Detection
from l4ydesk.core.ontology import ONTOLOGY, money

NAME_THRESHOLD = 75.0
LIST_JACCARD = 0.75
_GENERIC = frozenset(
    {
        "form",
        "the",
        "a",
        "an",
        "for",
        "workflow",
        "submission",
        "submit",
        "on",
        "your",
        "dialog",
        "section",
        "page",
    }
)


@dataclass(frozen=True)
class Expected:
    """One labelled record: its type, name and the key fields a person would check."""

    type_key: str
    name: str
    fields: Mapping[str, Any]


@dataclass
class TypeScore:
    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0
    fields_correct: int = 0

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 1.0

    @property
    def recall(self) -> float:
        wanted = self.true_positives + self.false_negatives
        return self.true_positives / wanted if wanted else 1.0

    @property
    def field_accuracy(self) -> float:
        return self.fields_correct / self.true_positives if self.true_positives else 1.0

    def add(self, other: TypeScore) -> None:
        self.true_positives += other.true_positives
        self.false_positives += other.false_positives
        self.false_negatives += other.false_negatives
        self.fields_correct += other.fields_correct


@dataclass
class ProjectScore:
    by_type: dict[str, TypeScore] = field(default_factory=dict)
    missed: list[Expected] = field(default_factory=list)
    extra: list[Detection] = field(default_factory=list)
    wrong_fields: list[tuple[Expected, Detection]] = field(default_factory=list)


def load_expected(path: Path) -> list[Expected]:
    data = json.loads(path.read_text(encoding="utf-8"))
    found: list[Expected] = []
    for item in data["detections"]:
        ONTOLOGY.get(item["type"])  # a typo in a label should fail loudly
        found.append(Expected(item["type"], item["name"], item.get("fields", {})))
    return found


@lru_cache(maxsize=16384)  # a bench pairs every label with every detection: names repeat
def normalized_name(name: str) -> str:
    tokens = re.findall(r"[\w']+", name.lower())
    kept = [t for t in tokens if t not in _GENERIC]
    return " ".join(kept or tokens)


def name_similarity(a: str, b: str) -> float:
    return float(fuzz.token_set_ratio(normalized_name(a), normalized_name(b)))


def similarities(name: str, normalized: Sequence[str]) -> list[float]:
    """`name_similarity` of one name with each of many names already passed through
    `normalized_name`, in their order (one call into rapidfuzz instead of one per pair)."""
    scores = [0.0] * len(normalized)
    found = process.extract(
        normalized_name(name), normalized, scorer=fuzz.token_set_ratio, limit=None
    )
    for _, score, index in found:
        scores[index] = float(score)
    return scores


def _as_strings(values: Iterable[Any]) -> set[str]:
    out: set[str] = set()
    for v in values:
        if isinstance(v, Mapping):
            v = v.get("name") or v.get("kind")
        if v is not None:
            out.add(str(v).lower())
    return out


def field_matches(expected: Any, actual: Any) -> bool:
    if isinstance(expected, list):
        if not isinstance(actual, list | tuple):
            return False
        want, have = _as_strings(expected), _as_strings(actual)
        if not want and not have:
            return True
        return len(want & have) / len(want | have) >= LIST_JACCARD
    if isinstance(expected, bool) or actual is None:
        return bool(expected == actual)
    if isinstance(expected, int | float):
        return isinstance(actual, int | float) and float(expected) == float(actual)
    if isinstance(expected, str):
        if money(expected) is not None and re.fullmatch(r"\d+\.\d\d", expected):
            return money(actual) == expected
        return (
            str(actual).strip().lower() == expected.strip().lower()
            or fuzz.token_set_ratio(str(actual).lower(), expected.lower()) >= 90
        )
    return bool(expected == actual)


def fields_match(exp: Expected, det: Detection) -> bool:
    return all(field_matches(v, det.fields.get(k)) for k, v in exp.fields.items())


def score_project(expected: Sequence[Expected], detections: Sequence[Detection]) -> ProjectScore:
    result = ProjectScore()
    types = {e.type_key for e in expected} | {d.type_key for d in detections}
    for type_key in sorted(types):
        wanted = [e for e in expected if e.type_key == type_key]
        found = [d for d in detections if d.type_key == type_key]
        pairs: list[tuple[float, int, int]] = []
        for i, exp in enumerate(wanted):
            for j, det in enumerate(found):
                similarity = name_similarity(exp.name, det.name)
                agree = fields_match(exp, det) and bool(exp.fields)
                if similarity >= NAME_THRESHOLD or agree:
                    pairs.append((similarity + (100.0 if agree else 0.0), i, j))
        taken_e: set[int] = set()
        taken_d: set[int] = set()
        score = TypeScore()
        for _, i, j in sorted(pairs, reverse=True):
            if i in taken_e or j in taken_d:
                continue
            taken_e.add(i)
            taken_d.add(j)
            score.true_positives += 1
            if fields_match(wanted[i], found[j]):
                score.fields_correct += 1
            else:
                result.wrong_fields.append((wanted[i], found[j]))
        score.false_negatives = len(wanted) - len(taken_e)
        score.false_positives = len(found) - len(taken_d)
        result.missed.extend(e for i, e in enumerate(wanted) if i not in taken_e)
        result.extra.extend(d for j, d in enumerate(found) if j not in taken_d)
        result.by_type[type_key] = score
    return result
