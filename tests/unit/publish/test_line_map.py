"""Build errors name the line of the app's own file, not of the file the scaffold wired."""

from __future__ import annotations

from l4ydesk.core.publish.build_errors import BuildError
from l4ydesk.core.publish.heal import FoundError, describe_error, in_source
from l4ydesk.core.publish.line_map import source_line
from l4ydesk.core.publish.scaffold.wire_edits import wire_form

PATH = "components/signup.tsx"
SOURCE = """"use client";
import * as React from "react";

export function Signup() {
  const [done, setDone] = React.useState(false);
  const seats: number = "three";
  const onSubmit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setDone(true);
  };
  return (
    <form onSubmit={onSubmit}>
      <input name="email" />
    </form>
  );
}
"""
BROKEN = 'const seats: number = "three";'


def _line(text: str, needle: str) -> int:
    return text[: text.index(needle)].count("\n") + 1


def _wired() -> str:
    wired = wire_form(PATH, SOURCE.encode(), _line(SOURCE, "<form"), 7)
    assert isinstance(wired, bytes)
    return wired.decode()


def test_a_line_below_the_scaffolds_import_maps_back_to_the_users_line() -> None:
    wired = _wired()
    assert _line(wired, BROKEN) != _line(SOURCE, BROKEN)  # the scaffold moved it
    assert source_line(wired.encode(), SOURCE.encode(), _line(wired, BROKEN)) == _line(
        SOURCE, BROKEN
    )
    # A line the scaffold added maps to where it went in, inside the file.
    added = next(n for n, line in enumerate(wired.splitlines(), 1) if line not in SOURCE)
    assert 1 <= source_line(wired.encode(), SOURCE.encode(), added) <= len(SOURCE.splitlines())


def test_the_error_shown_to_the_model_names_the_users_line() -> None:
    wired = _wired()
    built_line = _line(wired, BROKEN)
    error = FoundError(
        BuildError(PATH, built_line, 9, "Type 'string' is not assignable to type 'number'.", "type")
    )
    mapped = in_source(error, {PATH: wired.encode()}, {PATH: SOURCE.encode()})
    assert mapped.line == _line(SOURCE, BROKEN)
    shown = describe_error(mapped, {PATH: SOURCE.encode()})
    assert f"{PATH}:{_line(SOURCE, BROKEN)}:9" in shown
    assert f"{_line(SOURCE, BROKEN):>5}    {BROKEN}" in shown


def test_an_unwired_file_keeps_its_line() -> None:
    error = FoundError(BuildError(PATH, 6, 9, "Type error.", "type"))
    assert in_source(error, {PATH: SOURCE.encode()}, {PATH: SOURCE.encode()}) is error
    assert in_source(error, {}, {PATH: SOURCE.encode()}) is error
