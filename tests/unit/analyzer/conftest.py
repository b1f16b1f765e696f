"""Shared fixtures for the analyzer tests: the labelled corpus, analyzed once per session."""

from __future__ import annotations

import pytest
from analyzer_support import CORPUS, HOLDOUTS, CorpusProject, load_corpus


@pytest.fixture(scope="session")
def corpus() -> dict[str, CorpusProject]:
    return load_corpus(CORPUS)


@pytest.fixture(scope="session")
def holdout() -> dict[str, CorpusProject]:
    projects: dict[str, CorpusProject] = {}
    for root in HOLDOUTS:
        projects.update(load_corpus(root))
    return projects
