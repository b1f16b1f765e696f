"""How much two people labelling the same projects agree: the ceiling any analyzer can reach.

    .venv/bin/python bench/label_agreement.py FIRST_SPLIT SECOND_SPLIT

Both are label folders under bench/data/analyzer_real/ written independently (the second
labeller never saw the first's labels). The second labelling is scored against the first exactly
as the analyzer is scored (bench/analyzer_real.py: same type, and a similar name or the same
file), so its precision and recall read on the same scale as the analyzer's figures.
"""

from __future__ import annotations

import argparse
import sys

from analyzer_real import LABELS, Label, _print_scores, _tally, load_labels, match

from l4ydesk.core.analyzer.model import Detection, Evidence
from l4ydesk.core.analyzer.scoring import TypeScore


def as_detection(label: Label) -> Detection:
    return Detection(label.type_key, label.name, {}, 1.0, (Evidence(label.path, 1, 1, ""),))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("first")
    parser.add_argument("second")
    args = parser.parse_args(argv)
    scores: dict[str, TypeScore] = {}
    print(f"{args.second} scored against {args.first}")
    print(f"    {'project':38} {'first':>5} {'second':>6} {'agree':>5}")
    for first_file in sorted((LABELS / args.first).glob("*.labels.json")):
        second_file = LABELS / args.second / first_file.name
        if not second_file.exists():
            print(f"    {first_file.name}: no second labelling, skipped")
            continue
        _, first = load_labels(first_file)
        _, second = load_labels(second_file)
        detections = [as_detection(label) for label in second]
        hit_first, hit_second = match(first, detections)
        _tally(scores, first, detections, hit_first, hit_second)
        project = first_file.name.removesuffix(".labels.json")
        print(f"    {project:38} {len(first):5d} {len(second):6d} {len(hit_first):5d}")
    _print_scores("agreement (precision: share of the second's labels the first has too)", scores)
    return 0


if __name__ == "__main__":
    sys.exit(main())
