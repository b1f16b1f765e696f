"""The dialog for one app's preview environment variables (Supabase URL and keys, …).

One row per variable the app's code or .env.example reads (and any stored before). Public ones
(`NEXT_PUBLIC_`) are shown as typed, since the page shows them to its visitors anyway; secret-
looking ones are never read back into a widget: the row says a value is stored, typing replaces
it, Remove clears it. Save returns the values; the caller stores them in the keyring.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from l4ydesk.core.preview.app_env import EnvVar, PreviewEnvError, check_values, placeholder_value

_ERROR_STYLE = (
    "QLabel { background: #ffebe9; color: #82071e; border: 1px solid #ff818266;"
    " border-radius: 6px; padding: 8px 10px; }"
)
_WHERE_STYLE = "color: #6e7781; font-size: 11px;"


class PreviewEnvDialog(QDialog):
    """Edit the preview variables of one app; `values()` after Save is what to store."""

    def __init__(
        self,
        app_name: str,
        variables: Sequence[EnvVar],
        stored: Mapping[str, str],
        missing: Sequence[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Preview environment of {app_name}")
        self.setMinimumWidth(640)
        self._stored = dict(stored)
        self._removed: set[str] = set()
        self._edits: dict[str, QLineEdit] = {}
        self._secret: set[str] = set()
        known = {var.name: var for var in variables}
        for name in stored:
            known.setdefault(name, EnvVar(name, ()))

        layout = QVBoxLayout(self)
        intro = QLabel(
            "The app reads these variables. Their values are kept in your keyring and given "
            "only to this app's local preview; NEXT_PUBLIC_ values are built into the page, "
            "so anyone who sees it can read them. Leave a value empty to leave it unset."
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        # Names run long (NEXT_PUBLIC_SUPABASE_PUBLISHABLE_DEFAULT_KEY): each field gets the
        # dialog's whole width under its name.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.setVerticalSpacing(4)
        for name in sorted(known, key=lambda n: (n not in missing, n)):
            form.addRow(self._label(known[name], name in missing), self._row(known[name]))
        layout.addLayout(form)
        self.fill = QPushButton("Fill empty ones with placeholders")
        self.fill.setObjectName("fill-placeholders")
        self.fill.setToolTip(
            "Lets the pages render for clicking and connecting without the real services "
            "(a URL that never resolves, a word for keys): calls to those services fail, so "
            "their data stays empty. Replace them with real values when you have them."
        )
        self.fill.clicked.connect(self.fill_placeholders)
        layout.addWidget(self.fill, 0, Qt.AlignmentFlag.AlignLeft)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(_ERROR_STYLE)
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText("Save and restart the preview")
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _label(self, var: EnvVar, missing: bool) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        needed = " <span style='color:#cf222e'>needed</span>" if missing else ""
        where = ""
        if var.files:
            more = f" and {len(var.files) - 1} more" if len(var.files) > 1 else ""
            where = f" <span style='{_WHERE_STYLE}'>read in {escape(var.files[0])}{more}</span>"
        name = QLabel(f"<b>{var.name}</b>{needed}{where}")
        name.setTextFormat(Qt.TextFormat.RichText)
        column.addWidget(name)
        return box

    def _row(self, var: EnvVar) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        edit = QLineEdit()
        edit.setObjectName(f"env-{var.name}")
        edit.setClearButtonEnabled(True)
        self._edits[var.name] = edit
        row.addWidget(edit, 1)
        stored = var.name in self._stored
        if var.looks_secret:
            self._secret.add(var.name)
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setPlaceholderText("stored: type to replace" if stored else "not set")
            if stored:
                remove = QToolButton()
                remove.setText("Remove")
                remove.setObjectName(f"remove-{var.name}")
                remove.setCheckable(True)
                remove.toggled.connect(lambda on, n=var.name: self._toggle_removed(n, on))
                row.addWidget(remove)
        else:
            edit.setText(self._stored.get(var.name, ""))
            edit.setPlaceholderText("not set")
        return box

    def fill_placeholders(self) -> None:
        """Each empty variable that has no stored value gets a placeholder of its shape; typed
        and stored values stay as they are (undo with Cancel, or clear a field)."""
        for name, edit in self._edits.items():
            # a removed variable stays unset: the user asked for that
            if not edit.text() and name not in self._stored and name not in self._removed:
                edit.setText(placeholder_value(name))

    def _toggle_removed(self, name: str, on: bool) -> None:
        if on:
            self._removed.add(name)
            self._edits[name].clear()
        else:
            self._removed.discard(name)
        self._edits[name].setEnabled(not on)

    def values(self) -> dict[str, str]:
        """Every value to store: typed ones, and stored secrets left as they were."""
        values: dict[str, str] = {}
        for name, edit in self._edits.items():
            typed = edit.text()
            if name in self._secret and not typed and name not in self._removed:
                typed = self._stored.get(name, "")
            values[name] = typed
        return check_values(values)

    def _save(self) -> None:
        try:
            self.values()
        except PreviewEnvError as error:
            self.error.setText(str(error))
            self.error.show()
            return
        self.accept()
