// Finds Debian's Chromium for playwright-core (never a downloaded browser). When it is missing the
// journey is skipped, loudly, with the way to enable it.
import { existsSync } from "node:fs";
import { DEMO_PASSWORD } from "@cchc/db/seed";
import type { Page } from "playwright-core";

const CANDIDATES = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];

export const chromiumPath = CANDIDATES.find((p): p is string => !!p && existsSync(p)) ?? null;

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export function warnIfSkipped(): void {
  if (chromiumPath) return;
  const line = "!".repeat(78);
  console.warn(
    `\n${line}\n!! BROWSER JOURNEY SKIPPED: Chromium not found (looked for /usr/bin/chromium, $CHROMIUM_PATH).\n` +
      `!! Enable it with:  sudo apt-get install chromium   (or set CHROMIUM_PATH). .ci/run installs it.\n${line}\n`,
  );
}

/** As a person does: open the address `npm start` prints, get sent to the login page, log in. */
export async function logIn(page: Page, baseUrl: string, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto(`${baseUrl}/`);
  await page.getByRole("heading", { name: "Đăng nhập" }).waitFor();
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Mật khẩu").fill(password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
}
