"""Linked calendars of one resource: link a CalDAV calendar, sync now, see the last sync.

A view over `core.calendar_sync.CalendarSync`: network I/O is async on the event loop and every
store step runs in the store worker through `Op`, so the window never waits on either. The
password goes from the field straight to the keyring (the use case keeps it there) and the
field is cleared at once; it is never shown, stored elsewhere or logged.

Signals:
    synced(): a sync finished (the resource's busy time and bookings' events may have changed).
    message_shown(str): a sentence was shown in the dialog's message line.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any, TypeVar

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QBrush, QColor, QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from l4ydesk.clients.errors import RemoteError
from l4ydesk.core.calendar.model import ResourceInfo
from l4ydesk.core.calendar_sync.engine import CalendarSync, SyncReport
from l4ydesk.core.calendar_sync.links import LinkInfo
from l4ydesk.core.errors import L4yError
from l4ydesk.secrets import SecretStoreUnavailable
from l4ydesk.ui.tasks import TaskRunner, describe_error
from l4ydesk.ui.window.ops import Op

T = TypeVar("T")
_ERROR = QColor("#b00020")
_EXPECTED = (L4yError, SecretStoreUnavailable, RemoteError)
# Signs in to Google in the browser it is given; the refresh token (app_sync.google_sign_in).
GoogleSignIn = Callable[[Callable[[str], object]], Awaitable[str]]
# Signs in to Microsoft, showing the device code it is given; the refresh token.
MicrosoftSignIn = Callable[[Callable[[Any], object]], Awaitable[str]]


def system_browser(url: str) -> None:
    QDesktopServices.openUrl(QUrl(url))


def describe_link(link: LinkInfo, now: datetime) -> tuple[str, str]:
    """Two lines for the list: what is linked, then the last sync and its outcome."""
    head = f"{link.provider_name}: {link.calendar_url}  ({link.account})"
    if link.last_sync_at is None:
        return head, "Not synced yet."
    minutes = max(0, int((now - link.last_sync_at).total_seconds() // 60))
    ago = "just now" if minutes < 1 else f"{minutes} min ago" if minutes < 120 else ""
    when = link.last_sync_at.astimezone().strftime("%d %b %H:%M")
    said = f"Last sync {when}{f' ({ago})' if ago else ''}: "
    return head, said + (link.last_error or "up to date.")


class CalendarSyncDialog(QDialog):
    synced = Signal()
    message_shown = Signal(str)

    def __init__(
        self,
        sync: CalendarSync,
        tasks: TaskRunner,
        parent: QWidget | None = None,
        google_sign_in: GoogleSignIn | None = None,
        open_browser: Callable[[str], object] = system_browser,
        microsoft_sign_in: MicrosoftSignIn | None = None,
    ) -> None:
        super().__init__(parent)
        self.sync, self.tasks = sync, tasks
        self._google_sign_in, self._open_browser = google_sign_in, open_browser
        self._microsoft_sign_in = microsoft_sign_in
        self.resource: ResourceInfo | None = None
        self.links: list[LinkInfo] = []
        self.setMinimumWidth(560)
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list.setSpacing(3)
        self.list.setAccessibleName("Linked calendars")
        self.sync_button = QPushButton("Sync now", self)
        self.unlink_button = QPushButton("Unlink", self)
        self.url = QLineEdit(self)
        self.url.setPlaceholderText("https://cal.example.com/dav/calendars/lee/work/")
        self.user = QLineEdit(self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText("kept in the system keyring only")
        self.link_button = QPushButton("Link calendar", self)
        self.google_button = QPushButton("Sign in with Google…", self)
        self.google_button.setVisible(google_sign_in is not None)
        self.microsoft_button = QPushButton("Sign in with Microsoft…", self)
        self.microsoft_button.setVisible(microsoft_sign_in is not None)
        self.message = QLabel("", self)
        self.message.setWordWrap(True)
        self._layout()
        self.sync_button.clicked.connect(self.sync_selected)
        self.unlink_button.clicked.connect(self.unlink_selected)
        self.link_button.clicked.connect(self.link_calendar)
        self.google_button.clicked.connect(self.link_google)
        self.microsoft_button.clicked.connect(self.link_microsoft)
        self.list.currentRowChanged.connect(lambda _row: self._enable())

    def _layout(self) -> None:
        layout = QVBoxLayout(self)
        intro = QLabel(
            "Busy time in a linked calendar keeps those slots free of bookings; "
            "this resource's bookings are written to it.",
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        row.addWidget(self.sync_button)
        row.addWidget(self.unlink_button)
        row.addStretch(1)
        layout.addLayout(row)
        box = QGroupBox("Link a CalDAV calendar (Nextcloud, Fastmail, iCloud, Radicale…)", self)
        form = QFormLayout(box)
        form.addRow("Calendar URL", self.url)
        form.addRow("User name", self.user)
        form.addRow("Password", self.password)
        form.addRow("", self.link_button)
        layout.addWidget(box)
        google = QHBoxLayout()
        label = QLabel("Or link your primary calendar at:", self)
        label.setVisible(self._google_sign_in is not None or self._microsoft_sign_in is not None)
        google.addWidget(label)
        google.addWidget(self.google_button)
        google.addWidget(self.microsoft_button)
        google.addStretch(1)
        layout.addLayout(google)  # Google and Microsoft 365
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    # ----- state -----------------------------------------------------------------------------

    def show_for(self, resource: ResourceInfo) -> None:
        """Show the linked calendars of `resource` (the dialog is reused across resources)."""
        if self.resource is None or self.resource.resource_id != resource.resource_id:
            self.url.clear()
            self.user.clear()
            self.say("")
        self.resource = resource
        self.setWindowTitle(f"Linked calendars of {resource.name}")
        self.reload()
        self.open()

    def say(self, sentence: str) -> None:
        self.message.setText(sentence)
        if sentence:
            self.message_shown.emit(sentence)

    def reload(self) -> None:
        if self.resource is not None:
            self.tasks.start(self._reload(self.resource.resource_id), "linked calendars")

    async def _reload(self, resource_id: int) -> None:
        links = await self._db(self.sync.links.all, resource_id)
        if self.resource is not None and self.resource.resource_id == resource_id:
            self._show(links)

    def _show(self, links: list[LinkInfo]) -> None:
        row = max(0, self.list.currentRow())
        self.links = links
        self.list.clear()
        now = datetime.now().astimezone()
        for link in links:
            head, state = describe_link(link, now)
            item = QListWidgetItem(f"{head}\n{state}")
            item.setToolTip(state)
            if link.last_error:
                item.setForeground(QBrush(_ERROR))
            self.list.addItem(item)
        if links:
            self.list.setCurrentRow(min(row, len(links) - 1))
        else:
            self.list.addItem(QListWidgetItem("No calendar is linked yet."))
            self.list.item(0).setFlags(Qt.ItemFlag.NoItemFlags)
        self._enable()

    def _selected(self) -> LinkInfo | None:
        row = self.list.currentRow()
        return self.links[row] if 0 <= row < len(self.links) else None

    def _enable(self, busy: bool = False) -> None:
        chosen = self._selected() is not None
        self.sync_button.setEnabled(chosen and not busy)
        self.unlink_button.setEnabled(chosen and not busy)
        self.link_button.setEnabled(not busy)
        self.google_button.setEnabled(not busy)
        self.microsoft_button.setEnabled(not busy)

    def _db(self, func: Callable[..., T], *args: Any) -> Any:
        return Op(self.tasks, "calendar sync", func, *args).run()

    # ----- actions ---------------------------------------------------------------------------

    def link_calendar(self) -> None:
        url, user, password = (
            self.url.text().strip(),
            self.user.text().strip(),
            self.password.text(),
        )
        self.password.clear()
        if self.resource is None:
            return
        if not url or not user or not password:
            self.say("Give the calendar's URL, your user name and password to link it.")
            return
        self.say(f"Checking {url}…")
        self._enable(busy=True)
        self.tasks.start(self._link(self.resource.resource_id, url, user, password), "link")

    async def _link(self, resource_id: int, url: str, user: str, password: str) -> None:
        try:
            info, name = await self.sync.link(resource_id, "caldav", url, user, password, self._db)
        except _EXPECTED as exc:
            self.say(describe_error(exc))
            self._enable()
            return
        self.url.clear()
        self.say(f"Linked “{name}”. Syncing…")
        await self._sync(info.link_id)

    def link_google(self) -> None:
        if self.resource is None or self._google_sign_in is None:
            return
        self.say("Sign in to Google in the browser window that opened…")
        self._enable(busy=True)
        self.tasks.start(self._link_google(self.resource.resource_id), "link Google")

    async def _link_google(self, resource_id: int) -> None:
        assert self._google_sign_in is not None
        try:
            refresh = await self._google_sign_in(self._open_browser)
            info, name = await self.sync.link(
                resource_id, "google", "primary", "", refresh, self._db
            )
        except _EXPECTED as exc:
            self.say(describe_error(exc))
            self._enable()
            return
        self.say(f"Linked Google calendar “{name}”. Syncing…")
        await self._sync(info.link_id)

    def link_microsoft(self) -> None:
        if self.resource is None or self._microsoft_sign_in is None:
            return
        self.say("Asking Microsoft for a sign-in code…")
        self._enable(busy=True)
        self.tasks.start(self._link_microsoft(self.resource.resource_id), "link Microsoft")

    def _show_code(self, code: Any) -> None:
        self.say(
            f"Open {code.verification_uri} (opened in your browser) and enter the code "
            f"{code.user_code}; this window goes on by itself once you have signed in."
        )
        self._open_browser(code.verification_uri)

    async def _link_microsoft(self, resource_id: int) -> None:
        assert self._microsoft_sign_in is not None
        try:
            refresh = await self._microsoft_sign_in(self._show_code)
            info, name = await self.sync.link(
                resource_id, "msgraph", "me/calendar", "", refresh, self._db
            )
        except _EXPECTED as exc:
            self.say(describe_error(exc))
            self._enable()
            return
        self.say(f"Linked the Microsoft 365 calendar of {name}. Syncing…")
        await self._sync(info.link_id)

    def sync_selected(self) -> None:
        link = self._selected()
        if link is not None:
            self.say(f"Syncing {link.calendar_url}…")
            self._enable(busy=True)
            self.tasks.start(self._sync(link.link_id), "sync calendar")

    async def _sync(self, link_id: int) -> None:
        report: SyncReport = await self.sync.sync(link_id, self._db)
        self.say(report.summary())
        self.synced.emit()
        self.reload()

    def unlink_selected(self) -> None:
        link = self._selected()
        if link is not None:
            self._enable(busy=True)
            self.tasks.start(self._unlink(link.link_id), "unlink calendar")

    async def _unlink(self, link_id: int) -> None:
        try:
            info = await self.sync.unlink(link_id, self._db)
        except _EXPECTED as exc:
            self.say(describe_error(exc))
            self._enable()
            return
        self.say(f"Unlinked {info.calendar_url}; its busy time is gone, bookings stay.")
        self.synced.emit()
        self.reload()
