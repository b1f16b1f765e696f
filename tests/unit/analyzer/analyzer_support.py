"""Helpers for the analyzer tests: load and analyze the labelled corpus projects."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from l4ydesk.core.analyzer import AnalysisReport, analyze_files, load_project
from l4ydesk.core.analyzer.scoring import Expected, load_expected

DATA = Path(__file__).resolve().parents[2] / "data"
CORPUS = DATA / "corpus"
# written as held-out sets, but the analyzer was tuned on each after its first run: regression sets
REGRESSION_SETS = (
    DATA / "corpus_holdout",
    DATA / "corpus_holdout2",
    DATA / "corpus_holdout3",
)


@dataclass(frozen=True)
class CorpusProject:
    name: str
    files: dict[str, bytes]
    expected: list[Expected]
    report: AnalysisReport


def load_corpus(root: Path) -> dict[str, CorpusProject]:
    projects: dict[str, CorpusProject] = {}
    for folder in sorted(p for p in root.iterdir() if (p / "expected.json").is_file()):
        files = load_project(folder)
        files.pop("expected.json")
        projects[folder.name] = CorpusProject(
            folder.name, files, load_expected(folder / "expected.json"), analyze_files(files)
        )
    return projects


def read_tree(root: Path, pattern: str = "*.ts*") -> dict[str, bytes]:
    """The files of a folder matching `pattern`, by their path in it."""
    return {str(p.relative_to(root)): p.read_bytes() for p in root.rglob(pattern)}


def analyze_tree(root: Path, pattern: str = "*.ts*") -> AnalysisReport:
    """A folder of small test files (those matching `pattern`), analyzed with the detectors'
    own (uncalibrated) scores."""
    return analyze_files(read_tree(root, pattern), calibrated=False)


def evidence_paths(report: AnalysisReport, type_key: str) -> set[str]:
    """The files the detections of a type point at first."""
    return {d.evidence[0].path for d in report.of_type(type_key)}


def names_at(report: AnalysisReport, type_key: str, path: str) -> set[str]:
    """The names of the detections of a type whose evidence is all in one file."""
    return {d.name for d in report.of_type(type_key) if {e.path for e in d.evidence} == {path}}
