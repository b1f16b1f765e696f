"""The wizard's last page: what will be published, and the exact diff that will be committed.

The diff is computed in the worker by the feature (scaffold + compatibility rules over the
app's files, against what the branch holds); the page shows "Preparing…" until it arrives.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat, QTextDocument
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from l4ydesk.core.publish.config import PublishConfig
from l4ydesk.ui.publish.wizard_pages import WizardPage

MAX_SHOWN_CHARS = 400_000  # a 1,000-file first publish: the rest is said, not laid out


class DiffHighlighter(QSyntaxHighlighter):
    """Colours a unified diff: additions green, removals red, file headers bold."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._added = QTextCharFormat()
        self._added.setBackground(QColor("#e6ffec"))
        self._removed = QTextCharFormat()
        self._removed.setBackground(QColor("#ffebe9"))
        self._header = QTextCharFormat()
        self._header.setFontWeight(QFont.Weight.Bold)
        self._hunk = QTextCharFormat()
        self._hunk.setForeground(QColor("#8250df"))

    def highlightBlock(self, text: str) -> None:
        if text.startswith(("+++", "---", "diff ")):
            fmt = self._header
        elif text.startswith("@@"):
            fmt = self._hunk
        elif text.startswith("+"):
            fmt = self._added
        elif text.startswith("-"):
            fmt = self._removed
        else:
            return
        self.setFormat(0, len(text), fmt)


def monospace_font() -> QFont:
    font = QFont("monospace")
    font.setStyleHint(QFont.StyleHint.TypeWriter)
    return font


class ReviewPage(WizardPage):
    title = "Review"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setObjectName("reviewSummary")
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setObjectName("reviewStatus")
        self.diff = QPlainTextEdit(self)
        self.diff.setReadOnly(True)
        self.diff.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.diff.setFont(monospace_font())
        self.diff.setObjectName("reviewDiff")
        self._highlighter = DiffHighlighter(self.diff.document())
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.status)
        layout.addWidget(self.diff, 1)
        self.ready = False

    def load(self, config: PublishConfig) -> None:
        github, vercel = config.github, config.vercel
        repo = f"{github.owner or 'your account'}/{github.repo}"
        self.summary.setText(
            f"<b>{config.name}</b> goes to {'a new' if github.create else 'the'} repository "
            f"<b>{repo}</b> (branch {github.branch}) and {'a new' if vercel.create else 'the'} "
            f"Vercel project <b>{vercel.project}</b>. Key scopes: "
            f"{', '.join(config.scopes())}."
        )

    def apply(self, config: PublishConfig) -> PublishConfig:
        return config

    def problem(self, config: PublishConfig) -> str | None:
        if not self.ready:
            return "Wait until the files are prepared, then review them before publishing."
        return None

    def show_preparing(self) -> None:
        self.ready = False
        self.status.setText("Preparing the files (scaffold and compatibility rules)…")
        self.diff.clear()

    def show_diff(self, diff: str, files: int, changes: list[str]) -> None:
        self.ready = True
        if not diff:
            self.status.setText(
                f"Nothing changed since the last publish ({files} files): no commit will be made."
            )
            self.diff.clear()
            return
        notes = "".join(f"<br>• {c}" for c in changes[:12])
        more = f"<br>… and {len(changes) - 12} more" if len(changes) > 12 else ""
        self.status.setText(
            f"This exact diff is committed ({files} files in the app){':' if notes else '.'}"
            f"{notes}{more}"
        )
        shown = (
            diff
            if len(diff) <= MAX_SHOWN_CHARS
            else diff[:MAX_SHOWN_CHARS]
            + (f"\n… {len(diff) - MAX_SHOWN_CHARS} more characters of diff are committed as well.")
        )
        self.diff.setPlainText(shown)

    def show_error(self, sentence: str) -> None:
        self.ready = False
        self.status.setText(sentence)
