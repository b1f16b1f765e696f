"""Settings → Preferences…: typed values saved to their own file and applied to the window."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from l4ydesk.app import Services
from l4ydesk.preferences import DEFAULT_AI_MODEL, Preferences, PreferencesStore, PreviewDevice
from l4ydesk.ui.calendar import CalendarFeature
from l4ydesk.ui.main_window import MainWindow
from l4ydesk.ui.preferences_dialog import LEGACY_MODEL_KEY, PreferencesDialog, adopt_legacy_model
from l4ydesk.ui.preview.sources import PHONE, TABLET
from l4ydesk.ui.window.features import ChatFeature, PreferencesFeature, PreviewFeature
from tests.conftest import wait_until
from tests.gui.windows import shown_window

Run = Callable[[Any], Any]
# What the offscreen platform and QtWebEngine say on these machines; not about our code.
ENVIRONMENT_WARNINGS = (
    r"QRhiGles2: Failed to create",
    r"Failed to create RHI",
    r"GPUInfo not initialized",
    r"This plugin does not support propagateSizeHints",
)
pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore(*ENVIRONMENT_WARNINGS),
]


def _save(dialog: PreferencesDialog) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert button is not None
    button.click()


def test_saving_stores_typed_preferences(qtbot: QtBot, tmp_path: Path) -> None:
    store = PreferencesStore.in_config_dir(tmp_path)
    node = tmp_path / "node"
    node.write_text("#!/bin/sh\n")
    dialog = PreferencesDialog(store, None)
    qtbot.addWidget(dialog)
    dialog.open()
    assert not dialog.env_note.isVisible()
    assert dialog.ai_model_field.placeholderText() == DEFAULT_AI_MODEL
    dialog.node_field.setText(str(node))
    dialog.ai_model_field.setText("  anthropic/claude-sonnet-4 ")
    dialog.v0_model_combo.setCurrentText("v0-1.5-lg")
    dialog.device_combo.setCurrentIndex(dialog.device_combo.findData(PreviewDevice.TABLET))
    assert dialog.sync_minutes.value() == 15
    dialog.sync_minutes.setValue(0)
    assert dialog.sync_minutes.text() == "Only when I press Sync now"
    with qtbot.waitSignal(dialog.preferences_changed) as saved:
        _save(dialog)
    expected = Preferences(node, "anthropic/claude-sonnet-4", "v0-1.5-lg", PreviewDevice.TABLET, 0)
    assert saved.args == [expected]
    assert PreferencesStore.in_config_dir(tmp_path).get() == expected
    assert not dialog.isVisible()


def test_a_node_path_that_does_not_exist_is_refused(qtbot: QtBot, tmp_path: Path) -> None:
    store = PreferencesStore.in_config_dir(tmp_path)
    dialog = PreferencesDialog(store, tmp_path / "from-env")
    qtbot.addWidget(dialog)
    dialog.open()
    assert "L4YDESK_NODE is set" in dialog.env_note.text()
    dialog.node_field.setText(str(tmp_path / "no-such-node"))
    with qtbot.assertNotEmitted(dialog.preferences_changed):
        _save(dialog)
    assert dialog.isVisible()
    assert "There is no Node.js at" in dialog.error_label.text()
    assert not store.exists


def test_a_model_kept_in_the_window_layout_moves_to_the_preferences(tmp_path: Path) -> None:
    layout = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    layout.setValue(LEGACY_MODEL_KEY, "openai/gpt-4o")
    store = PreferencesStore.in_config_dir(tmp_path)
    adopt_legacy_model(layout, store)
    assert store.get().ai_model == "openai/gpt-4o"
    assert not layout.contains(LEGACY_MODEL_KEY)
    assert PreferencesStore.in_config_dir(tmp_path).get().ai_model == "openai/gpt-4o"


@pytest.fixture
def window(services: Services, qtbot: Any, arun: Run) -> Iterator[MainWindow]:
    services.preferences.save(Preferences(preview_device=PreviewDevice.PHONE))
    with shown_window(services, qtbot, arun) as win:
        yield win


def test_the_window_opens_with_the_preferences_and_applies_new_ones(
    window: MainWindow, qtbot: QtBot
) -> None:
    preview = window.feature(PreviewFeature).panel
    assert preview.device == PHONE
    chat = window.feature(ChatFeature).panel
    assert chat._memory.default_model() == DEFAULT_AI_MODEL
    window.action("preferences").trigger()
    dialog = window.feature(PreferencesFeature).dialog
    assert dialog is not None
    wait_until(qtbot, dialog.isVisible, may_hold=True)  # shown by the action, maybe at once
    dialog.device_combo.setCurrentIndex(dialog.device_combo.findData(PreviewDevice.TABLET))
    dialog.ai_model_field.setText("openai/gpt-4o")
    auto_sync = window.feature(CalendarFeature).auto_sync
    assert auto_sync.minutes == 15 and auto_sync.active  # linked calendars sync on a timer
    dialog.sync_minutes.setValue(0)
    _save(dialog)
    assert auto_sync.minutes == 0 and not auto_sync.active
    assert preview.device == TABLET
    assert chat._memory.default_model() == "openai/gpt-4o"
    assert chat.composer.model() == "openai/gpt-4o"
