// What the corrective-action operations share: the columns they read, the audit snapshot, and the
// access resource of one action (its owner unit and the team of the visit whose finding it answers).
import { dbDateToIso } from "@cchc/db";
import {
  type Action,
  type CorrectiveActionStep,
  actionStepProblem,
  type Resource,
  type Viewer,
  type YearStatus,
} from "@cchc/domain";
import type { CorrectiveActionSnapshot } from "../audit/catalogue.js";
import type { Tx } from "../context.js";
import { ConflictError, NotFoundError, ValidationError } from "../errors.js";
import { requireAllowed } from "../users/require-viewer.js";

export const CORRECTIVE_ACTION_SELECT = {
  id: true,
  version: true,
  findingId: true,
  ownerUnitId: true,
  description: true,
  dueDate: true,
  status: true,
  fixNote: true,
  evidence: { select: { id: true } },
  finding: {
    select: {
      visit: {
        select: {
          yearId: true,
          unitId: true,
          year: { select: { status: true } },
          team: { select: { userId: true } },
        },
      },
    },
  },
} as const;

type ActionRow = {
  version: number;
  findingId: string;
  ownerUnitId: string;
  description: string;
  dueDate: Date;
  status: CorrectiveActionSnapshot["status"];
  fixNote: string | null;
  evidence: Array<{ id: string }>;
};

export function correctiveActionSnapshot(row: ActionRow): CorrectiveActionSnapshot {
  return {
    version: row.version,
    findingId: row.findingId,
    ownerUnitId: row.ownerUnitId,
    description: row.description,
    dueDate: dbDateToIso(row.dueDate),
    status: row.status,
    fixNote: row.fixNote,
    evidenceFileIds: row.evidence.map((e) => e.id).sort(),
  };
}

/** The access resource of an action read with CORRECTIVE_ACTION_SELECT. */
export function correctiveActionResource(row: {
  ownerUnitId: string;
  finding: { visit: { year: { status: YearStatus }; team: Array<{ userId: string | null }> } };
}): Resource {
  return {
    type: "CorrectiveAction",
    ownerUnitId: row.ownerUnitId,
    teamUserIds: row.finding.visit.team.flatMap((m) => (m.userId ? [m.userId] : [])),
    yearStatus: row.finding.visit.year.status,
  };
}

/**
 * Loads an action for a step: it exists, the viewer may take the step (`action`), the version is the
 * one the person saw, and the step may be taken from its status. Returns the row and the viewer.
 */
export async function requireActionStep(
  tx: Tx,
  viewer: Viewer | null,
  input: { id: string; version: number },
  step: CorrectiveActionStep,
  action: Action,
) {
  const row = await tx.correctiveAction.findUnique({ where: { id: input.id }, select: CORRECTIVE_ACTION_SELECT });
  if (!row) throw new NotFoundError("hành động khắc phục");
  const allowed = requireAllowed(viewer, action, correctiveActionResource(row));
  if (row.version !== input.version) throw new ConflictError("CorrectiveAction", row.id, row.version);
  const problem = actionStepProblem(row.status, step);
  if (problem) throw new ValidationError([problem]);
  return { row, viewer: allowed };
}
