"""Analyzes one file into cacheable facts: detections, workflow and checkout drafts, hints.

Nothing here keeps a tree-sitter node: the result depends only on the file's path and bytes
(and the project's translation table), so the incremental analyzer can reuse it until either
changes.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass, field

from tree_sitter import Node

from l4ydesk.core.analyzer import jsx
from l4ydesk.core.analyzer.cards import detect_cards
from l4ydesk.core.analyzer.checkout_nav import payment_keys
from l4ydesk.core.analyzer.checkouts import CheckoutDraft, checkout_drafts
from l4ydesk.core.analyzer.datasets import find_datasets
from l4ydesk.core.analyzer.documents import invoice_previews
from l4ydesk.core.analyzer.form_roles import edits_an_account, without_payment_steps
from l4ydesk.core.analyzer.forms import find_forms, is_form_tag
from l4ydesk.core.analyzer.handlers import (
    FunctionFacts,
    Handlers,
    RouteFacts,
    WorkflowDraft,
)
from l4ydesk.core.analyzer.intents import form_detections
from l4ydesk.core.analyzer.invoice_fields import invoice_from_object
from l4ydesk.core.analyzer.list_fold import fold_lists
from l4ydesk.core.analyzer.list_titles import picker_titled
from l4ydesk.core.analyzer.lists import detect_lists
from l4ydesk.core.analyzer.literals import Evaluator
from l4ydesk.core.analyzer.members import member_facts
from l4ydesk.core.analyzer.merge import fold_edit_forms, fold_payment_steps, merge
from l4ydesk.core.analyzer.model import Detection, FileProblem
from l4ydesk.core.analyzer.people import staff_titled
from l4ydesk.core.analyzer.providers import renders_rows
from l4ydesk.core.analyzer.reach import (
    lazy_imports,
    re_exports,
    taken_names,
    value_imports,
    waits_on_purpose,
)
from l4ydesk.core.analyzer.read_rows import (
    certain_lists,
    read_row_lists,
    without_suggestions,
)
from l4ydesk.core.analyzer.record_screens import record_screens
from l4ydesk.core.analyzer.records import detect_records
from l4ydesk.core.analyzer.requests import booking_requests
from l4ydesk.core.analyzer.routing import is_project_spec
from l4ydesk.core.analyzer.sale_documents import sale_documents
from l4ydesk.core.analyzer.screening import AnalyzerLimits, Screened, screen
from l4ydesk.core.analyzer.shown_rows import PropRows, ShownRows, prop_rows, shown_imports
from l4ydesk.core.analyzer.single_objects import single_objects
from l4ydesk.core.analyzer.syntax import SourceFile, first_error_line, parse
from l4ydesk.core.analyzer.translation_reads import EMPTY, TranslationTable
from l4ydesk.core.analyzer.urls import exported_urls
from l4ydesk.core.analyzer.usage_headings import usages_under_headings
from l4ydesk.core.analyzer.values import words
from l4ydesk.core.analyzer.vocabulary import phrases
from l4ydesk.core.analyzer.written_tables import written_tables
from l4ydesk.core.ontology import currency_code

# pages of legal text, by the words of their path
_LEGAL = phrases(
    r"mentions legales",
    r"legal( notice)?",
    r"terms( of (service|use))?",
    r"privacy( policy)?",
    r"imprint",
    r"impressum",
    r"datenschutz",
    r"aviso legal",
    r"privacidad",
    r"privacidade",
    r"termos",
    r"terminos",
    r"conditions",
    r"confidentialite",
    r"cgv",
    r"cgu",
)

PAYMENT_BUTTON = re.compile(
    r"\b(buy|checkout|check out|pay|purchase|place order|complete order|order now|"
    r"get tickets?|start subscription|pay now)\b",
    re.I,
)
_SYMBOL_AT_END = re.compile(r"([$€£¥₹])\s*$")
# the lists of records a business keeps (goods and happenings are listed item by item)
_RECORD_LISTS = frozenset({"contact", "booking", "invoice", "ticket"})
_JSON_SUFFIX = re.compile(rb"\.json\b")
_NAME_BYTE = re.compile(rb"[\w.-]")


@dataclass(frozen=True)
class FileAnalysis:
    """Everything one file contributes to a report."""

    path: str
    analyzed: bool
    parsed: bool
    detections: tuple[Detection, ...] = ()
    problems: tuple[FileProblem, ...] = ()
    functions: tuple[FunctionFacts, ...] = ()
    routes: tuple[RouteFacts, ...] = ()
    workflows: tuple[WorkflowDraft, ...] = ()
    checkouts: tuple[CheckoutDraft, ...] = ()
    usages: tuple[tuple[str, str], ...] = field(default=())
    currency: str | None = None
    json_mentions: frozenset[str] = frozenset()
    imports: tuple[str, ...] = ()
    in_forms: tuple[str, ...] = ()
    # whether the file renders anything, and the project modules it takes values from (not
    # only types): where sample rows are shown (reach.rendered_data)
    renders: bool = False
    value_imports: tuple[str, ...] = ()
    taken_names: tuple[tuple[str, str], ...] = ()
    waits: bool = False
    shown_rows: tuple[ShownRows, ...] = ()
    prop_rows: tuple[PropRows, ...] = ()
    # keys whose written value is a hosted payment page, with its host (a data file's button)
    payment_keys: tuple[tuple[str, str], ...] = ()
    # exported constants holding an address, for fetches in files that import them
    urls: tuple[tuple[str, str], ...] = ()


def analyze_file(
    path: str, data: bytes, limits: AnalyzerLimits, table: TranslationTable = EMPTY
) -> FileAnalysis:
    """Analyze one file; any failure becomes a problem on the file, never an exception. `table`
    is the project's translation table: its words are what translated text reads as."""
    screened = screen(path, data, limits)
    if screened is None:
        return FileAnalysis(path, analyzed=False, parsed=False)
    if isinstance(screened, FileProblem):
        return FileAnalysis(path, analyzed=False, parsed=False, problems=(screened,))
    if path in table.elsewhere:
        return FileAnalysis(path, analyzed=True, parsed=False)  # another language's words
    return _analyze_screened(path, screened, table)


def _analyze_screened(path: str, screened: Screened, table: TranslationTable) -> FileAnalysis:
    problems: list[FileProblem] = [screened.problem] if screened.problem else []
    try:
        src = parse(path, screened.source, screened.dialect, table)
    except Exception as exc:  # tree-sitter recovers from bad syntax; this is a last resort
        problems.append(_internal(path, exc))
        return FileAnalysis(path, analyzed=False, parsed=True, problems=tuple(problems))
    error_line = first_error_line(src.tree)
    if error_line is not None:
        problems.append(
            FileProblem(
                path,
                "syntax_error",
                f"Syntax error near line {error_line}; the rest of the file was analyzed, so "
                "detections from it may be incomplete.",
                line=error_line,
                analyzed=True,
            )
        )
    try:
        return _detect(src, tuple(problems))
    except Exception as exc:  # one odd file must not cost the user the whole report
        problems.append(_internal(path, exc))
        return FileAnalysis(path, analyzed=True, parsed=True, problems=tuple(problems))


def _internal(path: str, exc: BaseException) -> FileProblem:
    return FileProblem(
        path,
        "internal_error",
        f"The analyzer could not finish this file ({type(exc).__name__}); other files were "
        "analyzed. Please report this file to the l4ydesk team.",
    )


def _detect(src: SourceFile, problems: tuple[FileProblem, ...]) -> FileAnalysis:
    file_words = _file_words(src)
    detections: list[Detection] = detect_records(src, find_datasets(src), file_words)
    for var_name, data, decl in single_objects(src):
        built = invoice_from_object(var_name, data)
        if built is not None:
            name, fields, confidence = built
            component = src.component_of(decl).name
            detections.append(
                Detection(
                    "invoice",
                    name,
                    fields,
                    confidence,
                    (src.evidence(decl),),
                    f"{src.path}:{component}",
                )
            )
    detections.extend(detect_cards(src))
    detections = fold_lists(detections, detect_lists(src))
    detections = certain_lists([*detections, *read_row_lists(src, detections)])
    detections = certain_lists([*detections, *written_tables(src, detections)])
    detections = without_suggestions(src, detections)
    if _LEGAL.search(" ".join(words(src.path))):
        # a legal notice numbers its sections and names its publisher: nothing there is sold
        detections = [d for d in detections if d.type_key not in ("product", "event")]
    # a list titled for the business's own team is its staff, whatever found it (round 8)
    detections = [
        d
        for d in detections
        if not (d.type_key == "contact" and d.fields.get("list") and staff_titled(d.name))
    ]
    # a list of records "titled" by a search for one record is a search box (round 21)
    detections = [
        d
        for d in detections
        if not (d.type_key in _RECORD_LISTS and d.fields.get("list") and picker_titled(d.name))
    ]
    forms = find_forms(src)
    for form in forms:
        if not edits_an_account(form, forms):
            detections.extend(form_detections(src, form))
    detections = fold_payment_steps(detections, _page_titles(src))
    detections = without_payment_steps(detections)
    detections.extend(booking_requests(src, detections))
    detections.extend(invoice_previews(src, detections))
    detections.extend(sale_documents(src, detections))
    detections.extend(record_screens(src, detections))
    handlers = Handlers(src)
    drafts, used = handlers.form_drafts(forms)
    drafts.extend(handlers.other_drafts(used))
    functions = handlers.function_facts() + member_facts(src, handlers.actions_of)
    handed_on = re_exports(src)
    return FileAnalysis(
        src.path,
        analyzed=True,
        parsed=True,
        detections=tuple(merge(fold_edit_forms(detections))),
        problems=problems,
        functions=tuple(functions),
        urls=exported_urls(src),
        routes=tuple(handlers.routes(functions)),
        workflows=tuple(drafts),
        checkouts=tuple(checkout_drafts(handlers, PAYMENT_BUTTON)),
        usages=tuple(usages_under_headings(src, handlers.imports)),
        currency=_currency(src),
        imports=tuple(
            sorted(
                {spec for spec, _ in handlers.imports.values() if is_project_spec(spec)}
                | lazy_imports(src)
                | {spec for spec, _ in handed_on}
            )
        ),
        json_mentions=_json_mentions(src.source),
        in_forms=tuple(sorted(_specs_in_forms(src, handlers.imports))),
        renders=renders_rows(src),
        value_imports=tuple(sorted({*value_imports(src), *(spec for spec, _ in handed_on)})),
        taken_names=tuple(sorted({*taken_names(handlers.imports), *handed_on})),
        waits=waits_on_purpose(src.source),
        shown_rows=tuple(shown_imports(src, handlers.imports)),
        prop_rows=tuple(prop_rows(src)),
        payment_keys=payment_keys(src.source),
    )


def _specs_in_forms(src: SourceFile, imports: dict[str, tuple[str, str]]) -> set[str]:
    """Project files whose components this file renders inside a `<form>`: their inputs are
    sections of this form (attendees, line items), not forms of their own."""
    found: set[str] = set()
    for form in (el for el in src.jsx if is_form_tag(jsx.name(el, src))):
        for el in src.jsx_within(form):
            spec = imports.get(jsx.name(el, src), ("", ""))[0]
            if spec and is_project_spec(spec):
                found.add(spec)
    return found


def _page_titles(src: SourceFile) -> dict[str, str]:
    """Each component's `h1`, by component key: the title a page's steps are named by."""
    titles: dict[str, str] = {}
    for comp in src.components[1:]:
        if comp.node is None:
            continue
        h1 = next((h for h in src.headings_within(comp.node) if jsx.name(h, src) == "h1"), None)
        if h1 is not None and (title := jsx.title_text(h1, src)):
            titles[f"{src.path}:{comp.name}"] = title
    return titles


def _json_mentions(source: bytes) -> frozenset[str]:
    """`fetch("/menu.json")`, `import data from "./products.json"`: the JSON files code reads.

    Scans back from each ".json" instead of one regex over the file, which backtracks badly
    on long runs of word characters.
    """
    found: set[str] = set()
    for match in _JSON_SUFFIX.finditer(source):
        start = match.start()
        while start > 0 and match.start() - start < 80 and _NAME_BYTE.match(source, start - 1):
            start -= 1
        name = source[start : match.start()].decode("utf-8", "replace").lstrip(".")
        while name:  # `offers.lt.json` names both `offers.lt` and `lt`
            found.add(name)
            name = name.partition(".")[2]
    return frozenset(found)


def _root_elements(src: SourceFile) -> list[Node]:
    roots: list[Node] = []
    for el in src.jsx:
        if roots and el.start_byte < roots[-1].end_byte:
            continue
        roots.append(el)
    return roots


def _file_words(src: SourceFile) -> frozenset[str]:
    found: set[str] = set()
    for root in _root_elements(src):
        found.update(words(jsx.text(root, src, dynamic=False)))
    return frozenset(found)


def _currency(src: SourceFile) -> str | None:
    """The currency a file shows prices in: formatter options, `currency` keys, "$" + value."""
    votes: Counter[str] = Counter()
    evaluator = Evaluator(src)
    for call in src.calls:
        args = call.child_by_field_name("arguments")
        if args is None or args.type != "arguments":
            continue
        for arg in args.named_children:
            if arg.type == "object":
                _currency_keys(evaluator.evaluate(arg), votes, 0)
    for el in src.jsx:
        if el.type != "jsx_element":
            continue
        children = el.named_children
        for before, after in itertools.pairwise(children):
            if before.type == "jsx_text" and after.type == "jsx_expression":
                match = _SYMBOL_AT_END.search(src.text(before))
                if match and (code := currency_code(match.group(1))):
                    votes[code] += 1
    return votes.most_common(1)[0][0] if votes else None


def _currency_keys(value: object, votes: Counter[str], depth: int) -> None:
    if depth > 4:
        return
    if isinstance(value, dict):
        for k, v in value.items():
            if k == "currency" and isinstance(v, str) and (code := currency_code(v)):
                votes[code] += 2
            else:
                _currency_keys(v, votes, depth + 1)
    elif isinstance(value, list):
        for v in value[:20]:
            _currency_keys(v, votes, depth + 1)
