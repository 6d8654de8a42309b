// Signs a person in. In one hashing slot (so a flood queues instead of filling the thread pool, and
// each attempt sees the failures counted before it): check the throttle for the account and the
// address, check the password (at the same cost for an unknown email, so timing does not reveal
// which emails exist), count a failure. Every attempt is audited: signed in, failed, throttled.
import { randomBytes } from "node:crypto";
import { hashPasswordInSlot, inHashingSlot, verifyPasswordInSlot, type PrismaClient } from "@cchc/db";
import { DEMO_PASSWORD } from "@cchc/db/seed";
import { TEXT_LIMITS } from "@cchc/domain";
import { writeAudit } from "../audit/write-audit.js";
import { AppError, InvalidCredentialsError } from "../errors.js";
import {
  checkLoginThrottle,
  clearAccountThrottle,
  loginThrottleKeys,
  recordLoginFailure,
} from "./login-throttle-store.js";
import { createSession } from "./sessions.js";

export interface LogInInput {
  email: string;
  password: string;
}

export interface LogInOptions {
  /** The client's address, for the per-address throttle (null when unknown). */
  address: string | null;
  /** Wall clock: sessions and throttling never use the business clock. */
  now: Date;
  /** Production refuses the public demo password unless explicitly allowed. */
  refuseDemoPassword: boolean;
}

export class LoginThrottledError extends AppError {
  constructor(
    readonly retryAfterSeconds: number,
    readonly locked: boolean,
  ) {
    super(
      locked
        ? `Tài khoản hoặc địa chỉ này tạm bị khóa do đăng nhập sai nhiều lần. Thử lại sau ${Math.ceil(retryAfterSeconds / 60)} phút.`
        : `Đăng nhập sai nhiều lần. Vui lòng chờ ${retryAfterSeconds} giây rồi thử lại.`,
      "LOGIN_THROTTLED",
    );
  }
}

export class DemoPasswordRefusedError extends AppError {
  constructor() {
    super(
      "Mật khẩu mẫu công khai không được dùng trên hệ thống thật. Hãy nhờ quản trị viên đặt lại mật khẩu.",
      "DEMO_PASSWORD_REFUSED",
    );
  }
}

export async function logIn(
  prisma: PrismaClient,
  input: LogInInput,
  options: LogInOptions,
): Promise<{ userId: string; token: string; expiresAt: Date }> {
  const email = input.email
    .normalize("NFC")
    .trim()
    .toLowerCase()
    .slice(0, TEXT_LIMITS.email + 1);
  // Over-long or malformed credentials are simply wrong: never hashed at length, never echoed.
  const plausible = email.length <= TEXT_LIMITS.email && input.password.length <= TEXT_LIMITS.password;
  const keys = loginThrottleKeys(email, options.address);
  const { now } = options;

  const outcome = await inHashingSlot(async () => {
    const throttle = await checkLoginThrottle(prisma, keys, now);
    if (!throttle.allowed) return { kind: "throttled" as const, ...throttle };
    const user = plausible
      ? await prisma.user.findUnique({ where: { email }, select: { id: true, passwordHash: true, active: true } })
      : null;
    const ok = await verifyPasswordInSlot(user?.passwordHash ?? (await dummyHash()), plausible ? input.password : "");
    if (!user?.active || !ok) {
      await prisma.$transaction(async (tx) => {
        await recordLoginFailure(tx, keys, now);
        await writeAudit(tx, null, {
          action: "auth.login_failed",
          entity: "User",
          entityId: user?.id ?? null,
          after: { email: cut(email, 120) },
        });
      });
      return { kind: "failed" as const };
    }
    return { kind: "ok" as const, userId: user.id };
  });

  if (outcome.kind === "throttled") {
    const retryAfterSeconds = Math.ceil(outcome.retryAfterMs / 1000);
    await prisma.$transaction((tx) =>
      writeAudit(tx, null, {
        action: "auth.login_throttled",
        entity: "User",
        entityId: null,
        after: { email: cut(email, 120), retryAfterSeconds, locked: outcome.locked },
      }),
    );
    throw new LoginThrottledError(retryAfterSeconds, outcome.locked);
  }
  if (outcome.kind === "failed") throw new InvalidCredentialsError();
  if (options.refuseDemoPassword && input.password === DEMO_PASSWORD) throw new DemoPasswordRefusedError();

  await clearAccountThrottle(prisma, email);
  const session = await createSession(prisma, outcome.userId, now);
  await prisma.$transaction((tx) =>
    writeAudit(tx, outcome.userId, { action: "auth.login", entity: "User", entityId: outcome.userId }),
  );
  return { userId: outcome.userId, ...session };
}

// A real hash of a random secret: an unknown email then costs the same as a wrong password.
// Called inside the hashing slot, so it hashes without queuing for another.
let dummy: Promise<string> | null = null;
function dummyHash(): Promise<string> {
  dummy ??= hashPasswordInSlot(randomBytes(16).toString("hex"));
  return dummy;
}

/** At most `n` UTF-16 units, never half of a surrogate pair. */
function cut(text: string, n: number): string {
  if (text.length <= n) return text;
  let out = "";
  for (const ch of text) {
    if (out.length + ch.length > n) break;
    out += ch;
  }
  return out;
}
