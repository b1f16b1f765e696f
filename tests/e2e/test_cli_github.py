"""`l4ydesk github login|status|logout` against the GitHub fake, as a person would run them."""

from __future__ import annotations

import io
import threading
from pathlib import Path

import pytest

from l4ydesk import cli
from l4ydesk.core.publish.github_login import GITHUB_TOKEN
from l4ydesk.secrets import SecretStore
from tests.fakes.github_server import FakeGitHub

PAT = "github_pat_fake000000000000000000000000000001"


@pytest.fixture
def github(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> FakeGitHub:
    server = FakeGitHub(tmp_path / "git", token=PAT, device_interval=1).start()
    monkeypatch.setenv("L4YDESK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("L4YDESK_GITHUB_URL", server.base_url)
    monkeypatch.setenv("L4YDESK_GITHUB_OAUTH_URL", server.base_url)
    yield server
    server.stop()
    SecretStore().delete(GITHUB_TOKEN)
    assert not server.errors


def test_pasted_token_login_status_logout(
    github: FakeGitHub, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("ghp_refused00000000000000000000000000001\n"))
    assert cli.main(["github", "login", "--token-stdin"]) == 1
    refused = capsys.readouterr()
    assert "GitHub token was refused" in refused.err and "ghp_refused" not in refused.err
    assert SecretStore().get(GITHUB_TOKEN) is None  # a refused token is not stored

    monkeypatch.setattr("sys.stdin", io.StringIO(PAT + "\n"))
    assert cli.main(["github", "login", "--token-stdin"]) == 0
    assert SecretStore().get(GITHUB_TOKEN) == PAT
    assert cli.main(["github", "status"]) == 0
    out = capsys.readouterr().out
    assert "Signed in to GitHub as octo" in out and PAT not in out

    assert cli.main(["github", "logout"]) == 0
    assert cli.main(["github", "status"]) == 1
    assert "Not signed in" in capsys.readouterr().out


def test_device_login(github: FakeGitHub, capsys: pytest.CaptureFixture[str]) -> None:
    done = threading.Event()

    def person() -> None:  # types the code shown on github.com/login/device once it exists
        while not done.wait(0.1):
            for code in github.pending_user_codes():
                github.approve(code)
                return

    thread = threading.Thread(target=person)
    thread.start()
    try:
        assert cli.main(["github", "login", "--client-id", github.client_id]) == 0
    finally:
        done.set()
        thread.join()
    out = capsys.readouterr().out
    assert "/login/device and enter the code" in out and "Signed in to GitHub as octo" in out
    token = SecretStore().get(GITHUB_TOKEN)
    assert token is not None and token.startswith("gho_") and token not in out


def test_device_login_without_a_client_id_says_what_to_do(
    github: FakeGitHub, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("L4YDESK_GITHUB_CLIENT_ID", raising=False)
    assert cli.main(["github", "login"]) == 1
    assert "--token-stdin" in capsys.readouterr().err
