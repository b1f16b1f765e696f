"""What the window shows before there is anything to edit: clear next steps, never a blank."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


class WelcomePage(QWidget):
    """Shown when no app is open.

    Signals:
        create_app_requested(): the user wants a new, empty app.
        open_sample_requested(): the user wants to try the bundled sample app.
        import_requested(): the user wants a new app from a folder or zip on disk.
    """

    create_app_requested = Signal()
    open_sample_requested = Signal()
    import_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel("<h1>Welcome to l4ydesk</h1>", self)
        intro = QLabel(
            "Build an app, connect it to your business records, and publish it.<br>"
            "Start with the sample app to try everything without an account.",
            self,
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        for label in (title, intro):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(label)
        for text, signal in (
            ("Open the Sample App", self.open_sample_requested),
            ("Create an Empty App…", self.create_app_requested),
            ("New App from a Folder or Zip…", self.import_requested),
        ):
            button = QPushButton(text, self)
            button.setMinimumWidth(280)
            button.setMinimumHeight(34)
            button.clicked.connect(signal.emit)
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)


class NoFileOpenPage(QLabel):
    """Shown in the editor area when an app is open but no file is."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            "<p style='font-size:15px'>Open a file from the explorer on the left.</p>"
            "<p style='color:#7f8c8d'>Ctrl+N creates a file · Ctrl+O imports a folder or zip · "
            "Ctrl+S saves a new revision</p>",
            parent,
        )
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
