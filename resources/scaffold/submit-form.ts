"use client";
// Posts a form to the platform through the app's own route (/api/l4y/forms/<id>, which adds
// the server's key). The publish step wraps the form's own handler with these. A plain handler
// (`l4ySubmitForm`) runs only once the platform accepted the fields: it is what shows the
// confirmation (often a card that replaces the form), so a refusal (a missing field) is shown
// in the form, which is still there, and no confirmation claims a booking the platform refused.
// The browser's own checks (required, type=email) still run before the submit. With
// react-hook-form (`l4ySubmitValues`) its validation has passed before the post, and the
// handler likewise runs after the platform accepted; a handler that throws reports it itself.
import { problemOf, showProblem } from "./problem";

type SubmitEventLike = { currentTarget: unknown; target?: unknown; preventDefault(): void };

function formOf(event: SubmitEventLike): HTMLFormElement | null {
  for (const candidate of [event.currentTarget, event.target]) {
    if (typeof HTMLFormElement !== "undefined" && candidate instanceof HTMLFormElement) return candidate;
  }
  return null;
}

/** Posts the fields; the platform's refusal (a missing field, a bad email) shows in the form. */
export async function postForm(formId: number, body: FormData | Record<string, unknown>, form: HTMLFormElement | null): Promise<boolean> {
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
function heldEvent<E extends SubmitEventLike>(event: E, form: HTMLFormElement): E {
  return new Proxy(event, {
    get(target, property) {
      if (property === "currentTarget") return form;
      const value: unknown = Reflect.get(target, property, target);
      // Methods of a native event work only on the event itself (preventDefault, …).
      return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/** `onSubmit={l4ySubmitForm(12, handleSubmit)}`: the fields are posted, then the handler runs
 * if the platform accepted them (with no form to read, the handler runs alone, as before). */
export function l4ySubmitForm<E extends SubmitEventLike>(formId: number, handler: (event: E) => unknown): (event: E) => void {
  return (event: E) => {
    const form = formOf(event);
    event.preventDefault(); // the post replaces the browser's own submit
    if (form === null) {
      handler(event);
      return;
    }
    const fields = new FormData(form); // read now: nothing has changed the form yet
    const held = heldEvent(event, form);
    void postForm(formId, fields, form).then((accepted) => {
      if (accepted) handler(held);
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
