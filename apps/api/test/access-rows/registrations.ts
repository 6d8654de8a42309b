// The unit's own plan and the registration form: the unit's officer sends its own plan and edits and
// submits its own registration (only while DRAFT or RETURNED); Home Affairs accepts or returns a
// submitted one. Everyone else is refused and nothing changes.
import { type Case, gqlOutcome, kit } from "./kit.js";

const FIELDS = "__typename ... on Error { code message }";

async function openYear() {
  await kit.h.db.prisma.evaluationYear.update({ where: { id: kit.yearId }, data: { status: "OPEN" } });
  await kit.h.db.prisma.resultSnapshot.deleteMany({ where: { yearId: kit.yearId } });
}

/** Phòng Tư pháp's registration, made afresh in `status` with `items` items (setup, not under test). */
async function resetRegistration(status: "DRAFT" | "SUBMITTED", items: number) {
  const p = kit.h.db.prisma;
  await openYear();
  await p.unitRegistration.deleteMany({ where: { yearId: kit.yearId, unitId: kit.justiceUnitId } });
  const r = await p.unitRegistration.create({
    data: { yearId: kit.yearId, unitId: kit.justiceUnitId, status, totalBudgetVnd: BigInt(items) * 1_000_000n },
  });
  for (let position = 0; position < items; position++) {
    await p.registrationItem.create({
      data: {
        registrationId: r.id,
        position,
        content: `Nội dung ${position + 1} (ma trận quyền)`,
        resultProduct: "Báo cáo",
        startDate: new Date("2021-03-01"),
        endDate: new Date("2021-06-30"),
        leadUnitId: kit.justiceUnitId,
        leadText: "Phòng Tư pháp",
        budgetVnd: 1_000_000n,
      },
    });
  }
}

async function current() {
  return kit.h.db.prisma.unitRegistration.findUniqueOrThrow({
    where: { yearId_unitId: { yearId: kit.yearId, unitId: kit.justiceUnitId } },
    include: { items: { orderBy: { position: "asc" } } },
  });
}

async function registrationState() {
  const p = kit.h.db.prisma;
  return {
    registrations: await p.unitRegistration.findMany({ where: { yearId: kit.yearId }, orderBy: { id: "asc" } }),
    items: await p.registrationItem.findMany({
      where: { registration: { yearId: kit.yearId } },
      orderBy: { id: "asc" },
    }),
    events: await p.registrationEvent.count(),
  };
}

const mutate = (name: string, inputType: string) => async (cookie: string | null, input: Record<string, unknown>) =>
  gqlOutcome(`mutation($input: ${inputType}!) { ${name}(input: $input) { ${FIELDS} } }`, { input }, cookie, name);

const save = mutate("saveRegistrationItem", "SaveRegistrationItemInput");
const del = mutate("deleteRegistrationItem", "DeleteRegistrationItemInput");
const move = mutate("moveRegistrationItem", "MoveRegistrationItemInput");
const submit = mutate("submitRegistration", "SubmitRegistrationInput");
const accept = mutate("acceptRegistration", "ReviewRegistrationInput");
const ret = mutate("returnRegistration", "ReviewRegistrationInput");
const submitPlan = mutate("submitUnitPlan", "SubmitUnitPlanInput");

let planFileId = "";

export const REGISTRATION_ROWS: Record<string, Case[]> = {
  submitUnitPlan: [
    {
      name: "send Phòng Tư pháp's own CCHC plan",
      allowed: ["officerOfLeadUnit"],
      prepare: async () => {
        const p = kit.h.db.prisma;
        await openYear();
        await p.unitPlanDocument.deleteMany({ where: { yearId: kit.yearId, unitId: kit.justiceUnitId } });
        const f = await p.evidenceFile.create({
          data: {
            yearId: kit.yearId,
            unitId: kit.justiceUnitId,
            fileName: "ke-hoach-cchc.pdf",
            mimeType: "application/pdf",
            sizeBytes: 10,
            sha256: "0".repeat(64),
            storagePath: "matrix/ke-hoach-cchc.pdf",
          },
        });
        planFileId = f.id;
      },
      run: (cookie) =>
        submitPlan(cookie, {
          yearId: kit.yearId,
          unitId: kit.justiceUnitId,
          documentNumber: "05/KH-PTP",
          issuedOn: "2021-02-10",
          fileId: planFileId,
        }),
      state: () => kit.h.db.prisma.unitPlanDocument.findMany({ where: { yearId: kit.yearId }, orderBy: { id: "asc" } }),
    },
  ],
  saveRegistrationItem: [
    {
      name: "add an item to Phòng Tư pháp's DRAFT registration",
      allowed: ["officerOfLeadUnit"],
      prepare: () => resetRegistration("DRAFT", 1),
      run: (cookie) =>
        save(cookie, {
          yearId: kit.yearId,
          unitId: kit.justiceUnitId,
          content: "Tập huấn nghiệp vụ",
          resultProduct: "Lớp tập huấn",
          startDate: "2021-04-01",
          endDate: "2021-04-30",
          leadUnitId: kit.justiceUnitId,
          coordinatingUnitIds: [],
          budgetVnd: "5000000",
        }),
      state: registrationState,
    },
  ],
  deleteRegistrationItem: [
    {
      name: "remove an item of Phòng Tư pháp's DRAFT registration",
      allowed: ["officerOfLeadUnit"],
      prepare: () => resetRegistration("DRAFT", 2),
      run: async (cookie) => {
        const item = (await current()).items[0]!;
        return del(cookie, { id: item.id, version: item.version });
      },
      state: registrationState,
    },
  ],
  moveRegistrationItem: [
    {
      name: "move the second item of Phòng Tư pháp's DRAFT registration up",
      allowed: ["officerOfLeadUnit"],
      prepare: () => resetRegistration("DRAFT", 2),
      run: async (cookie) => {
        const item = (await current()).items[1]!;
        return move(cookie, { id: item.id, version: item.version, direction: "UP" });
      },
      state: registrationState,
    },
  ],
  submitRegistration: [
    {
      name: "send Phòng Tư pháp's DRAFT registration to Home Affairs",
      allowed: ["officerOfLeadUnit"],
      prepare: () => resetRegistration("DRAFT", 1),
      run: async (cookie) => {
        const r = await current();
        return submit(cookie, { id: r.id, version: r.version });
      },
      state: registrationState,
    },
  ],
  acceptRegistration: [
    {
      name: "accept Phòng Tư pháp's submitted registration",
      allowed: ["homeAffairs"],
      prepare: () => resetRegistration("SUBMITTED", 1),
      run: async (cookie) => {
        const r = await current();
        return accept(cookie, { id: r.id, version: r.version });
      },
      state: registrationState,
    },
  ],
  returnRegistration: [
    {
      name: "return Phòng Tư pháp's submitted registration with a comment",
      allowed: ["homeAffairs"],
      prepare: () => resetRegistration("SUBMITTED", 1),
      run: async (cookie) => {
        const r = await current();
        return ret(cookie, { id: r.id, version: r.version, comment: "Bổ sung kết quả sản phẩm" });
      },
      state: registrationState,
    },
  ],
};
