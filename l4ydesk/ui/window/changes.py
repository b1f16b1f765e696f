"""One change broadcast for the window: what an operation changed, sent once to every view.

Modelled on Anki's `OpChanges`: an operation says *what* changed (files, the file list, records,
the open app) and each view decides for itself whether that concerns it, instead of the window
wiring every producer to every consumer by hand.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal


@dataclass(frozen=True)
class Changes:
    """What changed. `source` is the object that made the change, so it can skip its own echo."""

    app: bool = False  # another app was opened (or none); read `WindowContext.current_app`
    files: frozenset[str] = field(default_factory=frozenset)  # file contents written
    file_list: bool = False  # the explorer now shows the store's current files
    records: bool = False  # business records were created, linked or removed
    keys: bool = False  # API keys or the default model changed
    source: object | None = None


class ChangeBus(QObject):
    """Carries `Changes` from operations to views.

    Signals:
        changed(object): a `Changes` value.
    """

    changed = Signal(object)

    def publish(self, changes: Changes) -> None:
        self.changed.emit(changes)
