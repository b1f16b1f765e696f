"""The start-up check for a configured keyring imports keyring only when one may be configured.

keyring costs tens of milliseconds to import (jaraco, urllib, email), which the window's first
paint does not need; but a configured keyring (an encrypted file one) must still be found.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

CHECK = (
    "import sys; from l4ydesk.secrets import SecretStore; "
    "print(SecretStore().needs_passphrase, 'keyring' in sys.modules)"
)


def _run(tmp_path: Path, **env: str) -> str:
    clean = {k: v for k, v in os.environ.items() if k != "PYTHON_KEYRING_BACKEND"}
    clean.update(HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"), **env)
    done = subprocess.run(
        [sys.executable, "-c", CHECK], env=clean, capture_output=True, text=True, check=True
    )
    return done.stdout.strip()


@pytest.mark.skipif(sys.platform == "win32", reason="keyring's config root differs on Windows")
def test_nothing_configured_is_told_without_importing_keyring(tmp_path: Path) -> None:
    assert _run(tmp_path) == "False False"


@pytest.mark.skipif(sys.platform == "win32", reason="keyring's config root differs on Windows")
def test_a_keyringrc_file_is_still_read(tmp_path: Path) -> None:
    rc = tmp_path / "config" / "python_keyring" / "keyringrc.cfg"
    rc.parent.mkdir(parents=True)
    rc.write_text("[backend]\ndefault-keyring=l4ydesk.secrets.MemoryKeyring\n")
    # Configured (the in-memory test keyring, which never waits for a passphrase): keyring
    # was asked, and the memory keyring was loaded through l4ydesk.secrets.
    assert _run(tmp_path) == "False True"


def test_the_environment_variable_is_still_honoured(tmp_path: Path) -> None:
    out = _run(tmp_path, PYTHON_KEYRING_BACKEND="l4ydesk.secrets.MemoryKeyring")
    assert out == "False True"
