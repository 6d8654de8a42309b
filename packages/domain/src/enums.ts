// The enums of prisma/schema.prisma (the one source), as const objects and types, for rules, the
// API's GraphQL enums and the admin's pick lists. `Object.values(TaskStatus)` is in schema order.
// TimingKind, ScoringMethod and ScoreSource keep the domain's own lower-case names here; their
// database spellings are mapped where rows are read (packages/db, apps/api).
export {
  ActionStatus,
  AdjustmentKind,
  CycleStage,
  EntrySource,
  FindingKind,
  FindingSeverity,
  LineageKind,
  RegistrationStatus,
  Role,
  SurveyKind,
  TaskStatus,
  TaskUnitRole,
  VisitStatus,
  YearStatus,
} from './generated/enums';
export {
  TimingKind as DbTimingKind,
  ScoringMethod as DbScoringMethod,
  ScoreSource as DbScoreSource,
} from './generated/enums';

/** The values of an enum object, in schema order. */
export function enumValues<T extends Record<string, string>>(e: T): Array<T[keyof T]> {
  return Object.values(e) as Array<T[keyof T]>;
}
