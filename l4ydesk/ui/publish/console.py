"""The publish console: the run's steps with their state, the build log, Cancel, the live URL.

Only a view: the feature feeds it from `QtPublishEvents`. The log is appended in batches (at
most every 50 ms) so a chatty `next build` never floods the GUI thread, follows the end unless
the user scrolled up to read, and is capped so a long build cannot grow without bound.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from l4ydesk.core.publish.events import Step
from l4ydesk.ui.publish.branch_choice import BranchChoiceBar
from l4ydesk.ui.publish.domain_records import DomainRecordsPanel
from l4ydesk.ui.publish.review_page import monospace_font

FLUSH_MS = 50
MAX_LOG_LINES = 20_000

STEP_LABELS = {
    Step.CHECK_LIMITS: "Check the plan's limits",
    Step.PREPARE_FILES: "Prepare the files (scaffold, compatibility)",
    Step.PLATFORM_KEY: "Create the app's platform key",
    Step.WEBHOOK_ENDPOINT: "Reserve the webhook endpoint",
    Step.REPOSITORY: "GitHub repository",
    Step.COMMIT: "Commit to GitHub",
    Step.PROJECT: "Vercel project",
    Step.ENVIRONMENT: "Environment variables",
    Step.DEPLOY: "Build and deploy",
    Step.WEBHOOKS: "Point webhooks at the live URL",
    Step.DOMAINS: "Custom domains",
}
# Shown beside each step; the symbols read without colour and in any theme.
STATE_MARKS = {"waiting": "○", "running": "◐", "done": "✓", "failed": "✗", "cancelled": "–"}
STATE_COLOURS = {
    "waiting": "#8c959f",
    "running": "#0969da",
    "done": "#1a7f37",
    "failed": "#cf222e",
    "cancelled": "#57606a",
}


class PublishConsole(QWidget):
    """Shows one publish run.

    Signals:
        cancel_requested(): the user pressed Cancel.
        live_requested(str): open this production URL in the Live preview.
        resume_requested(): go on with the run that stopped midway.
        afresh_requested(): leave the run that stopped midway and publish anew.
    """

    cancel_requested = Signal()
    live_requested = Signal(str)
    resume_requested = Signal()
    afresh_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("publishConsole")
        self.production_url = ""
        self.headline = QLabel("No publish yet. App → Publish… starts one.", self)
        self.headline.setObjectName("publishHeadline")
        self.headline.setWordWrap(True)
        self.headline.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.steps = QListWidget(self)
        self.steps.setObjectName("publishSteps")
        self.steps.setMinimumWidth(320)
        self._items: dict[str, QListWidgetItem] = {}
        self.states: dict[str, str] = {}
        for step in Step:
            item = QListWidgetItem(self.steps)
            self._items[str(step)] = item
        self.log = QPlainTextEdit(self)
        self.log.setObjectName("publishLog")
        self.log.setReadOnly(True)
        self.log.setFont(monospace_font())
        self.log.setMaximumBlockCount(MAX_LOG_LINES)
        self.log.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.cancel_button = QPushButton("Cancel", self)
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self._on_cancel_clicked)
        self.copy_button = QPushButton("Copy Log", self)
        self.copy_button.clicked.connect(self.copy_log)
        self.live_button = QPushButton("Open in Live Preview", self)
        self.live_button.hide()
        self.live_button.clicked.connect(lambda: self.live_requested.emit(self.production_url))
        self.resume_button = QPushButton("Resume Publish", self)
        self.resume_button.hide()
        self.resume_button.clicked.connect(self._on_resume_clicked)
        self.afresh_button = QPushButton("Start Afresh", self)
        self.afresh_button.setToolTip("Leave the stopped run as it is and publish anew")
        self.afresh_button.hide()
        self.afresh_button.clicked.connect(self._on_afresh_clicked)
        self.branch_choice = BranchChoiceBar(self)  # after "the branch on GitHub changed"
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.steps)
        splitter.addWidget(self.log)
        splitter.setStretchFactor(1, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.headline, 1)
        buttons.addWidget(self.branch_choice)
        buttons.addWidget(self.afresh_button)
        buttons.addWidget(self.resume_button)
        buttons.addWidget(self.live_button)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)
        self.domains = DomainRecordsPanel(self)  # the DNS records custom domains wait for
        layout.addWidget(self.domains)
        self._pending: list[str] = []
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.setInterval(FLUSH_MS)
        self._flush_timer.timeout.connect(self.flush_log)
        self.reset()

    # ----- a run -----------------------------------------------------------------------------

    def reset(self, headline: str | None = None) -> None:
        """A new run: every step waiting, the log empty."""
        for step in Step:
            self._set_state(str(step), "waiting", "")
        self._pending.clear()
        self.log.clear()
        self.production_url = ""
        self.live_button.hide()
        self.resume_button.hide()
        self.afresh_button.hide()
        self.domains.clear()
        self.branch_choice.hide()
        if headline is not None:
            self.headline.setText(headline)
            self.cancel_button.setEnabled(True)
            self.cancel_button.setText("Cancel")

    def start_step(self, step: str, description: str) -> None:
        self._set_state(step, "running", description)
        self.headline.setText(description or STEP_LABELS.get(Step(step), step))

    def finish_step(self, step: str, summary: str) -> None:
        self._set_state(step, "done", summary)

    def append_log(self, text: str) -> None:
        self._pending.append(text)
        if not self._flush_timer.isActive():
            self._flush_timer.start()

    def flush_log(self) -> None:
        if not self._pending:
            return
        # Each build_log call is one line of the build (Vercel's events carry no newline).
        text = "\n".join(line.rstrip("\n") for line in self._pending)
        self._pending.clear()
        bar = self.log.verticalScrollBar()
        following = bar.value() >= bar.maximum() - 4
        self.log.appendPlainText(text)
        if following:
            bar.setValue(bar.maximum())

    def show_finished(self, production_url: str | None, committed: bool) -> None:
        self.flush_log()
        self._end_running("done")
        self.cancel_button.setEnabled(False)
        note = "" if committed else " Nothing had changed, so nothing was committed."
        if production_url:
            self.production_url = production_url
            self.live_button.show()
            self.headline.setText(f"Published: {production_url}.{note}")
        else:
            self.headline.setText(f"Published.{note}")

    def show_failed(self, sentence: str) -> None:
        self.flush_log()
        self._end_running("failed")
        self.cancel_button.setEnabled(False)
        self.headline.setText(sentence)

    def show_cancelled(self) -> None:
        self.flush_log()
        self._end_running("cancelled")
        self.cancel_button.setEnabled(False)
        self.headline.setText(
            "Publish cancelled. What was done is kept; publish again to continue from there."
        )

    def offer_resume(self, sentence: str = "") -> None:
        """A run of this app stopped midway (the window was closed or killed, or it failed)."""
        self.flush_log()
        self.cancel_button.setEnabled(False)
        self.headline.setText(
            (sentence or "The last publish of this app stopped midway.")
            + " Resume it: what was done (repository, commit, project, deployment) is reused, "
            "nothing is created twice."
        )
        self.resume_button.show()
        self.afresh_button.show()

    def offer_branch_choice(self, sentence: str, branch: str) -> None:
        """The run stopped because someone pushed to the branch: the user chooses how on."""
        self.show_failed(sentence)
        self.branch_choice.offer(branch)

    def copy_log(self) -> None:
        self.flush_log()
        QGuiApplication.clipboard().setText(self.log.toPlainText())

    # ----- internals -------------------------------------------------------------------------

    def _end_running(self, state: str) -> None:
        for step, current in list(self.states.items()):
            if current == "running":
                self._set_state(step, state, self._items[step].toolTip())

    def _set_state(self, step: str, state: str, detail: str) -> None:
        item = self._items.get(step)
        if item is None:  # a step this window does not know: show it rather than drop it
            item = self._items[step] = QListWidgetItem(self.steps)
        self.states[step] = state
        try:
            label = STEP_LABELS[Step(step)]
        except ValueError:
            label = step
        item.setText(f"{STATE_MARKS[state]}  {label}")
        item.setToolTip(detail)
        item.setForeground(QColor(STATE_COLOURS[state]))

    def _on_resume_clicked(self) -> None:
        self.resume_button.hide()
        self.afresh_button.hide()
        self.resume_requested.emit()

    def _on_afresh_clicked(self) -> None:
        self.resume_button.hide()
        self.afresh_button.hide()
        self.afresh_requested.emit()

    def _on_cancel_clicked(self) -> None:
        self.cancel_button.setEnabled(False)
        self.cancel_button.setText("Cancelling…")
        self.cancel_requested.emit()
