"""The v0 compatibility rules, each on a realistic v0-style app, and their idempotence."""

from __future__ import annotations

import json

import pytest

from l4ydesk.core.publish.compat import CompatResult, NotAnAppError, apply_rules
from tests.unit.publish.v0_files import V3_GLOBALS, V4_GLOBALS, package_json, v0_app


def applied_twice(files: dict[str, bytes]) -> CompatResult:
    first = apply_rules(files)
    second = apply_rules(first.files)
    assert second.changes == [], "applying the rules again must change nothing"
    assert second.files == first.files
    return first


def text(result: CompatResult, path: str) -> str:
    return result.files[path].decode()


def rules(result: CompatResult) -> list[str]:
    return [c.rule for c in result.changes]


def test_a_consistent_v0_app_is_left_alone() -> None:
    files = v0_app()
    result = apply_rules(files)
    assert result.changes == []
    assert result.files == files


def test_v4_stylesheet_in_a_v3_app_becomes_v3_with_a_config() -> None:
    files = v0_app("^3.4.17", **{"app/globals.css": V4_GLOBALS})
    result = applied_twice(files)
    css = text(result, "app/globals.css")
    assert css.startswith("@tailwind base;\n@tailwind components;\n@tailwind utilities;\n")
    for gone in (
        '@import "tailwindcss"',
        "tw-animate-css",
        "@custom-variant",
        "@theme",
        "@utility",
    ):
        assert gone not in css
    # the theme's custom properties are kept for var() readers; keyframes move out of :root
    assert "--color-background: var(--background);" in css
    assert css.index("@keyframes float") > css.index("--radius-lg")
    assert "@layer utilities {\n  .text-balance-pretty {" in css
    config = text(result, "tailwind.config.js")
    assert '"background": "var(--color-background)"' in config
    assert '"lg": "var(--radius-lg)"' in config
    assert 'require("tailwindcss-animate")' in config
    package = json.loads(text(result, "package.json"))
    assert package["dependencies"]["tailwindcss-animate"] == "1.0.7"
    (change,) = result.changes
    assert change.rule == "tailwind-version"
    assert set(change.paths) == {"app/globals.css", "tailwind.config.js", "package.json"}


def test_v4_postcss_plugin_in_a_v3_app_is_replaced() -> None:
    files = v0_app("^3.4.17")
    files["postcss.config.mjs"] = (
        b'const config = {\n  plugins: {\n    "@tailwindcss/postcss": {},\n  },\n}\n'
        b"export default config\n"
    )
    result = applied_twice(files)
    assert "tailwindcss: {}," in text(result, "postcss.config.mjs")
    assert "@tailwindcss/postcss" not in text(result, "postcss.config.mjs")


def _without_tailwind(package: bytes) -> bytes:
    data = json.loads(package)
    for section in ("dependencies", "devDependencies"):
        data[section].pop("tailwindcss", None)
        data[section].pop("@tailwindcss/postcss", None)
    return json.dumps(data, indent=2).encode()


def test_tailwind_named_by_the_postcss_config_but_undeclared_is_declared_at_its_major() -> None:
    v3 = v0_app("^3.4.17")
    v3["package.json"] = _without_tailwind(v3["package.json"])
    v3["postcss.config.mjs"] = (
        b"export default { plugins: { tailwindcss: {}, autoprefixer: {} } }\n"
    )
    result = applied_twice(v3)
    package = json.loads(text(result, "package.json"))
    assert package["devDependencies"]["tailwindcss"] == "3.4.19"
    assert package["devDependencies"]["autoprefixer"] == "10.4.20"
    assert "postcss-plugins" in rules(result)
    assert text(result, "app/globals.css").startswith("@tailwind base;")  # v3 stays v3

    v4 = v0_app("^4.1.9")
    v4["package.json"] = _without_tailwind(v4["package.json"])
    package = json.loads(text(applied_twice(v4), "package.json"))
    assert package["devDependencies"]["tailwindcss"] == "4.1.9"
    assert package["devDependencies"]["@tailwindcss/postcss"] == "4.1.9"


def test_a_declared_tailwind_or_a_config_naming_no_plugin_adds_nothing() -> None:
    assert "postcss-plugins" not in rules(applied_twice(v0_app("^3.4.17")))
    bare = v0_app("^3.4.17")
    bare["package.json"] = _without_tailwind(bare["package.json"])
    bare["postcss.config.mjs"] = b"export default { plugins: {} }\n"
    assert "postcss-plugins" not in rules(applied_twice(bare))


def test_v3_directives_in_a_v4_app_become_the_import_and_keep_the_js_config() -> None:
    files = v0_app(
        "^4.1.9",
        **{"app/globals.css": V3_GLOBALS, "tailwind.config.ts": "export default {}\n"},
    )
    files["postcss.config.mjs"] = b"module.exports = { plugins: { tailwindcss: {} } }\n"
    files["package.json"] = package_json("^4.1.9").replace(b'"@tailwindcss/postcss"', b'"x"')
    result = applied_twice(files)
    css = text(result, "app/globals.css")
    assert css.startswith('@import "tailwindcss";\n@config "../tailwind.config.ts";\n')
    assert "@tailwind" not in css
    assert '"@tailwindcss/postcss": {}' in text(result, "postcss.config.mjs")
    package = json.loads(text(result, "package.json"))
    assert package["devDependencies"]["@tailwindcss/postcss"] == "4.1.9"


def test_stale_stylesheets_nobody_imports_are_not_touched() -> None:
    # v0 ships styles/globals.css next to app/globals.css; only the imported one matters
    files = v0_app("^4.1.9", **{"styles/globals.css": V3_GLOBALS})
    assert apply_rules(files).changes == []


def test_missing_shadcn_components_are_written_from_templates() -> None:
    page = (
        'import { Textarea } from "@/components/ui/textarea"\n'
        'import { Switch } from "@/components/ui/switch"\n'
        'import { Dialog, DialogContent, DialogTitle } from "@/components/ui/dialog"\n\n'
        "export default function Contact() {\n"
        "  return <form><Textarea /><Switch /><Dialog><DialogContent><DialogTitle>Hi"
        "</DialogTitle></DialogContent></Dialog></form>\n}\n"
    )
    result = applied_twice(v0_app(**{"app/contact/page.tsx": page}))
    switch = text(result, "components/ui/switch.tsx")
    assert switch.startswith('"use client"')
    assert "@radix-ui/react-switch" in switch and "export { Switch }" in switch
    assert 'from "@/lib/utils"' in switch
    assert "DialogTitle," in text(result, "components/ui/dialog.tsx")
    assert "forwardRef<HTMLTextAreaElement" in text(result, "components/ui/textarea.tsx")
    package = json.loads(text(result, "package.json"))["dependencies"]
    assert package["@radix-ui/react-switch"] == "1.1.2"
    assert package["@radix-ui/react-dialog"] == "1.1.4"
    assert package["lucide-react"] == "0.577.0"  # the dialog's close icon
    assert rules(result) == ["shadcn-components"] * 3 + ["missing-dependencies"]


def test_a_component_without_template_gets_each_imported_name() -> None:
    page = (
        "import { Timeline, TimelineItem, TimelineTitle, timelineVariants } from "
        '"@/components/ui/timeline"\n\nexport default function P() {\n'
        "  return <Timeline className={timelineVariants()}><TimelineItem><TimelineTitle>"
        "Day 1</TimelineTitle></TimelineItem></Timeline>\n}\n"
    )
    result = applied_twice(v0_app(**{"app/page.tsx": page}))
    module = text(result, "components/ui/timeline.tsx")
    assert "export { Timeline, TimelineItem, TimelineTitle, timelineVariants };" in module
    assert "<h2 ref=" in module  # a title is a heading
    assert "React.forwardRef" in module


def test_lib_utils_is_written_when_the_template_needs_cn() -> None:
    files = v0_app(**{"app/page.tsx": 'import { Badge } from "@/components/ui/badge"\n'})
    del files["lib/utils.ts"]
    result = applied_twice(files)
    assert "export function cn" in text(result, "lib/utils.ts")
    assert set(result.changes[0].paths) == {"components/ui/badge.tsx", "lib/utils.ts"}


COUNTER = """import * as React from "react"

export function Counter() {
  const [count, setCount] = React.useState(0)
  return <button onClick={() => setCount(count + 1)}>{count}</button>
}
"""


def test_use_client_is_added_where_a_server_component_uses_hooks() -> None:
    page = (
        'import { Counter } from "@/components/counter"\n\n'
        "export default function P() {\n  return <Counter />\n}\n"
    )
    result = applied_twice(v0_app(**{"app/page.tsx": page, "components/counter.tsx": COUNTER}))
    assert text(result, "components/counter.tsx").startswith('"use client";\n\nimport')
    assert text(result, "app/page.tsx") == page
    (change,) = result.changes
    assert change.paths == ("components/counter.tsx",)
    assert "calls React.useState" in change.description


def test_use_client_for_named_hooks_and_handlers_but_never_with_metadata() -> None:
    handler_page = (
        "export default function P() {\n"
        '  return <button onClick={() => alert("hi")}>Hi</button>\n}\n'
    )
    hook_layout = (
        'import { useState } from "react"\nexport const metadata = { title: "x" }\n'
        "export default function L({ children }: { children: React.ReactNode }) {\n"
        "  const [o] = useState(false)\n  return <html><body>{children}</body></html>\n}\n"
    )
    result = applied_twice(v0_app(**{"app/page.tsx": handler_page, "app/layout.tsx": hook_layout}))
    assert text(result, "app/page.tsx").startswith('"use client"')
    assert text(result, "app/layout.tsx") == hook_layout  # metadata cannot be client-side


def test_client_children_of_client_components_need_no_directive() -> None:
    parent = (
        '"use client"\nimport { Counter } from "./counter"\n'
        "export function Shell() { return <Counter /> }\n"
    )
    page = (
        'import { Shell } from "@/components/shell"\n'
        "export default function P() { return <Shell /> }\n"
    )
    files = v0_app(
        **{"app/page.tsx": page, "components/shell.tsx": parent, "components/counter.tsx": COUNTER}
    )
    assert apply_rules(files).changes == []


def test_undeclared_packages_are_added_pinned_and_unknown_ones_left() -> None:
    page = (
        'import { motion } from "framer-motion"\nimport { format } from "date-fns/format"\n'
        'import leftpad from "left-pad-deluxe"\nimport fs from "node:fs"\nimport path from "path"\n'
        "export default function P() {\n"
        "  return <motion.div>{format(new Date(), 'P')}</motion.div>\n}\n"
    )
    result = applied_twice(v0_app(**{"app/page.tsx": page}))
    deps = json.loads(text(result, "package.json"))["dependencies"]
    assert deps["framer-motion"] == "12.23.24"
    assert deps["date-fns"] == "4.1.0"
    assert "left-pad-deluxe" not in deps and "path" not in deps
    assert list(deps) == sorted(deps)
    assert text(result, "package.json").endswith("}\n")


def test_not_an_app_is_a_sentence() -> None:
    with pytest.raises(NotAnAppError, match=r"no package\.json"):
        apply_rules({"index.html": b"<p>hi</p>"})
    with pytest.raises(NotAnAppError, match="not valid JSON"):
        apply_rules({"package.json": b"{ nope"})


ICON_PAGE = """import {
  ArrowRight, ArrowRightCircleFilled, Instagram2 as Insta, ShoppingCartIcon,
} from "lucide-react"

export default function P() {
  return <p><ArrowRight /><ArrowRightCircleFilled /><Insta /><ShoppingCartIcon /></p>
}
"""


def test_unknown_lucide_icons_are_imported_as_the_nearest_existing_one() -> None:
    result = applied_twice(v0_app(**{"app/page.tsx": ICON_PAGE}))
    page = text(result, "app/page.tsx")
    assert (
        "  ArrowRight, ArrowRightCircle as ArrowRightCircleFilled, Instagram as Insta, "
        "ShoppingCartIcon,\n} from" in page
    )
    body = ICON_PAGE[ICON_PAGE.index("export default") :]
    assert page.endswith(body)  # the JSX is untouched
    assert rules(result) == ["lucide-icons", "missing-dependencies"]  # lucide-react, pinned
    change = result.changes[0]
    assert "ArrowRightCircleFilled → ArrowRightCircle; Instagram2 → Instagram" in change.description


def test_a_misspelt_icon_suffix_finds_the_icon_it_names() -> None:
    # every lucide icon is exported as `XIcon` too; a typo in that suffix used to pull the
    # match to an icon with a similar last word (`ImageIconn` → ImageDown)
    page = (
        'import { ImageIconn, ChevronDownIconn } from "lucide-react"\n\n'
        "export default function Cart() {\n"
        "  return <main><ImageIconn /><ChevronDownIconn /></main>\n}\n"
    )
    result = applied_twice(v0_app(**{"app/cart/page.tsx": page}))
    out = text(result, "app/cart/page.tsx")
    assert out.startswith(
        'import { Image as ImageIconn, ChevronDown as ChevronDownIconn } from "lucide-react"'
    )


def test_a_one_letter_icon_with_a_misspelt_suffix_is_that_icon() -> None:
    # shadcn's dialog imports `XIcon`; misspelt, the one-letter name before the suffix was not
    # split off and the match went to XOctagon, and a bare "x" would have meant the X logo
    page = (
        'import { XIconn } from "lucide-react"\n\n'
        "export default function Close() {\n  return <button><XIconn /></button>\n}\n"
    )
    result = applied_twice(v0_app(**{"components/close.tsx": page}))
    assert text(result, "components/close.tsx").startswith(
        'import { X as XIconn } from "lucide-react"'
    )


def test_missing_images_point_at_a_placeholder_that_exists() -> None:
    products = (
        'import hero from "@/public/images/hero.jpg"\n'
        'import logo from "../public/logo.png"\n\n'
        'export const products = [\n  { name: "Mug", image: "/products/mug.jpg" },\n'
        '  { name: "Bowl", image: "/placeholder.svg?height=200&width=200" },\n]\n'
        'export const gallery = { images: ["/gallery/1.webp"], route: "/menu.png" }\n'
        'export const metadata = { icons: { icon: "/favicon.png" } }\n'
        "export function Hero() {\n"
        '  return <img src="/hero-banner.png" alt="" data-hero={hero} data-logo={logo} />\n}\n'
    )
    files = v0_app(**{"lib/products.tsx": products})
    result = applied_twice(files)
    out = text(result, "lib/products.tsx")
    assert 'import hero from "@/public/placeholder.svg"' in out
    assert 'import logo from "../public/placeholder.svg"' in out
    assert 'image: "/placeholder.svg" }' in out
    assert '"/placeholder.svg?height=200&width=200"' in out  # existed: untouched
    assert 'images: ["/placeholder.svg"]' in out
    assert 'route: "/menu.png"' in out  # not an image property
    assert '"/favicon.png"' in out  # page metadata links are not content images
    assert 'src="/placeholder.svg"' in out
    (change,) = result.changes
    assert change.rule == "local-images" and change.paths == ("lib/products.tsx",)


def test_the_placeholder_is_written_when_the_app_has_none() -> None:
    files = v0_app(**{"app/page.tsx": 'export default () => <img src="/team.jpg" alt="Team" />\n'})
    del files["public/placeholder.svg"]
    result = applied_twice(files)
    assert result.files["public/placeholder.svg"].startswith(b"<svg")
    assert result.changes[0].paths == ("app/page.tsx", "public/placeholder.svg")


GEIST_LAYOUT = """import type { Metadata } from "next"
import { GeistSans } from "geist/font/sans"
import { GeistMono } from "geist/font/mono"
import "./globals.css"

export const metadata: Metadata = { title: "v0 App" }

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en" className={`${GeistSans.variable} ${GeistMono.variable}`}>
      <body>{children}</body>
    </html>
  )
}
"""


def test_geist_without_the_package_comes_from_next_font_google() -> None:
    result = applied_twice(v0_app(**{"app/layout.tsx": GEIST_LAYOUT}))
    layout = text(result, "app/layout.tsx")
    assert layout.startswith(
        'import type { Metadata } from "next"\n'
        'import { Geist, Geist_Mono } from "next/font/google";\n'
        'import "./globals.css"\n\n'
        'const GeistSans = Geist({ subsets: ["latin"], variable: "--font-geist-sans" });\n'
        'const GeistMono = Geist_Mono({ subsets: ["latin"], variable: "--font-geist-mono" });\n'
    )
    assert "geist/font" not in layout
    assert "geist" not in json.loads(text(result, "package.json"))["dependencies"]
    assert rules(result) == ["geist-fonts"]


def test_geist_with_the_package_declared_is_left_alone() -> None:
    files = v0_app(**{"app/layout.tsx": GEIST_LAYOUT})
    files["package.json"] = files["package.json"].replace(
        b'"next": "15.5.6"', b'"geist": "1.3.1",\n    "next": "15.5.6"'
    )
    assert apply_rules(files).changes == []


def test_geist_from_google_on_an_old_next_moves_to_the_package() -> None:
    layout = (
        'import { Geist, Inter } from "next/font/google"\n\n'
        'const geist = Geist({ subsets: ["latin"] })\nconst inter = Inter({ subsets: ["latin"] })\n'
        "export default function L({ children }: { children: React.ReactNode }) {\n"
        "  return <html className={geist.className}><body>{children}</body></html>\n}\n"
    )
    files = v0_app(**{"app/layout.tsx": layout})
    files["package.json"] = files["package.json"].replace(b'"15.5.6"', b'"14.2.16"')
    result = applied_twice(files)
    out = text(result, "app/layout.tsx")
    assert out.startswith(
        'import { Inter } from "next/font/google";\nimport { GeistSans } from "geist/font/sans";\n'
    )
    assert "const geist = GeistSans\n" in out
    assert json.loads(text(result, "package.json"))["dependencies"]["geist"] == "1.3.1"


def test_use_client_goes_after_a_byte_order_mark() -> None:
    page = 'import { Counter } from "@/components/counter"\nexport default () => <Counter />\n'
    counter = "\ufeff" + COUNTER
    result = applied_twice(v0_app(**{"app/page.tsx": page, "components/counter.tsx": counter}))
    assert text(result, "components/counter.tsx").startswith('\ufeff"use client";\n\nimport')


PROVIDER = (
    '"use client"\n\nimport { createContext, type ReactNode } from "react"\n\n'
    "const Auth = createContext<string | null>(null)\n\n"
    "export function AuthProvider({ children }: { children: ReactNode }) {\n"
    "  return <Auth.Provider value={null}>{children}</Auth.Provider>\n}\n"
)


def test_a_ts_file_holding_jsx_is_renamed_to_tsx_and_nothing_else_moves() -> None:
    files = v0_app(
        **{
            "lib/auth.ts": PROVIDER,
            "lib/cast.ts": "export const n = <number>(1 as unknown)\n",  # valid TypeScript
            "lib/both.ts": PROVIDER,  # a .tsx of that name exists: left for a person to sort
            "lib/both.tsx": "export const x = 1\n",
            "types/jsx.d.ts": "declare const y: <T>(v: T) => T\n",
        }
    )
    result = applied_twice(files)
    assert rules(result) == ["jsx-extension"]
    assert "lib/auth.ts" not in result.files
    assert text(result, "lib/auth.tsx") == PROVIDER  # the same bytes, under the new name
    assert result.removed_paths(files) == ["lib/auth.ts"]
    assert result.changed_paths(files) == ["lib/auth.tsx"]
    for kept in ("lib/cast.ts", "lib/both.ts", "lib/both.tsx", "types/jsx.d.ts"):
        assert result.files[kept] == files[kept]
    (change,) = result.changes
    assert change.paths == ("lib/auth.ts", "lib/auth.tsx")
