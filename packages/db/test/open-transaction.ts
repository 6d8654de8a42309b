// For the tests of the counters' triggers: does a second writer wait for a first one's open transaction?
import type { PrismaClient } from "../src/index.js";

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/**
 * Runs `first` in a transaction and keeps it open once it has written; meanwhile runs `second` (its
 * own statements, each committed). Answers "committed" if `second` finished while the first was
 * still open, "waited" if it had not after 5 s; then lets the first commit and waits for both.
 */
export async function whileAnotherIsOpen(
  prisma: PrismaClient,
  first: (tx: Tx) => Promise<unknown>,
  second: () => Promise<unknown>,
): Promise<"committed" | "waited"> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  let wrote!: () => void;
  const firstWrote = new Promise<void>((resolve) => {
    wrote = resolve;
  });
  const a = prisma.$transaction(
    async (tx) => {
      await first(tx);
      wrote();
      await released;
    },
    { timeout: 20_000 },
  );
  await firstWrote;
  const b = second();
  const outcome = await Promise.race([
    b.then(() => "committed" as const),
    new Promise<"waited">((resolve) => setTimeout(() => resolve("waited"), 5_000)),
  ]);
  release();
  await a;
  await b;
  return outcome;
}
