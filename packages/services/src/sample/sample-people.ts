// Who acts in the sample: the demo logins (Home Affairs, leadership, the inspector and the unit
// officers of Phòng Tư pháp, phường Long Phước and Chi cục thuế), plus one sample officer for every
// other scored unit, so each unit's claims have their own author. The extra officers are created
// inactive with an unknown password: they are authors in the sample's history, not logins.
import { randomUUID } from "node:crypto";
import { hashPassword } from "@cchc/db";
import { DEMO_USERS, SAMPLE_UNITS } from "@cchc/db/seed";
import type { Viewer } from "@cchc/domain";
import { writeAudit } from "../audit/write-audit.js";
import type { OperationContext } from "../context.js";

export interface SamplePeople {
  homeAffairs: Viewer;
  leadership: Viewer;
  inspector: Viewer & { fullName: string };
  /** the unit officer of each unit that has one (by unit code) */
  officers: Map<string, Viewer>;
}

const viewerOf = (u: { id: string; roles: Viewer["roles"]; unitId: string | null }): Viewer => ({
  userId: u.id,
  roles: u.roles,
  unitId: u.unitId,
});

export async function samplePeople(
  prisma: OperationContext["prisma"],
  authorityId: string,
  officerUnitCodes: readonly string[],
): Promise<SamplePeople> {
  const units = await prisma.unit.findMany({ where: { authorityId }, select: { id: true, code: true } });
  const unitId = new Map(units.map((u) => [u.code, u.id]));
  const demo = await prisma.user.findMany({
    where: { email: { in: DEMO_USERS.map((u) => u.email) } },
    select: { id: true, email: true, fullName: true, roles: true, unitId: true },
  });
  const byEmail = new Map(demo.map((u) => [u.email, u]));
  const need = (email: string) => {
    const u = byEmail.get(email);
    if (!u) throw new Error(`Sample data: the demo login ${email} is missing`);
    return u;
  };
  const officers = new Map<string, Viewer>();
  for (const u of demo) {
    const code = units.find((x) => x.id === u.unitId)?.code;
    if (code && u.roles.includes("UNIT_OFFICER")) officers.set(code, viewerOf(u));
  }
  const missing = officerUnitCodes.filter((code) => !officers.has(code));
  const existing = await prisma.user.findMany({
    where: { email: { in: missing.map((code) => `mau.${code}@cchc.demo`) } },
    select: { id: true, email: true, roles: true, unitId: true },
  });
  for (const u of existing) officers.set(u.email.slice(4, -"@cchc.demo".length), viewerOf(u));
  const toCreate = missing.filter((code) => !officers.has(code));
  // one unknown password for all of them (argon2 is slow): nobody signs in as a sample author
  const passwordHash = toCreate.length ? await hashPassword(randomUUID()) : "";
  if (toCreate.length) {
    await prisma.$transaction(async (tx) => {
      for (const code of toCreate) {
        const unit = SAMPLE_UNITS.find((u) => u.code === code);
        const row = await tx.user.create({
          data: {
            email: `mau.${code}@cchc.demo`,
            fullName: `Cán bộ đầu mối CCHC, ${unit?.shortName ?? code} (dữ liệu mẫu)`,
            passwordHash,
            roles: ["UNIT_OFFICER"],
            unitId: unitId.get(code) ?? null,
            active: false,
          },
          select: { id: true, version: true, email: true, fullName: true, roles: true, unitId: true, active: true },
        });
        await writeAudit(tx, null, {
          action: "user.create",
          entity: "User",
          entityId: row.id,
          after: {
            version: row.version,
            email: row.email,
            fullName: row.fullName,
            roles: row.roles,
            unitId: row.unitId,
            active: row.active,
          },
        });
        officers.set(code, viewerOf(row));
      }
    });
  }
  const inspector = need("kiemtra@cchc.demo");
  return {
    homeAffairs: viewerOf(need("noivu@cchc.demo")),
    leadership: viewerOf(need("lanhdao@cchc.demo")),
    inspector: { ...viewerOf(inspector), fullName: inspector.fullName },
    officers,
  };
}
