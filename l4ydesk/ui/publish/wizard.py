"""The publish wizard: one dialog, a page per question, saved as the user answers.

It is a view over a `PublishConfig`: the feature loads the saved answers (in the worker) and
gives them with the page to start on; every edit is reported (`config_changed`, debounced) and
every page move too (`page_changed`), so closing at any point and reopening restores both.
Enter goes Next (Publish on the last page), Esc cancels; Next stays put and says why when a
page's answers are not usable.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from l4ydesk.core.publish.config import PublishConfig
from l4ydesk.ui.publish.domains_page import DomainsPage
from l4ydesk.ui.publish.review_page import ReviewPage
from l4ydesk.ui.publish.wizard_pages import (
    AppPage,
    CategoriesPage,
    EnvironmentPage,
    PaymentsPage,
    TargetPage,
    VisitorsPage,
    WizardPage,
)

SAVE_DELAY_MS = 300
ERROR_STYLE = (
    "QLabel { background: #ffebe9; color: #82071e; border: 1px solid #ff818266;"
    " border-radius: 6px; padding: 6px 10px; }"
)


class PublishWizard(QDialog):
    """Asks what publishing needs. Open with `open()`, never `exec()` (qasync).

    Signals:
        config_changed(object): the answers changed (a PublishConfig); save them.
        page_changed(int): the page now shown; remember it.
        review_requested(object): the review page needs the diff for this PublishConfig.
        publish_requested(object): the user confirmed; publish this PublishConfig.
        upgrade_requested(str): open the store's plans (custom domains need a larger plan).
    """

    config_changed = Signal(object)
    page_changed = Signal(int)
    review_requested = Signal(object)
    publish_requested = Signal(object)
    upgrade_requested = Signal(str)

    def __init__(
        self,
        config: PublishConfig,
        connected: frozenset[str],
        checkouts: Sequence[tuple[int, str]],
        page: int = 0,
        parent: QWidget | None = None,
        domains_allowed: int | None = 0,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("publishWizard")
        self.setWindowTitle(f"Publish {config.name}".strip())
        self.resize(760, 600)
        self.config = config
        self.review = ReviewPage(self)
        self.domains = DomainsPage(domains_allowed, self)
        self.domains.upgrade_requested.connect(self.upgrade_requested)
        self.pages: list[WizardPage] = [
            AppPage(self),
            CategoriesPage(connected, self),
            VisitorsPage(self),
            PaymentsPage(checkouts, self),
            TargetPage(self),
            self.domains,
            EnvironmentPage(self),
            self.review,
        ]
        self.heading = QLabel(self)
        self.heading.setObjectName("wizardHeading")
        self.heading.setStyleSheet("font-size: 16px; font-weight: 600;")
        self.error = QLabel(self)
        self.error.setObjectName("wizardError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.stack = QStackedWidget(self)
        for wizard_page in self.pages:
            wizard_page.load(config)
            wizard_page.edited.connect(self._on_page_edited)
            self.stack.addWidget(wizard_page)
        self.back_button = QPushButton("&Back", self)
        self.back_button.clicked.connect(self.back)
        self.next_button = QPushButton("Next", self)
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self.next)
        self.cancel_button = QPushButton("Cancel", self)
        self.cancel_button.setToolTip("Close; your answers are kept for next time")
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.error)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.flush)
        self.finished.connect(lambda _result: self.flush())
        self._show(max(0, min(page, len(self.pages) - 1)))

    # ----- navigation ------------------------------------------------------------------------

    @property
    def index(self) -> int:
        return self.stack.currentIndex()

    def current_page(self) -> WizardPage:
        page = self.stack.currentWidget()
        assert isinstance(page, WizardPage)
        return page

    def next(self) -> None:
        page = self.current_page()
        self.config = page.apply(self.config)
        problem = page.problem(self.config)
        if problem is not None:
            self._say(problem)
            return
        self.flush()
        if self.index == len(self.pages) - 1:
            self.publish_requested.emit(self.config)
            self.accept()
            return
        self._show(self.index + 1)

    def back(self) -> None:
        if self.index > 0:
            self.config = self.current_page().apply(self.config)
            self.flush()
            self._show(self.index - 1)

    def _show(self, index: int) -> None:
        self._say(None)
        self.stack.setCurrentIndex(index)
        page = self.current_page()
        page.load(self.config)  # answers of other pages may shape this one (scopes, summary)
        last = index == len(self.pages) - 1
        self.heading.setText(f"Step {index + 1} of {len(self.pages)}: {page.title}")
        self.back_button.setEnabled(index > 0)
        self.next_button.setText("Publish" if last else "Next")
        self.page_changed.emit(index)
        if page is self.review:
            self._request_review()

    def open(self) -> None:
        """Show the wizard (window-modal, no nested loop); a review page asks for its diff."""
        super().open()
        if self.current_page() is self.review and not self.review.ready:
            self._request_review()  # on reopen: the signals are connected only now

    def _request_review(self) -> None:
        self.review.show_preparing()
        self.review_requested.emit(self.config)

    # ----- answers ---------------------------------------------------------------------------

    def flush(self) -> None:
        """Report the answers now (normally SAVE_DELAY_MS after the last edit)."""
        self._save_timer.stop()
        self.config_changed.emit(self.config)

    def _on_page_edited(self) -> None:
        page = self.sender()
        if isinstance(page, WizardPage) and page is self.stack.currentWidget():
            self.config = page.apply(self.config)
            self._say(None)
            self._save_timer.start()

    def _say(self, sentence: str | None) -> None:
        self.error.setText(sentence or "")
        self.error.setVisible(sentence is not None)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.flush()
        super().closeEvent(event)
