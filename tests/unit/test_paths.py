"""Path normalization refuses everything that could escape an app or break on another OS."""

from __future__ import annotations

import pytest

from l4ydesk.core.errors import InvalidPathError
from l4ydesk.core.paths import normalize_path, path_key


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("app/page.tsx", "app/page.tsx"),
        ("./app//page.tsx", "app/page.tsx"),
        ("app\\components\\Button.tsx", "app/components/Button.tsx"),
        ("  README.md ", "README.md"),
        ("app/(shop)/[id]/page.tsx", "app/(shop)/[id]/page.tsx"),
    ],
)
def test_normalizes_to_relative_posix(raw: str, expected: str) -> None:
    assert normalize_path(raw) == expected


@pytest.mark.parametrize(
    ("raw", "fragment"),
    [
        ("/etc/passwd", "absolute"),
        ("C:/Windows/win.ini", "absolute"),
        ("../secrets.txt", "outside the app"),
        ("app/../../x", "outside the app"),
        ("app/\x00page.tsx", "NUL"),
        ("app/\x07bell", "control character"),
        ("CON", "reserved"),
        ("app/nul.txt", "reserved"),
        ("app/com1.tsx", "reserved"),
        ("a/b?.tsx", "?"),
        ("trailing./x", "ends with a dot"),
        ("", "required"),
        ("   ", "required"),
        ("./", "required"),
        ("a/" + "x" * 300, "longer than"),
    ],
)
def test_refuses_unsafe_paths_with_a_sentence(raw: str, fragment: str) -> None:
    with pytest.raises(InvalidPathError, match=fragment.replace("?", r"\?")):
        normalize_path(raw)


def test_path_key_folds_case() -> None:
    assert path_key("App/Page.TSX") == path_key("app/page.tsx")
