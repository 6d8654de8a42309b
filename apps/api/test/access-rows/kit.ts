// What the access matrix's rows share: the people, the outcome of a mutation, and the records the
// setup created. Each capability keeps its rows in its own file here (see index.ts); the matrix
// (../access-matrix.test.ts) runs them all, for every actor.
import { expect } from "vitest";
import type { Harness } from "../harness.js";

/** Everyone the rules tell apart. */
export const ACTORS = [
  "anonymous",
  "admin",
  "homeAffairs",
  "inspectorOnTeam",
  "inspectorNotOnTeam",
  "leadership",
  "officerOfLeadUnit",
  "officerOfOtherUnit",
] as const;
export type Actor = (typeof ACTORS)[number];

export type Outcome = "allowed" | "denied";

export interface Case {
  /** What is tried, in words. */
  name: string;
  /** Who may; everyone else is denied. */
  allowed: readonly Actor[];
  /** Does it as `cookie` (null: anonymous); answers what happened. */
  run(cookie: string | null): Promise<Outcome>;
  /** A digest of what the case could change, compared before and after a denied attempt. */
  state?(): Promise<unknown>;
  /** Puts the data in the shape the case needs, before each attempt. */
  prepare?(): Promise<void>;
}

/**
 * Filled by the matrix's beforeAll (read it inside `run`/`state`/`prepare`, never at import time):
 * the server, the 2021 sample year, Phòng Tư pháp (the "lead unit": officerOfLeadUnit works there;
 * officerOfOtherUnit works for Phường Long Phước), the two inspectors and a visit to Phòng Tư pháp
 * on 15/10/2021 whose team is inspectorOnTeam alone.
 */
export const kit = {} as {
  h: Harness;
  yearId: string;
  /** Phòng Tư pháp */
  justiceUnitId: string;
  /** every unit of the sample authority by code ("tu-phap", "long-phuoc", …) */
  unitIds: Map<string, string>;
  inspectorOnTeamId: string;
  inspectorNotOnTeamId: string;
  /** the visit to Phòng Tư pháp with inspectorOnTeam as its only member (and lead) */
  visitId: string;
};

/** Sends a mutation as `cookie` and answers allowed/denied; any other error fails the test. */
export async function gqlOutcome(
  query: string,
  variables: Record<string, unknown>,
  cookie: string | null,
  field: string,
): Promise<Outcome> {
  const res = await kit.h.gql<Record<string, { __typename: string } | boolean | null>>(query, variables, cookie);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  const error = res.body.errors?.[0];
  if (error) {
    expect(["FORBIDDEN", "UNAUTHENTICATED"], JSON.stringify(error)).toContain(error.extensions?.code);
    return "denied";
  }
  const value = res.body.data?.[field];
  if (value && typeof value === "object" && "__typename" in value) {
    if (value.__typename === "ForbiddenError") return "denied";
    expect(value.__typename, JSON.stringify(value)).not.toMatch(/Error$/);
  }
  return "allowed";
}
