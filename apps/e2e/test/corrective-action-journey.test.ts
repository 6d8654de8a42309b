// Corrective actions in the browser at 390 px (issue 9): on a concluded visit to Phường Long Phước
// with a weakness on criterion 3.1, the demo inspector (on the visit's team) creates a corrective
// action; the ward's officer finds it, submits the fix with a note and a PDF after a confirmation;
// the inspector sees the fix and its evidence, verifies it after a confirmation; the history shows
// the three steps; another unit's officer does not see it. The real server (API + built admin) over
// a cloned seeded database.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type RunningApp, startApp } from "@cchc/api";
import { isoToDbDate } from "@cchc/db";
import { DEMO_PASSWORD } from "@cchc/db/seed";
import { openTestDatabase, sampleYear, type TestDatabase } from "@cchc/db/testing";
import { folderStorage } from "@cchc/services";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROMIUM_ARGS, chromiumPath, warnIfSkipped } from "./browser.js";
import { measureOverflow } from "./layout-check.js";

warnIfSkipped();

const PHONE = { width: 390, height: 844 };
const WARD = "UBND phường Long Phước";
const ACTION = "Cập nhật niêm yết TTHC theo quyết định công bố mới";
const WEAKNESS = "Niêm yết TTHC tại Bộ phận Một cửa chưa cập nhật";
const PDF_NAME = "Ảnh bảng niêm yết mới.pdf";
const PDF = Buffer.from("%PDF-1.4\n% Ảnh niêm yết\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n", "utf8");

describe.skipIf(!chromiumPath)("corrective actions in the browser at 390 px (headless Chromium)", () => {
  let db: TestDatabase;
  let app: RunningApp;
  let browser: Browser;
  let files: string;
  let yearId: string;
  let wardId: string;
  const clock = new Date("2021-08-10T03:00:00Z");

  beforeAll(async () => {
    db = await openTestDatabase({ seed: true });
    files = await mkdtemp(join(tmpdir(), "cchc-action-journey-"));
    app = await startApp({ prisma: db.prisma, port: 0, now: () => clock, storage: folderStorage(files) });
    browser = await chromium.launch({ executablePath: chromiumPath!, args: CHROMIUM_ARGS, headless: true });
    const sample = await sampleYear(db.prisma);
    yearId = sample.year.id;
    wardId = sample.unitIds.get("long-phuoc")!;
    const inspector = await db.prisma.user.findUniqueOrThrow({ where: { email: "kiemtra@cchc.demo" } });
    const leaf = await db.prisma.frameworkNode.findFirstOrThrow({ where: { framework: { yearId }, code: "3.1" } });
    // the visit and its finding (recorded on the spot: another capability's screens)
    await db.prisma.inspectionVisit.create({
      data: {
        yearId,
        unitId: wardId,
        scheduledDate: isoToDbDate("2021-08-03"),
        startsAt: new Date("2021-08-03T08:00:00+07:00"),
        endsAt: new Date("2021-08-03T11:00:00+07:00"),
        visitedDate: isoToDbDate("2021-08-03"),
        status: "CONCLUDED",
        team: { create: [{ userId: inspector.id, name: inspector.fullName, role: "Trưởng đoàn", isLead: true }] },
        findings: { create: { kind: "WEAKNESS", description: WEAKNESS, frameworkNodeId: leaf.id } },
      },
    });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    await db?.dispose();
    if (files) await rm(files, { recursive: true, force: true });
  });

  async function phone(email: string): Promise<Page> {
    const context = await browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await page.goto(`${app.url}/`);
    await page.getByRole("heading", { name: "Đăng nhập" }).waitFor();
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Mật khẩu").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await page.getByRole("heading", { name: "Tổng quan năm 2021" }).waitFor();
    return page;
  }

  async function openActions(page: Page) {
    const menu = page.getByRole("button", { name: "Menu" });
    if ((await menu.isVisible()) && (await menu.getAttribute("aria-expanded")) !== "true") await menu.click();
    await page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Khắc phục" }).click();
    await page.getByRole("heading", { level: 1, name: "Hành động khắc phục" }).waitFor();
  }

  async function expectFits(page: Page, what: string) {
    const overflow = await measureOverflow(page);
    expect(overflow.wide, `${what} at 390 px: elements wider than the viewport`).toEqual([]);
    expect(overflow.scrollWidth, `${what} at 390 px: the page scrolls sideways`).toBeLessThanOrEqual(
      overflow.clientWidth,
    );
  }

  const card = (page: Page) => page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: ACTION }) });

  it("the inspector creates an action, the ward submits the fix, the inspector verifies it", async () => {
    // the inspector, from the weakness of the visit
    const inspector = await phone("kiemtra@cchc.demo");
    await openActions(inspector);
    await inspector.getByText("Không có hành động khắc phục nào phù hợp.").waitFor();
    await inspector.getByRole("button", { name: "Tạo hành động khắc phục" }).click();
    const create = inspector.getByRole("dialog", { name: "Tạo hành động khắc phục" });
    await create.getByLabel("Tồn tại, hạn chế").selectOption({ label: `${WARD} (03/08/2021) · 3.1: ${WEAKNESS}` });
    await create.getByLabel("Nội dung khắc phục").fill(ACTION);
    await create.getByLabel("Hạn khắc phục").fill("01/08/2021");
    await create.getByRole("button", { name: "Tiếp tục" }).click();
    await create.getByText("Hạn khắc phục không được trước ngày hôm nay.").waitFor();
    await create.getByLabel("Hạn khắc phục").fill("30/09/2021");
    await create.getByRole("button", { name: "Tiếp tục" }).click();
    await create.getByText(`Tạo hành động "${ACTION}" cho ${WARD}, hạn 30/09/2021?`).waitFor();
    await expectFits(inspector, "create dialog");
    await create.getByRole("button", { name: "Tạo hành động khắc phục" }).click();
    await inspector.getByText("Đã tạo hành động khắc phục.").waitFor();
    await card(inspector).getByText("Đang mở").waitFor();
    expect(await card(inspector).getByRole("button", { name: "Xác minh đạt" }).count()).toBe(0);

    // the ward's officer answers it with a note and a PDF
    const officer = await phone("longphuoc@cchc.demo");
    await openActions(officer);
    const mine = card(officer);
    await mine.getByText("Hạn: 30/09/2021").waitFor();
    await expectFits(officer, "the officer's list");
    await mine.getByRole("button", { name: "Gửi kết quả khắc phục" }).click();
    const fix = officer.getByRole("dialog", { name: "Gửi kết quả khắc phục" });
    await fix.getByLabel("Kết quả khắc phục").fill("Đã thay bảng niêm yết theo Quyết định công bố mới, ảnh đính kèm.");
    await fix.getByLabel("Thêm tài liệu").setInputFiles({ name: PDF_NAME, mimeType: "application/pdf", buffer: PDF });
    await fix.getByRole("link", { name: PDF_NAME }).waitFor();
    await fix.getByRole("button", { name: "Tiếp tục" }).click();
    await fix.getByRole("button", { name: "Gửi kết quả khắc phục" }).click();
    await officer.getByText("Đã gửi kết quả khắc phục.").waitFor();
    await mine.getByText("Đã gửi kết quả").waitFor();
    expect(await mine.getByRole("button", { name: "Gửi kết quả khắc phục" }).count()).toBe(0);

    // another unit's officer does not see it
    const other = await phone("tuphap@cchc.demo");
    await openActions(other);
    await other.getByText("Đơn vị chưa có hành động khắc phục nào.").waitFor();

    // the inspector reads the fix and its evidence, and verifies it
    await inspector.reload();
    await inspector.getByRole("heading", { level: 1, name: "Hành động khắc phục" }).waitFor({ timeout: 30_000 });
    const theirs = card(inspector);
    await theirs.getByText("Kết quả đơn vị báo cáo: Đã thay bảng niêm yết", { exact: false }).waitFor();
    const file = await inspector.request.get(
      await theirs
        .getByRole("link", { name: PDF_NAME })
        .getAttribute("href")
        .then((h) => `${app.url}${h}`),
    );
    expect(file.status()).toBe(200);
    await theirs.getByRole("button", { name: "Xác minh đạt" }).click();
    const verify = inspector.getByRole("dialog", { name: "Xác minh kết quả khắc phục" });
    await verify.getByRole("button", { name: "Tiếp tục" }).click();
    await verify.getByText(`Xác nhận hành động "${ACTION}" đã khắc phục đạt yêu cầu?`).waitFor();
    await verify.getByRole("button", { name: "Xác minh đạt" }).click();
    await inspector.getByText("Đã xác minh hành động khắc phục.").waitFor();
    await theirs.getByText("Đã xác minh").waitFor();
    await theirs.getByText("Lịch sử (3 bước)").click();
    await theirs.getByText(/: xác minh đạt/).waitFor();
    await expectFits(inspector, "the verified action");

    const row = await db.prisma.correctiveAction.findFirstOrThrow({
      where: { description: ACTION },
      include: { events: true, evidence: true },
    });
    expect(row.status).toBe("VERIFIED");
    expect(row.events.map((e) => e.toStatus).sort()).toEqual(["OPEN", "SUBMITTED", "VERIFIED"]);
    expect(row.evidence.map((f) => f.fileName)).toEqual([PDF_NAME]);
    await Promise.all([inspector.context().close(), officer.context().close(), other.context().close()]);
  }, 240_000);
});
