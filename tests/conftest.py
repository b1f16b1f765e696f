"""Test-wide environment: offscreen Qt, QtWebEngine flags for root, an in-memory keyring.

Set before anything imports Qt or keyring, so every test (unit, gui, web, e2e) sees the same world.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox --disable-gpu")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false;qt.webenginecontext.debug=false")
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "l4ydesk.secrets.MemoryKeyring")
