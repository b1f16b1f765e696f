"""Re-analysis that only parses files whose content changed since the last run.

Per-file results depend only on a file's path and bytes (and the project's translation table,
itself rebuilt only when a file holding one changes), so they are cached by content hash;
linking across files is cheap and always redone, because one edited file can change how others
connect (a route gains a step, a component gets used under a new heading).
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping

from l4ydesk.core.analyzer.calibration import calibrate
from l4ydesk.core.analyzer.linker import link
from l4ydesk.core.analyzer.model import AnalysisReport
from l4ydesk.core.analyzer.pipeline import FileAnalysis, analyze_file
from l4ydesk.core.analyzer.screening import AnalyzerLimits
from l4ydesk.core.analyzer.translation_tables import TableIndex


class IncrementalAnalyzer:
    """Keeps per-file analyses between runs. Not thread-safe: use one per worker.

    `files_parsed` counts files actually parsed over the analyzer's life, so callers (and tests)
    can see that an unchanged file was not parsed again.
    """

    def __init__(self, limits: AnalyzerLimits | None = None, *, calibrated: bool = True) -> None:
        self.limits = limits or AnalyzerLimits()
        # raw detector scores only for fitting the calibration and testing the detectors
        self.calibrated = calibrated
        self._cache: dict[str, tuple[bytes, FileAnalysis]] = {}
        self._tables = TableIndex()
        self.files_parsed = 0
        self.last_parsed: tuple[str, ...] = ()

    def analyze(self, files: Mapping[str, bytes]) -> AnalysisReport:
        """Analyze a project given as path -> bytes; paths are relative to its root."""
        analyses: list[FileAnalysis] = []
        parsed_now: list[str] = []
        digests = {p: hashlib.blake2b(d, digest_size=16).digest() for p, d in files.items()}
        table = self._tables.table(files, digests)
        for path in sorted(files):
            data = files[path]
            digest = digests[path] + table.key
            cached = self._cache.get(path)
            if cached is not None and cached[0] == digest:
                analyses.append(cached[1])
                continue
            analysis = analyze_file(path, data, self.limits, table)
            if analysis.parsed:
                parsed_now.append(path)
            self._cache[path] = (digest, analysis)
            analyses.append(analysis)
        for stale in set(self._cache) - set(files):
            del self._cache[stale]
        self.files_parsed += len(parsed_now)
        self.last_parsed = tuple(parsed_now)
        linked = link(analyses)
        return AnalysisReport(
            detections=tuple(calibrate(linked) if self.calibrated else linked),
            problems=tuple(p for a in analyses for p in a.problems),
            files_analyzed=tuple(a.path for a in analyses if a.analyzed),
            files_ignored=tuple(a.path for a in analyses if not a.analyzed and not a.problems),
            files_parsed=len(parsed_now),
        )

    def forget(self) -> None:
        """Drop every cached result, e.g. after the analyzer itself was upgraded."""
        self._cache.clear()
        self._tables = TableIndex()


def analyze_files(
    files: Mapping[str, bytes], limits: AnalyzerLimits | None = None, *, calibrated: bool = True
) -> AnalysisReport:
    """Analyze a whole project once (no cache kept); `calibrated=False` keeps raw scores."""
    return IncrementalAnalyzer(limits, calibrated=calibrated).analyze(files)
