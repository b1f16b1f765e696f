"""The tree model of the Connect panel: a header row per record type, its detected items below.

A real model over the snapshot, not a widget per row: a 500-file app finds thousands of items.
QTreeView lays out every row of an expanded group with a few Python calls per row, so a group
shows its first FETCH_BATCH items and Qt fetches more (`fetchMore`) as the user scrolls down:
laying out 3,000 products at once held the GUI thread for about 40 ms. Row identity is encoded
in `internalId` (0 for a type header, header row + 1 for an item), never in object pointers.
A filter (`set_filter`) shows the items whose name or file holds a text; the plan's counts stay
those of every item, while `items_of` (what bulk actions change) is what is shown.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any, Final, overload

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from l4ydesk.core.analyzer.confidence import SURE_THRESHOLD
from l4ydesk.core.connections import Action
from l4ydesk.core.ontology import ONTOLOGY
from l4ydesk.ui.connect.state import Choices, FoundItem, PlanCounts
from l4ydesk.ui.connect.wording import location, type_heading

Index = QModelIndex | QPersistentModelIndex

HEADERS: Final = ("Found in code", "Action", "Sure")
CONNECTED: Final = QColor("#1e8449")
MUTED: Final = QColor("#7f8c8d")
LINKING: Final = QColor("#1f5fa8")
LOW_CONFIDENCE: Final = SURE_THRESHOLD  # below it an item is a "Maybe", listed last, skipped
FETCH_BATCH: Final = 100
_ITEM_FLAGS: Final = (
    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
)
_HEADER_FLAGS: Final = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class ConnectTreeModel(QAbstractItemModel):
    """Items grouped by type in ontology order; the Action column follows `choices`."""

    def __init__(self, choices: Choices, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._choices = choices
        self._all_types: list[str] = []
        self._all: dict[str, list[FoundItem]] = {}
        self._type_of: dict[str, str] = {}  # item_key -> type, over every item
        self._needle = ""  # the filter, casefolded; "" shows every item
        self._types: list[str] = []  # the types shown, and their items below
        self._groups: dict[str, list[FoundItem]] = {}
        self._where: dict[str, tuple[int, int]] = {}  # item_key -> (group row, item row)
        self._summaries: dict[str, str] = {}
        self._counts: dict[str, PlanCounts] = {}  # per type, over the items not connected yet
        self._connected: dict[str, int] = {}
        self._shown: dict[str, int] = {}  # items of each group the view has fetched so far
        bold = QFont()
        bold.setBold(True)
        self._bold = bold

    # ----- contents ------------------------------------------------------------------------

    def set_items(self, items: Sequence[FoundItem]) -> None:
        self.beginResetModel()
        groups: dict[str, list[FoundItem]] = {}
        # "Maybe" items close each group, after every item the analyzer is sure of
        for found in sorted(items, key=lambda f: f.detection.confidence < LOW_CONFIDENCE):
            groups.setdefault(found.type_key, []).append(found)
        self._all_types = [t.key for t in ONTOLOGY if t.key in groups]
        self._all = groups
        self._type_of = {found.key: found.type_key for found in items}
        for key in self._all_types:
            self._count(key)
        self._show()
        self.endResetModel()

    def set_filter(self, text: str) -> None:
        """Show only the items whose name or file holds `text` (any case); "" shows all."""
        needle = text.strip().casefold()
        if needle == self._needle:
            return
        self.beginResetModel()
        self._needle = needle
        self._show()
        self.endResetModel()

    @property
    def filtering(self) -> bool:
        return bool(self._needle)

    def shown_count(self) -> int:
        return sum(len(items) for items in self._groups.values())

    def type_count(self) -> int:
        """Types found, shown or not."""
        return len(self._all_types)

    def _show(self) -> None:
        groups = self._all
        if self._needle:
            kept = {key: [f for f in self._all[key] if self._matches(f)] for key in self._all}
            groups = {key: items for key, items in kept.items() if items}
        self._types = [key for key in self._all_types if key in groups]
        self._groups = groups
        self._where = {
            found.key: (group_row, item_row)
            for group_row, key in enumerate(self._types)
            for item_row, found in enumerate(groups[key])
        }
        self._shown = {key: min(len(groups[key]), FETCH_BATCH) for key in self._types}

    def _matches(self, found: FoundItem) -> bool:
        if self._needle in self._choices.name_of(found).casefold():
            return True
        return any(self._needle in e.path.casefold() for e in found.detection.evidence)

    def counts(self) -> PlanCounts:
        """What a Connect would do now, summed over every type (kept up to date, so cheap)."""
        totals = list(self._counts.values())
        return PlanCounts(
            sum(c.create for c in totals), sum(c.link for c in totals), sum(c.skip for c in totals)
        )

    def connected_count(self) -> int:
        return sum(self._connected.values())

    def types(self) -> list[str]:
        """The types shown (every type found, unless a filter hides some)."""
        return list(self._types)

    def items_of(self, type_key: str | None = None) -> list[FoundItem]:
        """The items shown, of one type or all: what a bulk action changes."""
        if type_key is not None:
            return list(self._groups.get(type_key, ()))
        return [found for key in self._types for found in self._groups[key]]

    def found_at(self, index: Index) -> FoundItem | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        group = self._groups[self._types[index.internalId() - 1]]
        return group[index.row()] if index.row() < len(group) else None

    def type_at(self, index: Index) -> str | None:
        """The type of a header row (None for item rows)."""
        if not index.isValid() or index.internalId() != 0:
            return None
        return self._types[index.row()]

    def index_of_key(self, key: str, column: int = 0) -> QModelIndex:
        """The item's index, fetching its group's rows up to it if the view has not yet."""
        where = self._where.get(key)
        if where is None:
            return QModelIndex()
        header = self.createIndex(where[0], 0, 0)
        while self._shown[self._types[where[0]]] <= where[1]:
            self.fetchMore(header)
        return self.createIndex(where[1], column, where[0] + 1)

    def index_of_type(self, type_key: str) -> QModelIndex:
        if type_key not in self._types:
            return QModelIndex()
        return self.createIndex(self._types.index(type_key), 0, 0)

    def choices_changed(self, keys: Sequence[str] | None = None) -> None:
        """Repaint the rows (all when `keys` is None) whose choice changed, and their headers."""
        last = len(HEADERS) - 1
        touched = {found.type_key for found in self.items_of()} if keys is None else set()
        for key in keys or ():
            if key in self._where:
                index = self.index_of_key(key)
                self.dataChanged.emit(index, self.index_of_key(key, last))
            if key in self._type_of:
                touched.add(self._type_of[key])
        for type_key in touched:
            self._count(type_key)
            if type_key not in self._groups:
                continue  # hidden by the filter: counted, nothing to repaint
            header = self.index_of_type(type_key)
            self.dataChanged.emit(header, header.siblingAtColumn(last))
            if keys is None and self._shown[type_key]:
                row = self._types.index(type_key) + 1
                end = self._shown[type_key] - 1
                self.dataChanged.emit(self.createIndex(0, 0, row), self.createIndex(end, last, row))

    def _count(self, type_key: str) -> None:
        items = self._all[type_key]
        actions = Counter(
            self._choices.action_of(found)[0] for found in items if found.connected is None
        )
        # records to create: a list's Create makes one per row
        creates = sum(
            found.creates()
            for found in items
            if found.connected is None and self._choices.action_of(found)[0] is Action.CREATE
        )
        counts = PlanCounts(creates, actions[Action.LINK], actions[Action.SKIP])
        connected = len(items) - sum(actions.values())
        self._counts[type_key], self._connected[type_key] = counts, connected
        parts = [f"{connected} connected"] if connected else []
        parts += [
            f"{count} {word}"
            for count, word in (
                (counts.create, "create"),
                (counts.link, "link"),
                (counts.skip, "skip"),
            )
            if count
        ]
        self._summaries[type_key] = " · ".join(parts)

    # ----- QAbstractItemModel --------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column < 0 or column >= len(HEADERS) or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0) if row < len(self._types) else QModelIndex()
        if parent.internalId() == 0 and row < self._shown[self._types[parent.row()]]:
            return self.createIndex(row, column, parent.row() + 1)
        return QModelIndex()

    @overload
    def parent(self) -> QObject | None: ...
    @overload
    def parent(self, child: Index) -> QModelIndex: ...
    def parent(self, child: Index | None = None) -> QObject | QModelIndex | None:
        if child is None:
            return super().parent()
        if not child.isValid() or child.internalId() == 0:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._types)
        if parent.internalId() == 0 and parent.column() == 0:
            return self._shown[self._types[parent.row()]]
        return 0

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        if not parent.isValid():
            return bool(self._types)
        return parent.internalId() == 0 and parent.column() == 0

    def canFetchMore(self, parent: Index) -> bool:
        if not parent.isValid() or parent.internalId() != 0:
            return False
        type_key = self._types[parent.row()]
        return self._shown[type_key] < len(self._groups[type_key])

    def fetchMore(self, parent: Index) -> None:
        if not self.canFetchMore(parent):
            return
        type_key = self._types[parent.row()]
        first = self._shown[type_key]
        last = min(first + FETCH_BATCH, len(self._groups[type_key])) - 1
        self.beginInsertRows(parent, first, last)
        self._shown[type_key] = last + 1
        self.endInsertRows()

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        # "Never has children" spares the view a hasChildren() call per item row.
        return _HEADER_FLAGS if index.internalId() == 0 else _ITEM_FLAGS

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        type_key = self.type_at(index)
        if type_key is not None:
            return self._header_data(type_key, index.column(), role)
        found = self.found_at(index)
        return None if found is None else self._item_data(found, index.column(), role)

    def _header_data(self, type_key: str, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                shown, found = len(self._groups[type_key]), len(self._all[type_key])
                count = f"{shown} of {found}" if shown != found else f"{found}"
                return f"{type_heading(type_key)} ({count})"
            return self._summaries.get(type_key, "") if column == 1 else None
        if role == Qt.ItemDataRole.FontRole and column == 0:
            return self._bold
        if role == Qt.ItemDataRole.ForegroundRole and column == 1:
            return MUTED
        if role == Qt.ItemDataRole.ToolTipRole:
            return ONTOLOGY.get(type_key).label + ": right-click to set every item at once"
        return None

    def _item_data(self, found: FoundItem, column: int, role: int) -> Any:
        action, target = self._choices.action_of(found)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return self._choices.name_of(found)
            if column == 1:
                return self._action_text(found, action, target)
            if found.detection.confidence < LOW_CONFIDENCE:
                return "Maybe"  # the percentage is in the tooltip; the column stays narrow
            return f"{found.detection.confidence:.0%}"
        if role == Qt.ItemDataRole.ForegroundRole:
            if found.connected is not None:
                return CONNECTED if column == 1 else None
            if action is Action.SKIP:
                return MUTED
            if column == 1 and action is Action.LINK:
                return LINKING
            if column == 2 and found.detection.confidence < LOW_CONFIDENCE:
                return MUTED
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            where = ", ".join(location(e) for e in found.detection.evidence[:3])
            reason = found.suggestion.reason
            if found.detection.confidence < LOW_CONFIDENCE:
                reason = f"Maybe: {found.detection.confidence:.0%} sure, skipped unless you pick it"
            return f"{where}\n{reason}" if where else reason
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _action_text(found: FoundItem, action: Action, target: int | None) -> str:
        if found.connected is not None:
            return "✓ its rows" if found.rows is not None else f"✓ {found.connected.name}"
        if action is Action.LINK:
            candidate = found.candidate(target)
            return f"Link → {candidate.record.name if candidate else f'#{target}'}"
        if action is Action.SKIP:
            return "Skip"
        if found.rows is None:
            return "Create"
        return f"Create {found.creates():,} row{'' if found.creates() == 1 else 's'}"
