// The unit's registration form in the browser (issue 10): the ward officer registers three items
// and sees the total in words, sends it; Home Affairs returns it with a comment; the officer reads
// the comment, fixes an item and sends it again; Home Affairs accepts it; the history shows each step
// and the officer's page fits a 390 px screen. The real server (API + built admin) over a seeded
// database with a business clock (before the unit-plan deadline of 20/02/2021).
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type RunningApp, startApp } from "@cchc/api";
import { DEMO_PASSWORD } from "@cchc/db/seed";
import { openTestDatabase, type TestDatabase } from "@cchc/db/testing";
import { folderStorage } from "@cchc/services";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROMIUM_ARGS, chromiumPath, warnIfSkipped } from "./browser.js";
import { measureOverflow } from "./layout-check.js";

warnIfSkipped();

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };
const WARD = "UBND phường Long Phước";
const RETURN_COMMENT = "Đề nghị tách kinh phí khảo sát theo hai đợt.";

describe.skipIf(!chromiumPath)("the registration form in the browser (headless Chromium)", () => {
  let db: TestDatabase;
  let app: RunningApp;
  let browser: Browser;
  let files: string;
  const clock = new Date("2021-02-10T03:00:00Z");

  beforeAll(async () => {
    db = await openTestDatabase({ seed: true });
    files = await mkdtemp(join(tmpdir(), "cchc-registration-journey-"));
    app = await startApp({ prisma: db.prisma, port: 0, now: () => clock, storage: folderStorage(files) });
    browser = await chromium.launch({ executablePath: chromiumPath!, args: CHROMIUM_ARGS, headless: true });
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
    page.setDefaultTimeout(20_000);
    await page.goto(`${app.url}/`);
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Mật khẩu").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await page.getByRole("heading", { name: "Tổng quan năm 2021" }).waitFor();
    await page
      .getByRole("navigation", { name: "Điều hướng chính" })
      .getByRole("link", { name: "Kế hoạch & đăng ký" })
      .click();
    await page.getByRole("heading", { name: "Kế hoạch CCHC của đơn vị và đăng ký thực hiện năm 2021" }).waitFor();
    return page;
  }

  async function addItem(page: Page, content: string, budget: string, end: string) {
    await page.getByRole("button", { name: "Thêm nội dung" }).click();
    const dialog = page.getByRole("dialog", { name: "Thêm nội dung đăng ký" });
    await dialog.getByLabel("Nội dung công việc cụ thể").fill(content);
    await dialog.getByLabel("Kết quả sản phẩm").fill("Báo cáo kết quả");
    await dialog.getByLabel("Bắt đầu").fill("2021-03-01");
    await dialog.getByLabel("Kết thúc").fill(end);
    await dialog.getByLabel("Kinh phí dự kiến (VNĐ)").fill(budget);
    await dialog.getByRole("button", { name: "Lưu" }).click();
    await page.getByRole("status").getByText("Đã thêm nội dung đăng ký.").waitFor();
  }

  async function openWard(page: Page) {
    await page.getByRole("button", { name: `Mở kế hoạch và bản đăng ký của ${WARD}` }).click();
    await page.getByRole("heading", { name: `Đăng ký thực hiện kế hoạch CCHC năm 2021 — ${WARD}` }).waitFor();
  }

  it("the ward officer registers three items, sees the total in words and sends it", async () => {
    const page = await session("longphuoc@cchc.demo");
    await page.getByText('Chưa có nội dung đăng ký. Bấm "Thêm nội dung" để bắt đầu.').waitFor();
    await addItem(page, "Tuyên truyền cải cách hành chính", "15000000", "2021-06-30");
    await addItem(page, "Khảo sát mức độ hài lòng", "5.500.000", "2021-11-30");
    await addItem(page, "Tự kiểm tra công tác CCHC", "2000000", "2021-10-31");
    await expect.poll(() => page.getByRole("table").getByRole("row").count()).toBe(5); // head, 3 items, total
    await page.getByText("Hai mươi hai triệu năm trăm nghìn đồng").waitFor();
    await page.getByText("22.500.000 ₫").waitFor();
    await page.getByRole("button", { name: "Gửi Phòng Nội vụ" }).click();
    const dialog = page.getByRole("dialog", { name: "Gửi bản đăng ký cho Phòng Nội vụ" });
    await dialog.getByLabel("Người lập biểu").fill("Nguyễn Văn An");
    await dialog.getByLabel("Thủ trưởng cơ quan, đơn vị").fill("Trần Thị Bình");
    await dialog.getByRole("button", { name: "Tiếp tục" }).click();
    await dialog.getByRole("button", { name: "Gửi bản đăng ký" }).click();
    await page.getByRole("status").getByText("Đã gửi bản đăng ký cho Phòng Nội vụ.").waitFor();
    await page.getByText("Chờ Phòng Nội vụ xem xét").first().waitFor();
    expect(await page.getByRole("button", { name: "Thêm nội dung" }).count()).toBe(0);
    await page.context().close();
  });

  it("Home Affairs returns it with a comment", async () => {
    const page = await session("noivu@cchc.demo");
    await openWard(page);
    await page.getByRole("button", { name: "Trả lại để sửa" }).click();
    const dialog = page.getByRole("dialog", { name: `Trả lại bản đăng ký của ${WARD}` });
    await dialog.getByLabel("Ý kiến: đơn vị cần sửa gì (bắt buộc)").fill(RETURN_COMMENT);
    await dialog.getByRole("button", { name: "Trả lại để sửa" }).click();
    await dialog.getByText(`Trả lại bản đăng ký của ${WARD} kèm ý kiến để đơn vị sửa?`).waitFor();
    await dialog.getByRole("button", { name: "Trả lại để sửa" }).last().click();
    await page.getByRole("status").getByText(`Đã trả lại bản đăng ký của ${WARD}.`).waitFor();
    await page.context().close();
  });

  it("the officer reads the comment, fixes an item and sends it again; the page fits a phone", async () => {
    const page = await session("longphuoc@cchc.demo");
    await page.getByText(RETURN_COMMENT).first().waitFor();
    await page.getByRole("button", { name: "Sửa nội dung số 2" }).click();
    const dialog = page.getByRole("dialog", { name: "Sửa nội dung đăng ký" });
    await dialog.getByLabel("Kinh phí dự kiến (VNĐ)").fill("8000000");
    await dialog.getByRole("button", { name: "Lưu" }).click();
    await page.getByRole("status").getByText("Đã lưu nội dung đăng ký.").waitFor();
    await page.getByText("Hai mươi lăm triệu đồng").waitFor();
    await page.setViewportSize(PHONE);
    await expect.poll(async () => (await measureOverflow(page)).wide, { timeout: 5_000, interval: 200 }).toEqual([]);
    const overflow = await measureOverflow(page);
    expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.clientWidth);
    await page.setViewportSize(DESKTOP);
    await page.getByRole("button", { name: "Gửi lại Phòng Nội vụ" }).click();
    const send = page.getByRole("dialog", { name: "Gửi bản đăng ký cho Phòng Nội vụ" });
    await send.getByRole("button", { name: "Tiếp tục" }).click();
    await send.getByRole("button", { name: "Gửi bản đăng ký" }).click();
    await page.getByRole("status").getByText("Đã gửi bản đăng ký cho Phòng Nội vụ.").waitFor();
    await page.context().close();
  });

  it("Home Affairs accepts it; the history shows each step and the form downloads as DOCX", async () => {
    const page = await session("noivu@cchc.demo");
    await openWard(page);
    await page.getByRole("button", { name: "Chấp thuận" }).click();
    const dialog = page.getByRole("dialog", { name: `Chấp thuận bản đăng ký của ${WARD}` });
    await dialog.getByRole("button", { name: "Chấp thuận" }).click();
    await dialog.getByRole("button", { name: "Chấp thuận" }).last().click();
    await page.getByRole("status").getByText(`Đã chấp thuận bản đăng ký của ${WARD}.`).waitFor();
    const history = page.getByRole("region", { name: "Lịch sử" });
    await expect.poll(() => history.getByRole("listitem").count()).toBe(4);
    await history.getByText(new RegExp(RETURN_COMMENT.replace(/[.]/g, "\\."))).waitFor();
    const href = await page.getByRole("link", { name: "Tải mẫu đăng ký (DOCX)" }).getAttribute("href");
    const cookies = await page.context().cookies();
    const res = await fetch(`${app.url}${href}`, {
      headers: { cookie: cookies.map((c) => `${c.name}=${c.value}`).join("; ") },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("wordprocessingml");
    await page.context().close();
  });
});
