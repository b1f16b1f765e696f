"""What the window imports before its first paint: no database layers, no feature verbs.

The start-up goal (bench/startup.py: ≤ 2× a bare Qt window) holds only while the modules the
first paint needs stay light. One module-level import of a storage-backed core module from a
dock's page (the keys page once imported core.platform.keys for its scope names) put SQLAlchemy
and the store back on that path and took the ratio from 1.5 to 3.8; this test names the culprit
instead of a bench noticing later.
"""

from __future__ import annotations

import subprocess
import sys

HEAVY = ("sqlalchemy", "alembic", "stripe", "httpx", "l4ydesk.storage", "l4ydesk.core.analyzer")

CHECK = (
    "import sys; import l4ydesk.cli, l4ydesk.ui.launcher, l4ydesk.ui.main_window; "
    f"print(' '.join(m for m in {HEAVY!r} if m in sys.modules))"
)


def test_the_window_modules_import_no_database_layers_or_feature_verbs() -> None:
    done = subprocess.run([sys.executable, "-c", CHECK], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == ""
