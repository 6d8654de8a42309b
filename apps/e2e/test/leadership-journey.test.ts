// Leadership's journey (issue 12): lanhdao@ signs in at / and lands on the evaluation dashboard of the
// published sample year in charts; opens a ranking's table and follows a unit's row link to its
// scorecard; comes back; downloads the annual report as DOCX (the annual report panel's link when the
// page has it, else GET /reports/annual/:yearId.docx with the same session) and checks the PK zip
// header. At 1280 px and 390 px, with no sideways overflow. The real server (API + built admin) over a
// database with the sample cycle played (2021 published, a live year).
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type RunningApp, startApp } from "@cchc/api";
import { openTestDatabase, type TestDatabase } from "@cchc/db/testing";
import { folderStorage, seedSampleCycle } from "@cchc/services";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROMIUM_ARGS, chromiumPath, logIn, warnIfSkipped } from "./browser.js";
import { measureOverflow } from "./layout-check.js";

warnIfSkipped();

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

describe.skipIf(!chromiumPath)("leadership journey (headless Chromium)", () => {
  let db: TestDatabase;
  let app: RunningApp;
  let browser: Browser;
  let files: string;
  let yearId: string;
  const clock = new Date("2026-11-28T03:00:00Z");

  beforeAll(async () => {
    db = await openTestDatabase({ seed: true });
    files = await mkdtemp(join(tmpdir(), "cchc-leadership-journey-"));
    const storage = folderStorage(files);
    const seeded = await seedSampleCycle(db.prisma, { now: clock, storage });
    if (!seeded.created) throw new Error(`sample cycle not seeded: ${seeded.reason}`);
    yearId = seeded.publishedYearId;
    app = await startApp({ prisma: db.prisma, port: 0, now: () => clock, storage });
    browser = await chromium.launch({ executablePath: chromiumPath!, args: CHROMIUM_ARGS, headless: true });
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    await db?.dispose();
    if (files) await rm(files, { recursive: true, force: true });
  });

  async function signIn(viewport: { width: number; height: number }): Promise<Page> {
    const context = await browser.newContext({ viewport, acceptDownloads: true });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await logIn(page, app.url, "lanhdao@cchc.demo");
    return page;
  }

  async function expectFits(page: Page) {
    const overflow = await measureOverflow(page);
    expect(overflow.wide, "elements wider than the screen").toEqual([]);
    expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.clientWidth);
  }

  for (const [name, viewport] of [
    ["1280 px", DESKTOP],
    ["390 px", PHONE],
  ] as const) {
    it(`lands on the dashboard, drills into a scorecard, comes back and downloads the report (${name})`, async () => {
      const page = await signIn(viewport);
      // the first screen: the evaluation of the published sample year, in charts
      await page.getByRole("heading", { level: 1, name: "Đánh giá CCHC năm 2021" }).waitFor();
      expect(new URL(page.url()).pathname).toBe("/evaluation");
      expect(new URL(page.url()).searchParams.get("year")).toBe("2021");
      await page.locator(".recharts-surface").first().waitFor();
      expect(await page.locator(".recharts-surface").count()).toBeGreaterThanOrEqual(5);
      await page.getByRole("link", { name: /Báo cáo đúng hạn/ }).waitFor();
      await expectFits(page);

      // the first ranking's table, then a unit's row link → its scorecard
      const ranking = page.getByRole("region", { name: /^Xếp hạng: / }).first();
      await ranking.getByRole("button", { name: "Xem bảng" }).click();
      const table = ranking.getByRole("table");
      const link = table.getByRole("link").first();
      const unitName = (await link.textContent())?.trim() ?? "";
      expect(unitName).not.toBe("");
      await link.click();
      await page.waitForURL(/\/results\/[^/?]+\?year=2021/);
      await page.getByRole("heading", { level: 1, name: `Phiếu điểm: ${unitName}` }).waitFor();
      await expectFits(page);

      // back to the dashboard
      await page.goBack();
      await page.getByRole("heading", { level: 1, name: "Đánh giá CCHC năm 2021" }).waitFor();

      // the annual report as DOCX: the panel's link when the page has it, else the route itself
      const panelLink = page.getByRole("link", { name: /docx/i });
      let bytes: Buffer;
      if ((await panelLink.count()) > 0) {
        const [download] = await Promise.all([page.waitForEvent("download"), panelLink.first().click()]);
        const path = await download.path();
        const { readFile } = await import("node:fs/promises");
        bytes = await readFile(path);
      } else {
        const res = await page.request.get(`${app.url}/reports/annual/${yearId}.docx`);
        expect(res.status()).toBe(200);
        bytes = Buffer.from(await res.body());
      }
      expect(bytes.subarray(0, 2).toString("latin1")).toBe("PK");
      expect(bytes.length).toBeGreaterThan(5_000);
      await page.context().close();
    }, 120_000);
  }
});
