"""The card for what v0 waits for: each kind builds the answer the v2 resolve route takes."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from l4ydesk.clients.v0_agent import PendingTask, Question, TaskKind
from l4ydesk.ui.chat.task_card import V0TaskCard

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints"),
]

PERMISSION = {
    "type": "ALLOW_DYNAMIC_TOOL_STRICT",
    "toolName": "run_migration",
    "input": {"script": "scripts/001.sql"},
}


def card_for(qtbot: QtBot, task: PendingTask) -> tuple[V0TaskCard, list[dict[str, Any]]]:
    card = V0TaskCard()
    qtbot.addWidget(card)
    sent: list[dict[str, Any]] = []
    card.answered.connect(sent.append)
    card.show_task(task)
    return card, sent


def click(qtbot: QtBot, card: V0TaskCard, key: str) -> None:
    qtbot.mouseClick(card.action_buttons[key], Qt.MouseButton.LeftButton)


def test_a_plan_is_approved_or_sent_back_with_what_should_change(qtbot: QtBot) -> None:
    task = PendingTask(TaskKind.PLAN, "Three sections", plan="1. Hero\n2. Menu")
    card, sent = card_for(qtbot, task)

    click(qtbot, card, "changes")
    assert sent == [] and "Say what should change" in card.error_label.text()
    card.note.setText("Add a contact form")
    assert card.error_label.isHidden()
    click(qtbot, card, "changes")
    assert sent == [
        {"type": "plan-exit-response", "status": "request-changes", "content": "Add a contact form"}
    ]
    assert not card.action_buttons["approve"].isEnabled()  # once sent, not twice

    card.show_task(PendingTask(TaskKind.PLAN, "Again", plan="1. Hero"))
    click(qtbot, card, "approve")
    assert sent[-1] == {"type": "plan-exit-response", "status": "approved", "content": "Approved."}


def test_integrations_are_confirmed_with_env_vars_or_skipped(qtbot: QtBot) -> None:
    task = PendingTask(TaskKind.INTEGRATION, "Needs a database", integrations=("Neon",))
    card, sent = card_for(qtbot, task)
    card.note.setText("DATABASE_URL, POSTGRES_URL")
    click(qtbot, card, "done")
    assert sent == [
        {
            "type": "confirmed-steps",
            "connectedIntegrationNames": ["Neon"],
            "connectedMcpPresetNames": [],
            "addedEnvVars": ["DATABASE_URL", "POSTGRES_URL"],
        }
    ]
    card.show_task(PendingTask(TaskKind.INTEGRATION, "Again", integrations=("Neon",)))
    click(qtbot, card, "skip")
    assert sent[-1]["connectedIntegrationNames"] == []


def test_a_permission_passes_the_suggested_permissions_back_unchanged(qtbot: QtBot) -> None:
    task = PendingTask(
        TaskKind.PERMISSION, "v0 asks to run run_migration.", permissions=(PERMISSION,), tool="x"
    )
    card, sent = card_for(qtbot, task)
    card.note.setText("Only on the preview database")
    click(qtbot, card, "allow")
    assert sent == [
        {
            "type": "confirmed-permissions",
            "permissions": [PERMISSION],
            "userMessage": "Only on the preview database",
        }
    ]


def test_multi_select_questions_take_several_options(qtbot: QtBot) -> None:
    question = Question("q", "Which pages?", "Pages", True, (("Menu", ""), ("Contact", "")))
    card, sent = card_for(qtbot, PendingTask(TaskKind.QUESTIONS, "1 question", (question,)))
    card.choice("q", "Menu").setChecked(True)
    card.choice("q", "Contact").setChecked(True)
    click(qtbot, card, "send")
    assert sent[0]["answers"][0]["selectedLabels"] == ["Menu", "Contact"]
    card.clear()
    assert card.isHidden() and card.task is None
