// Periodic reports in the browser (issue 10): Phòng Tư pháp's officer sends the 6-month report with
// a file before its due date and sees it on time; Home Affairs reads the compliance matrix where the
// ward's late quarter-I report shows as "Trễ hạn (coi như không báo cáo)" (symbol and words), filters
// it, and both pages fit a 390 px screen. The real server (API + built admin) over a seeded database
// with a business clock.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type RunningApp, startApp } from "@cchc/api";
import { DEMO_PASSWORD } from "@cchc/db/seed";
import { openTestDatabase, sampleYear, type TestDatabase } from "@cchc/db/testing";
import { folderStorage } from "@cchc/services";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROMIUM_ARGS, chromiumPath, warnIfSkipped } from "./browser.js";
import { measureOverflow } from "./layout-check.js";

warnIfSkipped();

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };
const PDF = Buffer.from("%PDF-1.4\n% Báo cáo 6 tháng\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n", "utf8");
const WARD = "UBND phường Long Phước";

describe.skipIf(!chromiumPath)("periodic reports in the browser (headless Chromium)", () => {
  let db: TestDatabase;
  let app: RunningApp;
  let browser: Browser;
  let files: string;
  // 20/05/2021 10:00 in Việt Nam: the 6-month report is due 24/05 (the seed's rule)
  const clock = new Date("2021-05-20T03:00:00Z");

  beforeAll(async () => {
    db = await openTestDatabase({ seed: true });
    files = await mkdtemp(join(tmpdir(), "cchc-reports-journey-"));
    app = await startApp({ prisma: db.prisma, port: 0, now: () => clock, storage: folderStorage(files) });
    browser = await chromium.launch({ executablePath: chromiumPath!, args: CHROMIUM_ARGS, headless: true });
    const { year, unitIds } = await sampleYear(db.prisma);
    const q1 = await db.prisma.reportPeriod.findFirstOrThrow({ where: { yearId: year.id, code: "Q1" } });
    // quarter I (due 24/02): Phòng Tư pháp on time, the ward three days late
    await db.prisma.reportSubmission.createMany({
      data: [
        {
          periodId: q1.id,
          unitId: unitIds.get("tu-phap")!,
          submittedAt: new Date("2021-02-20T03:00:00Z"),
          summary: "Báo cáo quý I",
        },
        {
          periodId: q1.id,
          unitId: unitIds.get("long-phuoc")!,
          submittedAt: new Date("2021-02-27T03:00:00Z"),
          summary: "Báo cáo quý I",
        },
      ],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    await db?.dispose();
    if (files) await rm(files, { recursive: true, force: true });
  });

  async function session(email: string): Promise<Page> {
    const context = await browser.newContext({ viewport: DESKTOP });
    const page = await context.newPage();
    page.setDefaultTimeout(8_000);
    await page.goto(`${app.url}/`);
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Mật khẩu").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await page.getByRole("heading", { name: "Tổng quan năm 2021" }).waitFor();
    await page
      .getByRole("navigation", { name: "Điều hướng chính" })
      .getByRole("link", { name: "Báo cáo định kỳ" })
      .click();
    await page.getByRole("heading", { name: "Báo cáo định kỳ năm 2021" }).waitFor();
    return page;
  }

  async function expectFitsPhone(page: Page, what: string) {
    await page.setViewportSize(PHONE);
    await expect.poll(async () => (await measureOverflow(page)).wide, { timeout: 5_000, interval: 200 }).toEqual([]);
    const overflow = await measureOverflow(page);
    expect(overflow.scrollWidth, `${what} at 390 px: the page scrolls sideways`).toBeLessThanOrEqual(
      overflow.clientWidth,
    );
    await page.setViewportSize(DESKTOP);
  }

  it("the officer sends the 6-month report with a file and sees it on time", async () => {
    const page = await session("tuphap@cchc.demo");
    const card = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Báo cáo 6 tháng" }) });
    await expect.poll(() => card.getByText("Hạn: 24/05/2021").count()).toBe(1);
    await card.getByRole("button", { name: "Gửi báo cáo" }).click();
    const dialog = page.getByRole("dialog", { name: "Gửi Báo cáo 6 tháng" });
    await dialog.getByLabel("Số văn bản báo cáo").fill("45/BC-TP");
    await dialog.getByLabel("Tóm tắt nội dung").fill("Kết quả CCHC 6 tháng đầu năm 2021 của Phòng Tư pháp.");
    await dialog
      .getByLabel("Tệp báo cáo")
      .setInputFiles({ name: "Báo cáo 6 tháng.pdf", mimeType: "application/pdf", buffer: PDF });
    await dialog.getByText("Báo cáo 6 tháng.pdf").waitFor();
    await dialog.getByRole("button", { name: "Tiếp tục" }).click();
    await dialog.getByText(/Thời điểm máy chủ nhận được là căn cứ tính đúng hạn/).waitFor();
    await dialog.getByRole("button", { name: "Gửi báo cáo" }).click();
    await page.getByRole("status").getByText("Đã gửi Báo cáo 6 tháng.").waitFor();
    await expect.poll(() => card.getByText("Đúng hạn", { exact: true }).count()).toBe(1);
    await expect.poll(() => card.getByRole("link", { name: "Báo cáo 6 tháng.pdf" }).count()).toBe(1);
    await expectFitsPhone(page, "the officer's reports");
    await page.context().close();
  });

  it("Home Affairs sees the late report as not reported in the matrix, filters it, on a phone too", async () => {
    const page = await session("noivu@cchc.demo");
    const table = page.getByRole("table");
    const ward = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: new RegExp(WARD) }) });
    await expect.poll(() => ward.getByText("Trễ hạn (coi như không báo cáo)").count()).toBe(1);
    await expect.poll(() => ward.getByText("!", { exact: true }).count()).toBe(1);
    const justice = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: /Phòng Tư pháp/ }) });
    await expect.poll(() => justice.getByText("Đúng hạn", { exact: true }).count()).toBe(2);
    await page.getByLabel("Tình trạng").selectOption({ label: "Trễ hạn (coi như không báo cáo)" });
    await expect.poll(() => table.getByRole("row").count()).toBe(2);
    await expect(page.getByRole("link", { name: "Xuất Excel (XLSX)" }).getAttribute("href")).resolves.toContain(
      "status=late",
    );
    await expectFitsPhone(page, "the compliance matrix");
    await page.context().close();
  });

  it("the officer's deadlines list the overdue unit plan first, and the private calendar link serves the feed", async () => {
    const page = await session("tuphap@cchc.demo");
    await page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Hạn của tôi" }).click();
    await page.getByRole("heading", { name: "Hạn của tôi" }).waitFor();
    const overdue = page.getByRole("region", { name: /^Quá hạn/ });
    await overdue.getByRole("link", { name: "Ban hành kế hoạch CCHC của đơn vị" }).waitFor();
    await page.getByRole("button", { name: "Tạo liên kết lịch" }).click();
    const url = await page.getByLabel("Liên kết lịch").inputValue();
    expect(url).toMatch(/\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    const feed = await fetch(url);
    expect(feed.status).toBe(200);
    expect(feed.headers.get("content-type")).toContain("text/calendar");
    expect(await feed.text()).toContain("SUMMARY:[Quá hạn] Ban hành kế hoạch CCHC của đơn vị");
    await expectFitsPhone(page, "my deadlines");
    await page.context().close();
  });
});
