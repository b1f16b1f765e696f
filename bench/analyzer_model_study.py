"""Would a small learned model over a detection's structure say which detections are right on an
unseen set better than the calibration table does? (issue 12, round 15 study)

    .venv/bin/python bench/analyzer_model_study.py [--cache /tmp/model15] [--checkouts /tmp/ana]

For every saved first run (bench/data/analyzer_first_runs/<split>-<commit>.json) the script
re-creates that run's detections WITH their structure: a detached worktree at <commit> (under the
cache folder, removed afterwards) runs its own analyzer, uncalibrated, over CHECKOUTS/<split>/ and
its own scorer says which detections were right; the outcome (type, raw score, right?, names of
the evidence files, field keys, ...) is cached as <cache>/runs/<split>-<commit>.json and checked
against the saved file (counts and right detections per project).

Then, leave one run out: for each run, a logistic regression (and small boosted trees) over
structural features (no project names, no strings of the code) is trained on the OTHER runs only,
its threshold chosen on those runs, and applied to the held-out run. Printed per held-out run and
pooled: precision/recall of every detection, of the table's "Sure" (as run, and the table refitted
on the other runs as the model is), and of the model's kept set; a calibration table (predicted
band vs right rate) for model and table; and the weights of the features.

Precision and recall of a subset here count the detections that were right when the whole run was
scored (a detection is not re-paired when others are dropped); recall's denominator is the run's
labels. The script needs nothing beyond the standard library and the project's own code; its
parts are in bench/model_study/.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from model_study.extract import extract
from model_study.first_runs import recreated_runs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--cache", type=Path, default=Path("/tmp/model15"))
    parser.add_argument("--checkouts", type=Path, default=Path("/tmp/ana"))
    parser.add_argument("--extract", nargs=4, metavar=("SPLIT", "TREE", "CHECKOUTS", "OUT"))
    parser.add_argument("--runs-only", action="store_true", help="re-create the runs and stop")
    args = parser.parse_args(argv)
    if args.extract:
        split, tree, checkouts, out = args.extract
        extract(Path(tree), split, Path(checkouts), Path(out))
        return 0
    data = recreated_runs(args.cache, args.checkouts)
    if args.runs_only:
        return 0
    # imported only here: the study imports this tree's analyzer_real, which under --extract
    # (inside an old tree) must stay unimported so that tree's own one is
    from model_study.report import study

    return study(data)


if __name__ == "__main__":
    sys.exit(main())
