"""Reusable code-editor widgets: editor, find bar, editor pane and diff view (pure Qt).

Names are imported lazily: the lexing worker process imports ``l4ydesk.ui.editor.lexing``,
and a package that imported the widgets up front would drag Qt into that process.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from l4ydesk.ui.editor.code_editor import CodeEditor
    from l4ydesk.ui.editor.diff_view import DiffView
    from l4ydesk.ui.editor.editor_pane import EditorPane
    from l4ydesk.ui.editor.find_bar import FindBar
    from l4ydesk.ui.editor.highlighter import SyntaxHighlighter
    from l4ydesk.ui.editor.lexing import LexWorker, language_for_path

__all__ = [
    "CodeEditor",
    "DiffView",
    "EditorPane",
    "FindBar",
    "LexWorker",
    "SyntaxHighlighter",
    "language_for_path",
]

_MODULES = {
    "CodeEditor": "code_editor",
    "DiffView": "diff_view",
    "EditorPane": "editor_pane",
    "FindBar": "find_bar",
    "SyntaxHighlighter": "highlighter",
    "LexWorker": "lexing",
    "language_for_path": "lexing",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)
