"""Finds business records (products, events, forms, ...) in v0-style Next.js code.

Entry points: `analyze_files` for a one-off run, `IncrementalAnalyzer` to re-analyze only what
changed, `load_project` to read a project folder from disk.
"""

from l4ydesk.core.analyzer.incremental import IncrementalAnalyzer, analyze_files
from l4ydesk.core.analyzer.model import AnalysisReport, Detection, Evidence, FileProblem
from l4ydesk.core.analyzer.project import load_project
from l4ydesk.core.analyzer.screening import AnalyzerLimits

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
