// Seeds the sample year: Phước Long town's 2021 CCHC plan (../shared/seeds/000_…txt), its units,
// the plan's 7 areas and 20 tasks with due windows computed by the domain's phrase parser, the
// report periods under the plan's due-date rule, the sample criteria framework and demo logins.
// Idempotent: an authority that already exists is left as it is.
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  REPORT_PERIODS,
  SEED_REPORT_RULE,
  flattenFramework,
  frameworkFromSample,
  reportDueDate,
  sampleCalendar,
  unitPlanDeadline,
  validateFramework,
  vietnameseSortKey,
} from "@cchc/domain";
import type { PrismaClient } from "../generated/prisma/client.js";
import { jsonColumns } from "../json-columns.js";
import { isoToDbDate } from "../dates.js";
import { timingColumns } from "../plan-timing.js";
import { hashPassword } from "../password.js";
import { DEMO_PASSWORD, DEMO_USERS } from "./demo-users.js";
import { SAMPLE_AUTHORITY, SAMPLE_UNITS, SAMPLE_UNIT_TYPES, UNIT_GROUPS } from "./sample-units.js";

export { DEMO_PASSWORD, DEMO_USERS } from "./demo-users.js";
export { SAMPLE_AUTHORITY, SAMPLE_UNITS, SAMPLE_UNIT_TYPES } from "./sample-units.js";

export const SEED_DATA_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../../prisma/seed-data");

interface PlanJson {
  year: number;
  satisfaction_target: string;
  areas: Array<{
    code: string;
    name: string;
    tasks: Array<{ no: number; text: string; lead: string; coordinating: string; time_as_written: string }>;
  }>;
}

export function readSeedJson<T>(file: string): T {
  return JSON.parse(readFileSync(path.join(SEED_DATA_DIR, file), "utf8")) as T;
}

export interface SeedSummary {
  created: boolean;
  units: number;
  tasks: number;
  frameworkLeaves: number;
  /** Tasks whose time phrase did not parse: kept verbatim and flagged for a person. */
  needsPerson: string[];
}

const METHOD = {
  binary: "BINARY",
  checklist: "CHECKLIST",
  ratio: "RATIO",
  ratio_tiered: "RATIO_TIERED",
  deadline: "DEADLINE",
  deduction: "DEDUCTION",
  survey_rate: "SURVEY_RATE",
  survey_likert: "SURVEY_LIKERT",
} as const;

const SOURCE = {
  self_then_appraised: "SELF_THEN_APPRAISED",
  appraised_only: "APPRAISED_ONLY",
  survey: "SURVEY",
} as const;

export async function seedSampleYear(prisma: PrismaClient): Promise<SeedSummary> {
  const existing = await prisma.authority.findUnique({ where: { code: SAMPLE_AUTHORITY.code } });
  const plan = readSeedJson<PlanJson>("plan-2021.json");
  if (existing) {
    await fillUnitSortNames(prisma);
    return { created: false, units: 0, tasks: 0, frameworkLeaves: 0, needsPerson: [] };
  }
  const framework = frameworkFromSample(readSeedJson<unknown>("framework-sample.json"));
  const validation = validateFramework(framework);
  const flat = flattenFramework(framework);
  const year = plan.year;

  // Hash outside the transaction: argon2 is CPU-bound and the transaction has a time limit.
  const users = await Promise.all(
    DEMO_USERS.map(async (u) => ({ ...u, passwordHash: await hashPassword(DEMO_PASSWORD) })),
  );

  const needsPerson: string[] = [];
  let taskCount = 0;

  await prisma.$transaction(
    async (tx) => {
      const authority = await tx.authority.create({ data: { ...SAMPLE_AUTHORITY } });
      const typeIds = new Map<string, string>();
      for (const [position, t] of SAMPLE_UNIT_TYPES.entries()) {
        const id = randomUUID();
        typeIds.set(t.code, id);
        await tx.unitType.create({ data: { id, authorityId: authority.id, position, ...t } });
      }
      const unitIds = new Map<string, string>(); // by exact name
      const unitIdsByCode = new Map<string, string>();
      const unitRows = SAMPLE_UNITS.map((u) => {
        const id = randomUUID();
        unitIds.set(u.name, id);
        unitIdsByCode.set(u.code, id);
        return {
          id,
          authorityId: authority.id,
          unitTypeId: typeIds.get(u.type)!,
          code: u.code,
          name: u.name,
          sortName: vietnameseSortKey(u.name),
          shortName: u.shortName,
        };
      });
      await tx.unit.createMany({ data: unitRows });
      await tx.unitName.createMany({
        data: unitRows.map((u) => ({ unitId: u.id, name: u.name, validFrom: isoToDbDate(`${year}-01-01`) })),
      });

      const evaluationYear = await tx.evaluationYear.create({
        data: {
          authorityId: authority.id,
          year,
          title: `Kế hoạch thực hiện công tác Cải cách hành chính năm ${year}`,
          status: "OPEN",
          unitPlanDeadline: isoToDbDate(unitPlanDeadline(year)),
          unitPlanDeadlineText: `trước ngày 20/02/${year}`,
          satisfactionTargetPercent: 85,
          reportRule: jsonColumns.reportRule.toJson(SEED_REPORT_RULE),
        },
      });
      const yearId = evaluationYear.id;
      await tx.yearUnit.createMany({
        data: SAMPLE_UNITS.map((u) => ({
          yearId,
          unitId: unitIdsByCode.get(u.code)!,
          unitTypeId: typeIds.get(u.type)!,
          scored: SAMPLE_UNIT_TYPES.find((t) => t.code === u.type)!.scored,
          nameInYear: u.name,
        })),
      });

      await tx.reportPeriod.createMany({
        data: REPORT_PERIODS.map((p, position) => ({
          yearId,
          code: p.code,
          nameVi: p.nameVi,
          nameEn: p.nameEn,
          dueDate: isoToDbDate(reportDueDate(SEED_REPORT_RULE, year, p.code)),
          ruleText: SEED_REPORT_RULE.textVi,
          position,
        })),
      });

      // The evaluation calendar, from the sample framework's workflow_deadlines_sample.
      await tx.yearStage.createMany({
        data: sampleCalendar(year).map((w) => ({
          yearId,
          stage: w.stage,
          opensOn: isoToDbDate(w.opensOn),
          closesOn: isoToDbDate(w.closesOn),
        })),
      });

      const resolveUnits = (label: string, exclude: string[]): string[] => {
        const group = UNIT_GROUPS[label];
        if (group === "every") return unitRows.map((u) => u.id).filter((id) => !exclude.includes(id));
        if (group === "related") return [];
        const id = unitIds.get(label);
        if (!id) throw new Error(`Seed data names an unknown unit: "${label}"`);
        return [id];
      };

      let position = 0;
      for (const [areaPosition, area] of plan.areas.entries()) {
        const areaRow = await tx.planArea.create({
          data: { yearId, code: area.code, name: area.name, position: areaPosition },
        });
        for (const task of area.tasks) {
          const code = `${area.code}.${task.no}`;
          const timing = timingColumns(task.time_as_written, year);
          if (timing.timingKind === "NEEDS_PERSON") needsPerson.push(code);
          const taskId = randomUUID();
          await tx.planTask.create({
            data: {
              id: taskId,
              yearId,
              areaId: areaRow.id,
              number: task.no,
              code,
              text: task.text,
              leadLabel: task.lead,
              coordinatingLabel: task.coordinating,
              timePhrase: task.time_as_written,
              position: position++,
              ...timing,
            },
          });
          const lead = resolveUnits(task.lead, []);
          const coordinating = resolveUnits(task.coordinating, lead);
          await tx.planTaskUnit.createMany({
            data: [
              ...lead.map((unitId) => ({ taskId, unitId, role: "LEAD" as const })),
              ...coordinating.map((unitId) => ({ taskId, unitId, role: "COORDINATING" as const })),
            ],
          });
          taskCount++;
        }
      }

      const fw = await tx.framework.create({
        data: {
          yearId,
          name: framework.name,
          bonusCap: framework.bonusCap,
          penaltyCap: framework.penaltyCap,
          tiers: jsonColumns.tiers.toJson(framework.tiers),
        },
      });
      const nodeIds = new Map<string, string>();
      await tx.frameworkNode.createMany({
        data: flat.map(({ node, parentCode, depth }, pos) => {
          const id = randomUUID();
          nodeIds.set(node.code, id);
          const leaf = node.children.length === 0;
          return {
            id,
            frameworkId: fw.id,
            parentId: parentCode === null ? null : nodeIds.get(parentCode)!,
            code: node.code,
            name: node.name,
            nameEn: node.nameEn ?? null,
            maxPoints: node.maxPoints,
            depth,
            position: pos,
            method: leaf && node.method ? METHOD[node.method.kind] : null,
            methodConfig: leaf && node.method ? jsonColumns.methodConfig.toJson(node.method) : undefined,
            scoreSource: leaf && node.scoreSource ? SOURCE[node.scoreSource] : null,
            appliesTo: node.appliesTo,
            evidenceHint: node.evidenceHint ?? null,
            sumReason: node.sumReason ?? null,
          };
        }),
      });

      for (const u of users) {
        await tx.user.create({
          data: {
            email: u.email,
            fullName: u.fullName,
            passwordHash: u.passwordHash,
            roles: u.roles,
            unitId: u.unitCode ? unitIdsByCode.get(u.unitCode)! : null,
          },
        });
      }

      await tx.auditLog.create({
        data: {
          action: "seed.sample_year",
          entity: "EvaluationYear",
          entityId: yearId,
          after: {
            year,
            units: unitRows.length,
            tasks: taskCount,
            frameworkProblems: validation.problems.length,
          },
          reason: "Dữ liệu mẫu: Kế hoạch CCHC năm 2021 của thị xã Phước Long",
        },
      });
    },
    { timeout: 120_000, maxWait: 30_000 },
  );

  return {
    created: true,
    units: SAMPLE_UNITS.length,
    tasks: taskCount,
    frameworkLeaves: flat.filter((f) => f.node.children.length === 0).length,
    needsPerson,
  };
}

/** Units stored before sort keys existed (an older data folder) get theirs: one query when none is missing. */
export async function fillUnitSortNames(prisma: PrismaClient): Promise<number> {
  const missing = await prisma.unit.findMany({ where: { sortName: "" }, select: { id: true, name: true } });
  for (const u of missing) {
    await prisma.unit.update({ where: { id: u.id }, data: { sortName: vietnameseSortKey(u.name) } });
  }
  return missing.length;
}
