import { DEMO_PASSWORD } from "@cchc/db/seed";
import { ValidationError } from "../errors.js";

export interface PasswordPolicy {
  /** Production: the public demo password may not be set (unless explicitly allowed). */
  refuseDemoPassword: boolean;
}

export function refuseDemoPassword(password: string, field: string, policy: PasswordPolicy): void {
  if (policy.refuseDemoPassword && password === DEMO_PASSWORD) {
    throw new ValidationError([
      { field, code: "DEMO_PASSWORD", message: "Không được dùng mật khẩu mẫu công khai trên hệ thống thật." },
    ]);
  }
}
