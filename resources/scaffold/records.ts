// Puts the platform's records into the shape of the app's own sample data, so the components
// that showed the sample show the store's records without a change.
import type { L4yRecord } from "./types";

export type SampleMapping = {
  /** record id → index of the sample item Connect linked it from */
  linked: Record<number, number>;
  /** ids linked from another data set: they are shown there, not here */
  elsewhere: number[];
  /** whether records linked from no data set are shown here (the main data set of the type) */
  takesUnlinked: boolean;
  /** sample key → record property */
  fields: Record<string, string>;
};

function convert(value: unknown, like: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  if (typeof like === "number") {
    const number = typeof value === "number" ? value : Number(value);
    return Number.isFinite(number) ? number : undefined;
  }
  if (typeof like === "string") return typeof value === "object" ? undefined : String(value);
  if (typeof like === "boolean") return typeof value === "boolean" ? value : undefined;
  return undefined; // lists and objects keep the sample's shape
}

function propertyOf(record: L4yRecord<Record<string, unknown>>, name: string): unknown {
  // The record's own name is the one the store shows and edits (a property may lag behind it).
  if ((name === "name" || name === "title") && record.name) return record.name;
  return record.properties?.[name];
}

/** The records shaped like `sample`; the sample itself when there is no record to show. */
export function fromRecords<T extends object>(
  sample: readonly T[],
  records: L4yRecord<Record<string, unknown>>[] | null,
  mapping: SampleMapping,
): T[] {
  if (records === null || sample.length === 0) return [...sample];
  const elsewhere = new Set(mapping.elsewhere);
  const shown = records.filter((record) =>
    record.id in mapping.linked ? true : !elsewhere.has(record.id) && mapping.takesUnlinked,
  );
  return shown.map((record) => {
    const index = mapping.linked[record.id];
    const template = sample[index ?? 0] as Record<string, unknown>;
    const item: Record<string, unknown> = { ...template };
    for (const [key, property] of Object.entries(mapping.fields)) {
      const value = convert(propertyOf(record, property), template[key]);
      if (value !== undefined) item[key] = value;
      else if (index === undefined && typeof template[key] === "string" && !property.startsWith("image")) {
        item[key] = ""; // not the sample item's text on a record that never had it
      }
    }
    if (index === undefined && "id" in template) {
      // a record the sample did not have: its own id, so list keys stay unique
      item.id = typeof template.id === "number" ? record.id : `l4y-${record.id}`;
    }
    return item as T;
  });
}
