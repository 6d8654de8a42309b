import { leafAnchor } from '../components/score/self-leaf-card';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  entry,
  frameworkNodes,
  type SaveInput,
  type ServerEntry,
  scoreServer,
  type StageName,
  stages,
  unitCycle,
} from '../components/score/score-fixtures';
import { mockClient, type RecordedRequest } from '../test/graphql-mock';
import { renderPage } from '../test/render';
import { AppraisalPage } from './appraisal-page';

const unitTypes = [
  {
    __typename: 'UnitType',
    id: 'ut-xa',
    code: 'xa',
    nameVi: 'UBND xã, phường',
    nameEn: 'Commune/ward committee',
    scored: true,
    units: [
      { __typename: 'Unit', id: 'u-lp', name: 'UBND phường Long Phước', active: true },
      { __typename: 'Unit', id: 'u-lt', name: 'UBND phường Long Thủy', active: true },
    ],
  },
  {
    __typename: 'UnitType',
    id: 'ut-nd',
    code: 'nganh_doc',
    nameVi: 'Cơ quan ngành dọc',
    nameEn: 'Vertical agency',
    scored: false,
    units: [{ __typename: 'Unit', id: 'u-ca', name: 'Công an thị xã', active: true }],
  },
];

interface AdjustmentFixture {
  __typename: 'ScorecardAdjustment';
  id: string;
  kind: 'BONUS' | 'PENALTY';
  points: number;
  reason: string;
  createdAt: string;
  version: number;
  evidence: [];
}

/** Home Affairs' view of the unit's calendar: appraise and adjust in the rounds, reopen before publication. */
function appraisalCycle(open: StageName | null, published: boolean) {
  const cycle = unitCycle(open);
  const round = open === 'ROUND1' || open === 'ROUND2';
  return {
    ...cycle,
    viewerCanSaveClaim: false,
    viewerCanSaveExplanation: false,
    viewerCanAppraise: round && !published,
    viewerCanAdjust: round && !published,
    viewerCanReopen: !published,
  };
}

const wardType = { __typename: 'ResultUnitType', id: 'ut-xa', code: 'xa', nameVi: 'UBND xã, phường', nameEn: 'Ward' };
/** The year's ranking rows: its scored units with their names in that year. */
const yearResults = {
  __typename: 'YearResults',
  // in ranking order; Long Thủy was called "UBND xã Long Thủy" that year (the name in that year is listed)
  rows: [
    {
      __typename: 'ResultRow',
      unit: { __typename: 'Unit', id: 'u-lt' },
      unitName: 'UBND xã Long Thủy',
      unitType: wardType,
    },
    {
      __typename: 'ResultRow',
      unit: { __typename: 'Unit', id: 'u-lp' },
      unitName: 'UBND phường Long Phước',
      unitType: wardType,
    },
  ],
};

/** One unit at a glance, as EvaluationYear.unitCycles answers it (round 1 open). */
function summary(
  unitId: string,
  unitName: string,
  {
    self = { state: 'CLOSED', submittedAt: '2021-11-20T03:00:00.000Z', reopenedUntil: null },
    appraised = 0,
    awaiting = true,
    claimed = 30,
  }: {
    self?: { state: string; submittedAt: string | null; reopenedUntil: string | null };
    appraised?: number;
    awaiting?: boolean;
    claimed?: number;
  } = {},
) {
  const stage = (name: string, state: string) => ({
    __typename: 'UnitCycleStage',
    stage: name,
    state,
    reopenedUntil: null,
    submittedAt: null,
  });
  return {
    __typename: 'UnitCycleSummary',
    unitId,
    unitName,
    claimed,
    selfScored: 30,
    round: 'ROUND1',
    roundOpen: true,
    appraised,
    total: 45,
    awaitingAppraisal: awaiting,
    stages: [
      { ...stage('SELF_ASSESSMENT', self.state), submittedAt: self.submittedAt, reopenedUntil: self.reopenedUntil },
      stage('ROUND1', 'OPEN'),
      stage('EXPLANATION', 'UPCOMING'),
      stage('ROUND2', 'UPCOMING'),
      stage('APPROVAL', 'UPCOMING'),
      stage('PUBLICATION', 'UPCOMING'),
    ],
  };
}

/** Long Phước submitted and half appraised; Long Thủy reopened and still claiming; Thác Mơ fully appraised. */
const unitCycles = () => [
  summary('u-lp', 'UBND phường Long Phước', { appraised: 20 }),
  summary('u-lt', 'UBND xã Long Thủy', {
    self: { state: 'OPEN', submittedAt: null, reopenedUntil: '2021-12-10' },
    awaiting: false,
    claimed: 12,
  }),
  summary('u-tm', 'UBND phường Thác Mơ', { appraised: 45, awaiting: false }),
  summary('u-pt', 'UBND xã Phước Tín', {
    self: { state: 'CLOSED', submittedAt: null, reopenedUntil: null },
    claimed: 0,
  }),
];

function setup({
  units = unitCycles(),
  open = 'ROUND1',
  status = 'APPRAISAL',
  entries = [],
  adjustments = [],
  path = '/appraisal?unit=u-lp',
  pointsOf,
  results = yearResults,
}: {
  units?: ReturnType<typeof unitCycles>;
  results?: unknown;
  open?: StageName | null;
  status?: string;
  entries?: Array<[string, ServerEntry]>;
  adjustments?: AdjustmentFixture[];
  path?: string;
  pointsOf?: (input: SaveInput) => number | null;
} = {}) {
  const server = scoreServer(entries, pointsOf);
  const kept = structuredClone(adjustments);
  const mock = mockClient({
    AppraisalPage: () => ({
      unitTypes,
      year: {
        __typename: 'EvaluationYear',
        id: 'y-2021',
        year: 2021,
        status,
        asOf: '2022-01-20',
        stages: stages(open),
        results,
        framework: { __typename: 'Framework', id: 'fw', bonusCap: 5, penaltyCap: 5, nodes: frameworkNodes },
      },
    }),
    AppraisalUnit: (request: RecordedRequest) => ({
      evaluationYear: {
        __typename: 'EvaluationYear',
        id: 'y-2021',
        inspectionSummaries: [
          { __typename: 'InspectionLeafSummary', leafCode: '1.1.1', total: 4, verified: 3, overdue: 1 },
        ],
        unitCycle: appraisalCycle(open, status === 'PUBLISHED'),
      },
      unitScorecard: {
        ...server.scorecard().unitScorecard,
        adjustments: kept,
        unit: {
          __typename: 'Unit',
          id: request.variables.unitId,
          name: unitTypes[0]!.units.find((u) => u.id === request.variables.unitId)!.name,
        },
        unitType: { __typename: 'ResultUnitType', id: 'ut-xa', code: 'xa' },
        points: 51,
        maxPoints: 98,
        index: 52.04,
        bonus: 0,
        penalty: 0,
      },
    }),
    AppraisalUnits: () => ({ evaluationYear: { __typename: 'EvaluationYear', id: 'y-2021', unitCycles: units } }),
    SaveScoreEntry: server.save,
    ReopenUnitStage: () => ({ reopenUnitStage: { __typename: 'ReopenUnitStageSuccess', reopeningId: 'r-1' } }),
    SaveUnitAdjustment: (request: RecordedRequest) => {
      const input = request.variables.input as {
        id?: string | null;
        kind: 'BONUS' | 'PENALTY';
        points: number;
        reason: string;
      };
      let saved = kept.find((a) => a.id === input.id);
      if (saved)
        Object.assign(saved, {
          kind: input.kind,
          points: input.points,
          reason: input.reason,
          version: saved.version + 1,
        });
      else {
        saved = {
          __typename: 'ScorecardAdjustment',
          id: `adj-${kept.length + 1}`,
          kind: input.kind,
          points: input.points,
          reason: input.reason,
          createdAt: '2022-01-20T03:00:00.000Z',
          version: 1,
          evidence: [],
        };
        kept.push(saved);
      }
      return {
        saveUnitAdjustment: {
          __typename: 'SaveUnitAdjustmentSuccess',
          adjustment: { ...saved },
        },
      };
    },
    DeleteUnitAdjustment: (request: RecordedRequest) => {
      const input = request.variables.input as { id: string };
      kept.splice(
        kept.findIndex((a) => a.id === input.id),
        1,
      );
      return { deleteUnitAdjustment: { __typename: 'DeleteUnitAdjustmentSuccess', deletedId: input.id } };
    },
  });
  const view = renderPage(mock.client, <AppraisalPage />, { path });
  return { ...mock, ...view, server };
}

async function openLeaf(code: string) {
  const card = await waitFor(() => {
    const found = document.getElementById(`leaf-${code.replace(/\./g, '-')}`);
    if (!found) throw new Error(`no card ${code}`);
    return found;
  });
  fireEvent.click(within(card).getByRole('button', { expanded: false, name: /Thẩm định|Xem/ }));
  return card;
}

const saveInputs = (requests: { variables: Record<string, unknown> }[]) =>
  requests.map((r) => (r.variables as { input: SaveInput }).input);

const claim17 = entry('1.7', 'SELF', {
  points: 0.5,
  inputs: { kind: 'binary', met: true },
  comment: 'Có quyết định công nhận sáng kiến',
});

describe('AppraisalPage', () => {
  it("without the ranking, lists the scored types' active units now", async () => {
    setup({
      path: '/appraisal',
      results: { __typename: 'ForbiddenError', message: 'Không có quyền.', code: 'FORBIDDEN', reason: 'ROLE' },
    });
    const select = (await screen.findByRole('combobox', { name: 'Đơn vị' })) as HTMLSelectElement;
    expect([...select.querySelectorAll('option')].map((o) => o.textContent)).toEqual([
      '— Chọn đơn vị —',
      'UBND phường Long Phước',
      'UBND phường Long Thủy',
    ]);
  });

  it("lists the year's scored units (names in that year, by type) and asks to choose one", async () => {
    const { router } = setup({ path: '/appraisal' });
    const select = (await screen.findByRole('combobox', { name: 'Đơn vị' })) as HTMLSelectElement;
    expect([...select.querySelectorAll('option')].map((o) => o.textContent)).toEqual([
      '— Chọn đơn vị —',
      'UBND phường Long Phước',
      'UBND xã Long Thủy',
    ]);
    expect(select.querySelector('optgroup')!.getAttribute('label')).toBe('UBND xã, phường');
    expect(screen.getByText('Chọn một đơn vị để thẩm định.')).toBeTruthy();
    fireEvent.change(select, { target: { value: 'u-lt' } });
    expect(await screen.findByRole('heading', { level: 2, name: 'UBND phường Long Thủy' })).toBeTruthy();
    expect(router.state.location.search).toBe('?unit=u-lt');
  });

  it('shows the claim beside the round 1 appraisal and asks a reason code when they differ', async () => {
    const { requestsFor } = setup({ entries: [claim17] });
    expect(await screen.findByText('Thẩm định lần 1 đang mở đến hết ngày 25/01/2022.')).toBeTruthy();
    expect(await screen.findByText('Đơn vị đã tự chấm 1/4 tiêu chí')).toBeTruthy();
    expect(screen.getByText('Điểm hiện tại: 51/98 · Chỉ số 52,04')).toBeTruthy();
    const card = await openLeaf('1.7');
    const claimSide = within(card).getByRole('region', { name: 'Đơn vị tự chấm' });
    expect(within(claimSide).getByText('Có quyết định công nhận sáng kiến')).toBeTruthy();
    expect(within(claimSide).getByText('0,5/0,5')).toBeTruthy();
    // the appraisal starts from the claim
    const met = within(card).getByRole('radio', { name: 'Đạt' }) as HTMLInputElement;
    expect(met.checked).toBe(true);
    fireEvent.click(within(card).getByRole('radio', { name: 'Không đạt' }));
    fireEvent.click(within(card).getByRole('button', { name: 'Lưu thẩm định' }));
    expect(await within(card).findByText('Điểm thẩm định khác điểm tự chấm: cần chọn lý do.')).toBeTruthy();
    expect(requestsFor('SaveScoreEntry')).toHaveLength(0);

    fireEvent.change(within(card).getByRole('combobox', { name: 'Lý do khác điểm tự chấm' }), {
      target: { value: 'EVIDENCE_INSUFFICIENT' },
    });
    fireEvent.change(within(card).getByRole('textbox', { name: 'Nhận xét thẩm định' }), {
      target: { value: 'Quyết định chưa đúng thẩm quyền' },
    });
    fireEvent.click(within(card).getByRole('button', { name: 'Lưu thẩm định' }));
    expect(await within(card).findByText('Đã lưu.')).toBeTruthy();
    expect(saveInputs(requestsFor('SaveScoreEntry'))).toEqual([
      {
        yearId: 'y-2021',
        unitId: 'u-lp',
        leafCode: '1.7',
        source: 'ROUND1',
        version: null,
        inputs: { kind: 'binary', met: false },
        points: null,
        comment: 'Quyết định chưa đúng thẩm quyền',
        reasonCode: 'EVIDENCE_INSUFFICIENT',
      },
    ]);
  });

  it('gives a second appraiser the conflict view with the current value, never overwriting it', async () => {
    const round1 = entry('1.7', 'ROUND1', { points: 0.5, inputs: { kind: 'binary', met: true }, comment: 'Đạt' });
    const { server, requestsFor } = setup({ entries: [claim17, round1] });
    const card = await openLeaf('1.7');
    // another Home Affairs session saves round 1 of this leaf meanwhile
    server.saveAsOther('1.7', 'ROUND1', {
      points: 0,
      inputsJson: JSON.stringify({ kind: 'binary', met: false }),
      comment: 'Không đạt: thiếu quyết định',
      reasonCode: 'NO_EVIDENCE',
    });
    fireEvent.change(within(card).getByRole('textbox', { name: 'Nhận xét thẩm định' }), {
      target: { value: 'Đạt, đủ hồ sơ' },
    });
    fireEvent.click(within(card).getByRole('button', { name: 'Lưu thẩm định' }));
    expect(await within(card).findByText(/Người khác vừa lưu tiêu chí này/)).toBeTruthy();
    const conflict = await within(card).findByRole('alert');
    expect(await within(conflict).findByText('Không đạt: thiếu quyết định')).toBeTruthy();
    expect(within(conflict).getByText('Không có tài liệu kiểm chứng')).toBeTruthy();
    expect(within(conflict).getByText('Trần Thị Bình, ngày 05/01/2022')).toBeTruthy();
    expect(server.find('1.7', 'ROUND1')).toMatchObject({ version: 2, comment: 'Không đạt: thiếu quyết định' });
    // what the person typed stays until they load the current value
    expect((within(card).getByRole('textbox', { name: 'Nhận xét thẩm định' }) as HTMLTextAreaElement).value).toBe(
      'Đạt, đủ hồ sơ',
    );
    fireEvent.click(within(card).getByRole('button', { name: 'Tải giá trị hiện tại' }));
    expect((within(card).getByRole('textbox', { name: 'Nhận xét thẩm định' }) as HTMLTextAreaElement).value).toBe(
      'Không đạt: thiếu quyết định',
    );
    expect(saveInputs(requestsFor('SaveScoreEntry')).map((i) => i.version)).toEqual([1]);
  });

  it('in round 2 shows the unit explanation and round 1, and offers an override with a reason', async () => {
    const { requestsFor } = setup({
      open: 'ROUND2',
      pointsOf: (input) => input.points ?? 0.5,
      entries: [
        claim17,
        entry('1.7', 'ROUND1', { points: 0, inputs: { kind: 'binary', met: false }, comment: 'Thiếu quyết định' }),
        entry('1.7', 'EXPLANATION', { comment: 'Đã bổ sung quyết định số 12/QĐ-UBND' }),
      ],
    });
    const card = await openLeaf('1.7');
    expect(within(card).getByText('Đã bổ sung quyết định số 12/QĐ-UBND')).toBeTruthy();
    expect(within(card).getByText('Thiếu quyết định')).toBeTruthy();
    expect(within(card).getByRole('heading', { level: 4, name: 'Thẩm định lần 2' })).toBeTruthy();
    // round 2 starts from round 1
    expect((within(card).getByRole('radio', { name: 'Không đạt' }) as HTMLInputElement).checked).toBe(true);

    fireEvent.click(within(card).getByRole('button', { name: 'Điều chỉnh điểm…' }));
    const points = within(card).getByRole('textbox', { name: 'Điểm (tối đa 0,5)' });
    fireEvent.change(points, { target: { value: '0,25' } });
    fireEvent.click(within(card).getByRole('button', { name: 'Lưu điều chỉnh' }));
    expect(await within(card).findByText('Cần nhập thông tin này.')).toBeTruthy();
    fireEvent.change(within(card).getByRole('textbox', { name: 'Căn cứ điều chỉnh' }), {
      target: { value: 'Theo kết luận của Hội đồng' },
    });
    fireEvent.click(within(card).getByRole('button', { name: 'Lưu điều chỉnh' }));
    await waitFor(() => expect(requestsFor('SaveScoreEntry')).toHaveLength(1));
    expect(saveInputs(requestsFor('SaveScoreEntry'))[0]).toMatchObject({
      source: 'OVERRIDE',
      points: 0.25,
      inputs: null,
      comment: 'Theo kết luận của Hội đồng',
    });
  });

  it('shows automatic leaves as computed: no appraisal form, only not applicable (round 1) or override', async () => {
    setup({ entries: [] });
    const card = await openLeaf('1.3');
    expect(within(card).getByText(/chỉ có thể điều chỉnh điểm có lý do/)).toBeTruthy();
    expect(within(card).queryByRole('button', { name: 'Lưu thẩm định' })).toBeNull();
    expect(within(card).getByRole('button', { name: 'Không áp dụng…' })).toBeTruthy();
    expect(within(card).queryByRole('button', { name: 'Điều chỉnh điểm…' })).toBeNull();

    const survey = await openLeaf('8.1');
    expect(within(survey).getByText(/chỉ có thể điều chỉnh điểm có lý do/)).toBeTruthy();
    expect(within(survey).queryByRole('button', { name: 'Lưu thẩm định' })).toBeNull();
  });

  it('marks a leaf not applicable only with a reason', async () => {
    const { requestsFor } = setup({ entries: [claim17] });
    const card = await openLeaf('1.6');
    fireEvent.click(within(card).getByRole('button', { name: 'Không áp dụng…' }));
    fireEvent.click(within(card).getByRole('button', { name: 'Lưu: không áp dụng' }));
    expect(await within(card).findByText('Cần nhập thông tin này.')).toBeTruthy();
    fireEvent.change(within(card).getByRole('textbox', { name: 'Lý do không áp dụng' }), {
      target: { value: 'Năm 2021 không được giao nhiệm vụ' },
    });
    fireEvent.click(within(card).getByRole('button', { name: 'Lưu: không áp dụng' }));
    await waitFor(() => expect(requestsFor('SaveScoreEntry')).toHaveLength(1));
    expect(saveInputs(requestsFor('SaveScoreEntry'))[0]).toMatchObject({
      leafCode: '1.6',
      source: 'NOT_APPLICABLE',
      comment: 'Năm 2021 không được giao nhiệm vụ',
    });
  });

  it('is read-only once the rounds are over, and says why', async () => {
    setup({ open: 'PUBLICATION', status: 'PUBLISHED', entries: [claim17] });
    expect(await screen.findByText('Năm đánh giá đã công bố kết quả: trang chỉ để xem.')).toBeTruthy();
    const card = await openLeaf('1.7');
    expect(within(card).queryByRole('button', { name: 'Lưu thẩm định' })).toBeNull();
    expect(within(card).queryByRole('button', { name: /Không áp dụng|Điều chỉnh/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Mở lại giai đoạn cho đơn vị…' })).toBeNull();
  });

  it('reopens a stage for the unit with a day and a reason, after a confirmation', async () => {
    const { requestsFor } = setup({ entries: [claim17] });
    fireEvent.click(await screen.findByRole('button', { name: 'Mở lại giai đoạn cho đơn vị…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Mở lại giai đoạn cho UBND phường Long Phước' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Tiếp tục' }));
    expect(await within(dialog).findByText('Cần nhập thông tin này.')).toBeTruthy();
    expect(within(dialog).getByText('Cần ghi lý do')).toBeTruthy();
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Mở đến hết ngày' }), {
      target: { value: '15/01/2022' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Tiếp tục' }));
    expect(await within(dialog).findByText('Ngày mở lại phải từ hôm nay trở đi.')).toBeTruthy();
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Mở đến hết ngày' }), {
      target: { value: '31/01/2022' },
    });
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Lý do' }), {
      target: { value: 'Đơn vị có cán bộ nghỉ ốm, chưa kịp tự chấm' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Tiếp tục' }));
    const confirm = await within(dialog).findByRole('alert');
    expect(confirm.textContent).toContain('Mở lại Tự đánh giá cho UBND phường Long Phước đến hết ngày 31/01/2022?');
    expect(requestsFor('ReopenUnitStage')).toHaveLength(0);
    fireEvent.click(within(confirm).getByRole('button', { name: 'Mở lại' }));
    expect(
      await screen.findByText('Đã mở lại Tự đánh giá cho UBND phường Long Phước đến hết ngày 31/01/2022.'),
    ).toBeTruthy();
    // the unit's calendar is read again (its submission cleared, open again)
    await waitFor(() => expect(requestsFor('AppraisalUnit').length).toBeGreaterThanOrEqual(2));
    expect(requestsFor('ReopenUnitStage')[0]!.variables.input).toEqual({
      yearId: 'y-2021',
      unitId: 'u-lp',
      stage: 'SELF_ASSESSMENT',
      untilOn: '2022-01-31',
      reason: 'Đơn vị có cán bộ nghỉ ốm, chưa kịp tự chấm',
    });
  });

  it('says which stages the unit has submitted', async () => {
    setup({ entries: [claim17] });
    expect(await screen.findByText('Tự đánh giá: đơn vị chưa nộp.')).toBeTruthy();
    expect(screen.getByText('Giải trình: đơn vị chưa nộp.')).toBeTruthy();
  });

  it('shows the inspection summary on the criterion findings point at, with a link to the actions', async () => {
    setup({ entries: [claim17] });
    const line = await screen.findByText('Kiểm tra: 3/4 hành động khắc phục đã xác minh, 1 quá hạn', { exact: false });
    expect(line.closest('li')?.id).toBe(leafAnchor('1.1.1'));
    const link = within(line).getByRole('link', { name: 'Xem hành động khắc phục' });
    expect(link.getAttribute('href')).toBe('/corrective-actions?year=2021&unit=u-lp');
    expect(screen.getAllByText(/hành động khắc phục đã xác minh/)).toHaveLength(1);
  });

  it('adds a bonus within the cap, refuses one over it, and deletes after a confirmation', async () => {
    const bonus: AdjustmentFixture = {
      __typename: 'ScorecardAdjustment',
      id: 'adj-1',
      kind: 'BONUS',
      points: 4,
      reason: 'Mô hình "Một cửa thân thiện" được tỉnh công nhận',
      createdAt: '2022-01-15T03:00:00.000Z',
      version: 1,
      evidence: [],
    };
    const { requestsFor } = setup({ entries: [claim17], adjustments: [bonus] });
    expect(await screen.findByText('Tối đa: thưởng 5 điểm, trừ 5 điểm.')).toBeTruthy();
    expect(screen.getByText('Mô hình "Một cửa thân thiện" được tỉnh công nhận', { exact: false })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Thêm điểm thưởng / điểm trừ…' }));
    let dialog = await screen.findByRole('dialog', { name: 'Thêm điểm thưởng / điểm trừ' });
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Số điểm' }), { target: { value: '1,5' } });
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Lý do' }), {
      target: { value: 'Sáng kiến cấp tỉnh' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    // 4 + 1.5 > 5: the domain's cap rule, before anything is sent
    expect(
      await within(dialog).findByText('Tổng điểm thưởng của đơn vị (5,5) vượt mức tối đa của bộ tiêu chí (5 điểm).'),
    ).toBeTruthy();
    expect(requestsFor('SaveUnitAdjustment')).toHaveLength(0);

    fireEvent.change(within(dialog).getByRole('combobox', { name: 'Loại' }), { target: { value: 'PENALTY' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    expect(await screen.findByText('Đã lưu điểm thưởng / điểm trừ.')).toBeTruthy();
    expect(requestsFor('SaveUnitAdjustment')[0]!.variables.input).toEqual({
      yearId: 'y-2021',
      unitId: 'u-lp',
      id: null,
      version: null,
      kind: 'PENALTY',
      points: 1.5,
      reason: 'Sáng kiến cấp tỉnh',
      evidenceFileIds: [],
    });
    expect(await screen.findByText('−1,5')).toBeTruthy();

    const item = screen.getByText('Mô hình "Một cửa thân thiện" được tỉnh công nhận', { exact: false }).closest('li')!;
    fireEvent.click(within(item).getByRole('button', { name: 'Xóa…' }));
    dialog = await screen.findByRole('dialog', { name: 'Xóa điểm thưởng / điểm trừ' });
    expect(within(dialog).getByText(/Xóa điểm thưởng 4 điểm/)).toBeTruthy();
    expect(requestsFor('DeleteUnitAdjustment')).toHaveLength(0);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Xóa' }));
    expect(await screen.findByText('Đã xóa.')).toBeTruthy();
    expect(requestsFor('DeleteUnitAdjustment')[0]!.variables.input).toEqual({ id: 'adj-1', version: 1 });
    await waitFor(() => expect(screen.queryByText(/Một cửa thân thiện/)).toBeNull());
  });

  it("shows every unit's submission and appraisal progress, waiting units first, sortable by name", async () => {
    const { requestsFor, router } = setup({ path: '/appraisal' });
    const list = await screen.findByRole('region', { name: 'Tình trạng các đơn vị' });
    const names = () =>
      within(list)
        .getAllByRole('listitem')
        .map((li) => within(li).getAllByRole('button')[0]!.textContent);
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(4));
    // waiting for appraisal (by name), then still at work, then appraised in full
    expect(names()).toEqual([
      'UBND phường Long Phước',
      'UBND xã Phước Tín',
      'UBND xã Long Thủy',
      'UBND phường Thác Mơ',
    ]);
    expect(within(list).getByText('2 đơn vị chờ thẩm định')).toBeTruthy();
    const card = (name: string) => within(list).getByRole('button', { name }).closest('li') as HTMLElement;
    const longPhuoc = card('UBND phường Long Phước');
    expect(within(longPhuoc).getByText('Tự đánh giá: đã nộp 20/11/2021')).toBeTruthy();
    expect(within(longPhuoc).getByText('Thẩm định lần 1: 20/45 đã thẩm định')).toBeTruthy();
    expect(within(longPhuoc).getByText('Tự chấm 30/30 tiêu chí')).toBeTruthy();
    expect(within(longPhuoc).getByText('Chờ thẩm định')).toBeTruthy();
    // the explanation stage has not started: nothing said about it yet
    expect(within(longPhuoc).queryByText(/Giải trình/)).toBeNull();
    const longThuy = card('UBND xã Long Thủy');
    expect(within(longThuy).getByText('Tự đánh giá: mở lại đến hết ngày 10/12/2021')).toBeTruthy();
    expect(within(longThuy).getByText('Tự chấm 12/30 tiêu chí')).toBeTruthy();
    expect(within(longThuy).queryByText('Chờ thẩm định')).toBeNull();
    expect(within(card('UBND xã Phước Tín')).getByText('Tự đánh giá: chưa nộp')).toBeTruthy();
    expect(within(card('UBND phường Thác Mơ')).getByText('Thẩm định lần 1: 45/45 đã thẩm định')).toBeTruthy();

    fireEvent.change(within(list).getByRole('combobox', { name: 'Sắp xếp' }), { target: { value: 'name' } });
    expect(names()).toEqual([
      'UBND phường Long Phước',
      'UBND phường Thác Mơ',
      'UBND xã Long Thủy',
      'UBND xã Phước Tín',
    ]);

    // a card chooses its unit
    fireEvent.click(within(list).getByRole('button', { name: 'UBND phường Long Phước' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'UBND phường Long Phước' })).toBeTruthy();
    expect(router.state.location.search).toBe('?unit=u-lp');
    expect(requestsFor('AppraisalUnit')[0]!.variables).toMatchObject({ unitId: 'u-lp' });
    expect(within(list).getByRole('button', { name: 'UBND phường Long Phước' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    expect(requestsFor('AppraisalUnits')[0]!.variables).toEqual({ yearId: 'y-2021' });
  });

  it("reads the list again after an appraisal is saved (the server's new count)", async () => {
    const units = unitCycles();
    const { requestsFor } = setup({ units, entries: [claim17] });
    const list = await screen.findByRole('region', { name: 'Tình trạng các đơn vị' });
    expect(await within(list).findByText('Thẩm định lần 1: 20/45 đã thẩm định')).toBeTruthy();
    const before = requestsFor('AppraisalUnits').length;
    units[0]!.appraised = 21; // what the server counts after the save
    const leaf = await openLeaf('1.7');
    fireEvent.click(within(leaf).getByRole('button', { name: 'Lưu thẩm định' }));
    expect(await within(leaf).findByText('Đã lưu.')).toBeTruthy();
    expect(await within(list).findByText('Thẩm định lần 1: 21/45 đã thẩm định')).toBeTruthy();
    expect(requestsFor('AppraisalUnits').length).toBe(before + 1);
  });

  it('shows no list when the year has no unit at a glance for the viewer', async () => {
    setup({ units: [], path: '/appraisal' });
    expect(await screen.findByRole('combobox', { name: 'Đơn vị' })).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Tình trạng các đơn vị' })).toBeNull();
  });
});
