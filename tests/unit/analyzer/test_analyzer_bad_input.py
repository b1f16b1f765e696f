"""The analyzer never crashes: bad bytes, broken syntax, bundles and random junk become problems."""

from __future__ import annotations

import random

from analyzer_support import CORPUS

from l4ydesk.core.analyzer import AnalyzerLimits, analyze_files, load_project

GOOD = b"""
export function Newsletter() {
  return (
    <div>
      <Input type="email" name="email" placeholder="you@example.com" />
      <Button onClick={subscribe}>Subscribe to the newsletter</Button>
    </div>
  )
}
"""


def test_syntax_errors_are_reported_and_the_rest_is_analyzed() -> None:
    broken = GOOD + b"\nexport function Broken( {\n  return <div><span></div>\n"
    report = analyze_files({"components/a.tsx": broken})
    (problem,) = report.problems
    assert problem.kind == "syntax_error" and problem.analyzed
    assert problem.line is not None and problem.line >= 10
    assert report.of_type("form"), "the valid part still yields its form"


def test_non_utf8_bytes_are_replaced_and_reported() -> None:
    latin1 = GOOD.replace(b"you@example.com", "café €".encode("cp1252"))
    report = analyze_files({"components/a.tsx": latin1})
    (problem,) = report.problems
    assert problem.kind == "not_utf8" and problem.analyzed and problem.line == 5
    assert "UTF-8" in problem.message
    assert report.of_type("form")


def test_a_bom_is_fine() -> None:
    report = analyze_files({"components/a.tsx": b"\xef\xbb\xbf" + GOOD})
    assert report.problems == () and report.of_type("form")


def test_minified_single_line_bundle_is_skipped_with_a_reason() -> None:
    chunk = b"var a=function(b){return b+1};"
    bundle = chunk * (2_000_000 // len(chunk))
    report = analyze_files({"public/vendor.js": bundle, "components/a.tsx": GOOD})
    (problem,) = report.problems
    assert problem.path == "public/vendor.js" and problem.kind == "minified"
    assert not problem.analyzed
    assert report.files_analyzed == ("components/a.tsx",)
    assert report.files_parsed == 1


def test_a_huge_file_is_skipped() -> None:
    big = GOOD * 200
    report = analyze_files({"a.tsx": big}, AnalyzerLimits(max_file_bytes=10_000))
    assert [p.kind for p in report.problems] == ["too_large"]
    assert "MB" in report.problems[0].message


def test_binary_files_are_skipped() -> None:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))
    report = analyze_files({"public/logo.png": png, "components/odd.tsx": b"\x00\x01\x02abc"})
    assert sorted((p.path, p.kind) for p in report.problems) == [
        ("components/odd.tsx", "binary"),
        ("public/logo.png", "binary"),
    ]
    assert report.files_parsed == 0


def test_empty_and_ignored_files() -> None:
    report = analyze_files(
        {
            "app/page.tsx": b"",
            "styles.css": b"body{}",
            "node_modules/x/index.js": GOOD,
            "README.md": b"# hi",
        }
    )
    assert report.detections == () and report.problems == ()
    assert report.files_analyzed == ("app/page.tsx",)
    assert set(report.files_ignored) == {"styles.css", "node_modules/x/index.js", "README.md"}


def test_deeply_nested_code_does_not_hit_the_recursion_limit() -> None:
    depth = 3000
    nested = b"const x = " + b"[" * depth + b"1" + b"]" * depth + b";\n"
    jsx = b"export const Y = () => " + b"<div>" * 500 + b"hi" + b"</div>" * 500 + b";\n"
    objects = (
        b"const products = [" + b"{ name: 'a', price: { v: " * 200 + b"1" + b"} }" * 200 + b"];\n"
    )
    report = analyze_files({"a.tsx": nested + jsx + objects})
    assert [p.kind for p in report.problems if p.kind == "internal_error"] == []


def test_random_bytes_and_truncated_sources_never_crash() -> None:
    rng = random.Random(20240605)
    sources = [
        data
        for project in sorted(CORPUS.iterdir())
        if project.is_dir()
        for path, data in sorted(load_project(project).items())
        if path.endswith((".tsx", ".ts", ".jsx", ".js"))
    ]
    alphabet = b"<>{}()[]/=\"'`;:.,!?$#@ \n\tabcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOP0123456789"
    cases: dict[str, bytes] = {}
    for i in range(120):
        source = rng.choice(sources)
        cut = rng.randrange(len(source))
        cases[f"cut/{i}.tsx"] = source[:cut]
        mutated = bytearray(source)
        for _ in range(rng.randrange(1, 40)):
            mutated[rng.randrange(len(mutated))] = rng.choice(alphabet)
        cases[f"mutated/{i}.tsx"] = bytes(mutated)
        cases[f"random/{i}.jsx"] = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 400)))
        cases[f"tokens/{i}.ts"] = bytes(rng.choice(alphabet) for _ in range(rng.randrange(400)))
    report = analyze_files(cases)
    assert [p for p in report.problems if p.kind == "internal_error"] == []
    for det in report.detections:
        assert 0 < det.confidence <= 1 and det.evidence
