"""The Qt side of `PublishEvents`: each call becomes a signal, safe from any thread.

The pipeline reports from its own task (the GUI loop) or from the worker; signals of an object
living on the GUI thread are delivered there (queued when emitted elsewhere), so the console
and the chat only ever update on the GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from l4ydesk.clients.vercel_models import DnsRecord
from l4ydesk.core.publish.events import HealAttempt, PublishResult, Step


class QtPublishEvents(QObject):
    """Implements `core.publish.events.PublishEvents` with signals.

    Signals:
        step_started(str, str): a step (its `Step` value) began, with what it does.
        step_finished(str, str): a step ended, with a summary.
        log_received(str): build output.
        heal_attempted(object): a `HealAttempt`.
        domain_records_received(str, object, str): a domain waiting for DNS, its records
            (a tuple of `DnsRecord`) and what the DNS check found wrong.
        run_finished(object): a `PublishResult`.
        run_failed(str): the run stopped; a sentence for the user.
    """

    step_started_signal = Signal(str, str)
    step_finished_signal = Signal(str, str)
    log_received = Signal(str)
    heal_attempted = Signal(object)
    domain_records_received = Signal(str, object, str)
    run_finished = Signal(object)
    run_failed = Signal(str)

    # ----- PublishEvents (called by the pipeline) ----------------------------------------------

    def step_started(self, step: Step, description: str) -> None:
        self.step_started_signal.emit(str(step), description)

    def step_finished(self, step: Step, summary: str) -> None:
        self.step_finished_signal.emit(str(step), summary)

    def build_log(self, text: str) -> None:
        self.log_received.emit(text)

    def heal_attempt(self, attempt: HealAttempt) -> None:
        self.heal_attempted.emit(attempt)

    def domain_records(self, domain: str, records: tuple[DnsRecord, ...], problem: str) -> None:
        self.domain_records_received.emit(domain, tuple(records), problem)

    def finished(self, result: PublishResult) -> None:
        self.run_finished.emit(result)

    def failed(self, sentence: str) -> None:
        self.run_failed.emit(sentence)
