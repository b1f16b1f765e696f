"""What the chat panel keeps in QSettings: the chosen provider, the models the user picked, and
the unsent text of the input box per app (so nothing typed is lost on app switch or quit)."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from l4ydesk.core.chat import Provider
from l4ydesk.preferences import PreferencesStore

SETTING_PROVIDER = "chat/provider"
SETTING_MODEL = "chat/model"
SETTING_RECENT_MODELS = "chat/recent_models"
UNSENT_KEY = "chat/unsent/{app_id}"
MAX_RECENT_MODELS = 8


class ChatMemory:
    """Reads and writes the panel's settings; every write is synced to disk at once."""

    def __init__(self, settings: QSettings, preferences: PreferencesStore | None = None) -> None:
        self._settings = settings
        self._preferences = preferences or PreferencesStore(None)

    def provider(self) -> Provider:
        saved = self._settings.value(SETTING_PROVIDER, Provider.V0.value)
        try:
            return Provider(str(saved))
        except ValueError:
            return Provider.V0

    def set_provider(self, provider: Provider) -> None:
        self._settings.setValue(SETTING_PROVIDER, provider.value)

    def model(self) -> str:
        """The built-in AI model last used here, else the default from Settings → Preferences."""
        saved = self._settings.value(SETTING_MODEL, "")
        return saved if isinstance(saved, str) and saved else self.default_model()

    def default_model(self) -> str:
        return self._preferences.get().effective_ai_model

    def v0_model(self) -> str:
        """v0's model for new turns ("" lets v0 choose), from Settings → Preferences."""
        return self._preferences.get().v0_model

    def set_model(self, model: str) -> None:
        self._settings.setValue(SETTING_MODEL, model)

    def recent_models(self) -> list[str]:
        # Stored as one string: a one-item list comes back from an INI file as a plain str.
        raw = self._settings.value(SETTING_RECENT_MODELS, "")
        return [m for m in str(raw or "").split("\n") if m]

    def remember_model(self, model: str) -> None:
        recent = [model, *(m for m in self.recent_models() if m != model)]
        self._settings.setValue(SETTING_RECENT_MODELS, "\n".join(recent[:MAX_RECENT_MODELS]))
        self.set_model(model)

    def unsent(self, app_id: int) -> str:
        value = self._settings.value(UNSENT_KEY.format(app_id=app_id), "")
        return value if isinstance(value, str) else ""

    def keep_unsent(self, app_id: int, text: str) -> None:
        key = UNSENT_KEY.format(app_id=app_id)
        if text.strip():
            self._settings.setValue(key, text)
        else:
            self._settings.remove(key)
        self._settings.sync()

    def give_back(self, app_id: int, text: str) -> None:
        """Put a message that was not stored back in front of the app's unsent text."""
        kept = self.unsent(app_id)
        self.keep_unsent(app_id, f"{text}\n\n{kept}" if kept.strip() else text)
