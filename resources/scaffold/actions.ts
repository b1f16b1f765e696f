"use server";
// A server action for forms: `<form action={submitFormAction.bind(null, FORMS["Contact us"])}>`
// posts the visitor's fields to the platform with the server's key (never the browser's).
import { L4yApiError } from "@/lib/l4y/client";
import { submitForm } from "@/lib/l4y/forms";

export type FormActionResult = { ok: boolean; message: string; fields?: { field: string; message: string }[] };

export async function submitFormAction(formId: number, formData: FormData): Promise<FormActionResult> {
  const data: Record<string, unknown> = {};
  for (const [name, value] of formData.entries()) {
    if (typeof value === "string" && !name.startsWith("$ACTION")) data[name] = value;
  }
  try {
    const submission = await submitForm(formId, data);
    return { ok: true, message: submission.message ?? "Thank you, we received it." };
  } catch (error) {
    if (error instanceof L4yApiError) {
      const body = error.body as { error?: { fields?: { field: string; message: string }[] } } | null;
      return { ok: false, message: error.message, fields: body?.error?.fields };
    }
    return { ok: false, message: "The form could not be sent; please try again." };
  }
}
