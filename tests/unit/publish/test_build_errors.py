"""Reading real `next build` logs (tests/data/build_logs/) and the rules' fixes for them."""

from __future__ import annotations

from pathlib import Path

from l4ydesk.core.publish.build_errors import BuildError, fix_for, parse_build_errors
from tests.unit.publish.v0_files import V4_GLOBALS, v0_app

LOGS = Path(__file__).resolve().parents[2] / "data" / "build_logs"


def errors_in(name: str, root: str | None = None) -> list[BuildError]:
    return parse_build_errors((LOGS / name).read_text(encoding="utf-8"), root=root)


def test_missing_package() -> None:
    (error,) = errors_in("next15-missing-package.log")
    assert error == BuildError(
        "app/page.tsx",
        None,
        None,
        "Module not found: Can't resolve 'framer-motion'",
        "module-not-found",
    )


def test_type_error_with_coloured_code_frame() -> None:
    (error,) = errors_in("next15-type-error.log")
    assert (error.file, error.line, error.column, error.kind) == ("app/page.tsx", 11, 9, "type")
    assert error.message == "Type error: Type 'string' is not assignable to type 'number'."


def test_tailwind_v4_directive_in_v3_app_is_reported_once() -> None:
    (error,) = errors_in("next15-tailwind-v4-in-v3.log", root="/tmp/pcompat/builds/sample-tw4")
    assert (error.file, error.line, error.column, error.kind) == (
        "app/globals.css",
        13,
        1,
        "tailwind",
    )
    assert error.message == (
        "Syntax error: `@layer base` is used but no matching `@tailwind base` directive is present."
    )


def test_prerender_failure_of_a_hook_in_a_server_component() -> None:
    (error,) = errors_in("next15-prerender-hook.log")
    assert error.kind == "use-client"
    assert error.message.startswith(
        'prerendering "/booking": TypeError: e.useState is not a function'
    )


def test_missing_lucide_icon_warning_and_type_error() -> None:
    warning, type_error = errors_in("next15-lucide-missing-icon.log")
    assert warning.kind == type_error.kind == "missing-export"
    assert (type_error.file, type_error.line, type_error.column) == ("app/page.tsx", 2, 22)
    assert "'ArrowRightCircleFilled'" in type_error.message


def test_module_parse_failure_has_its_position() -> None:
    (error,) = errors_in("next15-module-parse-failed.log")
    assert (error.file, error.line, error.column, error.kind) == (
        "components/contact-form.tsx",
        9,
        9,
        "syntax",
    )
    assert (
        error.message
        == "Module parse failed: Identifier 'Textarea' has already been declared (9:9)"
    )


def test_a_clean_log_has_no_errors() -> None:
    assert parse_build_errors("   ▲ Next.js 15.5.29\n ✓ Compiled successfully in 4s\n") == []


def test_fix_for_a_missing_package_adds_it() -> None:
    (error,) = errors_in("next15-missing-package.log")
    files = v0_app(**{"app/page.tsx": 'import { motion } from "framer-motion"\n'})
    fix = fix_for(error, files)
    assert fix is not None
    assert [c.rule for c in fix.changes] == ["missing-dependencies"]
    assert b'"framer-motion": "12.23.24"' in fix.files["package.json"]


def test_fix_for_the_tailwind_error_converts_the_stylesheet() -> None:
    (error,) = errors_in("next15-tailwind-v4-in-v3.log")
    fix = fix_for(error, v0_app("^3.4.17", **{"app/globals.css": V4_GLOBALS}))
    assert fix is not None and fix.changes[0].rule == "tailwind-version"


def test_no_fix_for_a_plain_type_error_or_an_app_already_right() -> None:
    (error,) = errors_in("next15-type-error.log")
    assert fix_for(error, v0_app()) is None
    (tailwind,) = errors_in("next15-tailwind-v4-in-v3.log")
    assert fix_for(tailwind, v0_app()) is None  # nothing to convert: the AI gets it
