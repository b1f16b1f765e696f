"""The find bar's style sheet (GitHub-like colours, a red border for an invalid pattern)."""

from typing import Final

FIND_BAR_STYLE: Final = """
FindBar { background: #f6f8fa; border-top: 1px solid #d0d7de; }
FindBar QLineEdit { padding: 2px 4px; border: 1px solid #d0d7de; border-radius: 3px;
                    background: white; }
FindBar QLineEdit:focus { border-color: #0969da; }
FindBar QLineEdit[invalid="true"] { border-color: #cf222e; }
FindBar QToolButton { border: 1px solid transparent; border-radius: 3px; padding: 1px 4px;
                      min-width: 18px; }
FindBar QToolButton:hover { background: #eaeef2; }
FindBar QToolButton:checked { background: #ddf4ff; border-color: #54aeff; }
FindBar QLabel#count { color: #57606a; }
FindBar QLabel#count[invalid="true"] { color: #cf222e; }
"""
