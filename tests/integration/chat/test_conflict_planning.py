"""The three-way comparison behind v0 syncs, and where "keep both" puts v0's copy."""

from __future__ import annotations

import pytest

from l4ydesk.core.chat import both_path
from l4ydesk.core.chat.conflicts import LocalFile, PlannedConflict, plan_sync
from l4ydesk.core.paths import path_key
from l4ydesk.core.vfs import content_hash


def h(text: str) -> str:
    return content_hash(text.encode())


def local(**files: str) -> dict[str, LocalFile]:
    return {path_key(p): LocalFile(p, h(t)) for p, t in files.items()}


def test_each_case_of_the_three_way_comparison() -> None:
    base = {
        "same": h("s"),
        "v0_only": h("a"),
        "user_only": h("b"),
        "both": h("c"),
        "gone": h("d"),
        "gone_edited": h("e"),
        "user_deleted": h("f"),
    }
    mine = local(
        same="s",
        v0_only="a",
        user_only="B!",
        both="mine",
        gone="d",
        gone_edited="edited",
        new_local="local",
    )
    theirs = {
        "same": "s",
        "v0_only": "A!",
        "user_only": "b",
        "both": "theirs",
        "user_deleted": "F!",
        "new_v0": "n",
        "new_local": "remote",
    }

    plan = plan_sync(base, mine, theirs, deleted=["gone", "gone_edited"])

    assert plan.writes == {"v0_only": b"A!", "new_v0": b"n"}
    assert plan.deletes == ("gone",)
    assert plan.conflicts == (
        PlannedConflict("both", "theirs"),
        PlannedConflict("gone_edited", None),
        PlannedConflict("new_local", "remote"),
        PlannedConflict("user_deleted", "F!"),
    )
    assert set(plan.base) == set(theirs)


def test_a_file_missing_from_a_version_is_kept_not_deleted() -> None:
    # v1 versions hold only the generated source unless includeDefaultFiles=true: a missing
    # package.json was not deleted by v0, so it stays, edited or not, and keeps its base.
    base = {"package.json": h("{}"), "app/page.tsx": h("a")}
    mine = local(**{"package.json": "{}", "app/page.tsx": "a"})

    plan = plan_sync(base, mine, {"app/page.tsx": "b"})

    assert plan.writes == {"app/page.tsx": b"b"}
    assert plan.deletes == () and plan.conflicts == ()
    assert plan.base["package.json"] == h("{}")


def test_identical_edits_are_not_conflicts_and_case_follows_the_app() -> None:
    plan = plan_sync(
        {"App/Page.tsx": h("old")}, local(**{"App/Page.tsx": "old"}), {"app/page.tsx": "new"}
    )
    assert plan.writes == {"App/Page.tsx": b"new"}
    agreed = plan_sync({"x": h("old")}, local(x="same"), {"x": "same"})
    assert not agreed.writes and not agreed.conflicts


def test_unsafe_paths_from_v0_are_skipped_with_a_reason() -> None:
    plan = plan_sync({}, {}, {"../etc/passwd": "x", "ok.ts": "y"})
    assert plan.writes == {"ok.ts": b"y"}
    assert len(plan.skipped) == 1 and "outside the app" in plan.skipped[0]


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("app/page.tsx", "app/page.v0.tsx"),
        ("lib/a.test.ts", "lib/a.test.v0.ts"),
        ("Makefile", "Makefile.v0"),
        (".env", ".env.v0"),
        ("app/.eslintrc.json", "app/.eslintrc.v0.json"),
    ],
)
def test_keep_both_names(path: str, expected: str) -> None:
    assert both_path(path, lambda p: False) == expected


def test_keep_both_skips_taken_names() -> None:
    taken = {"app/page.v0.tsx", "app/page.v0-2.tsx"}
    assert both_path("app/page.tsx", taken.__contains__) == "app/page.v0-3.tsx"
