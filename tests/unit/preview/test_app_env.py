"""Preview environment variables: found in the code, kept in the keyring, given to `next dev`,
and a page that fails for want of one explained in a sentence."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from conftest import MakeFakeNode, run_preview

from l4ydesk.core.preview.app_env import (
    EnvVar,
    PreviewEnvError,
    PreviewEnvStore,
    check_values,
    detect_env_vars,
    missing_env_sentence,
    names_set_by_app_files,
)
from l4ydesk.core.preview.local_server import LocalPreview, OutputLine
from l4ydesk.redaction import redact
from l4ydesk.secrets import MemoryKeyring, SecretStore

SUPABASE_CLIENT = b"""import { createBrowserClient } from "@supabase/ssr";
export const client = () =>
  createBrowserClient(process.env.NEXT_PUBLIC_SUPABASE_URL!,
    process.env["NEXT_PUBLIC_SUPABASE_ANON_KEY"]!);
const mode = process.env.NODE_ENV; const url = process.env.VERCEL_URL;
"""
FILES = {
    "package.json": b'{"name": "dash", "dependencies": {"next": "15.5.29"}}\n',
    "lib/supabase/client.ts": SUPABASE_CLIENT,
    "app/page.tsx": b"export default function Page() { return <main>Hi</main>; }\n",
    "app/api/pay/route.ts": b"const key = process.env.STRIPE_SECRET_KEY;\n",
    ".env.example": (
        b"# Supabase\nNEXT_PUBLIC_SUPABASE_URL=https://xyz.supabase.co\nexport SITE_NAME=demo\n"
    ),
    "node_modules/x/index.js": b"process.env.FROM_A_PACKAGE",
}
SUPABASE_ERROR = "⨯ Error: Your project's URL and Key are required to create a Supabase client!"


def test_names_come_from_the_code_and_the_example_file() -> None:
    found = {var.name: var for var in detect_env_vars(FILES)}
    assert list(found) == [
        "NEXT_PUBLIC_SUPABASE_ANON_KEY",
        "NEXT_PUBLIC_SUPABASE_URL",
        "SITE_NAME",
        "STRIPE_SECRET_KEY",
    ]  # not NODE_ENV or VERCEL_URL (the platform's), nor what a package reads
    assert found["NEXT_PUBLIC_SUPABASE_URL"].files == (".env.example", "lib/supabase/client.ts")
    assert found["NEXT_PUBLIC_SUPABASE_URL"].public
    assert found["STRIPE_SECRET_KEY"].looks_secret
    assert not found["NEXT_PUBLIC_SUPABASE_ANON_KEY"].looks_secret  # public: in the page anyway
    assert names_set_by_app_files({".env.local": b"A=1\n# B=2\nC = 3\n"}) == {"A", "C"}


@pytest.mark.parametrize(
    ("values", "problem"),
    [
        ({"1ABC": "x"}, "cannot be an environment variable name"),
        ({"NODE_OPTIONS": "--inspect"}, "set by Node.js, Next.js or l4ydesk"),
        ({"VERCEL_URL": "x"}, "set by Node.js, Next.js or l4ydesk"),
        ({"A": "x\0y"}, "NUL character"),
    ],
)
def test_values_that_cannot_be_given_are_refused_in_a_sentence(
    values: dict[str, str], problem: str
) -> None:
    with pytest.raises(PreviewEnvError, match=problem):
        check_values(values)


def test_empty_values_are_dropped() -> None:
    assert check_values({"A": " 1 ", "B": "  "}) == {"A": "1"}


def test_the_failing_page_names_the_missing_variables() -> None:
    wanted = detect_env_vars(FILES)
    said = missing_env_sentence([SUPABASE_ERROR], wanted, provided={"SITE_NAME"})
    assert said is not None
    sentence, names = said
    assert names == ("NEXT_PUBLIC_SUPABASE_ANON_KEY", "NEXT_PUBLIC_SUPABASE_URL")
    assert "not set for its preview: NEXT_PUBLIC_SUPABASE_ANON_KEY, NEXT_PUBLIC" in sentence
    named = missing_env_sentence(["Error: STRIPE_SECRET_KEY is missing"], wanted, provided=())
    assert named is not None and named[1] == ("STRIPE_SECRET_KEY",)
    # Set already, or an error about something else: nothing to say.
    assert missing_env_sentence([SUPABASE_ERROR], [EnvVar("NEXT_PUBLIC_SUPABASE_URL", ())],
                                {"NEXT_PUBLIC_SUPABASE_URL"}) is None  # fmt: skip
    assert missing_env_sentence(["Error: Cannot find module 'x'"], wanted, ()) is None
    assert missing_env_sentence(["compiled STRIPE_SECRET_KEY"], wanted, ()) is None


def test_values_live_in_the_keyring_per_app() -> None:
    secrets = SecretStore(MemoryKeyring())
    store = PreviewEnvStore(secrets)
    assert store.load("dash") == {}
    store.save("dash", {"STRIPE_SECRET_KEY": "sk_test_preview_value_123", "EMPTY": ""})
    assert PreviewEnvStore(secrets).load("dash") == {
        "STRIPE_SECRET_KEY": "sk_test_preview_value_123"
    }
    assert store.load("other") == {}
    assert "sk_test_preview_value_123" not in redact("key=sk_test_preview_value_123")
    store.save("dash", {})
    assert secrets.get(PreviewEnvStore.key("dash")) is None


def test_the_preview_gives_the_values_to_next_and_explains_a_missing_one(
    fake_node: MakeFakeNode, tmp_path: Path
) -> None:
    seen = tmp_path / "seen.txt"
    server = (
        f'echo "url=$NEXT_PUBLIC_SUPABASE_URL site=$SITE_NAME" > "{seen}"; '
        f'echo "{SUPABASE_ERROR}" >&2; '
        f'exec "{sys.executable}" -m http.server "$port" --bind 127.0.0.1'
    )
    preview, lines = run_preview(
        fake_node(server=server),
        tmp_path / "data",
        "dash",
        FILES,
        app_env={"SITE_NAME": "Harbor", "NEXT_PUBLIC_SUPABASE_URL": ""},
    )
    assert seen.read_text().strip() == "url= site=Harbor"
    assert isinstance(preview, LocalPreview)
    notes = [line for line in lines if isinstance(line, OutputLine) and line.source == "l4ydesk"]
    assert any("not set for its preview: NEXT_PUBLIC_SUPABASE_ANON_KEY" in n.text for n in notes)
    failed = [line for line in notes if line.kind == "missing-env"]
    assert len(failed) == 1
    assert preview.missing_env == ("NEXT_PUBLIC_SUPABASE_ANON_KEY", "NEXT_PUBLIC_SUPABASE_URL")


def test_a_css_error_in_the_app_is_said_with_its_file_and_fix(tmp_path: Path) -> None:
    from l4ydesk.core.preview.server_hints import css_error_sentence

    line = (
        f"CssSyntaxError: tailwindcss: {tmp_path}/app/globals.css:177:1: `@utility` cannot be "
        "nested."
    )
    sentence = css_error_sentence(line, tmp_path)
    assert sentence is not None
    assert (
        "stylesheet app/globals.css does not compile (`@utility` cannot be nested, line 177)"
        in (sentence)
    )
    assert "top level of the stylesheet" in sentence
    package = f"CssSyntaxError: {tmp_path}/node_modules/x/a.css:1:1: Unknown word"
    assert css_error_sentence(package, tmp_path) is None
    assert css_error_sentence("Compiled / in 3s", tmp_path) is None


def test_errors_next_dev_prints_in_the_app_s_own_code_are_said_with_file_and_line() -> None:
    from l4ydesk.core.preview.server_hints import server_error

    # as Next.js 16 prints them: the ⨯ line, then what failed or where
    compiled = server_error(" ⨯ ./app/page.tsx:462:41", "Parsing ecmascript source code failed")
    assert compiled is not None
    assert (compiled.path, compiled.line) == ("app/page.tsx", 462)
    assert compiled.sentence.startswith(
        "app/page.tsx does not compile (line 462: Parsing ecmascript source code failed)."
    )
    thrown = server_error(
        " ⨯ ReferenceError: window is not defined",
        "    at ComparisonSection (components/comparison-section.tsx:67:90)",
    )
    assert thrown is not None
    assert (thrown.path, thrown.line) == ("components/comparison-section.tsx", 67)
    assert thrown.sentence.startswith(
        "The page stops on the server at components/comparison-section.tsx, line 67 "
        "(ReferenceError: window is not defined). `window` exists only in the browser"
    )
    other = server_error(
        " ⨯ TypeError: Cannot read properties of undefined (reading 'map')",
        "    at ProductGrid (components/product-grid.tsx:12:20)",
    )
    assert other is not None and "only in the browser" not in other.sentence
    assert "components/product-grid.tsx, line 12" in other.sentence
    # a package's frame, or lines that are not an error, say nothing
    assert server_error(" ⨯ Error: boom", "    at f (node_modules/x/index.js:1:1)") is None
    assert server_error(" ✓ Compiled / in 3s", " GET / 200 in 40ms") is None
    assert server_error(" ⨯ ./app/page.tsx:1:1", "") is None
