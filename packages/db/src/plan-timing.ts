// The PlanTask timing columns a time phrase determines, computed by the domain's phrase parser.
// Used by the seed and whenever a person clears a hand-set timing.
import { parseTimePhrase, type TimePhraseResult } from "@cchc/domain";
import { jsonColumns } from "./json-columns.js";
import { isoToDbDate } from "./dates.js";

const KIND: Record<TimePhraseResult["kind"], "WINDOW" | "ONGOING" | "RECURRING" | "TRIGGERED" | "NEEDS_PERSON"> = {
  window: "WINDOW",
  ongoing: "ONGOING",
  recurring: "RECURRING",
  triggered: "TRIGGERED",
  needs_person: "NEEDS_PERSON",
};

/** The PlanTask columns a time phrase determines (an unknown phrase: NEEDS_PERSON, no dates). */
export function timingColumns(phrase: string, year: number) {
  const t = parseTimePhrase(phrase, year);
  if (t.kind === "needs_person") {
    return {
      timingKind: KIND[t.kind],
      windowStart: null,
      windowEnd: null,
      dueDate: null,
      occurrences: jsonColumns.occurrences.toJson([]),
      timingNote: t.reason,
    };
  }
  return {
    timingKind: KIND[t.kind],
    windowStart: isoToDbDate(t.start),
    windowEnd: isoToDbDate(t.end),
    dueDate: t.due ? isoToDbDate(t.due) : null,
    occurrences: jsonColumns.occurrences.toJson(t.occurrences),
    timingNote: null,
  };
}
