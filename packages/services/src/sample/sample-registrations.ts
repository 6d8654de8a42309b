// Sample units' own plans and registration forms (labelled "(dữ liệu mẫu)"), played through the real
// operations with the clock set on each day:
// - 2021 (before the year is played to publication): the units' own plans, most sent before the
//   deadline (19/02/2021, "trước ngày 20/02/2021"), three late, the units without an officer missing;
//   registrations of the scored units submitted and accepted, phường Long Phước's returned with a
//   comment first, fixed and resubmitted, then accepted (its history shows each step).
// - the live year: the own plans of most units (phường Long Phước's late); Phòng Tư pháp's
//   registration a DRAFT to finish; phường Long Phước's RETURNED with Home Affairs' comment; three
//   units' registrations SUBMITTED for Home Affairs to review; one already accepted.
import { createHash, randomUUID } from "node:crypto";
import type { Prisma as P } from "@cchc/db";
import { registrationTotal, type Viewer } from "@cchc/domain";
import type { OperationContext } from "../context.js";
import { storeEvidenceFile } from "../evidence/store-evidence-file.js";
import { type FileStorage, newStorageKey } from "../evidence/storage.js";
import { acceptRegistration } from "../registration/accept-registration.js";
import { returnRegistration } from "../registration/return-registration.js";
import { saveRegistrationItem } from "../registration/save-registration-item.js";
import { submitRegistration } from "../registration/submit-registration.js";
import { submitUnitPlan } from "../registration/submit-unit-plan.js";
import { at, type SampleUnit, samplePdf } from "./sample-cycle-steps.js";
import type { SamplePeople } from "./sample-people.js";

type Prisma = OperationContext["prisma"];

const LABEL = "(dữ liệu mẫu)";

/** What units register: content, result, months (start, end), budget in đồng, coordinating unit codes. */
const ITEMS: ReadonlyArray<{
  content: string;
  result: string;
  months: [number, number];
  budget: number;
  with: readonly string[];
}> = [
  {
    content: "Rà soát, cập nhật và niêm yết công khai thủ tục hành chính thuộc thẩm quyền giải quyết",
    result: "Danh mục TTHC được niêm yết, cập nhật trên Cổng dịch vụ công",
    months: [2, 6],
    budget: 5_000_000,
    with: ["vp-hdnd-ubnd"],
  },
  {
    content: "Tổ chức tuyên truyền về cải cách hành chính cho cán bộ, công chức và người dân",
    result: "02 hội nghị tuyên truyền; tài liệu phát cho người dân",
    months: [3, 9],
    budget: 12_500_000,
    with: ["van-hoa"],
  },
  {
    content: "Nâng cao tỷ lệ hồ sơ trực tuyến mức độ 3, 4 tại Bộ phận tiếp nhận và trả kết quả",
    result: "Báo cáo kết quả hồ sơ trực tuyến hằng quý",
    months: [1, 12],
    budget: 8_000_000,
    with: ["vp-hdnd-ubnd", "noi-vu"],
  },
  {
    content: "Tự kiểm tra công tác cải cách hành chính tại đơn vị",
    result: "Báo cáo tự kiểm tra",
    months: [8, 10],
    budget: 0,
    with: [],
  },
  {
    content: "Khảo sát mức độ hài lòng của người dân đối với dịch vụ hành chính công",
    result: "Phiếu khảo sát và báo cáo tổng hợp",
    months: [5, 11],
    budget: 15_000_000,
    with: ["noi-vu"],
  },
];

const pad = (n: number) => String(n).padStart(2, "0");
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

async function planFile(
  ctx: OperationContext,
  storage: FileStorage | undefined,
  args: { yearId: string; unit: SampleUnit; year: number },
): Promise<string> {
  if (storage) {
    const f = await storeEvidenceFile(
      { ...ctx, storage },
      {
        yearId: args.yearId,
        unitId: args.unit.unitId,
        fileName: `ke-hoach-cchc-${args.year}-${args.unit.code}.pdf`,
        mimeType: "application/pdf",
        bytes: samplePdf(`Du lieu mau - Ke hoach CCHC nam ${args.year} - ${args.unit.code}`),
      },
    );
    return f.id;
  }
  // no file storage (tests): the file's row only
  const f = await ctx.prisma.evidenceFile.create({
    data: {
      yearId: args.yearId,
      unitId: args.unit.unitId,
      fileName: `ke-hoach-cchc-${args.year}-${args.unit.code}.pdf`,
      mimeType: "application/pdf",
      sizeBytes: 0,
      sha256: "0".repeat(64),
      storagePath: `sample/none/${args.unit.code}-${args.year}`,
      uploadedById: ctx.viewer?.userId ?? null,
      createdAt: ctx.now,
    },
    select: { id: true },
  });
  return f.id;
}

/**
 * Own plans written as rows in one go (history that needs no rule run twice: the same columns
 * submitUnitPlan writes, the file's bytes through the storage when there is one).
 */
async function writePlans(
  prisma: Prisma,
  storage: FileStorage | undefined,
  args: {
    yearId: string;
    year: number;
    plans: ReadonlyArray<{ unit: SampleUnit; officer: Viewer; day: string; number: number }>;
  },
): Promise<void> {
  const files: P.EvidenceFileCreateManyInput[] = [];
  const docs: P.UnitPlanDocumentCreateManyInput[] = [];
  for (const p of args.plans) {
    const bytes = samplePdf(`Du lieu mau - Ke hoach CCHC nam ${args.year} - ${p.unit.code}`);
    const key = storage ? newStorageKey() : `sample/none/${p.unit.code}-${args.year}`;
    if (storage) await storage.put(key, bytes);
    const fileId = randomUUID();
    const submittedAt = at(p.day, 10);
    files.push({
      id: fileId,
      yearId: args.yearId,
      unitId: p.unit.unitId,
      fileName: `ke-hoach-cchc-${args.year}-${p.unit.code}.pdf`,
      mimeType: "application/pdf",
      sizeBytes: bytes.byteLength,
      sha256: createHash("sha256").update(bytes).digest("hex"),
      storagePath: key,
      uploadedById: p.officer.userId,
      createdAt: submittedAt,
    });
    docs.push({
      yearId: args.yearId,
      unitId: p.unit.unitId,
      documentNumber: `${pad(p.number)}/KH-${p.unit.code.toUpperCase()} ${LABEL}`,
      issuedOn: new Date(`${p.day}T00:00:00.000Z`),
      submittedAt,
      submittedById: p.officer.userId,
      fileId,
    });
  }
  await prisma.$transaction(async (tx) => {
    await tx.evidenceFile.createMany({ data: files });
    await tx.unitPlanDocument.createMany({ data: docs });
  });
}

/** Accepted 2021 registrations written as rows (items, coordinators, the history), totals by the domain. */
async function writeAcceptedRegistrations(
  prisma: Prisma,
  args: {
    yearId: string;
    year: number;
    entries: ReadonlyArray<{ unit: SampleUnit; officer: Viewer; offset: number; returned: boolean }>;
    homeAffairs: Viewer;
    unitIdByCode: Map<string, string>;
    names: Map<string, string>;
  },
): Promise<void> {
  const regs: P.UnitRegistrationCreateManyInput[] = [];
  const items: P.RegistrationItemCreateManyInput[] = [];
  const coordinators: P.RegistrationItemCoordinatorCreateManyInput[] = [];
  const events: P.RegistrationEventCreateManyInput[] = [];
  for (const [n, e] of args.entries.entries()) {
    const id = randomUUID();
    const rows = [0, 1].map((i) => {
      const item = ITEMS[(e.offset + i) % ITEMS.length]!;
      const coordinating = item.with
        .map((code) => args.unitIdByCode.get(code))
        .filter((x): x is string => !!x && x !== e.unit.unitId);
      const itemId = randomUUID();
      for (const unitId of coordinating) coordinators.push({ itemId, unitId });
      return {
        id: itemId,
        registrationId: id,
        position: i,
        content: `${item.content} ${LABEL}`,
        resultProduct: item.result + (e.returned && i === 0 ? " (01 báo cáo mỗi quý)" : ""),
        startDate: new Date(`${args.year}-${pad(item.months[0])}-01T00:00:00.000Z`),
        endDate: new Date(`${args.year}-${pad(item.months[1])}-${lastDay(args.year, item.months[1])}T00:00:00.000Z`),
        leadUnitId: e.unit.unitId,
        leadText: e.unit.name,
        coordinatingText: coordinating.map((u) => args.names.get(u)).join("; ") || null,
        budgetVnd: BigInt(item.budget + (e.offset % 3) * 500_000),
        note: i === 0 ? "Kinh phí từ nguồn chi thường xuyên của đơn vị" : null,
        version: e.returned && i === 0 ? 2 : 1,
      };
    });
    items.push(...rows);
    const sent = at(`${args.year}-02-${pad(20 + (n % 5))}`, 15);
    const accepted = at(`${args.year}-03-${pad(10 + (n % 10))}`, 14);
    regs.push({
      id,
      yearId: args.yearId,
      unitId: e.unit.unitId,
      status: "ACCEPTED" as const,
      preparerName: `${HEAD_NAMES[(n + 2) % HEAD_NAMES.length]} ${LABEL}`,
      headName: `${HEAD_NAMES[n % HEAD_NAMES.length]} ${LABEL}`,
      submittedAt: e.returned ? at(`${args.year}-03-05`, 15) : sent,
      totalBudgetVnd: registrationTotal(rows).totalVnd,
      createdAt: sent,
      version: e.returned ? 6 : 3,
    });
    events.push({ registrationId: id, action: "SUBMITTED" as const, actorId: e.officer.userId, at: sent });
    if (e.returned) {
      events.push({
        registrationId: id,
        action: "RETURNED" as const,
        actorId: args.homeAffairs.userId,
        at: at(`${args.year}-03-03`, 9),
        comment: `Đề nghị ghi rõ kết quả sản phẩm và tách kinh phí tuyên truyền theo từng hội nghị ${LABEL}`,
      });
      events.push({
        registrationId: id,
        action: "SUBMITTED" as const,
        actorId: e.officer.userId,
        at: at(`${args.year}-03-05`, 15),
      });
    }
    events.push({
      registrationId: id,
      action: "ACCEPTED" as const,
      actorId: args.homeAffairs.userId,
      at: accepted,
      comment: `Thống nhất nội dung đăng ký ${LABEL}`,
    });
  }
  await prisma.$transaction(async (tx) => {
    await tx.unitRegistration.createMany({ data: regs });
    await tx.registrationItem.createMany({ data: items });
    if (coordinators.length) await tx.registrationItemCoordinator.createMany({ data: coordinators });
    await tx.registrationEvent.createMany({ data: events });
  });
}

async function sendPlan(
  prisma: Prisma,
  storage: FileStorage | undefined,
  args: { yearId: string; year: number; unit: SampleUnit; officer: Viewer; day: string; number: number },
) {
  const ctx = { prisma, viewer: args.officer, now: at(args.day, 10) };
  const fileId = await planFile(ctx, storage, args);
  await submitUnitPlan(ctx, {
    yearId: args.yearId,
    unitId: args.unit.unitId,
    documentNumber: `${pad(args.number)}/KH-${args.unit.code.toUpperCase()} ${LABEL}`,
    issuedOn: args.day,
    fileId,
  });
}

/** Adds `count` items to a unit's registration (its officer, on `day`); returns the registration's id. */
async function fillRegistration(
  prisma: Prisma,
  args: {
    yearId: string;
    year: number;
    unit: SampleUnit;
    officer: Viewer;
    day: string;
    count: number;
    offset: number;
    unitIdByCode: Map<string, string>;
  },
): Promise<string> {
  let registrationId = "";
  for (let i = 0; i < args.count; i++) {
    const item = ITEMS[(args.offset + i) % ITEMS.length]!;
    const coordinating = item.with
      .map((code) => args.unitIdByCode.get(code))
      .filter((id): id is string => !!id && id !== args.unit.unitId);
    const saved = await saveRegistrationItem(
      { prisma, viewer: args.officer, now: at(args.day, 9 + i) },
      {
        yearId: args.yearId,
        unitId: args.unit.unitId,
        content: `${item.content} ${LABEL}`,
        resultProduct: item.result,
        startDate: `${args.year}-${pad(item.months[0])}-01`,
        endDate: `${args.year}-${pad(item.months[1])}-${lastDay(args.year, item.months[1])}`,
        leadUnitId: args.unit.unitId,
        coordinatingUnitIds: coordinating,
        budgetVnd: String(item.budget + (args.offset % 3) * 500_000),
        note: i === 0 ? "Kinh phí từ nguồn chi thường xuyên của đơn vị" : null,
      },
    );
    registrationId = saved.registrationId;
  }
  return registrationId;
}

async function version(prisma: Prisma, id: string) {
  return (await prisma.unitRegistration.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;
}

const HEAD_NAMES = ["Nguyễn Văn Hùng", "Trần Thị Lan", "Lê Minh Tuấn", "Phạm Thị Hoa", "Võ Văn Nam"];

async function submit(prisma: Prisma, officer: Viewer, id: string, day: string, n: number) {
  await submitRegistration(
    { prisma, viewer: officer, now: at(day, 15) },
    {
      id,
      version: await version(prisma, id),
      preparerName: `${HEAD_NAMES[(n + 2) % HEAD_NAMES.length]} ${LABEL}`,
      headName: `${HEAD_NAMES[n % HEAD_NAMES.length]} ${LABEL}`,
    },
  );
}

export interface SampleRegistrationsResult {
  plans: number;
  registrations: number;
}

async function unitIdsByCode(prisma: Prisma, yearId: string) {
  const rows = await prisma.yearUnit.findMany({
    where: { yearId },
    select: { unitId: true, unit: { select: { code: true } } },
  });
  return new Map(rows.map((r) => [r.unit.code, r.unitId]));
}

/** 2021: own plans (three late, units without an officer missing) and accepted registrations, one returned first. */
export async function sampleRegistrations2021(
  prisma: Prisma,
  args: { yearId: string; units: readonly SampleUnit[]; people: SamplePeople; storage?: FileStorage },
): Promise<SampleRegistrationsResult> {
  const year = 2021;
  const byCode = await unitIdsByCode(prisma, args.yearId);
  const names = new Map(args.units.map((u) => [u.unitId, u.name]));
  const withOfficer = args.units.filter((u) => args.people.officers.has(u.code));
  const lateCodes = withOfficer
    .filter((u) => u.code !== "tu-phap")
    .slice(-3)
    .map((u) => u.code);
  const plans = withOfficer.map((unit, n) => {
    const late = lateCodes.indexOf(unit.code);
    return {
      unit,
      officer: args.people.officers.get(unit.code)!,
      number: n + 1,
      day:
        late >= 0
          ? `${year}-${["02-23", "03-02", "03-10"][late]}`
          : `${year}-${pad(1 + (n % 2))}-${pad(10 + ((n * 5) % 9))}`,
    };
  });
  await writePlans(prisma, args.storage, { yearId: args.yearId, year, plans });
  // registrations of eight scored units (Phòng Tư pháp and phường Long Phước among them)
  const scored = withOfficer.filter((u) => u.scored);
  const chosen = [
    ...scored.filter((u) => u.code === "tu-phap" || u.code === "long-phuoc"),
    ...scored.filter((u) => u.code !== "tu-phap" && u.code !== "long-phuoc").slice(0, 6),
  ];
  await writeAcceptedRegistrations(prisma, {
    yearId: args.yearId,
    year,
    entries: chosen.map((unit, n) => ({
      unit,
      officer: args.people.officers.get(unit.code)!,
      offset: n,
      returned: unit.code === "long-phuoc",
    })),
    homeAffairs: args.people.homeAffairs,
    unitIdByCode: byCode,
    names,
  });
  return { plans: plans.length, registrations: chosen.length };
}

/**
 * The live year: own plans of most units (phường Long Phước late); Phòng Tư pháp's registration a DRAFT
 * to finish; phường Long Phước's RETURNED with a comment; three SUBMITTED for Home Affairs; one ACCEPTED.
 */
export async function sampleLiveRegistrations(
  prisma: Prisma,
  args: { yearId: string; year: number; units: readonly SampleUnit[]; people: SamplePeople; storage?: FileStorage },
): Promise<SampleRegistrationsResult> {
  const { year } = args;
  const byCode = await unitIdsByCode(prisma, args.yearId);
  const live = new Set(byCode.values());
  const units = args.units.filter((u) => live.has(u.unitId) && args.people.officers.has(u.code));
  let plans = 0;
  let registrations = 0;
  const others = units.filter((u) => u.scored && u.code !== "tu-phap" && u.code !== "long-phuoc");
  // most units sent their own plan on time (rows); two not yet; the demo officers' units through submitUnitPlan
  const bulk = units
    .map((unit, n) => ({ unit, n }))
    .filter(({ unit, n }) => unit.code !== "tu-phap" && unit.code !== "long-phuoc" && n % 7 !== 6)
    .map(({ unit, n }) => ({
      unit,
      officer: args.people.officers.get(unit.code)!,
      number: n + 1,
      day: `${year}-02-${pad(2 + ((n * 3) % 16))}`,
    }));
  await writePlans(prisma, args.storage, { yearId: args.yearId, year, plans: bulk });
  plans += bulk.length;
  for (const [code, day] of [
    ["tu-phap", `${year}-02-11`],
    ["long-phuoc", `${year}-02-26`],
  ] as const) {
    const unit = units.find((u) => u.code === code);
    if (!unit) continue;
    const officer = args.people.officers.get(code)!;
    await sendPlan(prisma, args.storage, {
      yearId: args.yearId,
      year,
      unit,
      officer,
      day,
      number: bulk.length + plans,
    });
    plans++;
  }
  const ha = args.people.homeAffairs;
  const fill = (unit: SampleUnit, day: string, count: number, offset: number) =>
    fillRegistration(prisma, {
      yearId: args.yearId,
      year,
      unit,
      officer: args.people.officers.get(unit.code)!,
      day,
      count,
      offset,
      unitIdByCode: byCode,
    });
  const justice = units.find((u) => u.code === "tu-phap");
  if (justice) {
    await fill(justice, `${year}-02-20`, 2, 0);
    registrations++;
  }
  const ward = units.find((u) => u.code === "long-phuoc");
  if (ward) {
    const officer = args.people.officers.get(ward.code)!;
    const id = await fill(ward, `${year}-02-21`, 2, 1);
    await submit(prisma, officer, id, `${year}-02-21`, 1);
    await returnRegistration(
      { prisma, viewer: ha, now: at(`${year}-03-02`, 9) },
      {
        id,
        version: await version(prisma, id),
        comment: `Nội dung "Khảo sát mức độ hài lòng" cần ghi rõ số phiếu dự kiến; kinh phí tuyên truyền chưa có dự toán chi tiết ${LABEL}`,
      },
    );
    registrations++;
  }
  for (const [n, unit] of others.slice(0, 4).entries()) {
    const officer = args.people.officers.get(unit.code)!;
    const day = `${year}-02-${pad(10 + n)}`;
    const id = await fill(unit, day, 2, n + 2);
    await submit(prisma, officer, id, day, n + 2);
    if (n === 3) {
      await acceptRegistration(
        { prisma, viewer: ha, now: at(`${year}-03-01`, 14) },
        { id, version: await version(prisma, id), comment: `Thống nhất ${LABEL}` },
      );
    }
    registrations++;
  }
  return { plans, registrations };
}
