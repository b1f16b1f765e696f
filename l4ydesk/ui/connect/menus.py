"""Context menus of the Connect panel's tree: per-item actions and per-type bulk actions."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMenu, QWidget

from l4ydesk.core.connections import Action
from l4ydesk.ui.connect.state import FoundItem
from l4ydesk.ui.connect.type_detail import BULK_LABELS, BULK_TIPS, Bulk


def bulk_menu(parent: QWidget, apply: Callable[[Bulk], object]) -> QMenu:
    """Create all / Link where clear / Skip all, each calling `apply` with its `Bulk`."""
    menu = QMenu(parent)
    for bulk in Bulk:
        entry = menu.addAction(BULK_LABELS[bulk])
        entry.setToolTip(BULK_TIPS[bulk])
        entry.triggered.connect(lambda _c=False, b=bulk: apply(b))
    return menu


def item_menu(
    parent: QWidget,
    found: FoundItem,
    choose: Callable[[Action, int | None], object],
    show_in_code: Callable[[], object],
) -> QMenu:
    """Create / Link to the best candidate / Skip (for open items), then Show in Code."""
    menu = QMenu(parent)
    if found.connected is None:
        best = found.candidates[0] if found.candidates else None
        entries: list[tuple[str, Action, int | None]] = [("Create", Action.CREATE, None)]
        if best is not None:
            entries.append((f"Link to “{best.record.name}”", Action.LINK, int(best.record.id)))
        entries.append(("Skip", Action.SKIP, None))
        for text, action, target in entries:
            entry = menu.addAction(text)
            entry.triggered.connect(lambda _c=False, a=action, t=target: choose(a, t))
        menu.addSeparator()
    show = menu.addAction("Show in Code")
    show.triggered.connect(lambda _c=False: show_in_code())
    return menu
