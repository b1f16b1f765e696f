"use client";
// Posts a form to the platform through the app's own route (/api/l4y/forms/<id>, which adds
// the server's key). The publish step wraps the form's own handler with these, so the handler
// still validates, shows its message and resets the form; the fields are posted once it is done
// (read before it runs, so a reset does not empty them). A handler that returns false, throws
// or rejects stops the post, as its own validation would stop the submit.
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

/** `onSubmit={l4ySubmitForm(12, handleSubmit)}`: the handler runs, then the fields are posted. */
export function l4ySubmitForm<E extends SubmitEventLike>(formId: number, handler: (event: E) => unknown): (event: E) => void {
  return (event: E) => {
    const form = formOf(event);
    const fields = form === null ? null : new FormData(form);
    event.preventDefault(); // the post replaces the browser's own submit
    const outcome = handler(event); // synchronously: React's event is only valid now
    void Promise.resolve(outcome).then(
      (result) => (result === false || fields === null ? undefined : postForm(formId, fields, form)),
      () => undefined, // the handler failed: it reports that itself
    );
  };
}

/** `handleSubmit(l4ySubmitValues(12, onSubmit))` (react-hook-form): posts the valid values. */
export function l4ySubmitValues<V extends object>(formId: number, handler: (values: V, event?: unknown) => unknown): (values: V, event?: unknown) => Promise<void> {
  return async (values: V, event?: unknown) => {
    const target = (event as { target?: unknown } | undefined)?.target;
    const form = typeof HTMLFormElement !== "undefined" && target instanceof HTMLFormElement ? target : null;
    const result = await handler(values, event);
    if (result !== false) await postForm(formId, { ...values } as Record<string, unknown>, form);
  };
}
