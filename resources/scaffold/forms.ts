// Form submissions to the platform (server-only): it checks the fields against the form's own.
import { postJson } from "./client";
import type { L4ySubmission } from "./types";

/** The app's forms on the platform, by the name Connect gave them. */
export const FORMS: Record<string, number> = __FORMS__;

export function submitForm(formId: number, data: Record<string, unknown>): Promise<L4ySubmission> {
  return postJson<L4ySubmission>(`/api/v1/forms/${formId}/submissions`, data);
}
