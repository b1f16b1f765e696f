"""Reading real `next build` logs (tests/data/build_logs/) and the rules' fixes for them."""

from __future__ import annotations

from pathlib import Path

from l4ydesk.core.publish.build_errors import BuildError, fix_for, parse_build_errors
from tests.unit.publish.v0_files import V3_GLOBALS, V4_GLOBALS, v0_app

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


def test_unknown_google_font() -> None:
    (error,) = errors_in("next15-font-unknown.log")
    assert (error.file, error.kind) == ("app/layout.tsx", "font")
    assert error.message == "`next/font` error: Unknown font `Geist Sans Pro`"


def test_component_that_cannot_be_used_as_jsx_keeps_the_whole_type_message() -> None:
    (error,) = errors_in("next15-jsx-component.log")
    assert (error.file, error.line, error.column) == ("components/site-footer.tsx", 38, 40)
    assert error.kind == "jsx-component"
    assert error.message.startswith("Type error: 'Broken' cannot be used as a JSX component.")
    assert "is not assignable to type 'ReactNode | Promise<ReactNode>'" in error.message


def test_turbopack_module_not_found_has_a_position() -> None:
    (error,) = errors_in("next16-missing-package.log")
    assert error == BuildError(
        "app/page.tsx", 1, 1, "Module not found: Can't resolve 'framer-motion'", "module-not-found"
    )


def test_turbopack_tailwind_v3_directives_in_v4() -> None:
    unknown, config_type = errors_in("next16-tailwind-v3-in-v4.log")
    assert unknown.kind == "tailwind" and unknown.file is None
    assert unknown.message.startswith("Cannot apply unknown utility class `border-border`.")
    assert (config_type.file, config_type.line, config_type.kind) == (
        "tailwind.config.ts",
        5,
        "type",
    )


def test_fix_for_the_missing_geist_package_uses_next_font() -> None:
    (error,) = errors_in("next15-geist-package-missing.log")
    layout = (
        'import { GeistSans } from "geist/font/sans"\nimport "./globals.css"\n\n'
        "export default function L({ children }: { children: React.ReactNode }) {\n"
        "  return <html className={GeistSans.variable}><body>{children}</body></html>\n}\n"
    )
    fix = fix_for(error, v0_app(**{"app/layout.tsx": layout}))
    assert fix is not None and [c.rule for c in fix.changes] == ["geist-fonts"]
    assert b'import { Geist } from "next/font/google";' in fix.files["app/layout.tsx"]


def test_fix_for_v3_directives_and_the_v3_config_type_in_a_v4_app() -> None:
    unknown, config_type = errors_in("next16-tailwind-v3-in-v4.log")
    config = (
        'import type { Config } from "tailwindcss"\n\n'
        'export default {\n  darkMode: ["class"],\n} satisfies Config\n'
    )
    files = v0_app("^4.1.9", **{"app/globals.css": V3_GLOBALS, "tailwind.config.ts": config})
    fix = fix_for(unknown, files)
    assert fix is not None
    assert fix.files["app/globals.css"].startswith(
        b'@import "tailwindcss";\n@config "../tailwind.config.ts";\n'
    )
    assert b'darkMode: "class",' in fix.files["tailwind.config.ts"]
    again = fix_for(config_type, fix.files)
    assert again is None  # already fixed: nothing left for the rules


def test_hook_in_a_server_component_webpack_and_turbopack() -> None:
    (webpack,) = errors_in(
        "next15-use-client-hook.log", root="/tmp/pcompat/builds/sample-useclient2"
    )
    (turbopack,) = errors_in("next16-use-client-hook.log")
    assert (webpack.file, webpack.line, webpack.column) == ("app/page.tsx", 1, 1)
    assert (turbopack.file, turbopack.line, turbopack.column) == ("app/page.tsx", 1, 10)
    for error in (webpack, turbopack):
        assert error.kind == "use-client"
        assert error.message.startswith(
            "You're importing a component that needs `useState`. This React Hook only works"
        )


def test_missing_shadcn_components_each_once() -> None:
    for log in ("next15-missing-shadcn.log", "next16-missing-shadcn.log"):
        errors = errors_in(log)
        assert [e.message for e in errors] == [
            "Module not found: Can't resolve '@/components/ui/separator'",
            "Module not found: Can't resolve '@/components/ui/switch'",
        ]
        assert {e.file for e in errors} == {"components/contact-form.tsx"}
    assert [e.line for e in errors_in("next16-missing-shadcn.log")] == [9, 10]


def test_fix_for_a_missing_component_writes_it_and_its_package() -> None:
    first, _ = errors_in("next16-missing-shadcn.log")
    page = (
        'import { Separator } from "@/components/ui/separator"\n'
        "export default function P() { return <Separator /> }\n"
    )
    fix = fix_for(first, v0_app(**{"app/page.tsx": page}))
    assert fix is not None
    assert [c.rule for c in fix.changes] == ["shadcn-components", "missing-dependencies"]
    assert "components/ui/separator.tsx" in fix.files


def test_fix_for_a_hook_in_a_server_page_adds_the_directive() -> None:
    (error,) = errors_in("next16-use-client-hook.log")
    page = (
        'import { useState } from "react"\n\nexport default function P() {\n'
        "  const [n, setN] = useState(0)\n"
        "  return <button onClick={() => setN(n + 1)}>{n}</button>\n}\n"
    )
    fix = fix_for(error, v0_app(**{"app/page.tsx": page}))
    assert fix is not None
    assert fix.files["app/page.tsx"].startswith(b'"use client";\n\nimport { useState }')


def test_fix_for_an_unresolved_tailwind_declares_the_plugin_the_postcss_config_names() -> None:
    files = v0_app("^3.4.17")
    files["package.json"] = files["package.json"].replace(b'"tailwindcss": "^3.4.17"', b'"x": "1"')
    error = BuildError(
        "app/globals.css",
        None,
        None,
        "Module not found: Can't resolve 'tailwindcss'",
        "module-not-found",
    )
    fix = fix_for(error, files)
    assert fix is not None and [c.rule for c in fix.changes] == ["postcss-plugins"]
    assert b'"tailwindcss": "3.4.19"' in fix.files["package.json"]
