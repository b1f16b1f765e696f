"use client";
// Shows why a post to the platform failed next to what the visitor used (a form or a button),
// in an element of its own that screen readers announce; cleared on the next success.

const MARK = "data-l4y-problem";

export function showProblem(anchor: Element | null, message: string | null): void {
  if (anchor === null || typeof document === "undefined") return;
  const holder = anchor instanceof HTMLFormElement ? anchor : anchor.parentElement;
  if (holder === null) return;
  let note = holder.querySelector(`[${MARK}]`);
  if (message === null) {
    note?.remove();
    return;
  }
  if (note === null) {
    note = document.createElement("p");
    note.setAttribute(MARK, "");
    note.setAttribute("role", "alert");
    note.setAttribute("style", "color:#b91c1c;font-size:0.875rem;margin-top:0.5rem");
    holder.appendChild(note);
  }
  note.textContent = message;
}

/** The error sentence of a platform answer (`{ error: { message, fields } }`), or a default. */
export function problemOf(body: unknown, fallback: string): string {
  const error = (body as { error?: { message?: string; fields?: { field: string; message: string }[] } } | null)?.error;
  const fields = (error?.fields ?? []).map((f) => `${f.field}: ${f.message}`).join("; ");
  const message = error?.message ?? fallback;
  return fields ? `${message} (${fields})` : message;
}
