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
