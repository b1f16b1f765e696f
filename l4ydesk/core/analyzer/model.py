"""Result types of the code analyzer: detections, their evidence, per-file problems, the report."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from l4ydesk.core.ontology import ONTOLOGY, JsonValue

ProblemKind = Literal[
    "binary", "not_utf8", "syntax_error", "minified", "too_large", "internal_error"
]

SNIPPET_MAX_CHARS = 300


@dataclass(frozen=True)
class Evidence:
    """Where in the code a detection was seen; lines are 1-based and inclusive."""

    path: str
    start_line: int
    end_line: int
    snippet: str

    def to_dict(self) -> dict[str, JsonValue]:
        return {
            "path": self.path,
            "start_line": self.start_line,
            "end_line": self.end_line,
            "snippet": self.snippet,
        }


@dataclass(frozen=True)
class Detection:
    """One business record the analyzer believes the code describes.

    `fields` holds what was extracted, in the analyzer's vocabulary (see `properties()` for the
    ontology's). Treat it as read-only: detections are shared between cached analyses.
    """

    type_key: str
    name: str
    fields: Mapping[str, Any]
    confidence: float
    evidence: tuple[Evidence, ...]
    component: str = ""

    @property
    def label(self) -> str:
        return ONTOLOGY.get(self.type_key).label

    def properties(self) -> dict[str, JsonValue]:
        """The ontology properties a new record would get from this detection."""
        return ONTOLOGY.get(self.type_key).build_properties(self.fields)

    def to_dict(self) -> dict[str, JsonValue]:
        return {
            "type": self.type_key,
            "name": self.name,
            "fields": _jsonable(self.fields),
            "confidence": round(self.confidence, 3),
            "component": self.component,
            "evidence": [e.to_dict() for e in self.evidence],
        }


@dataclass(frozen=True)
class FileProblem:
    """Why a file was skipped or only partly analyzed, as a sentence a person can act on."""

    path: str
    kind: ProblemKind
    message: str
    line: int | None = None
    analyzed: bool = False


@dataclass(frozen=True)
class AnalysisReport:
    """Everything one analysis run found, plus what it could not read."""

    detections: tuple[Detection, ...]
    problems: tuple[FileProblem, ...] = ()
    files_analyzed: tuple[str, ...] = ()
    files_ignored: tuple[str, ...] = ()
    files_parsed: int = field(default=0, compare=False)

    def of_type(self, type_key: str) -> tuple[Detection, ...]:
        ONTOLOGY.get(type_key)  # an unknown key is a programming error, say so loudly
        return tuple(d for d in self.detections if d.type_key == type_key)

    def problems_for(self, path: str) -> tuple[FileProblem, ...]:
        return tuple(p for p in self.problems if p.path == path)

    def to_dict(self) -> dict[str, JsonValue]:
        return {
            "detections": [d.to_dict() for d in self.detections],
            "problems": [
                {
                    "path": p.path,
                    "kind": p.kind,
                    "message": p.message,
                    "line": p.line,
                    "analyzed": p.analyzed,
                }
                for p in self.problems
            ],
            "files_analyzed": list(self.files_analyzed),
            "files_ignored": list(self.files_ignored),
        }


def _jsonable(value: Any) -> JsonValue:
    if value is None or isinstance(value, str | int | float | bool):
        return value
    if isinstance(value, Mapping):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [_jsonable(v) for v in value]
    return str(value)
