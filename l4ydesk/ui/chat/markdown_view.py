"""A message body: read-only rich text exactly as tall as its content, selectable, with links.

A QTextBrowser rather than a QLabel: a word-wrapped rich-text QLabel lays its whole document
out again for every size question the layout asks (a 2,000-token answer took ~70 ms per
change), while a text edit lays it out once per width, in slices. The chat scrolls, never
the message, so wheel events go on to the chat.
"""

from __future__ import annotations

import math
from html import escape

from PySide6.QtCore import QSizeF, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QWheelEvent
from PySide6.QtWidgets import QFrame, QSizePolicy, QTextBrowser, QWidget

from l4ydesk.ui.chat.markdown import render_markdown

SAFE_SCHEMES = ("http", "https", "mailto")


class MarkdownView(QTextBrowser):
    """Shows Markdown (answers) or plain text (what the user typed); web links open in the
    browser, other links (file:, javascript:, anything from a model) do nothing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBody")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.viewport().setAutoFillBackground(False)
        self.viewport().setCursor(Qt.CursorShape.IBeamCursor)
        self.document().setDocumentMargin(0)
        layout = self.document().documentLayout()
        layout.documentSizeChanged.connect(self._on_layout_document_size_changed)
        self.anchorClicked.connect(self._on_self_anchor_clicked)
        self.source_html = ""
        self.setFixedHeight(0)

    def set_html(self, html: str) -> None:
        if html != self.source_html:
            self.source_html = html
            self.setHtml(html)

    def set_markdown(self, text: str, *, cached: bool = True) -> None:
        self.set_html(render_markdown(text, cached=cached))

    def set_plain(self, text: str) -> None:
        # What the user typed is shown as typed, not interpreted as Markdown.
        self.set_html(f'<p style="white-space:pre-wrap; margin:0;">{escape(text)}</p>')

    def wheelEvent(self, event: QWheelEvent) -> None:
        event.ignore()  # the whole message is visible: let the chat scroll

    def _on_layout_document_size_changed(self, size: QSizeF) -> None:
        self.setFixedHeight(math.ceil(size.height()) + 1)

    def _on_self_anchor_clicked(self, url: QUrl) -> None:
        if url.scheme().lower() in SAFE_SCHEMES:
            QDesktopServices.openUrl(url)
