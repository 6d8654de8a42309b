// The evaluation cycle in the browser (issue 8): a ward officer self-assesses three leaves (one with
// an evidence file) and submits; Home Affairs appraises in round 1 while a second Home Affairs
// session hits the conflict, then locks; leadership approves and publishes; the public page shows
// the ranking; the scorecard explains the appraised leaf. The real server (API + built admin) over a
// cloned seeded database with a business clock the test moves from stage to stage; every step in
// headless Chromium by role and label, as a person does it, and each page checked at 390 px.
import { mkdirSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type RunningApp, startApp } from "@cchc/api";
import { DEMO_PASSWORD, SAMPLE_AUTHORITY } from "@cchc/db/seed";
import { openTestDatabase, sampleYear, type TestDatabase } from "@cchc/db/testing";
import { folderStorage, saveScoreEntries } from "@cchc/services";
import { type Browser, type BrowserContext, chromium, type Locator, type Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { CHROMIUM_ARGS, chromiumPath, warnIfSkipped } from "./browser.js";
import { measureOverflow } from "./layout-check.js";

warnIfSkipped();

/** Set CCHC_SCREENSHOTS to a folder to keep a full-page screenshot of the pages checked at 390 px. */
const SHOTS = process.env.CCHC_SCREENSHOTS;
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

/** A business day of the sample calendar (sampleCalendar(2021)), at 10:00 in Việt Nam. */
const day = (iso: string) => new Date(`${iso}T03:00:00Z`);
const SELF_ASSESSMENT_DAY = day("2021-11-20"); // self-assessment 01/11–30/11/2021
const ROUND1_DAY = day("2021-12-05"); // round 1 to 15/12/2021
const APPROVAL_DAY = day("2022-01-15"); // approval to 20/01/2022

const WARD = "UBND phường Long Phước";
/** The three leaves the ward officer fills in the browser; every other self-scored leaf is prepared. */
const EVIDENCE_LEAF = { code: "1.7", name: "Sáng kiến, mô hình mới trong CCHC được công nhận" }; // binary, 0,5
const BINARY_LEAF = { code: "2.1.1", name: "Văn bản tham mưu/ban hành đúng thẩm quyền, trình tự" }; // binary, 1
const RATIO_LEAF = { code: "3.3", name: "Xin lỗi bằng văn bản đối với hồ sơ trễ hạn" }; // ratio, 2
const BROWSER_LEAVES = [EVIDENCE_LEAF.code, BINARY_LEAF.code, RATIO_LEAF.code];

const PDF_NAME = "Quyết định công nhận sáng kiến.pdf";
const PDF = Buffer.from("%PDF-1.4\n% Quyết định công nhận\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n", "utf8");
const APPRAISAL_COMMENT = "Quyết định công nhận sáng kiến chưa có chữ ký, chưa đủ căn cứ công nhận.";

describe.skipIf(!chromiumPath)("the evaluation cycle in the browser (headless Chromium)", () => {
  let db: TestDatabase;
  let app: RunningApp;
  let browser: Browser;
  let files: string;
  let clock = SELF_ASSESSMENT_DAY;
  let yearId: string;
  let wardId: string;
  /** Leaves of a ward (type "xa") the unit scores itself. */
  let selfLeaves: { code: string; maxPoints: number }[];

  beforeAll(async () => {
    db = await openTestDatabase({ seed: true });
    files = await mkdtemp(join(tmpdir(), "cchc-cycle-journey-"));
    app = await startApp({ prisma: db.prisma, port: 0, now: () => clock, storage: folderStorage(files) });
    browser = await chromium.launch({ executablePath: chromiumPath!, args: CHROMIUM_ARGS, headless: true });
    const sample = await sampleYear(db.prisma);
    yearId = sample.year.id;
    wardId = sample.unitIds.get("long-phuoc")!;
    const leaves = await db.prisma.frameworkNode.findMany({
      where: { framework: { yearId }, method: { not: null }, scoreSource: "SELF_THEN_APPRAISED" },
      select: { code: true, appliesTo: true, maxPoints: true },
      orderBy: { code: "asc" },
    });
    selfLeaves = leaves
      .filter((leaf) => leaf.appliesTo.length === 0 || leaf.appliesTo.includes("xa"))
      .map((leaf) => ({ code: leaf.code, maxPoints: Number(leaf.maxPoints) }));
  });

  /** Console errors about the Content Security Policy (e.g. an eval probe), of every page opened. */
  const cspErrors: string[] = [];

  /** A new browser context (its own cookies: one person's session) and its page, watched for CSP errors. */
  async function openSession(viewport = DESKTOP): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    page.setDefaultTimeout(8_000);
    page.on("console", (message) => {
      if (message.type() === "error" && message.text().includes("Content Security Policy"))
        cspErrors.push(message.text());
    });
    return { context, page };
  }

  afterEach(() => {
    const found = cspErrors.splice(0);
    expect(found, "console errors about the Content Security Policy").toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    await db?.dispose();
    if (files) await rm(files, { recursive: true, force: true });
  });

  async function login(page: Page, email: string) {
    await page.goto(`${app.url}/`);
    await page.getByRole("heading", { name: "Đăng nhập" }).waitFor();
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Mật khẩu").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    // leadership lands on the evaluation dashboard, the others on the overview
    await page.getByRole("heading", { level: 1, name: /^(Tổng quan|Đánh giá CCHC) năm 2021$/ }).waitFor();
  }

  /** Opens a page from the main navigation (behind the menu button on a phone). */
  async function navigate(page: Page, link: string) {
    const menu = page.getByRole("button", { name: "Menu" });
    if ((await menu.isVisible()) && (await menu.getAttribute("aria-expanded")) !== "true") await menu.click();
    await page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: link }).click();
  }

  /** A leaf's card on the self-assessment or appraisal page, found by its heading. */
  function leafCard(page: Page, leaf: { code: string; name: string }): Locator {
    return page
      .getByRole("listitem")
      .filter({ has: page.getByRole("heading", { level: 3, name: `${leaf.code} ${leaf.name}` }) });
  }

  async function shot(page: Page, name: string) {
    if (!SHOTS) return;
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
  }

  /** The page as it is now, at 390 px: nothing wider than the screen, no sideways scrolling. */
  async function expectFitsPhone(page: Page, what: string) {
    const before = page.viewportSize() ?? DESKTOP;
    await page.setViewportSize(PHONE);
    // Charts re-measure their container after the resize (a ResizeObserver): let the layout settle.
    await expect
      .poll(async () => (await measureOverflow(page)).wide.length, { timeout: 5_000, interval: 200 })
      .toBe(0)
      .catch(() => undefined);
    const overflow = await measureOverflow(page);
    expect(overflow.wide, `${what} at 390 px: elements wider than the viewport`).toEqual([]);
    expect(overflow.scrollWidth, `${what} at 390 px: the page scrolls sideways`).toBeLessThanOrEqual(
      overflow.clientWidth,
    );
    await shot(page, `cycle-390-${what}`);
    await page.setViewportSize(before);
  }

  it("a ward officer self-assesses the last three leaves (one with an evidence file) and submits", async () => {
    clock = SELF_ASSESSMENT_DAY;
    // Every other self-scored leaf was claimed earlier (through the service, as the officer).
    const officer = await db.prisma.user.findUniqueOrThrow({ where: { email: "longphuoc@cchc.demo" } });
    const prepared = selfLeaves.filter((leaf) => !BROWSER_LEAVES.includes(leaf.code));
    expect(prepared.length).toBeGreaterThan(10);
    await saveScoreEntries(
      { prisma: db.prisma, viewer: { userId: officer.id, roles: officer.roles, unitId: officer.unitId }, now: clock },
      {
        yearId,
        unitId: wardId,
        source: "SELF",
        entries: prepared.map((leaf) => ({
          leafCode: leaf.code,
          version: null,
          points: leaf.maxPoints,
          comment: "Đã thực hiện đầy đủ theo kế hoạch; hồ sơ lưu tại đơn vị.",
        })),
      },
    );
    const total = selfLeaves.length;

    const { context, page } = await openSession();
    await login(page, "longphuoc@cchc.demo");
    await navigate(page, "Tự đánh giá");
    await page.getByRole("heading", { level: 1, name: `Tự đánh giá năm 2021 — ${WARD}` }).waitFor();
    await page.getByText("Tự đánh giá đang mở đến hết ngày 30/11/2021.").waitFor();
    await page.getByText(`${total - 3}/${total} tiêu chí đã tự chấm`).waitFor();

    // 1.7 "Đạt", with the decision as a PDF: uploaded at once, then saved with the claim
    const evidence = leafCard(page, EVIDENCE_LEAF);
    await evidence.getByText("Chưa tự chấm").waitFor();
    await evidence.getByRole("button", { name: "Tự chấm" }).click();
    await evidence.getByLabel("Đạt", { exact: true }).check();
    await evidence
      .getByLabel("Thêm tài liệu")
      .setInputFiles({ name: PDF_NAME, mimeType: "application/pdf", buffer: PDF });
    await evidence.getByRole("link", { name: PDF_NAME }).waitFor();
    await expectFitsPhone(page, "self-assessment-leaf-open");
    await evidence.getByRole("button", { name: "Lưu nháp" }).click();
    await evidence.getByRole("status").filter({ hasText: "Đã lưu." }).waitFor();
    await evidence.getByText("Đã tự chấm: 0,5/0,5").waitFor();

    // 2.1.1 "Đạt" without a file: the explanation is required first (the domain's rule, in the form)
    const binary = leafCard(page, BINARY_LEAF);
    await binary.getByRole("button", { name: "Tự chấm" }).click();
    await binary.getByLabel("Đạt", { exact: true }).check();
    await binary.getByRole("button", { name: "Lưu nháp" }).click();
    await binary
      .getByText(/giải trình/i)
      .first()
      .waitFor();
    expect(await binary.getByText("Đã tự chấm").count()).toBe(0);
    await binary
      .getByLabel("Giải trình / ghi chú")
      .fill("Các văn bản năm 2021 đều được Phòng Tư pháp thẩm định trước khi ban hành.");
    await binary.getByRole("button", { name: "Lưu nháp" }).click();
    await binary.getByText("Đã tự chấm: 1/1").waitFor();

    // 3.3 a ratio: 3 of 4 late files had a written apology → 2 × 3/4 = 1,5
    const ratio = leafCard(page, RATIO_LEAF);
    await ratio.getByRole("button", { name: "Tự chấm" }).click();
    await ratio.getByLabel("Tử số").fill("3");
    await ratio.getByLabel("Mẫu số").fill("4");
    await ratio
      .getByLabel("Giải trình / ghi chú")
      .fill("4 hồ sơ trễ hạn, 3 hồ sơ có văn bản xin lỗi (sổ theo dõi kèm theo).");
    await ratio.getByRole("button", { name: "Lưu nháp" }).click();
    await ratio.getByText("Đã tự chấm: 1,5/2").waitFor();

    await page.getByText(`${total}/${total} tiêu chí đã tự chấm`).waitFor();
    expect(await page.getByRole("progressbar").first().getAttribute("value")).toBe(String(total));

    // submit, after the confirmation
    await page.getByRole("button", { name: "Nộp bản tự đánh giá" }).click();
    const confirm = page.getByRole("dialog", { name: "Nộp bản tự đánh giá" });
    await confirm.getByText(`Nộp bản tự đánh giá của ${WARD}?`, { exact: false }).waitFor();
    await confirm.getByText(`${total}/${total} tiêu chí đã tự chấm`).waitFor();
    await expectFitsPhone(page, "self-assessment-submit-dialog");
    await confirm.getByRole("button", { name: "Nộp", exact: true }).click();
    await confirm.waitFor({ state: "hidden" });
    // read-only now: the banner says when and by whom, the cards only open to view, no draft can
    // be saved. (The submit button's own "Đã nộp…" status goes with the button, at once: the page
    // reads the unit's calendar again and the stage is no longer submittable.)
    await page.getByText(/Đơn vị đã nộp bản Tự đánh giá ngày 20\/11\/2021 .*trang chỉ để xem\./).waitFor();
    await page.getByRole("button", { name: "Nộp bản tự đánh giá" }).waitFor({ state: "hidden" });
    expect(await page.getByRole("button", { name: "Tự chấm" }).count()).toBe(0);
    await evidence.getByRole("button", { name: "Thu gọn" }).click();
    await evidence.getByRole("button", { name: "Xem" }).click();
    await evidence.getByRole("link", { name: PDF_NAME }).waitFor();
    expect(await page.getByRole("button", { name: "Lưu nháp" }).count()).toBe(0);
    await expectFitsPhone(page, "self-assessment-submitted");

    const submission = await db.prisma.unitStageSubmission.findFirstOrThrow({
      where: { yearId, unitId: wardId, stage: "SELF_ASSESSMENT" },
    });
    expect(submission.submittedAt.toISOString()).toBe(SELF_ASSESSMENT_DAY.toISOString());
    const claim = await db.prisma.scoreEntry.findFirstOrThrow({
      where: { yearId, unitId: wardId, source: "SELF", node: { code: EVIDENCE_LEAF.code } },
      include: { evidence: true },
    });
    expect(Number(claim.points)).toBe(0.5);
    expect(claim.evidence).toHaveLength(1);
    await context.close();
  });

  it("Home Affairs appraises a leaf beside the claim and its evidence; a second session gets the conflict, nothing is overwritten", async () => {
    clock = ROUND1_DAY;
    const first = await openSession();
    const second = await openSession();
    // both sessions open Long Phước's leaf 1.7 before either saves
    const opened: Locator[] = [];
    for (const { page } of [first, second]) {
      await login(page, "noivu@cchc.demo");
      await navigate(page, "Thẩm định");
      await page.getByRole("heading", { level: 1, name: "Thẩm định năm 2021" }).waitFor();
      await page.getByLabel("Đơn vị", { exact: true }).selectOption({ label: WARD });
      await page.getByRole("heading", { level: 2, name: WARD }).waitFor();
      const card = leafCard(page, EVIDENCE_LEAF);
      await card.getByRole("button", { name: "Thẩm định" }).click();
      opened.push(card);
    }
    const [card, stale] = opened as [Locator, Locator];
    const page = first.page;
    await page.getByText(/^Đơn vị đã tự chấm (\d+)\/\1 tiêu chí$/).waitFor();
    await page.getByText(/^Tự đánh giá: đơn vị đã nộp ngày 20\/11\/2021 \(.+\)\.$/).waitFor();
    // the claim and its evidence beside the appraisal form
    const claim = card.getByRole("region", { name: "Đơn vị tự chấm" });
    await claim.getByText("0,5/0,5").waitFor();
    const link = claim.getByRole("link", { name: PDF_NAME });
    await link.waitFor();
    const pdf = await page.request.get(new URL((await link.getAttribute("href"))!, app.url).toString());
    expect(pdf.status()).toBe(200);
    expect(
      Buffer.from(await pdf.body())
        .subarray(0, 8)
        .toString(),
    ).toBe("%PDF-1.4");
    const form = card.getByRole("region", { name: "Thẩm định" });
    await form.getByRole("heading", { name: "Thẩm định lần 1" }).waitFor();
    await expectFitsPhone(page, "appraisal-leaf-open");

    // "Không đạt": differs from the claim, so a reason is needed (the domain's rule, in the form)
    await form.getByLabel("Không đạt", { exact: true }).check();
    await form.getByLabel("Nhận xét thẩm định").fill(APPRAISAL_COMMENT);
    await form.getByRole("button", { name: "Lưu thẩm định" }).click();
    await form.getByLabel("Lý do khác điểm tự chấm").and(page.locator("[aria-invalid=true]")).waitFor();
    await form.getByLabel("Lý do khác điểm tự chấm").selectOption({ label: "Tài liệu kiểm chứng chưa đầy đủ" });
    await form.getByRole("button", { name: "Lưu thẩm định" }).click();
    await form.getByRole("status").filter({ hasText: "Đã lưu." }).waitFor();
    await card.getByText("0/0,5 (thẩm định lần 1)").waitFor();

    // the other session still shows the form as it was opened: it keeps "Đạt" and saves
    const otherForm = stale.getByRole("region", { name: "Thẩm định" });
    expect(await otherForm.getByLabel("Đạt", { exact: true }).isChecked()).toBe(true);
    await otherForm.getByLabel("Nhận xét thẩm định").fill("Đạt, đủ hồ sơ.");
    await otherForm.getByRole("button", { name: "Lưu thẩm định" }).click();
    const conflict = otherForm.getByRole("alert");
    await conflict.getByText(/Người khác vừa lưu tiêu chí này sau khi bạn mở nó: chưa lưu gì\./).waitFor();
    // the value as it is now, and the way to load it
    await conflict.getByText(APPRAISAL_COMMENT).waitFor();
    await conflict.getByText("Tài liệu kiểm chứng chưa đầy đủ").waitFor();
    await expectFitsPhone(second.page, "appraisal-conflict");
    await conflict.getByRole("button", { name: "Tải giá trị hiện tại" }).click();
    expect(await otherForm.getByLabel("Không đạt", { exact: true }).isChecked()).toBe(true);
    expect(await otherForm.getByLabel("Nhận xét thẩm định").inputValue()).toBe(APPRAISAL_COMMENT);

    const stored = await db.prisma.scoreEntry.findFirstOrThrow({
      where: { yearId, unitId: wardId, source: "ROUND1", node: { code: EVIDENCE_LEAF.code } },
    });
    expect([Number(stored.points), stored.comment, stored.reasonCode, stored.version]).toEqual([
      0,
      APPRAISAL_COMMENT,
      "EVIDENCE_INSUFFICIENT",
      1,
    ]);
    await first.context.close();
    await second.context.close();
  });

  it("Home Affairs locks the results; leadership approves and publishes (each after a confirmation)", async () => {
    clock = APPROVAL_DAY;
    const office = await db.prisma.user.findUniqueOrThrow({ where: { email: "noivu@cchc.demo" } });
    const home = await openSession();
    await login(home.page, "noivu@cchc.demo");
    await navigate(home.page, "Kết quả");
    await home.page.getByRole("heading", { level: 1, name: "Kết quả đánh giá Chỉ số CCHC năm 2021" }).waitFor();
    await home.page.getByRole("heading", { name: /Trạng thái kết quả\s*Bản nháp/ }).waitFor();
    await home.page.getByRole("link", { name: `Phiếu điểm của ${WARD}` }).waitFor();
    await expectFitsPhone(home.page, "results-draft");

    // The seeded year is still OPEN: "Khóa kết quả" is offered, but locking needs the year in
    // appraisal — the dialog says why, and links to the dashboard where the year's stage is changed.
    await home.page.getByRole("button", { name: "Khóa kết quả" }).click();
    const early = home.page.getByRole("dialog", { name: "Khóa kết quả năm 2021" });
    await early.getByRole("button", { name: "Khóa kết quả" }).click();
    await early.getByText("Chỉ khóa kết quả khi năm đánh giá ở giai đoạn thẩm định.").waitFor();
    await early.getByRole("link", { name: "Chuyển năm sang giai đoạn thẩm định ở trang Tổng quan" }).click();
    await early.waitFor({ state: "hidden" });
    // Home Affairs moves the year to appraisal on the dashboard's calendar card (after a confirmation)
    await home.page.getByRole("heading", { level: 1, name: "Tổng quan năm 2021" }).waitFor();
    await home.page.getByText("Trạng thái năm: Đang thực hiện.").waitFor();
    await home.page.getByRole("button", { name: "Chuyển trạng thái năm" }).click();
    const stage = home.page.getByRole("dialog", { name: "Chuyển trạng thái năm đánh giá 2021" });
    const target = stage.getByLabel("Chuyển sang");
    await target.waitFor(); // the dialog's form loads when first opened
    // publishing is not offered here (it is leadership's approval on the results page)
    expect(await target.locator("option").allTextContents()).toEqual(["Dự thảo", "Tự đánh giá", "Thẩm định"]);
    await target.selectOption({ label: "Thẩm định" });
    await stage.getByRole("button", { name: "Tiếp tục" }).click();
    await stage.getByText("Chuyển năm đánh giá 2021 từ “Đang thực hiện” sang “Thẩm định”?").waitFor();
    await stage.getByRole("button", { name: "Chuyển trạng thái" }).click();
    await stage.waitFor({ state: "hidden" });
    const moved = home.page.getByRole("status").filter({ hasText: "Đã chuyển năm đánh giá 2021 sang “Thẩm định”." });
    await moved.waitFor();
    await expect.poll(() => moved.evaluate((element) => element === document.activeElement)).toBe(true);
    await home.page.getByText("Trạng thái năm: Thẩm định.").waitFor();
    await expectFitsPhone(home.page, "dashboard-year-appraisal");
    expect((await db.prisma.evaluationYear.findUniqueOrThrow({ where: { id: yearId } })).status).toBe("APPRAISAL");
    const audit = await db.prisma.auditLog.findFirstOrThrow({
      where: { action: "year.status_change", entityId: yearId },
      orderBy: { id: "desc" },
    });
    expect([audit.actorId, (audit.after as { status?: string }).status]).toEqual([office.id, "APPRAISAL"]);
    // and locks again from the results page
    await navigate(home.page, "Kết quả");
    await home.page.getByRole("heading", { name: /Trạng thái kết quả\s*Bản nháp/ }).waitFor();
    await home.page.getByRole("button", { name: "Khóa kết quả" }).click();
    const lock = home.page.getByRole("dialog", { name: "Khóa kết quả năm 2021" });
    await lock.getByText(/khóa lại làm kết quả của năm/).waitFor();
    await lock.getByRole("button", { name: "Khóa kết quả" }).click();
    await lock.waitFor({ state: "hidden" });
    await home.page.getByRole("status").filter({ hasText: "Đã khóa kết quả." }).waitFor();
    await home.page.getByRole("heading", { name: /Trạng thái kết quả\s*Đã khóa/ }).waitFor();
    // Home Affairs does not approve
    expect(await home.page.getByRole("button", { name: "Phê duyệt" }).count()).toBe(0);
    await home.context.close();

    const leader = await openSession();
    const page = leader.page;
    await login(page, "lanhdao@cchc.demo");
    await navigate(page, "Kết quả");
    await page.getByRole("heading", { name: /Trạng thái kết quả\s*Đã khóa/ }).waitFor();
    await page.getByRole("button", { name: "Phê duyệt" }).click();
    const approve = page.getByRole("dialog", { name: "Phê duyệt kết quả năm 2021" });
    await approve.getByText(/Phê duyệt kết quả đã khóa lúc 15\/01\/2022/).waitFor();
    await approve.getByRole("button", { name: "Phê duyệt" }).click();
    await approve.waitFor({ state: "hidden" });
    await page.getByRole("status").filter({ hasText: "Đã phê duyệt kết quả." }).waitFor();
    await page.getByRole("button", { name: "Công bố" }).click();
    const publish = page.getByRole("dialog", { name: "Công bố kết quả năm 2021" });
    await publish.getByText(/chuyển sang chỉ đọc/).waitFor();
    await publish.getByRole("button", { name: "Công bố" }).click();
    await publish.waitFor({ state: "hidden" });
    await page.getByRole("heading", { name: /Trạng thái kết quả\s*Đã công bố/ }).waitFor();
    await page.getByRole("link", { name: "Xem trang công khai" }).waitFor();
    await expectFitsPhone(page, "results-published");
    expect((await db.prisma.evaluationYear.findUniqueOrThrow({ where: { id: yearId } })).status).toBe("PUBLISHED");

    await leader.context.close();
  });

  it("without logging in, the public page shows the published ranking with Long Phước", async () => {
    const { context, page } = await openSession(PHONE);
    await page.goto(`${app.url}/cong-khai/${SAMPLE_AUTHORITY.code}/2021`);
    await page.getByRole("heading", { level: 1, name: "Công khai kết quả xác định Chỉ số CCHC năm 2021" }).waitFor();
    await page.getByText(/^Công bố lúc 15\/01\/2022/).waitFor();
    const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: WARD }) });
    await row.waitFor();
    const table = page.getByRole("table").filter({ has: row });
    expect(await table.getByRole("rowheader").count()).toBeGreaterThan(1);
    // its rank among the wards ("2/5"), its points and index
    expect((await row.getByRole("cell").first().textContent()) ?? "").toMatch(/^\d+\/\d+/);
    await page.getByRole("link", { name: "Đăng nhập" }).waitFor();
    await expectFitsPhone(page, "public-results");
    await context.close();
  });

  it("the scorecard of Long Phước, from the results page, explains the appraised leaf", async () => {
    const office = await db.prisma.user.findUniqueOrThrow({ where: { email: "noivu@cchc.demo" } });
    const { context, page } = await openSession();
    await login(page, "lanhdao@cchc.demo");
    await navigate(page, "Kết quả");
    await page.getByRole("heading", { name: /Trạng thái kết quả\s*Đã công bố/ }).waitFor();
    // the ranking is a virtualized table (only the rows in view exist): find the ward first
    await page.getByLabel("Tìm đơn vị").fill(WARD);
    await page
      .getByRole("link", { name: `Phiếu điểm của ${WARD}` })
      .first()
      .click();
    await page.getByRole("heading", { level: 1, name: `Phiếu điểm: ${WARD}` }).waitFor();
    const leaf = page
      .getByRole("listitem")
      .filter({ has: page.getByRole("heading", { level: 4, name: `${EVIDENCE_LEAF.code} ${EVIDENCE_LEAF.name}` }) });
    expect(((await leaf.locator(".leaf-points").textContent()) ?? "").replace(/\s+/g, " ")).toBe("0 / 0,5");
    await leaf.getByText("Tính theo thẩm định vòng 1").waitFor();
    await leaf.getByText("Không được tính: tự chấm: 0,5").waitFor(); // the claim, superseded
    await leaf.getByText(/^2 lần chấm · 1 tài liệu kiểm chứng$/).click();
    const appraisal = leaf.getByRole("listitem").filter({ hasText: "thẩm định vòng 1: 0" });
    await appraisal.getByText(office.fullName).waitFor();
    await appraisal.getByText(APPRAISAL_COMMENT).waitFor();
    await appraisal.getByText("Mã lý do: EVIDENCE_INSUFFICIENT").waitFor();
    await leaf.getByRole("link", { name: PDF_NAME }).waitFor();
    await expectFitsPhone(page, "scorecard");
    await context.close();
  });
});
