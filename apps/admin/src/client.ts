import {
  type Cache,
  type CacheExchangeOpts,
  cacheExchange,
  offlineExchange,
  type StorageAdapter,
} from '@urql/exchange-graphcache';
import { makeDefaultStorage } from '@urql/exchange-graphcache/default-storage';
import { relayPagination } from '@urql/exchange-graphcache/extras';
import { Client, fetchExchange, mapExchange } from 'urql';
import schema from 'virtual:graphql-schema';

export interface MakeClientOptions {
  /** GraphQL endpoint; same origin by default (the dev server proxies it to the API). */
  url?: string;
  /** Injected in tests to answer with fixtures. */
  fetch?: typeof fetch;
  /**
   * The production app keeps graphcache's data in IndexedDB (graphcache's offlineExchange): a page
   * visited once opens offline with what it showed (an inspector on the spot; findings wait in their
   * own outbox, src/lib/offline-outbox.ts). Without it (tests, dev) the cache lives in memory.
   */
  storage?: StorageAdapter & { clear?: () => Promise<unknown> };
}

/** The cache's store on this device: graphcache's IndexedDB storage under the rules below. */
export type OfflineStorage = StorageAdapter & {
  clear: () => Promise<unknown>;
  /** Settles once the cache has read what the device kept (or failed to): render only then. */
  hydrated: Promise<void>;
};

/**
 * The production app's cache store (IndexedDB), with the rules that make it safe to keep:
 *
 * - A signed-out answer is never kept: when `me` is answered `null` (before a login, after a logout
 *   or an expired session) the whole store is emptied, so nothing of anyone stays on the device and a
 *   stored "signed out" can never hide a later sign-in.
 * - `hydrated` settles when the stored data has been read: the app renders after it, so the first
 *   `me` is answered from the device when the network is down (offline, a query fails at once, before
 *   IndexedDB has answered: the app would otherwise see no `me` and show the login page).
 *
 * Logging out empties it too (see `makeClient`), even when the request cannot reach the server.
 */
export function makeOfflineStorage(options: { idbName?: string; maxAge?: number } = {}): OfflineStorage {
  let settle: () => void = () => undefined;
  const hydrated = new Promise<void>((resolve) => {
    settle = resolve;
  });
  const inner = makeDefaultStorage({
    idbName: options.idbName ?? 'cchc-graphcache',
    maxAge: options.maxAge ?? 7,
    onCacheHydrated: () => settle(),
  });
  return {
    ...inner,
    hydrated,
    readData: () =>
      inner.readData().then(
        (data) => data,
        () => {
          settle();
          return {};
        },
      ),
    writeData(delta) {
      if (delta[SIGNED_OUT_KEY] === SIGNED_OUT_VALUE) {
        const rest = { ...delta };
        delete rest[SIGNED_OUT_KEY];
        return inner.clear().then(() => inner.writeData(rest));
      }
      return inner.writeData(delta);
    },
  };
}

/** How graphcache stores `Query.me` answered `null` (a link to nothing). */
const SIGNED_OUT_KEY = 'Query.me';
const SIGNED_OUT_VALUE = ':null';

/** The mutations that end this device's session: the stored cache goes with them. */
const SIGN_OUT_FIELDS = new Set(['logout', 'logOutEverywhere']);

function endsSession(query: { definitions: readonly unknown[] }): boolean {
  for (const definition of query.definitions as readonly {
    kind: string;
    operation?: string;
    selectionSet?: { selections: readonly { kind: string; name?: { value: string } }[] };
  }[]) {
    if (definition.kind !== 'OperationDefinition' || definition.operation !== 'mutation') continue;
    if (definition.selectionSet?.selections.some((s) => s.kind === 'Field' && SIGN_OUT_FIELDS.has(s.name?.value ?? '')))
      return true;
  }
  return false;
}

/**
 * The one urql client of the admin app.
 *
 * - POST only (`preferGetMethod: false`): Apollo's CSRF prevention rejects simple GETs.
 * - The session is an httpOnly cookie set by `login`, so requests carry same-origin credentials.
 * - Graphcache knows the schema (from apps/api/schema.graphql, see vite.config.ts), so union and
 *   interface results such as `LoginResult` match exactly; entities are normalised by `id`, value
 *   objects without an id are embedded in their parent.
 */
export function makeClient(options: MakeClientOptions = {}): Client {
  return new Client({
    url: options.url ?? '/graphql',
    preferGetMethod: false,
    // With the cache kept across reloads, a page shows what it had and asks the server again
    // (otherwise a reload would show the stored answers, never the others' changes).
    requestPolicy: options.storage ? 'cache-and-network' : 'cache-first',
    fetchOptions: {
      credentials: 'same-origin',
      headers: { 'apollo-require-preflight': 'true' },
    },
    ...(options.fetch ? { fetch: options.fetch } : {}),
    exchanges: [
      // Logging out empties the device's store as the request leaves (offline too, when it cannot
      // reach the server): a signed-out person never finds the previous person's data after a reload.
      mapExchange({
        onOperation(operation) {
          if (operation.kind === 'mutation' && endsSession(operation.query)) void options.storage?.clear?.();
        },
      }),
      graphcache(options.storage)({
        schema,
        keys: {
          ViewerPermissions: () => null,
          TaskTiming: () => null,
          TimingOccurrence: () => null,
          LoginSuccess: () => null,
          InvalidCredentialsError: () => null,
          NotFoundError: () => null,
          ValidationError: () => null,
          FieldProblem: () => null,
          UpdatePlanTaskSuccess: () => null,
          // task progress: embedded answers
          TaskRollup: () => null,
          ReportTaskProgressSuccess: () => null,
          OverrideTaskStatusSuccess: () => null,
          ImportPlanSuccess: () => null,
          PlanTaskChanged: () => null,
          PlanAreaChanged: () => null,
          ConflictError: () => null,
          LoginThrottledError: () => null,
          DemoPasswordRefusedError: () => null,
          ForbiddenError: () => null,
          QueryUnitsConnection: () => null,
          QueryUnitsConnectionEdge: () => null,
          QueryUsersConnection: () => null,
          QueryUsersConnectionEdge: () => null,
          UserSuccess: () => null,
          PageInfo: () => null,
          YearStage: () => null,
          // score entries: answers embedded in the mutation's result
          SaveScoreEntrySuccess: () => null,
          StageClosedError: () => null,
          ReopenUnitStageSuccess: () => null,
          SubmitUnitStageSuccess: () => null,
          UnitStageSubmission: () => null,
          UnitCycle: () => null,
          UnitCycleStage: () => null,
          UnitCycleSummary: () => null,
          SaveUnitAdjustmentSuccess: () => null,
          // findings on the spot and the minutes: answers embedded in the mutation's result
          RecordFindingSuccess: () => null,
          UpdateFindingSuccess: () => null,
          DeleteFindingSuccess: () => null,
          VisitMinutesSuccess: () => null,
          FindingsClosedError: () => null,
          MinutesStepError: () => null,
          DeleteUnitAdjustmentSuccess: () => null,
          // results: value objects embedded in their year, scorecard or answer
          YearResults: () => null,
          ResultRow: () => null,
          ResultRowPage: () => null,
          ResultTier: () => null,
          AreaIndex: () => null,
          UnitScorecard: () => null,
          ScorecardLeaf: () => null,
          SupersededValue: () => null,
          WhatIfOutcome: () => null,
          WhatIfStanding: () => null,
          PublicResults: () => null,
          PublicResultGroup: () => null,
          PublicResultRow: () => null,
          ResultSnapshotSuccess: () => null,
          // surveys: rates, counts and answers embedded in their round or answer
          SatisfactionRate: () => null,
          LeaderScore: () => null,
          SurveyUnitResult: () => null,
          SurveyCountsRow: () => null,
          SurveyAspect: () => null,
          SurveySuccess: () => null,
          ImportSurveyRespondentsSuccess: () => null,
          SurveyFileError: () => null,
          SurveyRowProblem: () => null,
          // periodic reports and deadlines: value objects embedded in their year or answer
          UnitReport: () => null,
          ReportTiming: () => null,
          ComplianceMatrix: () => null,
          ComplianceRow: () => null,
          ComplianceCounts: () => null,
          DeadlineItem: () => null,
          SubmitReportSuccess: () => null,
          SetReportRuleSuccess: () => null,
          GrantReportExtensionSuccess: () => null,
          CreateCalendarFeedSuccess: () => null,
          // the evaluation dashboard: aggregates embedded in the year's dashboard (filters as arguments)
          EvaluationDashboard: () => null,
          DashboardTier: () => null,
          DashboardArea: () => null,
          DashboardRankingGroup: () => null,
          DashboardRankingBar: () => null,
          DashboardUnitProfile: () => null,
          DashboardAreaProfilePoint: () => null,
          DashboardTrendPoint: () => null,
          DashboardCompliance: () => null,
          DashboardReportPeriod: () => null,
          DashboardComplianceRow: () => null,
          DashboardComplianceCell: () => null,
          DashboardComplianceTotals: () => null,
          DashboardSatisfaction: () => null,
          DashboardAspectRate: () => null,
          DashboardActionFunnel: () => null,
          DashboardPlanProgress: () => null,
          DashboardAreaProgress: () => null,
          DashboardUnitProgress: () => null,
          DashboardProgressTotal: () => null,
          DashboardTiles: () => null,
        },
        resolvers: {
          // "Xem thêm" asks the next page (`after`): the pages of one filter are shown as one list
          Query: { units: relayPagination(), users: relayPagination() },
        },
        updates: {
          Mutation: {
            login(result, _args, cache) {
              const login = (result as { login?: { __typename?: string } }).login;
              // A different viewer may see different data (and `me` may be cached as null).
              if (login?.__typename === 'LoginSuccess') forgetRootFields(cache);
            },
            logout(_result, _args, cache) {
              forgetRootFields(cache);
              // nothing of this person stays on the device
              void options.storage?.clear?.();
            },
            logOutEverywhere(_result, _args, cache) {
              // this session ended too
              forgetRootFields(cache);
              void options.storage?.clear?.();
            },
            // The year (status, snapshot, viewerCan…) is merged from the answer; its ranking is read again
            // (published: the snapshot), and the public page too.
            lockResults(result, _args, cache) {
              forgetResults(cache, (result as SnapshotAnswer).lockResults);
            },
            approveResults(result, _args, cache) {
              forgetResults(cache, (result as SnapshotAnswer).approveResults);
            },
            publishResults(result, _args, cache) {
              const answer = (result as SnapshotAnswer).publishResults;
              forgetResults(cache, answer);
              // The year is read-only now: every cached viewerCan… of its records (tasks, entries, …)
              // is stale, so everything loads again.
              if (answer?.__typename === 'ResultSnapshotSuccess') forgetRootFields(cache);
            },
            setYearStatus(result, _args, cache) {
              // The year's status, version and viewerCan… are merged from the answer; what the stage
              // decides elsewhere (what each page may edit or submit, the units' calendars) loads again.
              const answer = (result as { setYearStatus?: { __typename?: string } }).setYearStatus;
              if (answer?.__typename === 'SetYearStatusSuccess') forgetRootFields(cache);
            },
            saveScoreEntry(result, args, cache) {
              const payload = (result as { saveScoreEntry?: { __typename?: string } }).saveScoreEntry;
              // The unit's scorecard (points from the server, entries with their versions) is read again:
              // after a save, and after a conflict (to show the value as it is now).
              if (payload?.__typename === 'SaveScoreEntrySuccess' || payload?.__typename === 'ConflictError') {
                const input = (args as { input?: { yearId?: string; unitId?: string } }).input;
                forgetScorecards(cache, input?.yearId, input?.unitId);
                forgetUnitCycles(cache, input?.yearId);
              }
            },
            submitUnitStage(result, args, cache) {
              const payload = (result as { submitUnitStage?: { __typename?: string } }).submitUnitStage;
              if (payload?.__typename !== 'SubmitUnitStageSuccess') return;
              // the unit's calendar (submitted, read-only now) is read again
              const input = (args as { input?: { yearId?: string; unitId?: string } }).input;
              if (input?.yearId && input.unitId)
                cache.invalidate({ __typename: 'EvaluationYear', id: input.yearId }, 'unitCycle', {
                  unitId: input.unitId,
                });
              forgetUnitCycles(cache, input?.yearId);
            },
            saveUnitAdjustment(result, args, cache) {
              const payload = (result as { saveUnitAdjustment?: { __typename?: string } }).saveUnitAdjustment;
              // the unit's scorecard (bonus, penalty, index, the list) is read again
              if (payload?.__typename === 'SaveUnitAdjustmentSuccess' || payload?.__typename === 'ConflictError') {
                const input = (args as { input?: { yearId?: string; unitId?: string } }).input;
                forgetScorecards(cache, input?.yearId, input?.unitId);
              }
            },
            deleteUnitAdjustment(result, _args, cache) {
              const payload = (result as { deleteUnitAdjustment?: { __typename?: string } }).deleteUnitAdjustment;
              if (payload?.__typename === 'DeleteUnitAdjustmentSuccess' || payload?.__typename === 'ConflictError')
                forgetScorecards(cache, undefined, undefined);
            },
            reopenUnitStage(result, args, cache) {
              const payload = (result as { reopenUnitStage?: { __typename?: string } }).reopenUnitStage;
              if (payload?.__typename !== 'ReopenUnitStageSuccess') return;
              // the unit's own calendar changes (open again, its submission cleared): read it again
              const input = (args as { input?: { yearId?: string; unitId?: string } }).input;
              if (input?.yearId && input.unitId)
                cache.invalidate({ __typename: 'EvaluationYear', id: input.yearId }, 'unitCycle', {
                  unitId: input.unitId,
                });
              forgetUnitCycles(cache, input?.yearId);
            },
            updatePlanTask(result, _args, cache) {
              const payload = (result as { updatePlanTask?: { __typename?: string } }).updatePlanTask;
              // The task entity is merged from the answer (the saved task, or on a conflict the task
              // as it is now). A list filtered by status may now hold a task that left it (or miss
              // one that joined): drop those lists so they load again.
              if (payload?.__typename === 'UpdatePlanTaskSuccess' || payload?.__typename === 'ConflictError') {
                forgetStatusFilteredTaskLists(cache);
              }
            },
          },
        },
      }),
      fetchExchange,
    ],
  });
}

/** Drops the year's list of units at a glance (progress, submissions, reopenings): it loads again. */
function forgetUnitCycles(cache: Cache, yearId: string | undefined): void {
  if (yearId) cache.invalidate({ __typename: 'EvaluationYear', id: yearId }, 'unitCycles');
}

/**
 * Drops every cached root field (`me`, `years`, `planTasks(…)`, …). `cache.invalidate('Query')`
 * alone does not: the root entity cannot be invalidated as a whole, only its fields.
 */
function forgetRootFields(cache: Cache): void {
  for (const field of cache.inspectFields('Query')) {
    cache.invalidate('Query', field.fieldName, field.arguments ?? undefined);
  }
}

/**
 * Drops every cached `EvaluationYear.planTasks(…, status: X)` list of the cached years; the
 * unfiltered lists stay (their entities are merged).
 */
function forgetStatusFilteredTaskLists(cache: Cache): void {
  for (const field of cache.inspectFields('Query')) {
    if (field.fieldName !== 'year') continue;
    const year = cache.resolve('Query', field.fieldKey);
    if (typeof year !== 'string') continue;
    for (const list of cache.inspectFields(year)) {
      if (list.fieldName === 'planTasks' && list.arguments?.status)
        cache.invalidate(year, list.fieldName, list.arguments);
    }
  }
}

type SnapshotAnswer = Record<string, { __typename?: string; year?: { id?: string } } | undefined>;

/**
 * After a results step (lock, approve, publish) succeeded: drops the year's cached ranking
 * (`EvaluationYear.results`) and every cached public ranking, so they load again.
 */
function forgetResults(cache: Cache, answer: SnapshotAnswer[string]): void {
  if (answer?.__typename !== 'ResultSnapshotSuccess' || !answer.year?.id) return;
  const year = cache.keyOfEntity({ __typename: 'EvaluationYear', id: answer.year.id });
  if (year) {
    for (const field of cache.inspectFields(year)) {
      if (field.fieldName === 'results') cache.invalidate(year, field.fieldName, field.arguments ?? undefined);
    }
  }
  for (const field of cache.inspectFields('Query')) {
    if (field.fieldName === 'publicResults') cache.invalidate('Query', field.fieldName, field.arguments ?? undefined);
  }
}

/** Drops the cached `unitScorecard(yearId, unitId)` answers of one unit (all units without ids). */
function forgetScorecards(cache: Cache, yearId: string | undefined, unitId: string | undefined): void {
  for (const field of cache.inspectFields('Query')) {
    if (field.fieldName !== 'unitScorecard') continue;
    const args = field.arguments as { yearId?: string; unitId?: string } | null;
    if (yearId && unitId && (args?.yearId !== yearId || args?.unitId !== unitId)) continue;
    cache.invalidate('Query', field.fieldName, field.arguments ?? undefined);
  }
}

/** The cache exchange: in memory, or kept in `storage` for offline use. */
function graphcache(storage: StorageAdapter | undefined) {
  if (!storage) return cacheExchange;
  return (opts: CacheExchangeOpts) => offlineExchange({ ...opts, storage });
}
