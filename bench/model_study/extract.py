"""One first run's detections with their structure, re-created inside a worktree at the run's
commit by that commit's own analyzer and scorer (run as `analyzer_model_study.py --extract`).

Nothing from bench/ is imported at the top: in the old tree the scorer must be that tree's own.
"""

from __future__ import annotations

import inspect
import json
import re
import sys
from collections import Counter
from pathlib import Path

# fields whose values are words of the analyzer's vocabulary (which rule found it), not the code's
VOCABULARY_FIELDS = frozenset(
    {"source", "creates", "mode", "subtype", "bookable_subtype", "provider", "trigger", "interval"}
    | {"list", "record", "bookable", "embedded", "form", "rows", "items"}
)


def _jsonable_kind(value: object) -> str:
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, str):
        return "text" if value else "empty"
    if isinstance(value, (list, tuple)):
        return "list"
    if isinstance(value, dict):
        return "map"
    return "none" if value is None else "other"


def extract(tree: Path, split: str, checkouts: Path, out: Path) -> None:
    """Runs inside a worktree at an old commit (PYTHONPATH=tree): its analyzer, its scorer."""
    sys.path.insert(0, str(tree / "bench"))
    import analyzer_real as scorer  # the tree's own scorer

    from l4ydesk.core.analyzer import analyze_files, load_project
    from l4ydesk.core.analyzer.confidence import SURE_THRESHOLD

    try:
        from l4ydesk.core.analyzer import calibration
    except ImportError:  # before calibration existed the raw score was the shown one
        calibration = None  # type: ignore[assignment]
    raw_flag = "calibrated" in inspect.signature(analyze_files).parameters
    projects = []
    labels_root = tree / "bench" / "data" / "analyzer_real" / split
    for labels_file in sorted(labels_root.glob("*.labels.json")):
        meta, labels = scorer.load_labels(labels_file)
        name = str(meta["project"])
        folder = checkouts / name
        if not folder.is_dir():
            print(f"  {name}: not checked out", file=sys.stderr)
            continue
        files = load_project(folder)
        report = analyze_files(files, calibrated=False) if raw_flag else analyze_files(files)
        detections = list(report.detections)
        _, hit = scorer.match(labels, detections)
        shown = [
            calibration.calibrated_confidence(d.type_key, d.confidence)
            if calibration is not None
            else d.confidence
            for d in detections
        ]
        sure = [d for d, c in zip(detections, shown, strict=True) if c >= SURE_THRESHOLD]
        sure_l, _ = scorer.match(labels, sure)
        rows = []
        for j, d in enumerate(detections):
            rows.append(
                {
                    "type": d.type_key,
                    "raw": round(d.confidence, 3),
                    "shown": round(shown[j], 3),
                    "right": j in hit,
                    "name": d.name,
                    "component": d.component,
                    "fields": {k: _jsonable_kind(v) for k, v in d.fields.items()},
                    # the analyzer's own vocabulary ("source": "jsx"), never the code's words
                    "values": {
                        k: v
                        for k, v in d.fields.items()
                        if k in VOCABULARY_FIELDS
                        and isinstance(v, (str, bool))
                        and re.fullmatch(r"[a-z_]{0,24}|True|False", str(v))
                    },
                    "sizes": {
                        k: len(v) for k, v in d.fields.items() if isinstance(v, (list, tuple))
                    },
                    "evidence": [[e.path, e.start_line, e.end_line] for e in d.evidence],
                }
            )
        projects.append(
            {
                "project": name,
                "labels": len(labels),
                "label_types": Counter(lab.type_key for lab in labels),
                "sure_right": len(sure_l),
                "files": list(report.files_analyzed),
                "detections": rows,
            }
        )
        print(f"  {name}: {len(rows)} detections, {len(hit)} right", file=sys.stderr)
    out.write_text(
        json.dumps({"split": split, "sure_threshold": SURE_THRESHOLD, "projects": projects})
    )
