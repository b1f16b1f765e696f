"""The preview inspector: pick an element in the page and learn what it is and where it comes from.

Three scripts go into every page the preview shows (from resources/inspector/, JavaScript
without a build step):

- dom.js, describe.js, overlay.js and inspector.js, joined, in every frame, in l4ydesk's own
  JavaScript world (`INSPECTOR_WORLD`): select mode, outlines, metadata, badges. An isolated
  world shares the page's DOM but not its globals, so page scripts can neither call it nor
  tamper with it.
- bridge.js with Qt's qwebchannel.js, in the top frame of the same world: the QWebChannel
  transport is bound to that world alone, so only our scripts can reach the Python object.
- react_probe.js, in the page's own world: reads React's fiber (invisible from an isolated
  world) to name the component under the pointer, and only answers a DOM event.

The Python object on the channel has one method, `post(json)`. Frames pass their messages up
with postMessage, which page scripts can forge, so every message is untrusted: it is rate
limited, size limited and checked against the schema in `inspector_messages` before use, and
what fails is counted and dropped.
"""

from __future__ import annotations

import json
import logging
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Final

from PySide6.QtCore import QFile, QIODevice, QObject, Signal, Slot
from PySide6.QtWebChannel import QWebChannel
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineScript, QWebEngineScriptCollection

from l4ydesk.ui.preview.inspector_messages import (
    MAX_MESSAGE_BYTES,
    PROTOCOL_VERSION,
    Badge,
    ElementInfo,
    ElementSelected,
    InvalidMessage,
    Message,
    Ready,
    Rejection,
    SelectModeChanged,
    js_limits,
    parse_message,
    set_select_mode_command,
    show_badges_command,
)
from l4ydesk.ui.preview.rate_limit import RateLimiter

__all__ = ["INSPECTOR_WORLD", "Badge", "ElementInfo", "Inspector", "InspectorStats"]

log = logging.getLogger(__name__)

# A world of our own rather than ApplicationWorld: the channel's transport is bound to this world,
# so no other script an application feature injects later can reach the bridge by accident.
INSPECTOR_WORLD: Final = int(QWebEngineScript.ScriptWorldId.UserWorld) + 1
BRIDGE_NAME: Final = "l4yInspectorBridge"
SCRIPT_NAME_PREFIX: Final = "l4ydesk-inspector-"
SCRIPTS_DIR: Final = Path(__file__).resolve().parents[3] / "resources" / "inspector"
# Qt ships the client side of QWebChannel as a resource; read it from there, never a copy.
QWEBCHANNEL_JS: Final = ":/qtwebchannel/qwebchannel.js"

# Joined in this order into one script; each part registers in `__l4yInspectorParts`.
_INSPECTOR_PARTS = ("dom.js", "describe.js", "overlay.js", "inspector.js")

InjectionPoint = QWebEngineScript.InjectionPoint


@dataclass(frozen=True)
class InspectorStats:
    """What became of the messages the page sent; each one lands in exactly one of the last six."""

    received: int = 0
    accepted: int = 0
    rate_limited: int = 0
    oversized: int = 0
    malformed: int = 0  # not JSON
    invalid: int = 0  # JSON, but not a message of the protocol
    unexpected: int = 0  # valid, but not now (a selection outside select mode, say)

    @property
    def rejected(self) -> int:
        return self.received - self.accepted


_REJECTION_COUNTERS = {
    Rejection.SIZE: "oversized",
    Rejection.JSON: "malformed",
    Rejection.SCHEMA: "invalid",
}


class InspectorBridge(QObject):
    """The only object the page side can see over the channel: one slot, `post(str)`.

    It holds no signals or properties of its own, so the page can neither subscribe to
    anything nor set anything; Python gets the messages through the callback.
    """

    def __init__(self, receive: Callable[[str], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._receive = receive

    @Slot(str)
    def post(self, message: str) -> None:
        self._receive(message)


class Inspector(QObject):
    """Element picking for one QWebEnginePage; lives as long as the page (its default parent).

    Select mode is Python's to turn on (`set_select_mode`); the page may turn it off (Esc).
    Badges mark elements by CSS selector or source location; they and the mode survive
    reloads and navigation, because the page asks for them again when it comes up.

    Signals:
        element_selected(ElementInfo): the user clicked an element while in select mode.
        select_mode_changed(bool): select mode went on or off, from Python or from the page.
    """

    element_selected = Signal(object)
    select_mode_changed = Signal(bool)

    def __init__(
        self,
        page: QWebEnginePage,
        parent: QObject | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent if parent is not None else page)
        self._page = page
        self._active = False
        self._badges: tuple[Badge, ...] = ()
        self._limiter = RateLimiter(clock=clock)
        self._counts: Counter[str] = Counter()
        self._bridge = InspectorBridge(self._on_bridge_post, self)
        self._channel = QWebChannel(self)
        self._channel.registerObject(BRIDGE_NAME, self._bridge)
        page.setWebChannel(self._channel, INSPECTOR_WORLD)
        install_scripts(page.scripts())

    # ----- public API ----------------------------------------------------------------------

    @property
    def select_mode(self) -> bool:
        return self._active

    @property
    def badges(self) -> tuple[Badge, ...]:
        return self._badges

    @property
    def bridge(self) -> InspectorBridge:
        """The object published on the channel (for tests of what the page can reach)."""
        return self._bridge

    @property
    def stats(self) -> InspectorStats:
        return InspectorStats(**self._counts)

    @property
    def rate_limiter(self) -> RateLimiter:
        return self._limiter

    def set_select_mode(self, active: bool) -> None:
        """Turn select mode on or off in every frame of the page."""
        if active == self._active:
            return
        self._active = active
        self._send(set_select_mode_command(active))
        self.select_mode_changed.emit(active)

    def show_badges(self, badges: Sequence[Badge]) -> None:
        """Mark the elements each badge finds; replaces the badges shown before."""
        command = show_badges_command(badges)  # validates before anything changes
        self._badges = tuple(badges)
        self._send(command)

    # ----- talking to the page -------------------------------------------------------------

    def _send(self, command: dict[str, Any]) -> None:
        # json.dumps gives a JavaScript literal; the call only exists in our world.
        script = f"window.__l4yInspector && window.__l4yInspector.command({json.dumps(command)})"
        self._page.runJavaScript(script, INSPECTOR_WORLD)

    def _on_bridge_post(self, raw: object) -> None:
        self._counts["received"] += 1
        if not self._limiter.allow():
            self._counts["rate_limited"] += 1
            return
        if not isinstance(raw, str):
            self._counts["malformed"] += 1
            return
        try:
            message = parse_message(raw)
        except InvalidMessage as error:
            self._counts[_REJECTION_COUNTERS[error.rejection]] += 1
            log.debug("inspector message dropped: %s", error)
            return
        if self._handle(message):
            self._counts["accepted"] += 1
        else:
            self._counts["unexpected"] += 1

    def _handle(self, message: Message) -> bool:
        """Act on a valid message; False when it makes no sense now."""
        if isinstance(message, Ready):
            # A new document: it knows nothing yet.
            if self._active:
                self._send(set_select_mode_command(True))
            if self._badges:
                self._send(show_badges_command(self._badges))
            return True
        if isinstance(message, SelectModeChanged):
            if message.active or not self._active:
                return False  # only Python turns select mode on
            self._active = False
            self.select_mode_changed.emit(False)
            return True
        if isinstance(message, ElementSelected) and self._active:
            self.element_selected.emit(message.element)
            return True
        return False


# ----- the scripts ---------------------------------------------------------------------------


def install_scripts(scripts: QWebEngineScriptCollection) -> None:
    """Put the inspector's scripts into `scripts`, replacing earlier copies."""
    for script in scripts.toList():
        if script.name().startswith(SCRIPT_NAME_PREFIX):
            scripts.remove(script)
    config = _config_prelude()
    # qwebchannel.js and bridge.js in one source: the bridge needs QWebChannel defined first.
    scripts.insert(
        _script("bridge", _qwebchannel_js() + "\n" + config + _resource("bridge.js"), sub=False)
    )
    # One source, so the parts run in order.
    main = "\n".join(_resource(name) for name in _INSPECTOR_PARTS)
    scripts.insert(_script("main", config + main, sub=True))
    probe = _script("react-probe", _resource("react_probe.js"), sub=True)
    probe.setWorldId(QWebEngineScript.ScriptWorldId.MainWorld)
    scripts.insert(probe)


def _script(name: str, source: str, *, sub: bool) -> QWebEngineScript:
    script = QWebEngineScript()
    script.setName(SCRIPT_NAME_PREFIX + name)
    script.setSourceCode(source)
    script.setWorldId(INSPECTOR_WORLD)
    # Before any page script runs, so the inspector's capture listeners come first.
    script.setInjectionPoint(InjectionPoint.DocumentCreation)
    script.setRunsOnSubFrames(sub)
    return script


def _config_prelude() -> str:
    config = {
        "version": PROTOCOL_VERSION,
        "limits": js_limits(),
        "maxMessageBytes": MAX_MESSAGE_BYTES,
        "bridgeName": BRIDGE_NAME,
    }
    return f"var __l4yInspectorConfig = Object.freeze({json.dumps(config)});\n"


@cache
def _resource(name: str) -> str:
    return (SCRIPTS_DIR / name).read_text(encoding="utf-8")


@cache
def _qwebchannel_js() -> str:
    source = QFile(QWEBCHANNEL_JS)
    if not source.open(QIODevice.OpenModeFlag.ReadOnly):
        raise RuntimeError(f"Qt's {QWEBCHANNEL_JS} is missing; is QtWebChannel installed?")
    try:
        return bytes(source.readAll().data()).decode("utf-8")
    finally:
        source.close()
