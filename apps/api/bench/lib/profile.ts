// A V8 CPU profile (node --cpu-prof) summed by self time: the top packages (node_modules/<name>, the
// API's bundle, node's internals, GC) and the top functions, as shares of the non-idle samples.
import { readFileSync } from "node:fs";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

function packageOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith("(") ? functionName : "(native)";
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (m) return m[1]!;
  if (url.startsWith("node:")) return "node internals";
  if (url.includes("/dist/bench/") || url.includes("/dist/main")) return "the API bundle (@cchc/*)";
  return url;
}

export function summarizeProfiles(files: string[], top = 15): string {
  const byPackage = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let total = 0;
  for (const file of files) {
    const profile = JSON.parse(readFileSync(file, "utf8")) as { nodes: ProfileNode[] };
    for (const node of profile.nodes) {
      const hits = node.hitCount ?? 0;
      if (!hits || node.callFrame.functionName === "(idle)") continue;
      total += hits;
      const pkg = packageOf(node.callFrame.url, node.callFrame.functionName);
      byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + hits);
      const fn = `${node.callFrame.functionName || "(anonymous)"} — ${pkg}${node.callFrame.url ? `:${node.callFrame.lineNumber + 1}` : ""}`;
      byFunction.set(fn, (byFunction.get(fn) ?? 0) + hits);
    }
  }
  const pct = (n: number) => `${((n / total) * 100).toFixed(1).padStart(5)}%`;
  const list = (m: Map<string, number>, n: number) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, v]) => `  ${pct(v)}  ${k}`)
      .join("\n");
  return `by package (self time, of ${total} non-idle samples):\n${list(byPackage, 12)}\ntop functions:\n${list(byFunction, top)}`;
}
