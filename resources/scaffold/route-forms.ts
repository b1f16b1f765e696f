// Form submissions: the browser posts here (JSON or an HTML form), this route posts to the
// platform with the server's key, which validates the form's fields and creates its record.
import { NextResponse } from "next/server";

import { L4yApiError } from "@/lib/l4y/client";
import { submitForm } from "@/lib/l4y/forms";

export async function POST(request: Request, context: { params: Promise<{ id: string }> }) {
  const { id } = await context.params;
  const formId = Number(id);
  if (!Number.isInteger(formId) || formId < 1) {
    return NextResponse.json({ error: { message: "No such form." } }, { status: 404 });
  }
  const type = request.headers.get("content-type") ?? "";
  let data: Record<string, unknown>;
  try {
    data = type.includes("application/json")
      ? ((await request.json()) as Record<string, unknown>)
      : Object.fromEntries(await request.formData());
  } catch {
    return NextResponse.json({ error: { message: "Send the form's fields as JSON or as a form." } }, { status: 400 });
  }
  try {
    const submission = await submitForm(formId, data);
    return NextResponse.json(submission, { status: 201 });
  } catch (error) {
    const status = error instanceof L4yApiError && error.status >= 400 ? error.status : 502;
    const body = error instanceof L4yApiError ? error.body : null;
    const message = error instanceof Error ? error.message : "The form could not be sent.";
    return NextResponse.json(body ?? { error: { message } }, { status });
  }
}
