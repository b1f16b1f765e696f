"""The AI builder chat panel, docked into the main window (see `ChatPanel`)."""

from l4ydesk.ui.chat.panel import ChatPanel

__all__ = ["ChatPanel"]
