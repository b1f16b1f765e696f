"""Settings → Preferences…: Node.js for the local preview, default models, preview device,
how often linked calendars sync.

Typed (`l4ydesk.preferences.Preferences`) and kept in `preferences.json` in the config folder,
not in the window layout. Save applies them at once (`preferences_changed`); Cancel drops the
edits; a Node.js path that does not exist is refused with a sentence and nothing is saved.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from l4ydesk.preferences import (
    DEFAULT_AI_MODEL,
    MAX_CALENDAR_SYNC_MINUTES,
    V0_MODELS,
    Preferences,
    PreferencesStore,
    PreviewDevice,
)

# Where the built-in AI's default model used to be kept (the window layout file).
LEGACY_MODEL_KEY = "ai/default_model"
_HINT = "color: #6e7781;"
_ERROR_STYLE = (
    "QLabel { background: #ffebe9; color: #82071e; border: 1px solid #ff818266;"
    " border-radius: 6px; padding: 8px 10px; }"
)
_DEVICE_LABELS = {
    PreviewDevice.DESKTOP: "Desktop (fill the panel)",
    PreviewDevice.TABLET: "Tablet (768 × 1024)",
    PreviewDevice.PHONE: "Phone (390 × 844)",
}


def adopt_legacy_model(layout: QSettings, store: PreferencesStore) -> None:
    """Move a default model saved by an older l4ydesk in window.ini into the preferences."""
    value = layout.value(LEGACY_MODEL_KEY, "")
    if isinstance(value, str) and value.strip() and not store.get().ai_model:
        store.save(replace(store.get(), ai_model=value.strip()))
    if layout.contains(LEGACY_MODEL_KEY):
        layout.remove(LEGACY_MODEL_KEY)
        layout.sync()


class PreferencesDialog(QDialog):
    """Edits `Preferences`. Open it with `open()`, never `exec()` (the window runs on qasync).

    Signals:
        preferences_changed(object): Save stored new `Preferences`.
    """

    preferences_changed = Signal(object)

    def __init__(
        self, store: PreferencesStore, env_node: Path | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._store = store
        self.setWindowTitle("Preferences")
        self.setMinimumWidth(560)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(_ERROR_STYLE)
        self.error_label.hide()

        preview_box = QGroupBox("Local preview", self)
        preview_form = QFormLayout(preview_box)
        self.node_field = QLineEdit(self)
        self.node_field.setPlaceholderText("The Node.js that comes with l4ydesk")
        self.node_field.setAccessibleName("Node.js")
        self.browse_button = QPushButton("Browse…", self)
        self.browse_button.clicked.connect(self._browse)
        node_line = QHBoxLayout()
        node_line.addWidget(self.node_field, 1)
        node_line.addWidget(self.browse_button)
        preview_form.addRow("Node.js:", node_line)
        self.env_note = QLabel(self)
        self.env_note.setWordWrap(True)
        self.env_note.setStyleSheet(_HINT)
        self.env_note.setVisible(env_node is not None)
        if env_node is not None:
            self.env_note.setText(
                f"L4YDESK_NODE is set ({env_node}): it is used instead while it is set."
            )
        preview_form.addRow("", self.env_note)
        self.device_combo = QComboBox(self)
        for device in PreviewDevice:
            self.device_combo.addItem(_DEVICE_LABELS[device], device)
        preview_form.addRow("Preview device:", self.device_combo)

        models_box = QGroupBox("Default models", self)
        models_form = QFormLayout(models_box)
        self.ai_model_field = QLineEdit(self)
        self.ai_model_field.setPlaceholderText(DEFAULT_AI_MODEL)
        self.ai_model_field.setAccessibleName("Built-in AI model")
        models_form.addRow("Built-in AI:", self.ai_model_field)
        ai_hint = QLabel(
            f"An OpenRouter model id, such as openai/gpt-4o. Leave it empty for "
            f"{DEFAULT_AI_MODEL}, which picks a model for each request.",
            self,
        )
        ai_hint.setWordWrap(True)
        ai_hint.setStyleSheet(_HINT)
        models_form.addRow("", ai_hint)
        self.v0_model_combo = QComboBox(self)
        self.v0_model_combo.setEditable(True)
        self.v0_model_combo.addItem("")
        self.v0_model_combo.addItems(V0_MODELS)
        v0_edit = self.v0_model_combo.lineEdit()
        if v0_edit is not None:
            v0_edit.setPlaceholderText("v0's own default")
        models_form.addRow("v0:", self.v0_model_combo)

        calendars_box = QGroupBox("Linked calendars", self)
        calendars_form = QFormLayout(calendars_box)
        self.sync_minutes = QSpinBox(self)
        self.sync_minutes.setRange(0, MAX_CALENDAR_SYNC_MINUTES)
        self.sync_minutes.setSuffix(" min")
        self.sync_minutes.setSpecialValueText("Only when I press Sync now")
        self.sync_minutes.setAccessibleName("Sync linked calendars every")
        self.sync_minutes.setMinimumWidth(220)
        sync_line = QHBoxLayout()
        sync_line.addWidget(self.sync_minutes)
        sync_line.addStretch(1)
        calendars_form.addRow("Sync every:", sync_line)
        sync_hint = QLabel(
            "While the window is open. Without it, “l4ydesk sync” run from cron does the same.",
            self,
        )
        sync_hint.setWordWrap(True)
        sync_hint.setStyleSheet(_HINT)
        calendars_form.addRow("", sync_hint)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.error_label)
        layout.addWidget(preview_box)
        layout.addWidget(models_box)
        layout.addWidget(calendars_box)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.refresh()

    def open(self) -> None:
        self.refresh()
        super().open()

    def refresh(self) -> None:
        """Show the stored preferences; drops unsaved edits."""
        prefs = self._store.get()
        self.error_label.hide()
        self.node_field.setText(str(prefs.node_path) if prefs.node_path else "")
        self.device_combo.setCurrentIndex(self.device_combo.findData(prefs.preview_device))
        self.ai_model_field.setText(prefs.ai_model)
        self.v0_model_combo.setCurrentText(prefs.v0_model)
        self.sync_minutes.setValue(prefs.calendar_sync_minutes)

    def edited(self) -> Preferences:
        """The preferences as filled in (not yet validated or saved)."""
        node = self.node_field.text().strip()
        return Preferences(
            node_path=Path(node).expanduser() if node else None,
            ai_model=self.ai_model_field.text().strip(),
            v0_model=self.v0_model_combo.currentText().strip(),
            preview_device=PreviewDevice(self.device_combo.currentData()),
            calendar_sync_minutes=self.sync_minutes.value(),
        )

    def save(self) -> None:
        prefs = self.edited()
        if prefs.node_path is not None and not prefs.node_path.exists():
            self.error_label.setText(
                f"There is no Node.js at {prefs.node_path}. Choose the node program or its "
                "folder, or leave the field empty to use the one that comes with l4ydesk."
            )
            self.error_label.show()
            return
        try:
            self._store.save(prefs)
        except OSError as exc:
            self.error_label.setText(
                f"The preferences could not be saved: {exc.strerror or exc}. Nothing changed."
            )
            self.error_label.show()
            return
        self.preferences_changed.emit(prefs)
        self.accept()

    def _browse(self) -> None:
        dialog = QFileDialog(self, "Choose the node program")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(self.node_field.setText)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
