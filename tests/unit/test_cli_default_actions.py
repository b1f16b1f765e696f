"""A verb named alone shows what it manages (`l4ydesk apps` lists), and never changes anything."""

from __future__ import annotations

from pathlib import Path

import pytest

from l4ydesk.cli import main


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("L4YDESK_DATA_DIR", str(tmp_path / "data"))
    return tmp_path / "data"


def test_apps_alone_lists_the_apps(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["apps"]) == 0
    assert "No apps yet" in capsys.readouterr().out
    assert main(["apps", "create", "Bakery"]) == 0
    capsys.readouterr()
    assert main(["apps"]) == 0
    assert "Bakery" in capsys.readouterr().out


def test_plan_and_credits_alone_show_the_plan_and_the_balance(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["plan"]) == 0
    assert capsys.readouterr().out.startswith("Free plan")
    assert main(["credits"]) == 0
    assert "today" in capsys.readouterr().out


def test_a_verb_with_options_is_left_to_the_parser(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit):
        main(["apps", "--bogus"])
    assert "l4ydesk apps" in capsys.readouterr().err
