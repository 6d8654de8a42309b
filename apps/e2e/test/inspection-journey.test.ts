// The inspection round in the browser (issue #9), phone first (390 px), in steps that later parts of
// the round append to: the inspector schedules a visit and hits a clash with a visit already booked
// (the message names it next to the time), fixes the time, notifies the unit and starts the visit.
// (Findings, minutes and corrective actions continue from `visitUrl` in later steps.) The real server
// (API + built admin) over a cloned seeded database, the business clock on 01/07/2021.
import { type RunningApp, startApp } from "@cchc/api";
import { DEMO_PASSWORD } from "@cchc/db/seed";
import { openTestDatabase, sampleYear, type TestDatabase } from "@cchc/db/testing";
import { createInspectionVisit } from "@cchc/services";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROMIUM_ARGS, chromiumPath, warnIfSkipped } from "./browser.js";
import { measureOverflow } from "./layout-check.js";

warnIfSkipped();

const PHONE = { width: 390, height: 844 };
const CLOCK = new Date("2021-07-01T03:00:00Z");

describe.skipIf(!chromiumPath)("the inspection round in the browser at 390 px (headless Chromium)", () => {
  let db: TestDatabase;
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  /** The visit scheduled in the browser (for the steps after it). */
  let visitUrl = "";

  beforeAll(async () => {
    db = await openTestDatabase({ seed: true });
    app = await startApp({ prisma: db.prisma, port: 0, now: () => CLOCK });
    browser = await chromium.launch({ executablePath: chromiumPath!, args: CHROMIUM_ARGS, headless: true });
    const { year, unitIds } = await sampleYear(db.prisma);
    await db.prisma.evaluationYear.update({ where: { id: year.id }, data: { status: "OPEN" } });
    // The inspector is already booked on 06/07/2021 08:00–11:00 at phường Long Phước.
    const inspector = await db.prisma.user.findUniqueOrThrow({ where: { email: "kiemtra@cchc.demo" } });
    const office = await db.prisma.user.findUniqueOrThrow({ where: { email: "noivu@cchc.demo" } });
    await createInspectionVisit(
      { prisma: db.prisma, viewer: { userId: office.id, roles: office.roles, unitId: null }, now: CLOCK },
      {
        yearId: year.id,
        unitId: unitIds.get("long-phuoc")!,
        date: "2021-07-06",
        startTime: "08:00",
        endTime: "11:00",
        team: [{ userId: inspector.id, isLead: true }],
        scopeNodeIds: [],
        scopeText: "Cải cách TTHC",
      },
    );
    const context = await browser.newContext({ viewport: PHONE });
    page = await context.newPage();
    page.setDefaultTimeout(10_000);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    await db?.dispose();
  });

  async function expectFitsPhone(what: string) {
    const overflow = await measureOverflow(page);
    expect(overflow.wide, `${what} at 390 px: elements wider than the viewport`).toEqual([]);
    expect(overflow.scrollWidth, `${what} at 390 px: the page scrolls sideways`).toBeLessThanOrEqual(
      overflow.clientWidth,
    );
  }

  async function navigate(link: string) {
    const menu = page.getByRole("button", { name: "Menu" });
    if ((await menu.isVisible()) && (await menu.getAttribute("aria-expanded")) !== "true") await menu.click();
    await page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: link }).click();
  }

  it("step 1: the inspector signs in and opens the inspection calendar", async () => {
    await page.goto(`${app.url}/`);
    await page.getByLabel("Email").fill("kiemtra@cchc.demo");
    await page.getByLabel("Mật khẩu").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await page.getByRole("heading", { name: "Tổng quan năm 2021" }).waitFor();
    await navigate("Kiểm tra");
    await page.getByRole("heading", { level: 1, name: "Kiểm tra công tác CCHC" }).waitFor();
    // The week of 01/07/2021 is shown; the booked visit is in the next one.
    await page.getByRole("heading", { name: "Tuần 28/06/2021 – 04/07/2021" }).waitFor();
    await page.getByRole("button", { name: "Tuần sau" }).click();
    await page.getByRole("heading", { name: "Tuần 05/07/2021 – 11/07/2021" }).waitFor();
    await page.getByRole("link", { name: /08:00–11:00 UBND phường Long Phước/ }).waitFor();
    await expectFitsPhone("inspections-week");
  });

  it("step 2: schedules a visit, hits the clash (named next to the time), fixes the time", async () => {
    await page.getByRole("button", { name: "Lên lịch kiểm tra" }).click();
    const dialog = page.getByRole("dialog", { name: "Lên lịch kiểm tra" });
    await dialog.getByLabel("Đơn vị được kiểm tra").selectOption({ label: "Phòng Tư pháp" });
    await dialog.getByLabel("Ngày kiểm tra").fill("2021-07-06");
    await dialog.getByLabel("Từ giờ").fill("09:00");
    await dialog.getByLabel("Đến giờ").fill("11:30");
    await dialog.getByLabel("Địa điểm").fill("Trụ sở Phòng Tư pháp");
    await dialog.getByLabel(/^7\. /).check();
    await expectFitsPhone("schedule-dialog");
    await dialog.getByRole("button", { name: "Lên lịch", exact: true }).click();
    const clash = dialog.getByRole("alert").filter({ hasText: "trùng thời gian" });
    await clash.waitFor();
    expect(await clash.textContent()).toContain("UBND phường Long Phước trùng thời gian: 06/07/2021, 08:00–11:00");
    await expectFitsPhone("schedule-clash");
    await dialog.getByLabel("Từ giờ").fill("13:30");
    await dialog.getByLabel("Đến giờ").fill("16:30");
    await dialog.getByRole("button", { name: "Lên lịch", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "Kiểm tra tại Phòng Tư pháp" }).waitFor();
    await page.getByText("06/07/2021, 13:30–16:30").waitFor();
    visitUrl = page.url();
    expect(visitUrl).toMatch(/\/inspections\/[^/]+$/);
    await expectFitsPhone("visit-planned");
  });

  it("step 3: notifies the unit and starts the visit, each confirmed", async () => {
    await page.getByRole("button", { name: "Thông báo cho đơn vị" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Thông báo", exact: true }).click();
    await page.getByRole("status").filter({ hasText: "Đã thông báo cho đơn vị." }).waitFor();
    await page.getByText("Đã thông báo", { exact: true }).waitFor();
    await page.getByRole("button", { name: "Bắt đầu kiểm tra" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Bắt đầu", exact: true }).click();
    await page.getByRole("status").filter({ hasText: "Cuộc kiểm tra đã bắt đầu." }).waitFor();
    await page.getByText("Đang kiểm tra", { exact: true }).waitFor();
    expect(await page.getByRole("button", { name: "Sửa lịch" }).count()).toBe(0);
    await expectFitsPhone("visit-in-progress");
    const stored = await db.prisma.inspectionVisit.findUniqueOrThrow({ where: { id: visitUrl.split("/").pop()! } });
    expect(stored.status).toBe("IN_PROGRESS");
    expect(stored.notifiedAt).not.toBeNull();
  });
});
