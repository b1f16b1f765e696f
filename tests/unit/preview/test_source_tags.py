"""Source tags: host elements get `data-l4y-src="path:line:col"`, every other byte stays put."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import tree_sitter_typescript
from tree_sitter import Language, Parser

from l4ydesk.core.preview.source_tags import SOURCE_ATTRIBUTE, can_tag, tag_source

SAMPLE_APP = Path(__file__).resolve().parents[3] / "resources" / "sample-app"
TAG = re.compile(rb' data-l4y-src(="[^"]*"|=\{"[^"]*"\})')


def tags(result_source: bytes) -> list[str]:
    return [m.decode() for m in re.findall(rb'data-l4y-src="([^"]*)"', result_source)]


def untag(source: bytes) -> bytes:
    return TAG.sub(b"", source)


def text_at(source: str, line: int, column: int) -> str:
    """The original text starting at a 1-based line and character column."""
    return source.splitlines()[line - 1][column - 1 :]


def tag(path: str, text: str) -> tuple[str, list[str]]:
    result = tag_source(path, text.encode())
    assert result.problem is None
    return result.source.decode(), tags(result.source)


def test_host_and_component_elements_are_tagged_fragments_are_not() -> None:
    source = (
        "export function Page() {\n"
        "  return (\n"
        "    <>\n"
        "      <Card>\n"
        '        <div className="a">\n'
        "          <motion.div />\n"
        "          <React.Fragment><span>x</span></React.Fragment>\n"
        "          <my-widget />\n"
        "        </div>\n"
        "      </Card>\n"
        "    </>\n"
        "  );\n"
        "}\n"
    )
    tagged, found = tag("app/page.tsx", source)
    assert found == [
        "app/page.tsx:4:7",
        "app/page.tsx:5:9",
        "app/page.tsx:7:27",
        "app/page.tsx:8:11",
    ]
    assert '<Card data-l4y-src="app/page.tsx:4:7">' in tagged
    assert "<motion.div />" in tagged and "<>" in tagged and "<React.Fragment>" in tagged
    assert '<div data-l4y-src="app/page.tsx:5:9" className="a">' in tagged
    assert '<my-widget data-l4y-src="app/page.tsx:8:11" />' in tagged
    # closing tags are never touched
    assert tagged.count("</div>") == 1 and "</span>" in tagged


def test_positions_point_at_the_opening_angle_bracket() -> None:
    source = "const a = <section>\n  <p>one</p><p>two</p>\n\t<input />\n</section>;\n"
    _tagged, found = tag("x.tsx", source)
    assert len(found) == 4
    for value in found:
        _path, line, column = value.rsplit(":", 2)
        assert text_at(source, int(line), int(column))[0] == "<"
    assert found == ["x.tsx:1:11", "x.tsx:2:3", "x.tsx:2:13", "x.tsx:3:2"]


def test_self_closing_and_attributes_with_angle_brackets() -> None:
    source = (
        "export const A = () => (\n"
        "  <div title=\"a > b\" data-x='<p>' onClick={() => (count > 1 ? f(<b />) : g())}>\n"
        '    <img src="/x.png" alt={"1 > 0"} />\n'
        "    {items.map((i) => <li key={i}>{i > 2 ? 'big' : 'small'}</li>)}\n"
        "  </div>\n"
        ");\n"
    )
    tagged, found = tag("components/a.tsx", source)
    assert found == [
        "components/a.tsx:2:3",
        "components/a.tsx:2:65",
        "components/a.tsx:3:5",
        "components/a.tsx:4:23",
    ]
    assert '<b data-l4y-src="components/a.tsx:2:65" />' in tagged
    assert '<img data-l4y-src="components/a.tsx:3:5" src="/x.png" alt={"1 > 0"} />' in tagged
    assert untag(tagged.encode()) == source.encode()


def test_multi_line_opening_tag_gets_the_attribute_after_its_name() -> None:
    source = (
        "export function F() {\n"
        "  return (\n"
        "    <form\n"
        '      action="/send"\n'
        "      onSubmit={(e) => {\n"
        "        e.preventDefault();\n"
        "      }}\n"
        "    >\n"
        "      <input\n"
        '        name="email" />\n'
        "    </form>\n"
        "  );\n"
        "}\n"
    )
    tagged, found = tag("f.tsx", source)
    assert found == ["f.tsx:3:5", "f.tsx:9:7"]
    assert '    <form data-l4y-src="f.tsx:3:5"\n      action="/send"\n' in tagged
    assert tagged.count("\n") == source.count("\n")  # no line moves


def test_generics_in_tsx_are_not_mistaken_for_elements() -> None:
    source = (
        "const id = <T,>(value: T): T => value;\n"
        "function first<T extends object>(items: T[]): T | undefined { return items[0]; }\n"
        "const pick = <K extends string>(k: K) => k;\n"
        "const list = new Map<string, Array<number>>();\n"
        "const ok = a < b && c > d;\n"
        "export const C = () => <Select<string> value={id<string>('x')}><option /></Select>;\n"
    )
    tagged, found = tag("g.tsx", source)
    assert found == ["g.tsx:6:24", "g.tsx:6:64"]
    assert '<Select<string> data-l4y-src="g.tsx:6:24" value=' in tagged
    assert untag(tagged.encode()) == source.encode()


def test_columns_count_characters_not_bytes() -> None:
    source = (
        'const a = <p title="é">café <b>ü</b></p>;\n'
        "const b = /* 日本語 */ <span>ok</span>;\n"
        "const c = '👩‍💻'; const d = <i />;\n"
    )
    _tagged, found = tag("u.tsx", source)
    assert found == ["u.tsx:1:11", "u.tsx:1:29", "u.tsx:2:21", "u.tsx:3:28"]
    for value in found:
        _path, line, column = value.rsplit(":", 2)
        assert text_at(source, int(line), int(column))[0] == "<"


def test_existing_attribute_is_kept_and_the_element_skipped() -> None:
    source = 'const a = <div data-l4y-src="keep:1:1"><span /></div>;\n'
    result = tag_source("k.tsx", source.encode())
    assert result.tagged == 1 and result.already_tagged == 1
    assert result.source.decode().count(SOURCE_ATTRIBUTE) == 2
    assert 'data-l4y-src="keep:1:1"' in result.source.decode()


def test_tagging_twice_changes_nothing() -> None:
    source = b"export const A = () => <div><a href='/'>home</a></div>;\n"
    once = tag_source("a.jsx", source)
    twice = tag_source("a.jsx", once.source)
    assert once.tagged == 2
    assert twice.source == once.source and twice.tagged == 0 and twice.already_tagged == 2


def test_syntax_errors_leave_the_file_untouched_with_a_sentence() -> None:
    source = b'import x from "y";\n\nexport const A = () => <div><span></div>;\n'
    result = tag_source("components/broken.tsx", source)
    assert result.source == source
    assert result.tagged == 0
    assert result.problem is not None
    assert result.problem.startswith("components/broken.tsx has a syntax error near line 3")


def test_a_bare_ampersand_is_valid_react_and_the_file_is_tagged() -> None:
    # v0 writes these everywhere; the grammar calls them errors, React renders them. On 7,121
    # files of public v0 projects, 244 were left untagged for this alone.
    text = (
        "export function Hours() {\n"
        "  return (\n"
        "    <section>\n"
        "      <h2>Date & Time</h2>\n"
        '      <img src="/placeholder.svg?height=40&width=40" alt="" />\n'
        "    </section>\n"
        "  )\n"
        "}\n"
    )
    tagged, found = tag("components/hours.tsx", text)
    assert found == [
        "components/hours.tsx:3:5",
        "components/hours.tsx:4:7",
        "components/hours.tsx:5:7",
    ]
    assert untag(tagged.encode()).decode() == text


@pytest.mark.parametrize(
    "garbage",
    [b"<<<<>>>>", b"\xff\xfe\x00<div>", b"export default () => <div", b"}" * 5000, b""],
)
def test_garbage_never_crashes(garbage: bytes) -> None:
    result = tag_source("junk.tsx", garbage)
    assert result.tagged == 0
    assert result.source == garbage


def test_deep_nesting_does_not_overflow() -> None:
    source = b"const a = " + b"<div>" * 3000 + b"x" + b"</div>" * 3000 + b";\n"
    result = tag_source("deep.tsx", source)
    assert result.tagged == 3000
    broken = source[:-10]
    assert tag_source("deep.tsx", broken).problem is not None


def test_jsx_and_js_files_use_the_javascript_grammar() -> None:
    source = b"export default function A() { return <main><h1>Hi</h1></main>; }\n"
    assert tags(tag_source("a.jsx", source).source) == ["a.jsx:1:38", "a.jsx:1:44"]
    assert tags(tag_source("b.js", source).source) == ["b.js:1:38", "b.js:1:44"]
    assert can_tag("A.TSX") and can_tag("x.jsx") and can_tag("x.js")
    for other in ("a.ts", "style.css", "README.md", "data.json", "x.mjs"):
        assert not can_tag(other)
        assert tag_source(other, source).source == source


def test_unusual_paths_are_quoted_as_a_javascript_string() -> None:
    source = b"const a = <div />;\n"
    tagged = tag_source('app/R&D "team"/page.tsx', source).source.decode()
    assert tagged == 'const a = <div data-l4y-src={"app/R&D \\"team\\"/page.tsx:1:11"} />;\n'
    plain = tag_source("app/(shop)/[slug]/page.tsx", source).source.decode()
    assert 'data-l4y-src="app/(shop)/[slug]/page.tsx:1:11"' in plain


def test_crlf_and_byte_order_mark() -> None:
    source = "\ufeffconst a = (\r\n  <div>\r\n    <p>x</p>\r\n  </div>\r\n);\r\n".encode()
    result = tag_source("w.tsx", source)
    assert tags(result.source) == ["w.tsx:2:3", "w.tsx:3:5"]
    assert untag(result.source) == source


def test_sample_app_is_tagged_without_changing_anything_else() -> None:
    parser = Parser(Language(tree_sitter_typescript.language_tsx()))
    total = 0
    for file in sorted(SAMPLE_APP.rglob("*.tsx")):
        path = file.relative_to(SAMPLE_APP).as_posix()
        original = file.read_bytes()
        result = tag_source(path, original)
        assert result.problem is None, path
        assert untag(result.source) == original, path
        assert not parser.parse(result.source).root_node.has_error, path
        text = original.decode()
        for value in tags(result.source):
            tagged_path, line, column = value.rsplit(":", 2)
            assert tagged_path == path
            at = text_at(text, int(line), int(column))
            assert re.match(r"<[A-Za-z]", at), (value, at[:20])
        total += result.tagged
    assert total > 50
    booking = (SAMPLE_APP / "components" / "booking-form.tsx").read_text()
    form_line = next(i for i, t in enumerate(booking.splitlines(), 1) if "<form" in t)
    form_column = booking.splitlines()[form_line - 1].index("<form") + 1
    tagged = tag_source("components/booking-form.tsx", booking.encode()).source.decode()
    assert f'<form data-l4y-src="components/booking-form.tsx:{form_line}:{form_column}"' in tagged


def test_react_builtins_and_providers_are_not_tagged() -> None:
    source = (
        "const a = <Suspense fallback={null}><CartProvider><Item /></CartProvider></Suspense>;\n"
        "const b = <Fragment key='x'><ThemeContext.Provider value={1} /></Fragment>;\n"
    )
    tagged, found = tag("r.tsx", source)
    assert found == ["r.tsx:1:51"]
    assert "<Suspense fallback" in tagged and "<CartProvider>" in tagged
