"""Finds a project's translation tables and keeps the words a visitor sees first.

Apps in several languages keep their visible words in tables: JSON files per language
(`messages/en.json`, `locales/de/common.json`, `dictionaries/uk.json`) or one object keyed by
locale in code (`const translations = { en: {...}, es: {...} }`). The table read here is the
language a visitor meets first: the configured default locale, else the language a language
context starts in, else the table's first language. Keys are flattened to dotted paths
(`hero.title`), and a JSON file under a language folder also answers under its namespace
(`common.hero.title`).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Any

from l4ydesk.core.analyzer.literals import Evaluator, property_key, unwrap
from l4ydesk.core.analyzer.screening import dialect_for
from l4ydesk.core.analyzer.syntax import SourceFile, parse
from l4ydesk.core.analyzer.translation_reads import EMPTY, TranslationTable

# ISO 639-1 codes seen in apps (a table needs two of them as its keys to count)
_CODES = (
    "en es fr de it pt nl ja vi ru ko zh ar tr pl uk cs sk hu ro bg el sv da no nb fi et lv lt "
    "he hi bn ta te kn ml mr ur fa id ms th tl fil sw am kk uz az ka hy sr hr bs sl mk sq ca eu "
    "gl cy ga is mn km lo my ne si"
)
_LANGUAGES = frozenset(_CODES.split())
_LOCALE = re.compile(r"^([a-z]{2,3})(?:[-_][A-Za-z]{2,4})?$")
_TABLE_FOLDERS = frozenset(
    {
        "messages",
        "locales",
        "locale",
        "i18n",
        "dictionaries",
        "dictionary",
        "lang",
        "langs",
        "languages",
        "translations",
        "intl",
    }
)
# `en: {` / `"pt-BR": {`: a script holding two of these may hold a table keyed by locale
_KEYED = re.compile(rb"""(?<![\w.$])["']?([a-z]{2,3}(?:[-_][A-Za-z]{2,4})?)["']?\s*:\s*\{""")
_DEFAULT = re.compile(
    rb"""(?:defaultLocale|default_?(?:locale|lang(?:uage)?)|DEFAULT_(?:LOCALE|LANG(?:UAGE)?)\w*|"""
    rb"""fallbackLng|lng)\s*(?::\s*\w+\s*)?[:=]\s*["']([a-zA-Z]{2,3}(?:[-_][A-Za-z]{2,4})?)["']""",
    re.I,
)
_INITIAL = re.compile(
    rb"""useState(?:<\s*\w+\s*>)?\(\s*["']([a-z]{2,3}(?:[-_][A-Za-z]{2,4})?)["']\s*\)"""
)
_LOCALE_LIST = re.compile(
    rb"""locales\s*(?::[^=\n]*)?=\s*\[\s*["']([a-z]{2,3}(?:[-_][A-Za-z]{2,4})?)["']"""
)
_MAX_SCRIPT_BYTES = 600_000
_MAX_STRINGS = 20_000
_MIN_WORDS = 5  # strings a table keyed by locale holds in its first language, at least


def is_locale(key: str) -> bool:
    match = _LOCALE.match(key)
    return match is not None and match.group(1).lower() in _LANGUAGES


@dataclass(frozen=True)
class FileHints:
    """What one file says about translation tables, read once per content."""

    # a table file of one language (`messages/en.json`, `i18n/es.ts`) and its namespace
    json_locale: str | None = None
    json_namespace: str | None = None
    keyed_script: bool = False
    defaults: tuple[str, ...] = ()
    initial: tuple[str, ...] = ()
    listed: tuple[str, ...] = ()


def file_hints(path: str, data: bytes) -> FileHints:
    """Cheap byte-level reading of one file; only files it marks are parsed for tables."""
    pure = PurePosixPath(path)
    folders = [p.lower() for p in pure.parts[:-1]]
    locale, namespace = None, None
    if _TABLE_FOLDERS.intersection(folders):  # `messages/en.json`, `locales/de/common.json`
        if is_locale(pure.stem):
            locale = pure.stem
        elif folders and is_locale(pure.parts[-2]) and pure.stem != "index":
            locale, namespace = pure.parts[-2], pure.stem
    if pure.suffix.lower() == ".json":
        return FileHints(json_locale=locale, json_namespace=namespace)
    if dialect_for(path) is None or len(data) > _MAX_SCRIPT_BYTES:
        return FileHints()
    if namespace is not None or pure.suffix.lower() not in (".ts", ".js", ".mjs"):
        locale = None  # a script is one language's table only as `i18n/fr.ts`, not a page
    keyed = {m.group(1).decode() for m in _KEYED.finditer(data)}
    return FileHints(
        json_locale=locale,
        keyed_script=sum(1 for k in keyed if is_locale(k)) >= 2,
        defaults=_found(_DEFAULT, data),
        initial=_found(_INITIAL, data),
        listed=_found(_LOCALE_LIST, data),
    )


def _found(pattern: re.Pattern[bytes], data: bytes) -> tuple[str, ...]:
    return tuple(m.group(1).decode() for m in pattern.finditer(data))


def build_table(files: Mapping[str, bytes], hints: Mapping[str, FileHints]) -> TranslationTable:
    """The project's table from the files `file_hints` marked."""
    json_tables: dict[str, list[tuple[str | None, Any]]] = {}
    for path in sorted(hints):
        hint = hints[path]
        if hint.json_locale is None:
            continue
        value = _language_file(path, files[path])
        if isinstance(value, dict):
            json_tables.setdefault(hint.json_locale, []).append((hint.json_namespace, value))
    keyed: list[tuple[str, dict[str, Any]]] = []
    for path in sorted(hints):
        if hints[path].keyed_script:
            keyed.extend(_keyed_tables(path, files[path]))
    if not json_tables and not keyed:
        return EMPTY
    locales = set(json_tables) | {loc for _, table in keyed for loc in table}
    first = next(iter(keyed[0][1])) if keyed else sorted(json_tables)[0]
    locale = _visitor_locale(hints.values(), locales, first, bool(json_tables))
    strings: dict[str, str] = {}
    for namespace, value in json_tables.get(locale, []):
        if namespace:
            _flatten(value, namespace, strings)
        _flatten(value, "", strings)
    for _, table in keyed:
        chosen = table.get(locale)
        if chosen is None:
            chosen = next(iter(table.values()))
        _flatten(chosen, "", strings)
    digest = hashlib.blake2b(json.dumps(strings, sort_keys=True).encode(), digest_size=16).digest()
    elsewhere = frozenset(
        path for path, hint in hints.items() if hint.json_locale not in (None, locale)
    )
    names = frozenset(name for name, _ in keyed)
    return TranslationTable(strings, names, locale, digest + _digest(elsewhere), elsewhere)


def _digest(paths: frozenset[str]) -> bytes:
    return hashlib.blake2b("\n".join(sorted(paths)).encode(), digest_size=8).digest()


def _language_file(path: str, data: bytes) -> Any:
    """A table file of one language: a JSON object, or a script's exported object
    (`export default {...}`, `export const es = {...}`; the largest one when several)."""
    if path.lower().endswith(".json"):
        try:
            return json.loads(data)
        except (ValueError, UnicodeDecodeError):
            return None
    dialect = dialect_for(path)
    if dialect is None:
        return None
    src = parse(path, data, dialect)
    objects = [
        value
        for node in src.tree.root_node.children
        if node.type == "export_statement"
        and (value := node.child_by_field_name("value")) is not None
        and unwrap(value).type == "object"
    ]
    objects += [
        value
        for decl in src.declarators
        if (value := decl.child_by_field_name("value")) is not None
        and unwrap(value).type == "object"
        and decl.parent is not None
        and decl.parent.parent is not None
        and decl.parent.parent.type in ("program", "export_statement")
    ]
    if not objects:
        return None
    largest = max(objects, key=lambda n: n.end_byte - n.start_byte)
    return Evaluator(src).evaluate(largest)


def _visitor_locale(
    hints: Iterable[FileHints], locales: set[str], first: str, has_json: bool
) -> str:
    """The configured default, else a language context's first state, else the first key."""
    every = list(hints)
    for attr in ("defaults", "initial", "listed"):
        for hint in every:
            for code in getattr(hint, attr):
                if code in locales:
                    return str(code)
    if has_json and first not in locales:
        return "en" if "en" in locales else sorted(locales)[0]
    return first


def _keyed_tables(path: str, data: bytes) -> list[tuple[str, dict[str, Any]]]:
    """`const translations = { en: {...}, es: {...} }`: each object whose keys are all locales
    (two or more) and whose values are all objects, by the variable holding it."""
    dialect = dialect_for(path)
    if dialect is None:
        return []
    src = parse(path, data, dialect)
    evaluator = Evaluator(src)
    found: list[tuple[str, dict[str, Any]]] = []
    for decl in src.declarators:
        value = decl.child_by_field_name("value")
        name = decl.child_by_field_name("name")
        if value is None or name is None or unwrap(value).type != "object":
            continue
        if _keyed_by_locale(unwrap(value), src):
            table = evaluator.evaluate(value)
            if isinstance(table, dict):
                found.append(
                    (src.text(name), {k: v for k, v in table.items() if isinstance(v, dict)})
                )
    # a language picker's settings (`{ en: { flag, label }, es: {...} }`) hold a word or two
    # per language; a table of what a page says holds more
    return [(name, table) for name, table in found if table and _words_in(table) >= _MIN_WORDS]


def _words_in(table: dict[str, Any]) -> int:
    strings: dict[str, str] = {}
    _flatten(next(iter(table.values())), "", strings)
    return len(strings)


def _keyed_by_locale(obj: Any, src: SourceFile) -> bool:
    keys: list[str] = []
    for child in obj.named_children:
        if child.type == "comment":
            continue
        if child.type != "pair":
            return False
        key = property_key(child, src)
        value = child.child_by_field_name("value")
        if key is None or value is None or not is_locale(key):
            return False
        if unwrap(value).type not in ("object", "identifier"):
            return False
        keys.append(key)
    return len(keys) >= 2


def _flatten(value: Any, prefix: str, out: dict[str, str]) -> None:
    if len(out) >= _MAX_STRINGS:
        return
    if isinstance(value, str):
        out.setdefault(prefix, value)
    elif isinstance(value, dict):
        for key, inner in value.items():
            _flatten(inner, f"{prefix}.{key}" if prefix else str(key), out)
    elif isinstance(value, list):
        for index, inner in enumerate(value[:200]):
            _flatten(inner, f"{prefix}.{index}" if prefix else str(index), out)


class TableIndex:
    """Keeps each file's hints by content and the table built from them, so a re-analysis that
    changed no table file reads no table again."""

    def __init__(self) -> None:
        self._hints: dict[str, tuple[bytes, FileHints]] = {}
        self._built: tuple[tuple[tuple[str, bytes], ...], TranslationTable] | None = None

    def table(self, files: Mapping[str, bytes], digests: Mapping[str, bytes]) -> TranslationTable:
        marked: dict[str, FileHints] = {}
        for path, data in files.items():
            cached = self._hints.get(path)
            if cached is None or cached[0] != digests[path]:
                cached = (digests[path], file_hints(path, data))
                self._hints[path] = cached
            if cached[1] != _NOTHING:
                marked[path] = cached[1]
        for stale in set(self._hints) - set(files):
            del self._hints[stale]
        state = tuple(sorted((p, digests[p]) for p in marked))
        if self._built is None or self._built[0] != state:
            self._built = (state, build_table(files, marked))
        return self._built[1]


_NOTHING = FileHints()
