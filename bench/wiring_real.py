"""How publish's form and checkout wiring does on public v0 projects (bench/data/analyzer_real/).

    .venv/bin/python bench/wiring_real.py CHECKOUTS [--verbose]

CHECKOUTS holds one checked-out project per folder, as for bench/compat_real.py
(`bench/analyzer_real.py --how-to-fetch` prints the commands). Each project is connected the
way Connect would do it with every form and checkout the analyzer finds (one record each, ids
in order), then `wire_app` runs over its files. Prints, per project and in total: forms and
checkouts wired, those reported as "not wired" (by reason), files whose parse got a syntax
error that was not there before (the goal is 0), whether a second run changes nothing, and the
time per project, with the load average (the machine may be shared).
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import time
from collections import Counter
from pathlib import Path

from l4ydesk.core.analyzer import analyze_files, load_project
from l4ydesk.core.analyzer.syntax import first_error_line
from l4ydesk.core.connection_plans import item_for_detection
from l4ydesk.core.publish.scaffold.links import LinkedRecord
from l4ydesk.core.publish.scaffold.wire_edits import parsed
from l4ydesk.core.publish.scaffold.wiring import NOT_WIRED, wire_app

CATEGORIES = ("forms", "checkout")


def connected(files: dict[str, bytes]) -> tuple[LinkedRecord, ...]:
    """What Connect would link if the user accepted every form and checkout found."""
    report = analyze_files(files)
    links: dict[str, LinkedRecord] = {}
    for detection in report.detections:
        if detection.type_key not in ("form", "checkout"):
            continue
        item = item_for_detection(detection)
        if item.item_key not in links:
            record_id = len(links) + 1
            links[item.item_key] = LinkedRecord(
                record_id, item.type, item.name, item.item_key, item.evidence_file
            )
    return tuple(links.values())


def broken_files(before: dict[str, bytes], after: dict[str, bytes]) -> list[str]:
    """Changed files with a syntax error their original did not have."""
    found = []
    for path, data in sorted(after.items()):
        if before.get(path) == data:
            continue
        old, new = parsed(path, before[path]), parsed(path, data)
        if old is None or new is None:
            continue
        if first_error_line(new.tree) is not None and first_error_line(old.tree) is None:
            found.append(path)
    return found


def reason_of(description: str) -> str:
    reason = description.split(f"{NOT_WIRED}: ", 1)[-1].rstrip(".")
    return re.sub(r"line \d+", "line N", re.sub(r"'[^']*'", "'…'", reason))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("checkouts", type=Path)
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args(argv)
    if not args.checkouts.is_dir():
        print(f"{args.checkouts} is not a folder of checked-out projects.", file=sys.stderr)
        return 2
    totals: Counter[str] = Counter()
    reasons: Counter[str] = Counter()
    print(f"{'project':42} {'forms':>9} {'checkouts':>9} {'broken':>6} {'idem':>5} {'ms':>6}")
    for folder in sorted(p for p in args.checkouts.iterdir() if p.is_dir()):
        files = load_project(folder, max_file_bytes=64 * 1024 * 1024)
        links = connected(files)
        started = time.perf_counter()
        result = wire_app(files, links, CATEGORIES)
        elapsed = (time.perf_counter() - started) * 1000
        again = wire_app(result.files, links, CATEGORIES)
        idempotent = again.files == result.files and not any(c.paths for c in again.changes)
        broken = broken_files(files, result.files)
        per: Counter[str] = Counter()
        for change in result.changes:
            kind = "form" if change.rule == "wire-forms" else "checkout"
            per[f"{kind}_{'wired' if change.paths else 'not'}"] += 1
            if not change.paths:
                reasons[f"{kind}: {reason_of(change.description)}"] += 1
            if args.verbose:
                print(f"    {change.description}")
        totals.update(per)
        totals["projects"] += 1
        totals["broken"] += len(broken)
        totals["not_idempotent"] += 0 if idempotent else 1
        forms = f"{per['form_wired']}/{per['form_wired'] + per['form_not']}"
        checkouts = f"{per['checkout_wired']}/{per['checkout_wired'] + per['checkout_not']}"
        print(
            f"{folder.name[:42]:42} {forms:>9} {checkouts:>9} {len(broken):>6} "
            f"{'yes' if idempotent else 'NO':>5} {elapsed:6.0f}"
        )
        for path in broken:
            print(f"    syntax error introduced in {path}")
    load = os.getloadavg()
    print()
    print(f"projects: {totals['projects']}  (load average {load[0]:.2f} {load[1]:.2f})")
    form_total = totals["form_wired"] + totals["form_not"]
    checkout_total = totals["checkout_wired"] + totals["checkout_not"]
    print(f"forms wired: {totals['form_wired']} of {form_total} linked")
    print(f"checkouts wired: {totals['checkout_wired']} of {checkout_total} linked")
    print(f"files with a syntax error introduced: {totals['broken']} (goal 0)")
    print(f"projects where a second run changed something: {totals['not_idempotent']} (goal 0)")
    print("not wired, by reason:")
    for reason, count in reasons.most_common():
        print(f"  {count:4}  {reason}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
