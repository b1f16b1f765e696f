"""Rewrites a stylesheet between Tailwind v3 (`@tailwind …`) and v4 (`@import "tailwindcss"`)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from l4ydesk.core.publish.compat.css_text import at_rule_blocks, declarations

_EOL = r"[ \t]*(?:\r?\n|$)"
V3_DIRECTIVE = re.compile(
    rf"^[ \t]*@tailwind[ \t]+(base|components|utilities|variants|screens)[ \t]*;?{_EOL}", re.M
)
V4_IMPORT = re.compile(
    rf"""^[ \t]*@import[ \t]+(?:url\()?["']tailwindcss(?:/[\w./-]+)?["']\)?[^;\n]*;?{_EOL}""",
    re.M,
)
TW_ANIMATE_IMPORT = re.compile(
    rf"""^[ \t]*@import[ \t]+["']tw-animate-css["'][^;\n]*;?{_EOL}""", re.M
)
CUSTOM_VARIANT = re.compile(rf"^[ \t]*@custom-variant[^;{{\n]*;{_EOL}", re.M)
PLUGIN = re.compile(rf"""^[ \t]*@plugin[ \t]+["']([^"']+)["'][ \t]*;?{_EOL}""", re.M)
CONFIG = re.compile(r"""@config[ \t]+["'][^"']+["']""")
V3_HEADER = "@tailwind base;\n@tailwind components;\n@tailwind utilities;\n"
# The v4 theme namespaces that have a v3 config key (https://tailwindcss.com/docs/theme).
THEME_KEYS = {
    "color": "colors",
    "radius": "borderRadius",
    "font": "fontFamily",
    "shadow": "boxShadow",
    "animate": "animation",
    "breakpoint": "screens",
    "text": "fontSize",
    "spacing": "spacing",
    "tracking": "letterSpacing",
    "leading": "lineHeight",
    "ease": "transitionTimingFunction",
    "blur": "blur",
}


@dataclass
class V3Conversion:
    css: str
    did: list[str] = field(default_factory=list)
    theme: dict[str, dict[str, str]] = field(default_factory=dict)
    plugins: list[str] = field(default_factory=list)
    used_tw_animate: bool = False


def is_v4_css(css: str) -> bool:
    return bool(V4_IMPORT.search(css)) or bool(at_rule_blocks(css, "theme"))


def is_v3_css(css: str) -> bool:
    return bool(V3_DIRECTIVE.search(css))


def to_v3(css: str) -> V3Conversion:
    """v4 syntax → v3: the import becomes the three directives, `@theme` becomes plain custom
    properties on `:root` (kept: code may read them with var()), `@utility` becomes a class in
    `@layer utilities`, and v4-only at-rules that v3 cannot read are dropped."""
    out = V3Conversion(css)
    text = css
    if V4_IMPORT.search(text):
        replacement = "" if V3_DIRECTIVE.search(text) else V3_HEADER
        text = V4_IMPORT.sub(lambda _m: "", text)
        text = _insert_after_imports(text, replacement)
        out.did.append('@import "tailwindcss" → @tailwind base/components/utilities')
    if TW_ANIMATE_IMPORT.search(text):
        text = TW_ANIMATE_IMPORT.sub("", text)
        out.used_tw_animate = True
        out.did.append('removed @import "tw-animate-css" (v4 only; v3 uses tailwindcss-animate)')
    if CUSTOM_VARIANT.search(text):
        text = CUSTOM_VARIANT.sub("", text)
        out.did.append("removed @custom-variant (v3 sets darkMode in its config)")
    plugins = PLUGIN.findall(text)
    if plugins:
        text = PLUGIN.sub("", text)
        out.plugins.extend(plugins)
        out.did.append("moved @plugin to the Tailwind config")
    text = _theme_to_root(text, out)
    text = _utilities_to_layer(text, out)
    out.css = text
    return out


def _insert_after_imports(text: str, header: str) -> str:
    """Put `header` where an @import would go: after @charset/@import lines at the top."""
    if not header:
        return text
    pos = 0
    for match in re.finditer(r"^[ \t]*@(?:charset|import)[^;\n]*;[ \t]*\n", text, re.M):
        if text[pos : match.start()].strip():
            break
        pos = match.end()
    prefix = text[:pos]
    rest = text[pos:].lstrip("\n")
    return prefix + header + ("\n" + rest if rest else "")


def _theme_to_root(text: str, out: V3Conversion) -> str:
    blocks = at_rule_blocks(text, "theme")
    if not blocks:
        return text
    for block in reversed(blocks):
        body = block.body(text)
        keyframes = [body[k.start : k.end] for k in at_rule_blocks(body, "keyframes")]
        for key, value in declarations(body):
            _record_theme(out, key, value)
        inner = body
        for frame in at_rule_blocks(body, "keyframes")[::-1]:
            inner = inner[: frame.start] + inner[frame.end :]
        replacement = (
            ":root {"
            + inner.rstrip()
            + "\n}\n"
            + "".join("\n" + frame.strip() + "\n" for frame in keyframes)
        )
        text = text[: block.start] + replacement + text[block.end :]
    out.did.append("@theme → plain custom properties on :root, kept for var() readers")
    return text


def _record_theme(out: V3Conversion, key: str, value: str) -> None:
    if not key.startswith("--") or "--" in key[2:]:
        return  # `--text-lg--line-height` and the like have no v3 config form
    namespace, _, name = key[2:].partition("-")
    section = THEME_KEYS.get(namespace)
    if section is None or not name or name == "*" or value == "initial":
        return
    out.theme.setdefault(section, {})[name] = f"var({key})"


def _utilities_to_layer(text: str, out: V3Conversion) -> str:
    blocks = [b for b in at_rule_blocks(text, "utility") if not b.prelude.endswith("-*")]
    if not blocks:
        return text
    for block in reversed(blocks):
        rule = f"@layer utilities {{\n  .{block.prelude} {{{block.body(text)}}}\n}}\n"
        text = text[: block.start] + rule + text[block.end :]
    out.did.append("@utility → a class in @layer utilities")
    return text


def to_v4(css: str, config_spec: str | None) -> tuple[str, list[str]]:
    """v3 directives → one `@import "tailwindcss"` where the first directive was, plus
    `@config` naming the app's JS config (v4 reads it, so colors and plugins keep working)."""
    did: list[str] = []
    first = V3_DIRECTIVE.search(css)
    if first is None:
        return css, did
    header = "" if V4_IMPORT.search(css) else '@import "tailwindcss";\n'
    if header and config_spec and not CONFIG.search(css):
        header += f'@config "{config_spec}";\n'
        did.append(f"@config names {config_spec} so v4 keeps the app's theme and plugins")
    text = css[: first.start()] + header + V3_DIRECTIVE.sub("", css[first.start() :])
    did.insert(0, '@tailwind base/components/utilities → @import "tailwindcss"')
    return text, did
