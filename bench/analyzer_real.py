"""Scores the analyzer on public v0 projects labelled by hand (bench/data/analyzer_real/).

    .venv/bin/python bench/analyzer_real.py CHECKOUTS [--split dev|test|new|...|all] [--verbose]
    .venv/bin/python bench/analyzer_real.py --how-to-fetch

CHECKOUTS is a folder holding one checked-out repository per labelled project, named like the
labels file (`<project>/`), at the commit the labels name. The repositories' code is never stored
in this project; `--how-to-fetch` prints the git commands that recreate the folder.

Prints, per split: precision and recall per record type and overall (for every detection, and
for those shown as "Sure" and so selected by default), a calibration table (how often items at
each confidence are right), how many right detections carry the name a person gave them
and how many names look like code or placeholders (issue 12, item 4), and the analysis time per
project.

A detection is right when a label of the same type has a similar name or points at a file the
detection's evidence cites (labels are written from what a person sees; the analyzer's name for
a form or a workflow is a guess, its evidence is not). Each label and detection pairs at most once.
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from l4ydesk.core.analyzer import Detection, analyze_files, load_project
from l4ydesk.core.analyzer.confidence import SURE_THRESHOLD
from l4ydesk.core.analyzer.scoring import (
    TypeScore,
    name_similarity,
    normalized_name,
    similarities,
)
from l4ydesk.core.ontology import ONTOLOGY

LABELS = Path(__file__).resolve().parent / "data" / "analyzer_real"
NAME_MATCH = 75.0
BINS = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01)


@dataclass(frozen=True)
class Label:
    type_key: str
    name: str
    path: str


@dataclass
class Outcome:
    """What one split produced: per-type scores, (confidence, right?) pairs, timings, misses."""

    all_items: dict[str, TypeScore] = field(default_factory=dict)
    sure_items: dict[str, TypeScore] = field(default_factory=dict)
    confidences: list[tuple[float, bool]] = field(default_factory=list)
    timings: list[tuple[str, int, float, int]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    # Item 4: (label's name, detection's name) of each right detection; placeholder-like names.
    names: list[tuple[str, str]] = field(default_factory=list)
    placeholders: list[str] = field(default_factory=list)


def load_labels(path: Path) -> tuple[dict[str, object], list[Label]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    labels = []
    for item in data["detections"]:
        ONTOLOGY.get(item["type"])  # a typo in a label fails loudly
        labels.append(Label(item["type"], item["name"], item["path"]))
    return data, labels


def pairs(labels: list[Label], detections: list[Detection]) -> list[tuple[int, int]]:
    """(label index, detection index) of each match, greedy on the best pairs first."""
    candidates: list[tuple[float, int, int]] = []
    # only detections of the label's type can match: a catalog of thousands of rows pairs
    # thousands of labels, so the type is looked up once, not per pair
    of_type: dict[str, list[int]] = {}
    for j, det in enumerate(detections):
        of_type.setdefault(det.type_key, []).append(j)
    names = {k: [normalized_name(detections[j].name) for j in js] for k, js in of_type.items()}
    cited = [frozenset(e.path for e in det.evidence) for det in detections]
    for i, lab in enumerate(labels):
        indices = of_type.get(lab.type_key, [])
        scores = similarities(lab.name, names.get(lab.type_key, []))
        for j, similarity in zip(indices, scores, strict=True):
            same_file = lab.path in cited[j]
            if similarity >= NAME_MATCH or same_file:
                candidates.append((similarity + (100.0 if same_file else 0.0), i, j))
    taken_l: set[int] = set()
    taken_d: set[int] = set()
    chosen: list[tuple[int, int]] = []
    for _, i, j in sorted(candidates, reverse=True):
        if i not in taken_l and j not in taken_d:
            taken_l.add(i)
            taken_d.add(j)
            chosen.append((i, j))
    return chosen


def match(labels: list[Label], detections: list[Detection]) -> tuple[set[int], set[int]]:
    """Indices of matched labels and matched detections."""
    chosen = pairs(labels, detections)
    return {i for i, _ in chosen}, {j for _, j in chosen}


# A name nobody would give a record: code, a bare type word, or a generated stand-in (issue 12,
# item 4 names "Form", "code", "Unknown Event", "{titleHint}" as what must not happen).
# (a type's word alone is no placeholder where it is the page's heading: "Checkout", "Booking")
_BARE_WORDS = frozenset(
    {"form", "code", "list", "item", "items", "data", "untitled", "name", "title", "record"}
)
CODE_LIKE = re.compile(r"[{}<>=\[\]`$]|\b[a-z]{2,}[A-Z]\w*\b|\b[A-Za-z]+_[A-Za-z_]+\b")


def looks_like_placeholder(name: str) -> bool:
    bare = name.strip().lower()
    return bare in _BARE_WORDS or bare.startswith("unknown") or bool(CODE_LIKE.search(name))


def _tally(
    into: dict[str, TypeScore],
    labels: list[Label],
    detections: list[Detection],
    hit_l: set[int],
    hit_d: set[int],
) -> None:
    for key in (t.key for t in ONTOLOGY):
        score = into.setdefault(key, TypeScore())
        score.true_positives += sum(1 for i in hit_l if labels[i].type_key == key)
        score.false_negatives += sum(
            1 for i, lab in enumerate(labels) if lab.type_key == key and i not in hit_l
        )
        score.false_positives += sum(
            1 for j, det in enumerate(detections) if det.type_key == key and j not in hit_d
        )


def evaluate(
    split: str, checkouts: Path, verbose: bool, skip: frozenset[str] = frozenset()
) -> Outcome:
    """One split, or several pooled into one figure ("test5+test5b")."""
    outcome = Outcome()
    label_files = [
        f for part in split.split("+") for f in sorted((LABELS / part).glob("*.labels.json"))
    ]
    for labels_file in label_files:
        meta, labels = load_labels(labels_file)
        project = str(meta["project"])
        if project in skip:
            outcome.notes.append(f"{project}: left out (--skip)")
            continue
        folder = checkouts / project
        if not folder.is_dir():
            outcome.notes.append(f"{project}: not checked out under {checkouts}, skipped")
            continue
        files = load_project(folder)
        started = time.process_time()  # CPU seconds: the machine may be shared
        report = analyze_files(files)
        elapsed = time.process_time() - started
        syntax = sum(1 for p in report.problems if p.kind == "syntax_error")
        outcome.timings.append((project, len(report.files_analyzed), elapsed, syntax))
        detections = list(report.detections)
        chosen = pairs(labels, detections)
        hit_l, hit_d = {i for i, _ in chosen}, {j for _, j in chosen}
        outcome.names.extend((labels[i].name, detections[j].name) for i, j in chosen)
        outcome.placeholders.extend(
            f"{project}: {d.type_key} {d.name!r}"
            for d in detections
            if looks_like_placeholder(d.name)
        )
        _tally(outcome.all_items, labels, detections, hit_l, hit_d)
        sure = [d for d in detections if d.confidence >= SURE_THRESHOLD]
        sure_l, sure_d = match(labels, sure)
        _tally(outcome.sure_items, labels, sure, sure_l, sure_d)
        outcome.confidences.extend((d.confidence, j in hit_d) for j, d in enumerate(detections))
        if verbose:
            print(f"  {project} ({meta['language']}, {meta['domain']}):")
            for i, lab in enumerate(labels):
                if i not in hit_l:
                    print(f"    missed  {lab.type_key:9} {lab.name!r}  [{lab.path}]")
            for j, det in enumerate(detections):
                if j not in hit_d:
                    where = det.evidence[0].path if det.evidence else "?"
                    print(
                        f"    extra   {det.type_key:9} {det.name!r} {det.confidence:.2f}  [{where}]"
                    )
            for j, det in enumerate(detections):
                if j in hit_d and det.confidence < SURE_THRESHOLD:
                    print(f"    maybe   {det.type_key:9} {det.name!r} {det.confidence:.2f} (right)")
    return outcome


def _print_scores(title: str, scores: dict[str, TypeScore]) -> None:
    print(f"  {title}")
    print(f"    {'type':9} {'labels':>6} {'found':>6} {'precision':>9} {'recall':>7}")
    overall = TypeScore()
    for key, score in scores.items():
        overall.add(score)
        labels = score.true_positives + score.false_negatives
        found = score.true_positives + score.false_positives
        if labels or found:
            print(f"    {key:9} {labels:6d} {found:6d} {score.precision:9.2f} {score.recall:7.2f}")
    print(
        f"    {'all':9} {overall.true_positives + overall.false_negatives:6d} "
        f"{overall.true_positives + overall.false_positives:6d} "
        f"{overall.precision:9.2f} {overall.recall:7.2f}"
    )


def _print_calibration(confidences: list[tuple[float, bool]]) -> None:
    print(f"  calibration (Sure from {SURE_THRESHOLD:.2f}; below it the panel says Maybe)")
    print(f"    {'confidence':12} {'items':>5} {'right':>6} {'mean conf':>9}")
    for low, high in itertools.pairwise(BINS):
        inside = [(c, ok) for c, ok in confidences if low <= c < high]
        if not inside:
            continue
        right = sum(1 for _, ok in inside if ok) / len(inside)
        mean = sum(c for c, _ in inside) / len(inside)
        print(f"    {low:.2f}-{min(high, 1.0):.2f}    {len(inside):5d} {right:6.2f} {mean:9.2f}")


def _print_names(outcome: Outcome, verbose: bool) -> None:
    """Item 4 of issue 12: are right detections named as a person named them?"""
    renamed = [(lab, det) for lab, det in outcome.names if name_similarity(lab, det) < NAME_MATCH]
    found = sum(
        score.true_positives + score.false_positives for score in outcome.all_items.values()
    )
    print(
        f"  names: {len(outcome.names) - len(renamed)} of {len(outcome.names)} right detections "
        f"carry the label's name (similarity >= {NAME_MATCH:.0f}); "
        f"{len(outcome.placeholders)} of {found} detections look like placeholders or code"
    )
    if verbose:
        for lab, det in renamed:
            print(f"    named   {det!r}, labelled {lab!r}")
        for where in outcome.placeholders:
            print(f"    placeholder  {where}")


def how_to_fetch() -> None:
    print("# recreate the checkouts folder (one shallow clone per labelled project)")
    print("mkdir -p checkouts && cd checkouts")
    for labels_file in sorted(LABELS.glob("*/*.labels.json")):
        meta = json.loads(labels_file.read_text(encoding="utf-8"))
        print(
            f"git init -q {meta['project']} && git -C {meta['project']} fetch -q --depth 1 "
            f"https://github.com/{meta['repo']} {meta['commit']} && "
            f"git -C {meta['project']} checkout -q FETCH_HEAD"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("checkouts", nargs="?", type=Path)
    # Every folder of labels is a split (dev, test, new, and any set labelled later).
    # (second labellings, relabel-*, are scored against the first by label_agreement.py)
    splits_found = sorted(
        d.name for d in LABELS.iterdir() if d.is_dir() and not d.name.startswith("relabel-")
    )
    parser.add_argument(
        "--split",
        default="dev",
        help=f"one of {', '.join(splits_found)}, 'all', or splits pooled with '+' (test5+test5b)",
    )
    parser.add_argument("--skip", action="append", default=[], help="a project to leave out")
    parser.add_argument("--verbose", "-v", action="store_true")
    parser.add_argument("--how-to-fetch", action="store_true")
    args = parser.parse_args(argv)
    if args.how_to_fetch:
        how_to_fetch()
        return 0
    if args.checkouts is None or not args.checkouts.is_dir():
        parser.error("give the folder holding the checked-out projects (see --how-to-fetch)")
    splits = tuple(splits_found) if args.split == "all" else (args.split,)
    unknown = [p for split in splits for p in split.split("+") if p not in splits_found]
    if unknown:
        parser.error(
            f"no label folder for {', '.join(unknown)}; there are {', '.join(splits_found)}"
        )
    for split in splits:
        print(f"{split} set")
        outcome = evaluate(split, args.checkouts, args.verbose, frozenset(args.skip))
        for note in outcome.notes:
            print(f"  {note}")
        _print_scores("every detection", outcome.all_items)
        _print_scores("selected by default (Sure)", outcome.sure_items)
        _print_calibration(outcome.confidences)
        _print_names(outcome, args.verbose)
        print(f"    {'project':36} {'files':>5} {'cpu s':>7} {'syntax warnings':>15}")
        for project, nfiles, elapsed, syntax in outcome.timings:
            print(f"    {project:36} {nfiles:5d} {elapsed:7.3f} {syntax:15d}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
