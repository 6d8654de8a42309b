// Demo logins, one per role and one unit officer per scored unit type. DEMO ONLY: the password is
// public (printed at start and in the README); never seed these on a real deployment.
import type { Role } from "../generated/prisma/enums.js";

export const DEMO_PASSWORD = "cchc-demo-2021";

export interface DemoUser {
  email: string;
  fullName: string;
  roles: Role[];
  unitCode?: string;
  description: string;
}

export const DEMO_USERS: DemoUser[] = [
  {
    email: "admin@cchc.demo",
    fullName: "Quản trị hệ thống",
    roles: ["ADMIN"],
    description: "Quản trị hệ thống / administrator",
  },
  {
    email: "noivu@cchc.demo",
    fullName: "Nguyễn Thị Hồng (Phòng Nội vụ)",
    roles: ["HOME_AFFAIRS"],
    unitCode: "noi-vu",
    description: "Phòng Nội vụ / Home Affairs",
  },
  {
    email: "kiemtra@cchc.demo",
    fullName: "Trần Văn Minh (Đoàn kiểm tra)",
    roles: ["INSPECTOR"],
    unitCode: "noi-vu",
    description: "Đoàn kiểm tra / inspector",
  },
  {
    email: "lanhdao@cchc.demo",
    fullName: "Lê Quang Vinh (Phó Chủ tịch)",
    roles: ["LEADERSHIP"],
    description: "Lãnh đạo UBND / leadership",
  },
  {
    email: "tuphap@cchc.demo",
    fullName: "Phạm Thu Trang (Phòng Tư pháp)",
    roles: ["UNIT_OFFICER"],
    unitCode: "tu-phap",
    description: "Cán bộ đầu mối, phòng chuyên môn / unit officer (office)",
  },
  {
    email: "longphuoc@cchc.demo",
    fullName: "Đặng Văn Lộc (UBND phường Long Phước)",
    roles: ["UNIT_OFFICER"],
    unitCode: "long-phuoc",
    description: "Cán bộ đầu mối, UBND phường / unit officer (ward)",
  },
  {
    email: "thue@cchc.demo",
    fullName: "Võ Thị Mai (Chi cục thuế)",
    roles: ["UNIT_OFFICER"],
    unitCode: "chi-cuc-thue",
    description: "Cán bộ đầu mối, ngành dọc / unit officer (vertical agency)",
  },
];
