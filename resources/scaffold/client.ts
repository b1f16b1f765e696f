// The platform API client: server-only, it reads L4Y_API_URL and L4Y_API_KEY from the server's
// environment (never NEXT_PUBLIC_, so the key never reaches a browser bundle).
import type { L4yPage, L4yRecord } from "./types";

export class L4yApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly body: unknown,
  ) {
    super(message);
    this.name = "L4yApiError";
  }
}

/** The platform's URL and key, or null when this deployment has none (the sample data stays). */
export function l4yConfig(): { url: string; key: string } | null {
  if (typeof window !== "undefined") return null; // never in a browser
  const url = process.env.L4Y_API_URL;
  const key = process.env.L4Y_API_KEY;
  if (!url || !key) return null;
  return { url: url.replace(/\/+$/, ""), key };
}

export async function l4yFetch<T>(path: string, init: RequestInit & { next?: { revalidate?: number; tags?: string[] } } = {}): Promise<T> {
  const config = l4yConfig();
  if (config === null) {
    throw new L4yApiError("L4Y_API_URL and L4Y_API_KEY are not set on the server.", 0, null);
  }
  const headers = new Headers(init.headers);
  headers.set("Authorization", `Bearer ${config.key}`);
  headers.set("Accept", "application/json");
  const response = await fetch(`${config.url}${path}`, { ...init, headers });
  const text = await response.text();
  let body: unknown = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = text;
  }
  if (!response.ok) {
    const error = (body as { error?: { message?: string } } | null)?.error;
    throw new L4yApiError(error?.message ?? `The platform answered ${response.status}.`, response.status, body);
  }
  return body as T;
}

/** Every record of a collection, page after page (the API pages with `next_cursor`). */
export async function listAll<P>(collection: string, maxPages = 20): Promise<L4yRecord<P>[]> {
  const records: L4yRecord<P>[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < maxPages; page++) {
    const query = new URLSearchParams({ limit: "200", status: "active" });
    if (cursor) query.set("cursor", cursor);
    const result: L4yPage<P> = await l4yFetch<L4yPage<P>>(`${collection}?${query}`, {
      next: { revalidate: 60, tags: ["l4y"] },
    });
    records.push(...result.data);
    if (!result.has_more || !result.next_cursor) break;
    cursor = result.next_cursor;
  }
  return records;
}

export function getRecord<P>(collection: string, id: number): Promise<L4yRecord<P>> {
  return l4yFetch<L4yRecord<P>>(`${collection}/${encodeURIComponent(String(id))}`, {
    next: { revalidate: 60, tags: ["l4y"] },
  });
}

export function postJson<T>(path: string, body: unknown): Promise<T> {
  return l4yFetch<T>(path, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
    cache: "no-store",
  });
}
