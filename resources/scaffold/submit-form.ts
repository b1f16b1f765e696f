"use client";
// Posts a form to the platform through the app's own route (/api/l4y/forms/<id>, which adds
// the server's key). The publish step wraps the form's own handler with these. A plain handler
// (`l4ySubmitForm`) runs only once the platform accepted the fields: it is what shows the
// confirmation (often a card that replaces the form), so a refusal (a missing field) is shown
// in the form, which is still there, and no confirmation claims a booking the platform refused.
// The browser's own checks (required, type=email) still run before the submit. With
// react-hook-form (`l4ySubmitValues`) its validation has passed before the post, and the
// handler likewise runs after the platform accepted; a handler that throws reports it itself.
// Inputs with no <form> (`l4ySubmitFields`) post the values they show when their button is
// clicked, and the button's own handler runs after the platform accepted them.
import { problemOf, showProblem, showSent } from "./problem";

type SubmitEventLike = { currentTarget: unknown; target?: unknown; preventDefault(): void };

function formOf(event: SubmitEventLike): HTMLFormElement | null {
  for (const candidate of [event.currentTarget, event.target]) {
    if (typeof HTMLFormElement !== "undefined" && candidate instanceof HTMLFormElement) return candidate;
  }
  return null;
}

/** Posts the fields; the platform's refusal (a missing field, a bad email) shows in the form. */
export async function postForm(formId: number, body: FormData | Record<string, unknown>, form: Element | null): Promise<boolean> {
  try {
    const response = await fetch(`/api/l4y/forms/${formId}`, {
      method: "POST",
      ...(body instanceof FormData
        ? { body }
        : { body: JSON.stringify(body), headers: { "Content-Type": "application/json" } }),
    });
    const answer: unknown = await response.json().catch(() => null);
    showProblem(form, response.ok ? null : problemOf(answer, "The form could not be sent; please try again."));
    return response.ok;
  } catch {
    showProblem(form, "The form could not be sent (no connection); please try again.");
    return false;
  }
}

/** The submit event as the handler would have seen it during the dispatch: a browser (and React)
 * clears `currentTarget` once the dispatch is over, and handlers read the form from it. */
function heldEvent<E extends { currentTarget: unknown }>(event: E, element: Element): E {
  return new Proxy(event, {
    get(target, property) {
      if (property === "currentTarget") return element;
      const value: unknown = Reflect.get(target, property, target);
      // Methods of a native event work only on the event itself (preventDefault, …).
      return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/** `onSubmit={l4ySubmitForm(12, handleSubmit)}`: the fields are posted, then the handler runs
 * if the platform accepted them (with no form to read, the handler runs alone, as before). A
 * form that had no handler (`l4ySubmitForm(12, null)`) is emptied and says it was sent. */
export function l4ySubmitForm<E extends SubmitEventLike>(formId: number, handler: ((event: E) => unknown) | null): (event: E) => void {
  return (event: E) => {
    const form = formOf(event);
    event.preventDefault(); // the post replaces the browser's own submit
    if (form === null) {
      handler?.(event);
      return;
    }
    const fields = new FormData(form); // read now: nothing has changed the form yet
    const held = heldEvent(event, form);
    void postForm(formId, fields, form).then((accepted) => {
      if (!accepted) return;
      if (handler !== null) {
        handler(held);
        return;
      }
      form.reset();
      showSent(form);
    });
  };
}

/** `handleSubmit(l4ySubmitValues(12, onSubmit))` (react-hook-form): posts the valid values. */
export function l4ySubmitValues<V extends object>(formId: number, handler: (values: V, event?: unknown) => unknown): (values: V, event?: unknown) => Promise<void> {
  return async (values: V, event?: unknown) => {
    const target = (event as { target?: unknown } | undefined)?.target;
    const form = typeof HTMLFormElement !== "undefined" && target instanceof HTMLFormElement ? target : null;
    if (await postForm(formId, { ...values } as Record<string, unknown>, form)) await handler(values, event);
  };
}

/** A date picker's Date as the platform's date field takes it (the visitor's own day). */
function plain(value: unknown): unknown {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) return value;
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${value.getFullYear()}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}`;
}

/** What the plain input (or select trigger) marked `data-l4y-field="<field>"` nearest the button
 * shows. */
function shownNear(button: Element | null): (field: string) => unknown {
  return (field: string) => {
    const selector = `[data-l4y-field="${field.replace(/["\\]/g, "\\$&")}"]`;
    for (let around = button?.parentElement ?? null; around !== null; around = around.parentElement) {
      const found = Array.from(around.querySelectorAll(selector));
      if (found.length === 0) continue;
      const first = found[0];
      if (first instanceof HTMLInputElement && (first.type === "checkbox" || first.type === "radio")) {
        if (first.type === "checkbox") return first.checked;
        const picked = found.find((el) => el instanceof HTMLInputElement && el.checked);
        return picked instanceof HTMLInputElement ? picked.value : "";
      }
      if (first.getAttribute("role") === "combobox" && !(first instanceof HTMLInputElement)) {
        // a select's trigger (Radix) shows the chosen item's words, or its placeholder
        return first.hasAttribute("data-placeholder") ? "" : (first.textContent ?? "").trim();
      }
      return "value" in first ? (first as HTMLInputElement).value : null;
    }
    return null;
  };
}

/** `onClick={l4ySubmitFields(12, (shown) => ({ name, email: shown("email") }), save)}` (inputs
 * with no <form>): the values shown at the click are posted, then the button's own handler
 * (if it has one) runs once the platform accepted them. */
export function l4ySubmitFields<E extends { currentTarget: unknown }>(
  formId: number,
  values: (shown: (field: string) => unknown) => Record<string, unknown>,
  handler: ((event: E) => unknown) | null | undefined,
): (event: E) => void {
  return (event: E) => {
    const target = event.currentTarget;
    const button = typeof Element !== "undefined" && target instanceof Element ? target : null;
    const read = Object.entries(values(shownNear(button)));
    const body = Object.fromEntries(read.map(([name, value]) => [name, plain(value)]));
    const held = button === null ? event : heldEvent(event, button);
    void postForm(formId, body, button).then((accepted) => {
      if (accepted && typeof handler === "function") handler(held);
    });
  };
}
