"""Shared fixtures for the analyzer tests: the labelled corpus, analyzed once per session."""

from __future__ import annotations

import pytest
from analyzer_support import CORPUS, REGRESSION_SETS, CorpusProject, load_corpus


@pytest.fixture(scope="session")
def corpus() -> dict[str, CorpusProject]:
    return load_corpus(CORPUS)


@pytest.fixture(scope="session")
def regression_sets() -> dict[str, CorpusProject]:
    """The three former "holdout" corpora: tuned on after their first run, so regression sets."""
    projects: dict[str, CorpusProject] = {}
    for root in REGRESSION_SETS:
        projects.update(load_corpus(root))
    return projects
