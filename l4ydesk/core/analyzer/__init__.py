"""Finds business records (products, events, forms, ...) in v0-style Next.js code.

Entry points: `analyze_files` for a one-off run, `IncrementalAnalyzer` to re-analyze only what
changed, `load_project` to read a project folder from disk.

Names are imported on first use, so reading a folder (`load_project`) does not load the parser
and the detectors: `l4ydesk analyze` on a folder without sources starts in a blink.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from l4ydesk.lazy import lazy_exports

if TYPE_CHECKING:
    from l4ydesk.core.analyzer.incremental import IncrementalAnalyzer, analyze_files
    from l4ydesk.core.analyzer.model import AnalysisReport, Detection, Evidence, FileProblem
    from l4ydesk.core.analyzer.project import load_project
    from l4ydesk.core.analyzer.screening import AnalyzerLimits

_HOMES = {
    "AnalysisReport": "model",
    "AnalyzerLimits": "screening",
    "Detection": "model",
    "Evidence": "model",
    "FileProblem": "model",
    "IncrementalAnalyzer": "incremental",
    "analyze_files": "incremental",
    "load_project": "project",
}

__all__ = [
    "AnalysisReport",
    "AnalyzerLimits",
    "Detection",
    "Evidence",
    "FileProblem",
    "IncrementalAnalyzer",
    "analyze_files",
    "load_project",
]


__getattr__ = lazy_exports(__name__, globals(), _HOMES)
