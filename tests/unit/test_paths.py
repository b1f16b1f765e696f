"""Path normalization refuses everything that could escape an app or break on another OS."""

from __future__ import annotations

import pytest

from l4ydesk.core.errors import InvalidPathError
from l4ydesk.core.paths import files_under, next_app_folder, normalize_path, path_key


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


def test_the_next_app_folder_is_the_top_or_the_shallowest_folder_declaring_next() -> None:
    nextjs = b'{"dependencies": {"next": "16.0.0"}}'
    assert next_app_folder({"package.json": nextjs, "web/package.json": nextjs}) == ""
    scripts_only = {
        "package.json": b'{"scripts": {"dev": "cd web && next dev"}}',
        "api/package.json": b'{"dependencies": {"express": "5.1.0"}}',
        "web/package.json": b'{"devDependencies": {"next": "15.5.0"}}',
        "web/site/package.json": nextjs,
    }
    assert next_app_folder(scripts_only) == "web"
    assert next_app_folder({"web/package.json": nextjs}) == "web"  # no package.json at the top
    broken = {"web/package.json": b"{not json", "web/node_modules/next/package.json": nextjs}
    assert next_app_folder(broken) == ""  # nothing runnable: the start says why


def test_files_under_a_folder_are_relative_to_it() -> None:
    files = {"web/app/page.tsx": b"a", "web2/x.ts": b"b", "README.md": b"c"}
    assert files_under(files, "web") == {"app/page.tsx": b"a"}
    assert files_under(files, "") == files
