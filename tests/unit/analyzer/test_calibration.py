"""The confidence a person sees is the calibrated rate of the detection's kind, not a raw score."""

from __future__ import annotations

from l4ydesk.core.analyzer import analyze_files
from l4ydesk.core.analyzer.calibration import band, calibrated_confidence
from l4ydesk.core.analyzer.calibration_table import BANDS, RATES, UNKNOWN_RATE
from l4ydesk.core.ontology import ONTOLOGY

PAGE = b"""
const plans = [{ name: "Starter", price: 19 }, { name: "Studio", price: 49 }]
export default function Pricing() {
  return <main><h1>Plans</h1>{plans.map((p) => <Card key={p.name}><h2>{p.name}</h2>
    <p>${p.price}/mo</p><Button>Buy</Button></Card>)}</main>
}
"""


def test_the_table_covers_every_type_and_never_falls_as_the_raw_score_rises() -> None:
    assert set(RATES) == set(ONTOLOGY.keys())
    for rates in RATES.values():
        assert len(rates) == len(BANDS) + 1
        assert list(rates) == sorted(rates)
        assert all(0.0 < r < 1.0 for r in rates)


def test_a_raw_score_falls_in_the_band_whose_lower_edge_it_reaches() -> None:
    assert band(0.0) == 0
    assert band(BANDS[0]) == 1
    assert band(BANDS[-1] - 0.001) == len(BANDS) - 1
    assert band(1.0) == len(BANDS)
    assert calibrated_confidence("no-such-type", 0.99) == UNKNOWN_RATE


def test_the_report_shows_each_detection_at_its_calibrated_rate() -> None:
    files = {"app/page.tsx": PAGE}
    raw = analyze_files(files, calibrated=False).detections
    shown = analyze_files(files).detections
    assert [(d.type_key, d.name) for d in shown] == [(d.type_key, d.name) for d in raw]
    assert raw and all(
        s.confidence == calibrated_confidence(r.type_key, r.confidence)
        for s, r in zip(shown, raw, strict=True)
    )
