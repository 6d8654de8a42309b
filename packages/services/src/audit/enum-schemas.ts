import { CycleStage, DbTimingKind, EntrySource, Role, TaskStatus as TaskStatusEnum, YearStatus } from "@cchc/domain";
import { z } from "zod";

export const TaskStatus = z.enum(TaskStatusEnum);
export const TimingKindDb = z.enum(DbTimingKind);
export const RoleSchema = z.enum(Role);
export const YearStatusSchema = z.enum(YearStatus);
export const CycleStageSchema = z.enum(CycleStage);
export const EntrySourceSchema = z.enum(EntrySource);
