"""Prints the analyzer's precision, recall and field accuracy per record type on the corpus.

    .venv/bin/python bench/analyzer_accuracy.py [--verbose] [corpus_dir ...]

Each corpus project is a folder with an expected.json written by hand (see
tests/data/corpus/README.md). The target is precision and recall >= 0.9 for every type.
With no arguments it also scores the bundled sample app (resources/sample-app) against
tests/data/corpus_sample/harbor-pine-sample.expected.json, printed as its own "sample app" line.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from l4ydesk.core.analyzer import analyze_files, load_project
from l4ydesk.core.analyzer.scoring import TypeScore, load_expected, score_project
from l4ydesk.core.ontology import ONTOLOGY

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPORA = [
    ROOT / "tests" / "data" / name
    for name in ("corpus", "corpus_holdout", "corpus_holdout2", "corpus_holdout3")
]
SAMPLE_APP = ROOT / "resources" / "sample-app"
SAMPLE_LABELS = ROOT / "tests" / "data" / "corpus_sample" / "harbor-pine-sample.expected.json"
TARGET = 0.9

# (name, project folder, labels file)
Project = tuple[str, Path, Path]


def corpus_projects(corpus: Path) -> list[Project]:
    return [
        (p.name, p, p / "expected.json")
        for p in sorted(corpus.iterdir())
        if (p / "expected.json").is_file()
    ]


def evaluate(projects: list[Project], verbose: bool) -> dict[str, TypeScore]:
    totals = {t.key: TypeScore() for t in ONTOLOGY}
    for name, folder, labels in projects:
        files = load_project(folder)
        files.pop("expected.json", None)
        report = analyze_files(files)
        result = score_project(load_expected(labels), report.detections)
        for key, score in result.by_type.items():
            totals[key].add(score)
        if verbose and (result.missed or result.extra or result.wrong_fields):
            print(f"  {name}:")
            for exp in result.missed:
                print(f"    missed  {exp.type_key:9} {exp.name!r} {dict(exp.fields)}")
            for det in result.extra:
                print(f"    extra   {det.type_key:9} {det.name!r}")
            for exp, det in result.wrong_fields:
                got = {k: det.fields.get(k) for k in exp.fields}
                print(
                    f"    fields  {exp.type_key:9} {exp.name!r}: want {dict(exp.fields)} got {got}"
                )
    return totals


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="*", type=Path)
    parser.add_argument("--verbose", "-v", action="store_true")
    args = parser.parse_args(argv)
    groups: list[tuple[str, list[Project]]] = [
        (str(c.relative_to(ROOT) if c.is_relative_to(ROOT) else c), corpus_projects(c))
        for c in (args.corpora or [c for c in DEFAULT_CORPORA if c.is_dir()])
    ]
    if not args.corpora and SAMPLE_APP.is_dir() and SAMPLE_LABELS.is_file():
        groups.append(
            (
                f"sample app ({SAMPLE_APP.relative_to(ROOT)})",
                [("harbor-pine-sample", SAMPLE_APP, SAMPLE_LABELS)],
            )
        )
    below = False
    for title, projects in groups:
        started = time.perf_counter()
        print(title)
        totals = evaluate(projects, args.verbose)
        elapsed = time.perf_counter() - started
        print(f"  {len(projects)} projects analyzed in {elapsed:.2f} s")
        print(
            f"  {'type':10} {'labels':>6} {'found':>6} {'precision':>9} {'recall':>7} {'fields':>7}"
        )
        overall = TypeScore()
        for key, score in totals.items():
            overall.add(score)
            labels = score.true_positives + score.false_negatives
            found = score.true_positives + score.false_positives
            flag = "" if score.precision >= TARGET and score.recall >= TARGET else "  < target"
            below = below or bool(flag)
            print(
                f"  {key:10} {labels:6d} {found:6d} {score.precision:9.2f} {score.recall:7.2f} "
                f"{score.field_accuracy:7.2f}{flag}"
            )
        print(
            f"  {'all':10} {overall.true_positives + overall.false_negatives:6d} "
            f"{overall.true_positives + overall.false_positives:6d} {overall.precision:9.2f} "
            f"{overall.recall:7.2f} {overall.field_accuracy:7.2f}"
        )
    return 0 if not below else 1


if __name__ == "__main__":
    sys.exit(main())
