"""The console's offer bar: one action under the output, used once or dismissed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from l4ydesk.ui.console_panel import ConsolePanel


def test_an_offer_runs_its_action_once_and_goes_away(qtbot: Any) -> None:
    console = ConsolePanel()
    qtbot.addWidget(console)
    console.resize(600, 200)
    console.show()
    calls: list[str] = []
    console.offer(
        "One may be what failed.", "Allow install scripts for this app", lambda: calls.append("x")
    )
    assert console.offering
    assert console.offer_button.text() == "Allow install scripts for this app"
    assert console.offer_bar.geometry().bottom() <= console.rect().bottom()
    qtbot.mouseClick(console.offer_button, Qt.MouseButton.LeftButton)
    assert calls == ["x"]
    assert not console.offering
    console.offer("Again?", "Allow", lambda: calls.append("y"))
    console.clear_offer()
    assert not console.offering and calls == ["x"]
