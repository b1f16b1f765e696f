"""Reading the path an app's pages are served under (`basePath` in its Next.js config)."""

from __future__ import annotations

import pytest

from l4ydesk.core.preview.base_path import config_base_path


def config(text: str, name: str = "next.config.mjs") -> dict[str, bytes]:
    return {name: text.encode(), "package.json": b"{}"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # GitHub Pages export: a literal base path, as v0 apps published there write it
        (
            "const nextConfig = {\n  output: 'export',\n  basePath: '/shop-site',\n"
            "  assetPrefix: '/shop-site/',\n}\nexport default nextConfig",
            "/shop-site",
        ),
        ('module.exports = { basePath: "/docs/", reactStrictMode: true }', "/docs"),
        ("export default { basePath: `/plain` }", "/plain"),
    ],
)
def test_a_literal_base_path_is_read(text: str, expected: str) -> None:
    found = config_base_path(config(text))
    assert found == (expected, "next.config.mjs")


@pytest.mark.parametrize(
    "text",
    [
        "const nextConfig = { images: { unoptimized: true } }",
        # commented out, in either comment style
        "const c = {\n  // basePath: '/old',\n}\n",
        "const c = {\n  /* basePath: '/old', */ images: {},\n}\n",
        # known only when the app runs
        "const c = { basePath: isProd ? '/repo' : '' }",
        "const c = { basePath: process.env.BASE_PATH }",
        "const c = { basePath: `/${repo}` }",
        # the root, written out
        "const c = { basePath: '/' }",
    ],
)
def test_no_base_path_when_none_is_written_plainly(text: str) -> None:
    assert config_base_path(config(text)) is None


def test_a_typescript_config_counts_and_a_nested_one_does_not() -> None:
    files = {"next.config.ts": b"const c: NextConfig = { basePath: '/app' }\n"}
    assert config_base_path(files) == ("/app", "next.config.ts")
    nested = {"site/next.config.js": b"module.exports = { basePath: '/x' }"}
    assert config_base_path(nested) is None
