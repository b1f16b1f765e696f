"""Structural features of each detection (no project names, no words of the code), and the
study's items: every detection of every re-created run with its features and outcome."""

from __future__ import annotations

import json
import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from typing import Any

from analyzer_calibrate import band_of
from analyzer_real import CODE_LIKE

from model_study.first_runs import FIRST_RUNS, detections_of

_DATA_FILE = re.compile(r"(data|mock|constant|seed|fixture|sample)", re.IGNORECASE)
KNOWN_DIRS = frozenset({"app", "components", "lib", "data", "root", "pages"})
MIN_SEEN = 10  # a field key or vocabulary value becomes a feature when this many detections have it

Item = dict[str, Any]  # run, project, x, right, raw, type, shown


def _top(path: str) -> tuple[str, list[str]]:
    parts = path.split("/")
    if parts[0] == "src" and len(parts) > 1:
        parts = parts[1:]
    return (parts[0] if len(parts) > 1 else "root"), parts


def features(project: dict[str, Any]) -> list[dict[str, float]]:
    """Structural features of each detection of one project: no project names, no code words."""
    rows = project["detections"]
    first = [r["evidence"][0][0] if r["evidence"] else "" for r in rows]
    same_file_type = Counter((f, r["type"]) for f, r in zip(first, rows, strict=True))
    types_in_file: dict[str, set[str]] = defaultdict(set)
    for f, r in zip(first, rows, strict=True):
        types_in_file[f].add(r["type"])
    same_type = Counter(r["type"] for r in rows)
    out = []
    for f, r in zip(first, rows, strict=True):
        x: dict[str, float] = {}
        t = r["type"]
        raw = float(r["raw"])
        x[f"t={t}"] = 1.0
        x["raw"] = raw
        band = band_of(raw)
        x[f"band={band}"] = 1.0
        x[f"t={t}&band={band}"] = 1.0
        ev = r["evidence"]
        x["log_evidence"] = math.log1p(len(ev))
        x["log_evidence_files"] = math.log1p(len({e[0] for e in ev}))
        x["log_span"] = math.log1p(max(0, ev[0][2] - ev[0][1])) if ev else 0.0
        top, parts = _top(f)
        x[f"dir={top if top in KNOWN_DIRS else 'other'}"] = 1.0
        x["depth"] = float(len(parts) - 1)
        base = parts[-1]
        stem = base.rsplit(".", 1)[0]
        x["route_page"] = float(stem == "page" or (top == "pages" and stem != "_app"))
        x["layout"] = float(stem == "layout")
        x["api_route"] = float(stem == "route" or "api" in parts[:-1])
        x["ui_kit"] = float("ui" in parts[:-1])
        x["ts_not_tsx"] = float(base.endswith((".ts", ".js")))
        x["data_file"] = float(bool(_DATA_FILE.search(stem)))
        x["log_same_type_file"] = math.log1p(same_file_type[(f, t)] - 1)
        x["log_same_type_project"] = math.log1p(same_type[t] - 1)
        x["log_project_detections"] = math.log1p(len(rows) - 1)
        x["other_types_in_file"] = float(len(types_in_file[f]) - 1)
        x["log_project_files"] = math.log1p(len(project["files"]))
        x["n_fields"] = float(len(r["fields"]))
        for k, kind in r["fields"].items():
            x[f"key={k}"] = 1.0
            if kind in ("empty", "none"):
                x["empty_fields"] = x.get("empty_fields", 0.0) + 1.0
        for k, v in r["values"].items():
            x[f"value={k}:{v}"] = 1.0
        sizes = r["sizes"].values()
        x["log_max_list"] = math.log1p(max(sizes, default=0))
        name = r["name"] or ""
        x["log_name_chars"] = math.log1p(len(name))
        x["name_words"] = float(min(len(name.split()), 8))
        x["name_code_like"] = float(bool(CODE_LIKE.search(name)))
        x["name_digit"] = float(any(c.isdigit() for c in name))
        x["name_lower"] = float(name == name.lower())
        x["name_has_type_word"] = float(t in name.lower())
        out.append(x)
    return out


def vocabulary(examples: Sequence[dict[str, float]]) -> list[str]:
    """Feature names seen at least MIN_SEEN times (labels are not looked at)."""
    seen = Counter(k for x in examples for k in x)
    return sorted(k for k, n in seen.items() if n >= MIN_SEEN)


def items_of(data: dict[str, dict[str, Any]]) -> tuple[list[Item], dict[str, int], dict[str, int]]:
    """Every detection of every run as an item; each run's labels and its Sure detections that
    were right when re-paired on the Sure set alone (as bench/analyzer_real.py scores it)."""
    items: list[Item] = []
    labels: dict[str, int] = {}
    sure_as_run: dict[str, int] = {}
    for run, recreated in data.items():
        saved = json.loads((FIRST_RUNS / f"{run}.json").read_text(encoding="utf-8"))["detections"]
        projects = detections_of(recreated, saved)
        labels[run] = sum(p["labels"] for p in projects)
        sure_as_run[run] = sum(p["sure_right"] for p in projects)
        for p in projects:
            for r, x in zip(p["detections"], features(p), strict=True):
                items.append(
                    {
                        "run": run,
                        "project": p["project"],
                        "type": r["type"],
                        "raw": float(r["raw"]),
                        "shown": float(r["shown"]),
                        "right": bool(r["right"]),
                        "x": x,
                    }
                )
    return items, labels, sure_as_run
