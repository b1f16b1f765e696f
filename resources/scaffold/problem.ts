"use client";
// Shows why a post to the platform failed next to what the visitor used (a form or a button),
// in an element of its own that screen readers announce; cleared on the next success. A form
// that had no handler of its own is told it was sent the same way.

const MARK = "data-l4y-problem";

export function showProblem(anchor: Element | null, message: string | null): void {
  if (anchor === null || typeof document === "undefined") return;
  const holder = anchor instanceof HTMLFormElement ? anchor : anchor.parentElement;
  if (holder === null) return;
  holder.querySelector(`[${MARK}]`)?.remove();
  if (message !== null) holder.appendChild(note(message, "alert", "#b91c1c"));
}

function note(text: string, role: string, color: string): HTMLElement {
  const element = document.createElement("p");
  element.setAttribute(MARK, "");
  element.setAttribute("role", role);
  element.setAttribute("style", `color:${color};font-size:0.875rem;margin-top:0.5rem`);
  element.textContent = text;
  return element;
}

// "Sent, thank you." in the page's language (its <html lang>), for a form that had no handler
// of its own to say so; English where the language is not listed.
const SENT: Record<string, string> = {
  en: "Sent, thank you.",
  de: "Gesendet, vielen Dank.",
  fr: "Envoyé, merci.",
  es: "Enviado, gracias.",
  it: "Inviato, grazie.",
  pt: "Enviado, obrigado.",
  nl: "Verzonden, bedankt.",
  ja: "送信しました。ありがとうございます。",
  vi: "Đã gửi, cảm ơn bạn.",
};

/** Says beside the form that it was sent (for screen readers too); the next post clears it. */
export function showSent(form: HTMLFormElement): void {
  const lang = (document.documentElement.lang || "en").toLowerCase().split("-")[0];
  showProblem(form, null);
  form.appendChild(note(SENT[lang] ?? SENT.en, "status", "#15803d"));
}

/** The error sentence of a platform answer (`{ error: { message, fields } }`), or a default. */
export function problemOf(body: unknown, fallback: string): string {
  const error = (body as { error?: { message?: string; fields?: { field: string; message: string }[] } } | null)?.error;
  const fields = (error?.fields ?? []).map((f) => `${f.field}: ${f.message}`).join("; ");
  const message = error?.message ?? fallback;
  return fields ? `${message} (${fields})` : message;
}
