import { DbTimingKind, TaskStatus as TaskStatusEnum } from "@cchc/domain";
import { z } from "zod";

export const TaskStatus = z.enum(TaskStatusEnum);
export const TimingKindDb = z.enum(DbTimingKind);
