// What "fits the screen" means for the journey: the page does not scroll sideways, and no visible
// element is wider than the viewport (a table inside its own scroll box counts: on a phone the
// plan must be readable without scrolling a table sideways). Content hidden for screen readers only
// (inside a 1 px clipping box) is ignored.
import type { Page } from "playwright-core";

export interface Overflow {
  scrollWidth: number;
  clientWidth: number;
  /** Up to ten elements wider than the viewport, as `tag.class "text…" (width px)`. */
  wide: string[];
}

export async function measureOverflow(page: Page): Promise<Overflow> {
  return page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    const viewport = document.documentElement.clientWidth;
    const srOnly = (el: Element | null): boolean => {
      for (let node = el; node; node = node.parentElement) {
        const style = getComputedStyle(node);
        const rect = node.getBoundingClientRect();
        if (style.overflow === "hidden" && rect.width <= 1 && rect.height <= 1) return true;
      }
      return false;
    };
    const wide: string[] = [];
    for (const el of Array.from(document.body.querySelectorAll("*"))) {
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) continue;
      // off to the left (the skip link waiting for focus) cannot make the page scroll sideways
      if (rect.width <= viewport + 0.5 && rect.right <= viewport + 0.5) continue;
      if (srOnly(el)) continue;
      const text = (el.textContent ?? "").trim().replace(/\s+/g, " ").slice(0, 40);
      const cls = typeof el.className === "string" && el.className ? `.${el.className.split(" ").join(".")}` : "";
      wide.push(`${el.tagName.toLowerCase()}${cls} "${text}" (${Math.round(rect.left)}..${Math.round(rect.right)} px)`);
      if (wide.length >= 10) break;
    }
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, wide };
  });
}

/**
 * Watches a page's requests so a test can wait for a page to have settled after a client-side
 * navigation (`waitForLoadState("networkidle")` only covers the first document load): no request in
 * flight for `quietMs`, no loading indicator (`.status-loading`, `aria-busy="true"`) on the page.
 */
export function watchRequests(page: Page): { settled: (quietMs?: number, timeoutMs?: number) => Promise<void> } {
  const inFlight = new Set<unknown>();
  let lastChange = Date.now();
  const done = (request: unknown) => {
    inFlight.delete(request);
    lastChange = Date.now();
  };
  page.on("request", (request) => {
    inFlight.add(request);
    lastChange = Date.now();
  });
  page.on("requestfinished", done);
  page.on("requestfailed", done);
  return {
    async settled(quietMs = 300, timeoutMs = 30_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const busy = await page
          .locator('.status-loading, [aria-busy="true"]')
          .count()
          .catch(() => 1);
        if (inFlight.size === 0 && busy === 0 && Date.now() - lastChange >= quietMs) return;
        if (Date.now() > deadline) {
          throw new Error(`the page did not settle in ${timeoutMs} ms (${inFlight.size} requests, ${busy} loading)`);
        }
        await page.waitForTimeout(100);
      }
    },
  };
}
