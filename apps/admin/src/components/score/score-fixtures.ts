/**
 * Test data of the score pages: a small framework with one leaf per method, a unit's scorecard and
 * a fake server keeping score entries with versions (the conflict rule as the API applies it).
 */
import type { RecordedRequest, Resolver } from '../../test/graphql-mock';

type Node = {
  __typename: 'FrameworkNode';
  id: string;
  code: string;
  parentId: string | null;
  depth: number;
  position: number;
  name: string;
  maxPoints: number;
  isLeaf: boolean;
  method: string | null;
  scoreSource: string | null;
  appliesTo: string[];
  evidenceHint: string | null;
  methodConfig: unknown;
};

function node(
  code: string,
  name: string,
  maxPoints: number,
  leaf?: { method: string; scoreSource?: string; appliesTo?: string[]; config?: unknown; hint?: string },
): Node {
  const parts = code.split('.');
  return {
    __typename: 'FrameworkNode',
    id: `n-${code}`,
    code,
    parentId: parts.length > 1 ? `n-${parts.slice(0, -1).join('.')}` : null,
    depth: parts.length - 1,
    position: Number(parts.join('')),
    name,
    maxPoints,
    isLeaf: Boolean(leaf),
    method: leaf?.method ?? null,
    scoreSource: leaf ? (leaf.scoreSource ?? 'SELF_THEN_APPRAISED') : null,
    appliesTo: leaf?.appliesTo ?? [],
    evidenceHint: leaf?.hint ?? null,
    methodConfig: leaf?.config ?? null,
  };
}

export const CHECKLIST_ITEMS = ['nhiệm vụ/nội dung', 'sản phẩm', 'thời gian bắt đầu/kết thúc'];

export const frameworkNodes: Node[] = [
  node('1', 'Công tác chỉ đạo, điều hành CCHC', 14),
  node('1.1', 'Kế hoạch CCHC năm', 2),
  node('1.1.1', 'Ban hành kế hoạch CCHC năm đúng thời hạn', 1, {
    method: 'DEADLINE',
    config: { kind: 'deadline', points: { on_time: 1, late: 0.5, missing: 0 } },
    hint: 'Kế hoạch CCHC năm của đơn vị',
  }),
  node('1.1.2', 'Kế hoạch có đủ nội dung', 1, {
    method: 'CHECKLIST',
    config: { kind: 'checklist', items: CHECKLIST_ITEMS },
  }),
  node('1.2', 'Mức độ hoàn thành kế hoạch CCHC năm', 3, {
    method: 'RATIO_TIERED',
    config: {
      kind: 'ratio_tiered',
      whenDenominatorZero: null,
      tiers: [
        { min: 1, minInclusive: true, max: null, maxInclusive: true, points: { kind: 'fixed', points: 3 } },
        { min: 0.8, minInclusive: true, max: 1, maxInclusive: false, points: { kind: 'fixed', points: 2 } },
        { min: null, minInclusive: true, max: 0.8, maxInclusive: false, points: { kind: 'fixed', points: 0 } },
      ],
    },
  }),
  node('1.3', 'Báo cáo quý I', 0.75, {
    method: 'DEADLINE',
    scoreSource: 'APPRAISED_ONLY',
    config: { kind: 'deadline', points: { on_time: 0.75, late: 0, missing: 0 } },
  }),
  node('1.6', 'Thực hiện nhiệm vụ được giao', 2, {
    method: 'DEDUCTION',
    scoreSource: 'APPRAISED_ONLY',
    config: {
      kind: 'deduction',
      start: 2,
      floor: 0,
      rules: [
        { code: 'e1', event: 'mỗi nhiệm vụ hoàn thành trễ hạn', minus: 0.25 },
        { code: 'e2', event: 'mỗi nhiệm vụ không hoàn thành', minus: 0.5 },
      ],
    },
  }),
  node('1.7', 'Sáng kiến, mô hình mới được công nhận', 0.5, {
    method: 'BINARY',
    config: { kind: 'binary', yesPoints: 0.5, noPoints: 0 },
    hint: 'Quyết định công nhận sáng kiến',
  }),
  node('3', 'Cải cách thủ tục hành chính', 10),
  node('3.7', 'Rà soát, đề xuất đơn giản hóa TTHC', 2, {
    method: 'BINARY',
    appliesTo: ['phong'],
    config: { kind: 'binary', yesPoints: 2, noPoints: 0 },
  }),
  node('8', 'Mức độ hài lòng', 10),
  node('8.1', 'Tỷ lệ hài lòng về TTHC', 10, {
    method: 'SURVEY_RATE',
    scoreSource: 'SURVEY',
    config: { kind: 'survey_rate' },
  }),
];

export type StageName = 'SELF_ASSESSMENT' | 'ROUND1' | 'EXPLANATION' | 'ROUND2' | 'APPROVAL' | 'PUBLICATION';
type State = 'UPCOMING' | 'OPEN' | 'CLOSED';

const WINDOWS: Record<StageName, [string, string]> = {
  SELF_ASSESSMENT: ['2021-12-01', '2022-01-10'],
  ROUND1: ['2022-01-11', '2022-01-25'],
  EXPLANATION: ['2022-01-26', '2022-02-05'],
  ROUND2: ['2022-02-06', '2022-02-20'],
  APPROVAL: ['2022-02-21', '2022-02-28'],
  PUBLICATION: ['2022-03-01', '2022-03-05'],
};
const ORDER = Object.keys(WINDOWS) as StageName[];

/** The calendar with `open` open (earlier stages closed, later upcoming); null: all closed; 'before': none yet. */
export function stages(open: StageName | null | 'before') {
  const at = open === 'before' ? -1 : open ? ORDER.indexOf(open) : ORDER.length;
  return ORDER.map((stage, k) => ({
    __typename: 'YearStage' as const,
    stage,
    opensOn: WINDOWS[stage][0],
    closesOn: WINDOWS[stage][1],
    state: (k < at ? 'CLOSED' : k === at ? 'OPEN' : 'UPCOMING') as State,
  }));
}

export interface ServerEntry {
  id: string;
  source: string;
  version: number;
  points: number | null;
  inputsJson: string | null;
  comment: string | null;
  reasonCode: string | null;
  authorName: string | null;
  updatedAt: string;
  evidence: EvidenceFixture[];
}

export interface EvidenceFixture {
  __typename: 'EvidenceFile';
  id: string;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  sha256: string;
  url: string;
  createdAt: string;
  uploadedByName: string | null;
}

export function evidenceFile(id: string, fileName: string, sizeBytes = 120_000): EvidenceFixture {
  return {
    __typename: 'EvidenceFile',
    id,
    fileName,
    mimeType: 'application/pdf',
    sizeBytes,
    sha256: 'ab'.repeat(32),
    url: `/files/${id}`,
    createdAt: '2021-12-15T03:00:00.000Z',
    uploadedByName: 'Nguyễn Văn An',
  };
}

export function entry(
  code: string,
  source: string,
  value: Partial<Omit<ServerEntry, 'id' | 'source'>> & { inputs?: unknown } = {},
): [string, ServerEntry] {
  return [
    code,
    {
      id: `e-${code}-${source}`,
      source,
      version: value.version ?? 1,
      points: value.points ?? null,
      inputsJson: value.inputs ? JSON.stringify(value.inputs) : (value.inputsJson ?? null),
      comment: value.comment ?? null,
      reasonCode: value.reasonCode ?? null,
      authorName: value.authorName ?? 'Nguyễn Văn An',
      updatedAt: value.updatedAt ?? '2021-12-15T03:00:00.000Z',
      evidence: value.evidence ?? [],
    },
  ];
}

export function scorecardLeaves(entries: ReadonlyArray<[string, ServerEntry]>) {
  return frameworkNodes
    .filter((n) => n.isLeaf)
    .map((n) => {
      const own = entries
        .filter(([code]) => code === n.code)
        .map(([, e]) => ({ __typename: 'ScorecardEntry', ...e, evidence: e.evidence.map((f) => ({ ...f })) }));
      return {
        __typename: 'ScorecardLeaf',
        code: n.code,
        applicable: true,
        points: own[0]?.points ?? 0,
        source: own[0] ? own[0].source.toLowerCase() : null,
        rule: '',
        inputsJson: null,
        missing: own.length === 0,
        notes: [],
        entries: own,
      };
    });
}

export interface SaveInput {
  yearId: string;
  unitId: string;
  leafCode: string;
  source: string;
  version?: number | null;
  inputs?: unknown;
  points?: number | null;
  comment?: string | null;
  reasonCode?: string | null;
  evidenceFileIds?: string[] | null;
}

/** A unit's calendar (UnitCycle) with `open` open; a submitted stage is read-only for the unit. */
export function unitCycle(open: StageName | null | 'before', submitted: StageName[] = []) {
  const rows = stages(open).map((row) => {
    const isSubmitted = submitted.includes(row.stage);
    const submittable = row.stage === 'SELF_ASSESSMENT' || row.stage === 'EXPLANATION';
    return {
      ...row,
      __typename: 'UnitCycleStage' as const,
      reopenedUntil: null as string | null,
      submittedAt: isSubmitted ? '2022-01-08T02:30:00.000Z' : null,
      submittedByName: isSubmitted ? 'Nguyễn Văn An' : null,
      submittable,
      viewerCanSubmit: submittable && row.state === 'OPEN' && !isSubmitted,
    };
  });
  const can = (stage: StageName) => rows.some((r) => r.stage === stage && r.state === 'OPEN' && !r.submittedAt);
  return {
    __typename: 'UnitCycle' as const,
    asOf: '2022-01-05',
    resultsLocked: false,
    stages: rows,
    viewerCanSaveClaim: can('SELF_ASSESSMENT'),
    viewerCanSaveExplanation: can('EXPLANATION'),
  };
}

/**
 * Score entries kept like the API keeps them: a save with another version than the entry's answers
 * ConflictError and writes nothing. `pointsOf` gives the points the server would compute.
 */
export function scoreServer(
  initial: ReadonlyArray<[string, ServerEntry]> = [],
  pointsOf: (input: SaveInput) => number | null = (input) => input.points ?? null,
  initialCycle: () => ReturnType<typeof unitCycle> = () => unitCycle('SELF_ASSESSMENT'),
) {
  let cycle = initialCycle;
  const setCycle = (next: typeof cycle) => {
    cycle = next;
  };
  const entries: Array<[string, ServerEntry]> = initial.map(([code, e]) => [code, { ...e }]);
  /** Files uploaded (POST /files), by id. */
  const files = new Map<string, EvidenceFixture>();
  for (const [, e] of entries) for (const f of e.evidence) files.set(f.id, f);
  let seq = 100;
  const find = (code: string, source: string) => entries.find(([c, e]) => c === code && e.source === source)?.[1];
  const scorecard = () => ({
    evaluationYear: { __typename: 'EvaluationYear', id: 'y-2021', unitCycle: cycle() },
    unitScorecard: { __typename: 'UnitScorecard', leaves: scorecardLeaves(entries) },
  });
  const save: Resolver = (request: RecordedRequest) => {
    const input = (request.variables as { input: SaveInput }).input;
    const existing = find(input.leafCode, input.source);
    if ((existing?.version ?? null) !== (input.version ?? null)) {
      return {
        saveScoreEntry: {
          __typename: 'ConflictError',
          message: 'Dữ liệu đã được người khác cập nhật sau khi bạn mở.',
          code: 'CONFLICT',
          currentId: existing?.id ?? '',
          currentVersion: existing?.version ?? 0,
        },
      };
    }
    const evidence = input.evidenceFileIds
      ? input.evidenceFileIds.map((id) => files.get(id)!)
      : (existing?.evidence ?? []);
    const value = {
      evidence,
      points: pointsOf(input),
      inputsJson: input.inputs ? JSON.stringify(input.inputs) : null,
      comment: input.comment ?? null,
      reasonCode: input.reasonCode ?? null,
      authorName: 'Người đang dùng',
      updatedAt: '2022-01-05T02:00:00.000Z',
    };
    let saved: ServerEntry;
    if (existing) {
      Object.assign(existing, value, { version: existing.version + 1 });
      saved = existing;
    } else {
      saved = { id: `e-new-${seq++}`, source: input.source, version: 1, ...value };
      entries.push([input.leafCode, saved]);
    }
    return {
      saveScoreEntry: {
        __typename: 'SaveScoreEntrySuccess',
        entry: {
          __typename: 'ScoreEntry',
          id: saved.id,
          version: saved.version,
          source: saved.source,
          points: saved.points,
        },
      },
    };
  };
  /** Another person's save, straight into the store. */
  const saveAsOther = (code: string, source: string, value: Partial<ServerEntry>) => {
    const existing = find(code, source);
    if (!existing) throw new Error(`no ${source} entry on ${code}`);
    // late evening UTC: already the next day in Việt Nam
    Object.assign(existing, value, {
      version: existing.version + 1,
      authorName: 'Trần Thị Bình',
      updatedAt: '2022-01-04T20:00:00.000Z',
    });
  };
  return { entries, files, scorecard, save, saveAsOther, find, setCycle };
}
