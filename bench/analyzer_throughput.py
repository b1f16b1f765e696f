"""Prints analyzer throughput (MB/s, files/s) on a generated 500-file v0-style app.

    .venv/bin/python bench/analyzer_throughput.py [--files 500] [--repeat 3] [--calls]

Writes the app to a temporary folder, reads it back with `load_project`, then times a full
analysis, a re-analysis with nothing changed, and a re-analysis after editing one file.
`--calls` also counts the Python function calls of each re-analysis and adversarial file: a
figure of the work done that the machine's load does not move, for comparing two commits on a
busy machine.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from l4ydesk.core.analyzer import IncrementalAnalyzer, analyze_files, load_project

PAGE = """\
"use client"

import {{ useState }} from "react"
import {{ Button }} from "@/components/ui/button"
import {{ Card, CardContent, CardHeader, CardTitle }} from "@/components/ui/card"
import {{ Input }} from "@/components/ui/input"
import {{ Label }} from "@/components/ui/label"

const items{n} = [
{items}
]

export function Section{n}() {{
  const [email, setEmail] = useState("")
  async function submit() {{
    await fetch("/api/route{route}", {{ method: "POST", body: JSON.stringify({{ email }}) }})
  }}
  return (
    <section className="container py-12">
      <h2 className="text-2xl font-bold">Section {n}</h2>
      <div className="grid gap-6 md:grid-cols-3">
        {{items{n}.map((item) => (
          <Card key={{item.id}}>
            <CardHeader><CardTitle>{{item.name}}</CardTitle></CardHeader>
            <CardContent>${{item.price}}</CardContent>
          </Card>
        ))}}
      </div>
      <div className="mt-8 flex max-w-sm gap-2">
        <Label htmlFor="email{n}">Email</Label>
        <Input id="email{n}" type="email" value={{email}}
          onChange={{(e) => setEmail(e.target.value)}} />
        <Button onClick={{submit}}>Subscribe to updates</Button>
      </div>
    </section>
  )
}}
"""

ROUTE = """\
import {{ NextResponse }} from "next/server"
import {{ Resend }} from "resend"

const resend = new Resend(process.env.RESEND_API_KEY)

export async function POST(request: Request) {{
  const {{ email }} = await request.json()
  await resend.emails.send({{
    from: "a@b.c", to: email, subject: "Welcome {n}", html: "<p>Hi</p>",
  }})
  return NextResponse.json({{ ok: true }})
}}
"""

UTIL = """\
export const formatPrice{n} = (value: number) =>
  new Intl.NumberFormat("en-US", {{ style: "currency", currency: "USD" }}).format(value)

export function slug{n}(text: string) {{
  return text.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/(^-|-$)/g, "")
}}
"""


def generate(root: Path, count: int, seed: int = 7) -> None:
    """`count` files, the last one the home page that renders every section (the analyzer
    leaves out forms in files no route shows, as v0 leaves old components behind)."""
    rng = random.Random(seed)
    routes = max(1, count // 10)
    sections = [n for n in range(count - 1) if n % 10 > 1]
    home = root / "app" / "page.tsx"
    home.parent.mkdir(parents=True, exist_ok=True)
    home.write_text(
        "".join(f'import {{ Section{n} }} from "@/components/section-{n}"\n' for n in sections)
        + "\nexport default function Home() {\n  return (\n    <main>\n"
        + "".join(f"      <Section{n} />\n" for n in sections)
        + "    </main>\n  )\n}\n",
        encoding="utf-8",
    )
    for n in range(count - 1):
        kind = n % 10
        if kind == 0:
            path = root / "app" / "api" / f"route{n // 10}" / "route.ts"
            text = ROUTE.format(n=n)
        elif kind == 1:
            path = root / "lib" / f"util{n}.ts"
            text = UTIL.format(n=n)
        else:
            items = "\n".join(
                f'  {{ id: "{n}-{i}", name: "Item {n}-{i}", price: {rng.randint(5, 500)}, '
                f'image: "/img/{n}-{i}.jpg" }},'
                for i in range(rng.randint(3, 12))
            )
            path = root / "components" / f"section-{n}.tsx"
            text = PAGE.format(n=n, items=items, route=rng.randrange(routes))
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def adversarial(n: int = 3000) -> dict[str, bytes]:
    """Single files shaped to hit the analyzer's worst cases (each under the size limit)."""
    shapes = {
        "flat form, 3000 fields": "export function F(){return(<form onSubmit={s}><div>\n"
        + "".join(
            f'<Label htmlFor="i{i}">L{i}</Label><Input id="i{i}" name="n{i}"/>\n' for i in range(n)
        )
        + "<Button type='submit'>Send</Button></div></form>)}",
        "3000 dated headings": "export function F(){return(<main>\n"
        + "".join(
            f"<section><div><h2>Head {i}</h2><p>on March {i % 28 + 1}</p></div></section>\n"
            for i in range(n)
        )
        + "</main>)}",
        "3000 components + handlers": "\n".join(
            f"export function C{i}(){{ const h = async () => {{ await fetch('/api/x{i}', "
            f"{{method:'POST'}}); await helper{i}() }}; return <Button onClick={{h}}>Go</Button> }}"
            f"\nasync function helper{i}(){{ await db.x.create({{}}) }}"
            for i in range(n)
        ),
        "20000-item data array": "export const products = [\n"
        + ",\n".join(f'{{name:"P{i}", price:{i}, image:"/p{i}.png"}}' for i in range(20000))
        + "]",
        # sample rows written as calls to a helper of the same file, 20 arrays of 500: each call
        # is read as the object the helper builds, and the detections pass the merge in one go
        "10000 helper-built rows": "const p = (id: number, name: string, sku: string, "
        "price: number, image: string, rating = 4.5) => ({ id, name, sku, price, image, rating, "
        "inStock: true })\n"
        + "".join(
            f"export const brand{b} = [\n"
            + "".join(
                f'  p({b * 500 + i}, "Brand {b} item {i}", "B{b}-{i}", {i % 90 + 0.99}, '
                f'"/img/{b}-{i}.png"),\n'
                for i in range(500)
            )
            + "]\n"
            for b in range(20)
        ),
        "JSX nested 1500 deep": "export const X = () => "
        + "<div><Input name='a'/>\n" * 1500
        + "<Button onClick={go}>Send</Button>"
        + "</div>\n" * 1500,
        # one row of priced cards with no button: each card asks whether its siblings are
        # statistic tiles, once per row rather than once per card
        "2000 priced cards, one grid": "export function P(){return(<div className='grid'>\n"
        + "".join(
            f"<div><h3>Plan {i}</h3><p>${i}.00</p>{{f{i}.map((x) => <li key={{x}}>{{x}}</li>)}}"
            "</div>\n"
            for i in range(2 * n // 3)
        )
        + "</div>)}",
        "3000 component uses": "import { Widget } from './w'\nexport function P(){return(<main>\n"
        + "".join(f"<section><h2>H{i}</h2><Widget/></section>\n" for i in range(n))
        + "</main>)}",
    }
    return {name: text.encode() for name, text in shapes.items()}


def calls_of(work: Callable[[], object]) -> int:
    """Python function calls made by `work()` (cProfile's count; the same on any machine)."""
    profile = cProfile.Profile()
    profile.runcall(work)
    return int(pstats.Stats(profile).total_calls)  # type: ignore[attr-defined]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=500)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--calls", action="store_true", help="also count Python calls")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        generate(root, args.files)
        started = time.perf_counter()
        files = load_project(root)
        load_s = time.perf_counter() - started
    size_mb = sum(len(v) for v in files.values()) / 1_000_000
    print(f"app: {len(files)} files, {size_mb:.2f} MB (read from disk in {load_s * 1000:.0f} ms)")

    timings: list[float] = []
    report = None
    for _ in range(args.repeat):
        started = time.perf_counter()
        report = analyze_files(files)
        timings.append(time.perf_counter() - started)
    assert report is not None
    best, median = min(timings), statistics.median(timings)
    print(f"full analysis: best {best:.2f} s, median {median:.2f} s over {args.repeat} runs")
    print(f"  {size_mb / best:.2f} MB/s, {len(files) / best:.0f} files/s (best run)")
    counts: dict[str, int] = {}
    for det in report.detections:
        counts[det.type_key] = counts.get(det.type_key, 0) + 1
    print(
        f"  detections: {sum(counts.values())} "
        + ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))
    )

    analyzer = IncrementalAnalyzer()
    analyzer.analyze(files)
    started = time.perf_counter()
    analyzer.analyze(files)
    unchanged = time.perf_counter() - started
    parsed_unchanged = len(analyzer.last_parsed)
    edited = dict(files)
    target = next(p for p in sorted(edited) if p.startswith("components/"))
    edited[target] = edited[target].replace(b"Section", b"Edited section", 1)
    started = time.perf_counter()
    analyzer.analyze(edited)
    one_edit = time.perf_counter() - started
    print(
        f"re-analysis, nothing changed: {unchanged * 1000:.0f} ms ({parsed_unchanged} files parsed)"
    )
    print(
        f"re-analysis after editing one file: {one_edit * 1000:.0f} ms "
        f"({len(analyzer.last_parsed)} file parsed)"
    )
    if args.calls:
        print(
            f"  calls: nothing changed {calls_of(lambda: analyzer.analyze(edited)):,}, "
            f"one file edited {calls_of(lambda: analyzer.analyze(files)):,}"
        )
    print("adversarial single files:")
    for name, data in adversarial().items():
        started = time.perf_counter()
        result = analyze_files({"app/page.tsx": data})
        elapsed = time.perf_counter() - started
        problems = ", ".join(p.kind for p in result.problems) or "no problems"
        calls = ""
        if args.calls:
            calls = f", {calls_of(partial(analyze_files, {'app/page.tsx': data})):,} calls"
        print(
            f"  {name:28} {len(data) / 1000:6.0f} KB {elapsed:6.2f} s "
            f"{len(result.detections):5d} detections, {problems}{calls}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
