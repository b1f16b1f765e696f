"""The chat panel's look: one style sheet set on the panel, matched by object names."""

from __future__ import annotations

from html import escape

from l4ydesk.ui.chat.wording import StatusKind

PANEL_STYLE = """
QScrollArea#chatMessages, QWidget#chatMessagesBody { background: #f6f7f9; border: none; }
QWidget#composer { background: #ffffff; border-top: 1px solid #d8dee4; }
QFrame#userBubble {
    background: #eaf2ff; border: 1px solid #c8dafc; border-radius: 10px; margin-left: 36px;
}
QFrame#answerBubble {
    background: #ffffff; border: 1px solid #dfe3e8; border-radius: 10px;
}
QFrame#changeCard {
    background: #f6f8fa; border: 1px solid #d0d7de; border-radius: 8px;
}
QFrame#conflictCard {
    background: #fff8e6; border: 1px solid #e3b341; border-radius: 8px;
}
QFrame#taskCard {
    background: #ffffff; border: 2px solid #0969da; border-radius: 8px;
}
QLabel#planText {
    background: #f6f8fa; border: 1px solid #d0d7de; border-radius: 6px; padding: 6px;
}
QFrame#keyBanner {
    background: #fff8e6; border: 1px solid #e3b341; border-radius: 6px;
}
QTextBrowser#messageBody { background: transparent; border: none; }
QLabel#bubbleHeader { color: #57606a; font-size: 11px; font-weight: 600; }
QLabel#usageLabel, QLabel#activityLabel, QLabel#streamStatus { color: #6e7781; font-size: 11px; }
QLabel#cardTitle { font-weight: 600; }
QLabel#emptyChat { color: #6e7781; padding: 24px; }
QLabel#noticeLabel { color: #82071e; }
QToolButton#messageAction { color: #57606a; border: none; padding: 1px 4px; }
QToolButton#messageAction:hover { color: #0969da; text-decoration: underline; }
"""

_BADGE_COLOURS = {
    StatusKind.DRAFT: ("#7d4e00", "#fff1c2"),
    StatusKind.WARNING: ("#7d4e00", "#fff1c2"),
    StatusKind.ERROR: ("#82071e", "#ffebe9"),
    StatusKind.NOTE: ("#57606a", "#eef1f4"),
}
_DETAIL_COLOURS = {
    StatusKind.DRAFT: "#57606a",
    StatusKind.WARNING: "#57606a",
    StatusKind.ERROR: "#82071e",
    StatusKind.NOTE: "#57606a",
}


def status_html(kind: StatusKind, label: str, detail: str) -> str:
    """A status line as rich text: a coloured badge, then the sentence."""
    colour, background = _BADGE_COLOURS[kind]
    parts = []
    if label:
        parts.append(
            f'<span style="color:{colour}; background-color:{background}; font-weight:600;">'
            f"&nbsp;{escape(label)}&nbsp;</span>"
        )
    if detail:
        parts.append(f'<span style="color:{_DETAIL_COLOURS[kind]};">{escape(detail)}</span>')
    return "&nbsp; ".join(parts)
