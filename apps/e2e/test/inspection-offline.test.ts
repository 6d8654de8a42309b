// Findings on the spot with the connection lost, in the browser (issue #9): the inspector opens the
// visit in progress on a phone (390 px), goes offline (Chromium's network emulation), records two
// findings, one with a photo; both wait on the device (IndexedDB), the page reloads offline from the
// service worker's shell; back online, both reach the server exactly once (checked in the database).
// Then the round goes on: the minutes recorded, the visit concluded, the issued minutes downloaded
// (the same bytes as stored). The real server (API + built admin) over a cloned seeded database.
import { createHash } from "node:crypto";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { type RunningApp, startApp } from "@cchc/api";
import { DEMO_PASSWORD } from "@cchc/db/seed";
import { openTestDatabase, sampleYear, type TestDatabase } from "@cchc/db/testing";
import { createInspectionVisit, folderStorage } from "@cchc/services";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROMIUM_ARGS, chromiumPath, warnIfSkipped } from "./browser.js";
import { measureOverflow } from "./layout-check.js";

warnIfSkipped();

const PHONE = { width: 390, height: 844 };
const CLOCK = new Date("2021-07-01T03:00:00Z");
/** A small valid PNG (1 × 1, red). */
const PNG = Buffer.from(
  "89504e470d0a1a0a0000000d4948445200000001000000010802000000907753de0000000c4944415408d763f8cfc000000301010018dd8db00000000049454e44ae426082",
  "hex",
);

describe.skipIf(!chromiumPath)("findings offline and the minutes in the browser at 390 px (headless Chromium)", () => {
  let db: TestDatabase;
  let app: RunningApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let dir = "";
  let visitId = "";

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "cchc-e2e-offline-"));
    db = await openTestDatabase({ seed: true });
    app = await startApp({ prisma: db.prisma, port: 0, now: () => CLOCK, storage: folderStorage(dir) });
    browser = await chromium.launch({ executablePath: chromiumPath!, args: CHROMIUM_ARGS, headless: true });
    const { year, unitIds } = await sampleYear(db.prisma);
    await db.prisma.evaluationYear.update({ where: { id: year.id }, data: { status: "OPEN" } });
    const inspector = await db.prisma.user.findUniqueOrThrow({ where: { email: "kiemtra@cchc.demo" } });
    const office = await db.prisma.user.findUniqueOrThrow({ where: { email: "noivu@cchc.demo" } });
    const created = await createInspectionVisit(
      { prisma: db.prisma, viewer: { userId: office.id, roles: office.roles, unitId: null }, now: CLOCK },
      {
        yearId: year.id,
        unitId: unitIds.get("tu-phap")!,
        date: "2021-07-01",
        startTime: "08:00",
        endTime: "11:30",
        place: "Trụ sở Phòng Tư pháp",
        team: [{ userId: inspector.id, isLead: true }],
        scopeNodeIds: [],
        scopeText: "Cải cách TTHC",
      },
    );
    visitId = created.visitId;
    // notified and started (the steps themselves are the inspection journey's)
    await db.prisma.inspectionVisit.update({
      where: { id: visitId },
      data: { status: "IN_PROGRESS", notifiedAt: CLOCK, startedAt: CLOCK },
    });
    context = await browser.newContext({ viewport: PHONE, acceptDownloads: true });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    await db?.dispose();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  async function expectFitsPhone(what: string) {
    const overflow = await measureOverflow(page);
    expect(overflow.wide, `${what} at 390 px: elements wider than the viewport`).toEqual([]);
    expect(overflow.scrollWidth, `${what} at 390 px: the page scrolls sideways`).toBeLessThanOrEqual(
      overflow.clientWidth,
    );
  }

  const findingsOfVisit = () => db.prisma.finding.findMany({ where: { visitId }, include: { photos: true } });

  async function record(description: string, photo: boolean) {
    const section = page.getByRole("region", { name: "Phát hiện khi kiểm tra" });
    await section.getByLabel("Mức độ").selectOption("HIGH");
    await section.getByLabel("Nội dung phát hiện").fill(description);
    if (photo) {
      await section
        .getByLabel("Ảnh hiện trường")
        .setInputFiles({ name: "quay-mot-cua.png", mimeType: "image/png", buffer: PNG });
      await section.getByText(/quay-mot-cua\.png/).waitFor();
    }
    await section.getByRole("button", { name: "Ghi nhận", exact: true }).click();
    await expect.poll(() => section.getByLabel("Nội dung phát hiện").inputValue()).toBe("");
  }

  it("step 1: the inspector opens the visit in progress; the service worker takes the shell", async () => {
    await page.goto(`${app.url}/`);
    await page.getByLabel("Email").fill("kiemtra@cchc.demo");
    await page.getByLabel("Mật khẩu").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await page.getByRole("heading", { name: "Tổng quan năm 2021" }).waitFor();
    await page.goto(`${app.url}/inspections/${visitId}`);
    await page.getByRole("heading", { name: "Phát hiện khi kiểm tra" }).waitFor();
    await page.getByText("Chưa có phát hiện nào cho cuộc kiểm tra này.").waitFor();
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    // the page is controlled once the worker has claimed it
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 30_000 })
      .toBe(true);
    await expectFitsPhone("visit-findings");
  });

  it("step 2: offline, two findings (one with a photo) wait on the device; the page reloads offline", async () => {
    await context.setOffline(true);
    await page.getByText(/Đang ngoại tuyến/).waitFor();
    await record("Chưa niêm yết đủ TTHC tại bộ phận một cửa", true);
    await record("Sổ theo dõi hồ sơ chưa ghi ngày trả kết quả", false);
    await page.getByRole("region", { name: "Đang chờ trên máy này (2)" }).waitFor();
    expect(await findingsOfVisit()).toHaveLength(0);
    await expectFitsPhone("findings-waiting");

    // the app shell comes from the service worker, the signed-in person and the visit from the cache
    // kept on this device (the app reads it before its first query: client.ts, main.tsx), the two
    // findings from the device's outbox
    await page.reload();
    await page.getByRole("heading", { name: "Phát hiện khi kiểm tra" }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/inspections/${visitId}`);
    await page.getByRole("region", { name: "Đang chờ trên máy này (2)" }).waitFor();
    expect(await findingsOfVisit()).toHaveLength(0);
    await expectFitsPhone("findings-waiting-reloaded");
  });

  it("step 3: back online, both arrive exactly once, the photo with its finding", async () => {
    await context.setOffline(false);
    await expect.poll(async () => (await findingsOfVisit()).length, { timeout: 30_000 }).toBe(2);
    await page.getByRole("heading", { name: "Phát hiện đã gửi (2)" }).waitFor({ timeout: 30_000 });
    await expect.poll(() => page.getByText(/Đang chờ trên máy này/).count()).toBe(0);
    const stored = await findingsOfVisit();
    expect(stored.map((f) => f.description).sort()).toEqual([
      "Chưa niêm yết đủ TTHC tại bộ phận một cửa",
      "Sổ theo dõi hồ sơ chưa ghi ngày trả kết quả",
    ]);
    expect(new Set(stored.map((f) => f.clientId)).size).toBe(2);
    const photos = stored.flatMap((f) => f.photos);
    expect(photos).toHaveLength(1);
    expect(photos[0]!.mimeType).toBe("image/png");
    const visit = await db.prisma.inspectionVisit.findUniqueOrThrow({ where: { id: visitId } });
    expect(await db.prisma.evidenceFile.count({ where: { unitId: visit.unitId, mimeType: "image/png" } })).toBe(1);
    expect(await db.prisma.auditLog.count({ where: { action: "finding.record" } })).toBe(2);
    await page.getByRole("img", { name: /quay-mot-cua/ }).waitFor();
    await expectFitsPhone("findings-sent");
  });

  it("step 4: records the minutes, concludes after a confirmation and downloads the issued minutes", async () => {
    const minutes = page.getByRole("region", { name: "Biên bản kiểm tra" });
    expect(await minutes.getByLabel("Số biên bản").inputValue()).toBe("1");
    await minutes
      .getByLabel("Kết luận và kiến nghị")
      .fill("Đơn vị cơ bản thực hiện tốt; khắc phục 2 tồn tại trước 30/9.");
    await minutes.getByRole("button", { name: "Lập biên bản" }).click();
    await page.getByRole("status").filter({ hasText: "Đã lưu biên bản số 01/BB-ĐKT." }).waitFor();
    await expectFitsPhone("minutes-recorded");
    await page.getByRole("button", { name: "Kết luận và ban hành biên bản" }).click();
    const dialog = page.getByRole("dialog", { name: "Kết luận cuộc kiểm tra" });
    await dialog.getByRole("button", { name: "Kết luận", exact: true }).click();
    await page.getByRole("status").filter({ hasText: "Đã kết luận; biên bản đã ban hành." }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Tải biên bản đã ban hành (DOCX)" }).click(),
    ]);
    const bytes = await readFile((await download.path())!);
    const visit = await db.prisma.inspectionVisit.findUniqueOrThrow({
      where: { id: visitId },
      include: { minutesFile: true },
    });
    expect(visit.status).toBe("CONCLUDED");
    expect(visit.minutesNumber).toBe("01/BB-ĐKT");
    expect(createHash("sha256").update(bytes).digest("hex")).toBe(visit.minutesFile!.sha256);
    expect(bytes.subarray(0, 2).toString()).toBe("PK");
    await expectFitsPhone("visit-concluded");
  });

  it("step 5: after logging out, nothing of the inspector opens offline: a reload shows the login page", async () => {
    const menu = page.getByRole("button", { name: "Menu" });
    if ((await menu.getAttribute("aria-expanded")) !== "true") await menu.click();
    await page.getByRole("button", { name: "Đăng xuất", exact: true }).click();
    await page.getByRole("heading", { name: "Đăng nhập" }).waitFor();
    await context.setOffline(true);
    await page.goto(`${app.url}/inspections/${visitId}`);
    await page.getByRole("heading", { name: "Đăng nhập" }).waitFor();
    expect(await page.getByRole("heading", { name: "Phát hiện khi kiểm tra" }).count()).toBe(0);
    await context.setOffline(false);
  });
});
