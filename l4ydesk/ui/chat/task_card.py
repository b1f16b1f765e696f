"""The card for a v0 turn that waits for the user: v0's questions, its plan to approve, the
integrations or permission it asks for. The answer goes back and the turn goes on."""

from __future__ import annotations

import json
from html import escape
from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from l4ydesk.clients.v0_agent_models import PendingTask, TaskKind

SHOWN_INPUT = 400  # characters of a tool's input shown before it is cut

TITLES = {
    TaskKind.QUESTIONS: "v0 has a question before it goes on",
    TaskKind.PLAN: "v0 proposes a plan: approve it or ask for changes",
    TaskKind.INTEGRATION: "v0 needs an integration connected",
    TaskKind.PERMISSION: "v0 asks for permission to run a tool",
    TaskKind.CONNECT: "v0 needs a connector set up",
}


class V0TaskCard(QFrame):
    """Shows one `PendingTask` and builds its answer.

    Signals:
        answered(dict): the resolution to send (``task`` of v0's resolve route).
    """

    answered = Signal(dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("taskCard")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.task: PendingTask | None = None
        self.title = QLabel(self)
        self.title.setObjectName("cardTitle")
        self.title.setWordWrap(True)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setObjectName("usageLabel")
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #82071e;")
        self.error_label.hide()
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(12, 10, 12, 10)
        self._layout.setSpacing(6)
        self._layout.addWidget(self.title)
        self._layout.addWidget(self.summary)
        self._layout.addWidget(self.error_label)
        self._new_content()
        self.hide()

    # ----- public API ----------------------------------------------------------------------

    def show_task(self, task: PendingTask) -> None:
        if task == self.task and self.isVisible():
            return
        self.clear()
        self.task = task
        self.title.setText(TITLES[task.kind])
        self.summary.setText(task.summary)
        build = {
            TaskKind.QUESTIONS: self._build_questions,
            TaskKind.PLAN: self._build_plan,
            TaskKind.INTEGRATION: self._build_integration,
            TaskKind.PERMISSION: self._build_permission,
            TaskKind.CONNECT: self._build_connect,
        }[task.kind]
        build(task)
        self.show()

    def clear(self) -> None:
        self.task = None
        self._content.hide()
        self._content.deleteLater()
        self._new_content()
        self.error_label.hide()
        self.hide()

    def _new_content(self) -> None:
        # A fresh widget per task: every question, option and button of the last one goes.
        self._content = QWidget(self)
        self._body = QWidget(self._content)
        self._body_layout = QVBoxLayout(self._body)
        self._body_layout.setContentsMargins(0, 0, 0, 0)
        self._body_layout.setSpacing(6)
        self._buttons = QHBoxLayout()
        self._buttons.addStretch(1)
        column = QVBoxLayout(self._content)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self._body)
        column.addLayout(self._buttons)
        self._layout.insertWidget(2, self._content)
        self._choices: dict[str, list[QAbstractButton]] = {}
        self._groups: list[QButtonGroup] = []
        self.other: dict[str, QLineEdit] = {}
        self.note = QLineEdit(self._body)  # feedback, env var names or a note, by kind
        self.note.hide()
        self.action_buttons: dict[str, QPushButton] = {}

    def choice(self, question_id: str, label: str) -> QAbstractButton:
        return next(b for b in self._choices[question_id] if b.text() == label)

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        self._set_busy(False)

    # ----- building ------------------------------------------------------------------------

    def _build_questions(self, task: PendingTask) -> None:
        for question in task.questions:
            head = QLabel(f"<b>{_html(question.header)}</b> · {_html(question.text)}", self._body)
            head.setWordWrap(True)
            self._body_layout.addWidget(head)
            group = QButtonGroup(self._body)
            group.setExclusive(not question.multi)
            self._groups.append(group)
            buttons: list[QAbstractButton] = []
            for label, description in question.options:
                button: QAbstractButton = (
                    QCheckBox(label, self._body)
                    if question.multi
                    else QRadioButton(label, self._body)
                )
                button.setToolTip(description)
                button.toggled.connect(self.error_label.hide)
                group.addButton(button)
                buttons.append(button)
                self._body_layout.addWidget(button)
                if description:
                    hint = QLabel(description, self._body)
                    hint.setObjectName("usageLabel")
                    hint.setContentsMargins(22, 0, 0, 0)
                    self._body_layout.addWidget(hint)
            self._choices[question.id] = buttons
            other = QLineEdit(self._body)
            other.setPlaceholderText("Or say it in your own words…")
            other.textChanged.connect(self.error_label.hide)
            self.other[question.id] = other
            self._body_layout.addWidget(other)
        self._action("send", "Send Answer", self._send_answers)

    def _build_plan(self, task: PendingTask) -> None:
        plan = QLabel(self._body)
        plan.setTextFormat(Qt.TextFormat.MarkdownText)
        plan.setWordWrap(True)
        plan.setText(task.plan)
        plan.setObjectName("planText")
        self._body_layout.addWidget(plan)
        self._note("What should change? (needed to ask for changes)")
        self._action("approve", "Approve Plan", lambda: self._emit(task.review_plan(True)))
        self._action("changes", "Ask for Changes", self._ask_changes)

    def _build_integration(self, task: PendingTask) -> None:
        names = [*task.integrations, *task.presets]
        listed = QLabel(
            "Connect " + ", ".join(names) + " in your Vercel project, then tell v0.", self._body
        )
        listed.setWordWrap(True)
        self._body_layout.addWidget(listed)
        self._note("Environment variables you added (comma-separated, optional)")
        self._action(
            "done",
            "I Connected Them",
            lambda: self._emit(task.confirm_steps(True, self._env_vars())),
        )
        self._action("skip", "Skip", lambda: self._emit(task.confirm_steps(False)))

    def _build_permission(self, task: PendingTask) -> None:
        shown = [p.get("input") for p in task.permissions if p.get("input") is not None]
        text = json.dumps(shown[0], indent=1) if shown else ""
        if len(text) > SHOWN_INPUT:
            text = text[:SHOWN_INPUT] + "…"
        what = QLabel(f"Tool: <b>{_html(task.tool)}</b>", self._body)
        self._body_layout.addWidget(what)
        if text:
            detail = QLabel(text, self._body)
            detail.setObjectName("planText")
            detail.setWordWrap(True)
            detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._body_layout.addWidget(detail)
        refuse = QLabel("To refuse, press Stop.", self._body)
        refuse.setObjectName("usageLabel")
        self._body_layout.addWidget(refuse)
        self._note("A note for v0 (optional)")
        self._action("allow", "Allow", lambda: self._emit(task.grant(self.note.text())))

    def _build_connect(self, task: PendingTask) -> None:
        self._action(
            "open", "Open Setup Page", lambda: QDesktopServices.openUrl(QUrl(task.setup_url))
        )
        self._action("done", "Setup Is Done", lambda: self._emit(task.connected()))

    def _note(self, placeholder: str) -> None:
        self.note.setPlaceholderText(placeholder)
        self.note.textChanged.connect(self.error_label.hide)
        self._body_layout.addWidget(self.note)
        self.note.show()

    def _action(self, key: str, text: str, slot: Any) -> None:
        button = QPushButton(text, self._content)
        button.clicked.connect(slot)
        self.action_buttons[key] = button
        self._buttons.addWidget(button)

    # ----- answering -----------------------------------------------------------------------

    def _send_answers(self) -> None:
        assert self.task is not None
        chosen = {
            qid: [b.text() for b in buttons if b.isChecked()]
            for qid, buttons in self._choices.items()
        }
        other = {qid: field.text() for qid, field in self.other.items()}
        missing = [
            q.header for q in self.task.questions if not chosen[q.id] and not other[q.id].strip()
        ]
        if missing:
            self.show_error(f"Choose an answer for: {', '.join(missing)}.")
            return
        self._emit(self.task.answer_questions(chosen, other))

    def _ask_changes(self) -> None:
        assert self.task is not None
        if not self.note.text().strip():
            self.show_error("Say what should change in the plan, then ask again.")
            return
        self._emit(self.task.review_plan(False, self.note.text()))

    def _env_vars(self) -> list[str]:
        return [n.strip() for n in self.note.text().split(",") if n.strip()]

    def _emit(self, resolution: dict[str, Any]) -> None:
        self.error_label.hide()
        self._set_busy(True)
        self.answered.emit(resolution)

    def _set_busy(self, busy: bool) -> None:
        for button in self.action_buttons.values():
            button.setEnabled(not busy)


def _html(text: str) -> str:
    return escape(text)
