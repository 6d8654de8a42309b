/**
 * Fixture data typed from documents over apps/api/schema.graphql (with __typename, as urql asks
 * for it): a field renamed or removed in the schema fails `tsc` and `gql.tada check` here.
 */
import { graphql, type ResultOf } from '../graphql';

const UnitTypeFixture = graphql(`
  fragment UnitTypeFixture on UnitType {
    __typename
    id
    code
    nameVi
    nameEn
    scored
  }
`);

const UnitFixture = graphql(
  `
    fragment UnitFixture on Unit {
      __typename
      id
      code
      name
      shortName
      active
      type {
        ...UnitTypeFixture
      }
    }
  `,
  [UnitTypeFixture],
);

const PlanAreaFixture = graphql(`
  fragment PlanAreaFixture on PlanArea {
    __typename
    id
    code
    name
    position
  }
`);

const TaskTimingFixture = graphql(`
  fragment TaskTimingFixture on TaskTiming {
    __typename
    kind
    start
    end
    due
    needsPerson
    overridden
    note
    occurrences {
      __typename
      label
      start
      end
      due
    }
  }
`);

const PlanTaskFixture = graphql(
  `
    fragment PlanTaskFixture on PlanTask {
      __typename
      id
      code
      number
      position
      text
      area {
        ...PlanAreaFixture
      }
      leadLabel
      leadUnits {
        ...UnitFixture
      }
      coordinatingLabel
      timePhrase
      timing {
        ...TaskTimingFixture
      }
      status
      version
      viewerCanUpdateStatus
      viewerCanSetTiming
      overdue
      statusOverride
      statusOverrideReason
      viewerCanOverrideStatus
      rollup {
        __typename
        status
        percent
        doneCount
        leadCount
      }
    }
  `,
  [PlanAreaFixture, UnitFixture, TaskTimingFixture],
);

// Fragments are masked in ResultOf; fixtures are the data itself, so the spread parts are joined in.
type UnitTypeData = ResultOf<typeof UnitTypeFixture>;
type UnitData = Omit<ResultOf<typeof UnitFixture>, 'type'> & { type: UnitTypeData };
type PlanAreaData = ResultOf<typeof PlanAreaFixture>;
type TaskTimingData = ResultOf<typeof TaskTimingFixture>;
export type PlanTaskData = Omit<ResultOf<typeof PlanTaskFixture>, 'area' | 'leadUnits' | 'timing'> & {
  area: PlanAreaData;
  leadUnits: UnitData[];
  timing: TaskTimingData;
};
type TaskStatus = PlanTaskData['status'];
type TimingKind = TaskTimingData['kind'];

export const permissionsAll = {
  __typename: 'ViewerPermissions',
  viewDashboard: true,
  viewUnits: true,
  viewPlan: true,
  managePlan: true,
  viewFramework: true,
  manageFramework: true,
  manageUsers: true,
  selfAssess: true,
  appraise: true,
  viewResults: true,
  viewInspections: true,
  manageInspections: true,
  viewCorrectiveActions: true,
  viewMyTasks: true,
  viewDeadlines: true,
  viewReports: true,
  viewRegistrations: true,
  viewSurveys: true,
  viewEvaluationDashboard: true,
};

export function unitType(code: string, nameVi: string, nameEn: string, scored = true): UnitTypeData {
  return { __typename: 'UnitType', id: `ut-${code}`, code, nameVi, nameEn, scored };
}

export const unitTypes = [
  unitType('phong', 'Phòng chuyên môn', 'Specialised office'),
  unitType('xa', 'UBND xã, phường', 'Commune/ward committee'),
  unitType('nganh_doc', 'Cơ quan ngành dọc', 'Vertical agency', false),
];

export function unit(id: string, name: string, typeCode: string, active = true): UnitData {
  const type = unitTypes.find((t) => t.code === typeCode)!;
  return { __typename: 'Unit', id, code: id, name, shortName: name, active, type };
}

export const units = [
  unit('u-tp', 'Phòng Tư pháp', 'phong'),
  unit('u-vp', 'Văn phòng Cấp ủy-HĐND&UBND thị xã', 'phong'),
  unit('u-nv', 'Phòng Nội vụ-Lao động, Thương binh và Xã hội', 'phong'),
  unit('u-lp', 'UBND phường Long Phước', 'xa'),
  unit('u-ca', 'Công an thị xã', 'nganh_doc', false),
];

export const planAreas: PlanAreaData[] = [
  { __typename: 'PlanArea', id: 'a-1', code: 'I', name: 'Cải cách thể chế', position: 1 },
  { __typename: 'PlanArea', id: 'a-2', code: 'II', name: 'Cải cách thủ tục hành chính', position: 2 },
  { __typename: 'PlanArea', id: 'a-6', code: 'VI', name: 'Hiện đại hóa nền hành chính', position: 6 },
  {
    __typename: 'PlanArea',
    id: 'a-7',
    code: 'VII',
    name: 'Công tác chỉ đạo điều hành cải cách hành chính',
    position: 7,
  },
];

export function timing(
  kind: TimingKind,
  opts: {
    start?: string;
    end?: string;
    due?: string;
    occurrences?: { label: string; due: string }[];
    overridden?: boolean;
    note?: string;
  } = {},
): TaskTimingData {
  return {
    __typename: 'TaskTiming',
    kind,
    start: opts.start ?? null,
    end: opts.end ?? null,
    due: opts.due ?? null,
    needsPerson: kind === 'NEEDS_PERSON',
    overridden: opts.overridden ?? false,
    note: opts.note ?? null,
    occurrences: (opts.occurrences ?? []).map((o) => ({
      __typename: 'TimingOccurrence',
      label: o.label,
      start: `${o.due.slice(0, 4)}-01-01`,
      end: o.due,
      due: o.due,
    })),
  };
}

export function task(input: {
  id: string;
  areaCode: string;
  number: number;
  text: string;
  lead: string;
  leadUnitIds: string[];
  coordinating: string;
  timePhrase: string;
  timing: TaskTimingData;
  status?: TaskStatus;
  overdue?: boolean;
  version?: number;
  /** What the viewer may change (the server's `viewerCan…`): both by default (Home Affairs). */
  viewerCanUpdateStatus?: boolean;
  viewerCanSetTiming?: boolean;
  /** Home Affairs' hand-set status, and the lead units' roll-up (none by default). */
  statusOverride?: TaskStatus | null;
  statusOverrideReason?: string | null;
  rollup?: PlanTaskData['rollup'];
}): PlanTaskData {
  const area = planAreas.find((a) => a.code === input.areaCode)!;
  return {
    __typename: 'PlanTask',
    id: input.id,
    code: `${input.areaCode}.${input.number}`,
    number: input.number,
    // the server's plan order: area, then task number
    position: area.position * 100 + input.number,
    text: input.text,
    area,
    leadLabel: input.lead,
    leadUnits: units.filter((u) => input.leadUnitIds.includes(u.id)),
    coordinatingLabel: input.coordinating,
    timePhrase: input.timePhrase,
    timing: input.timing,
    status: input.status ?? 'NOT_STARTED',
    version: input.version ?? 1,
    viewerCanUpdateStatus: input.viewerCanUpdateStatus ?? true,
    viewerCanSetTiming: input.viewerCanSetTiming ?? true,
    overdue: input.overdue ?? false,
    statusOverride: input.statusOverride ?? null,
    statusOverrideReason: input.statusOverrideReason ?? null,
    viewerCanOverrideStatus: input.viewerCanSetTiming ?? true,
    rollup: input.rollup ?? null,
  };
}

const ALL = 'Các cơ quan, đơn vị và UBND các xã, phường';

export const planTasks = [
  task({
    id: 't-1-1',
    areaCode: 'I',
    number: 1,
    text: 'Rà soát văn bản QPPL thuộc thẩm quyền quản lý và tham mưu cấp có thẩm quyền điều chỉnh, bổ sung cho phù hợp.',
    lead: 'Phòng Tư pháp',
    leadUnitIds: ['u-tp'],
    coordinating: ALL,
    timePhrase: 'Thường xuyên trong năm 2021',
    timing: timing('ONGOING', { start: '2021-01-01', end: '2021-12-31' }),
    status: 'IN_PROGRESS',
  }),
  task({
    id: 't-1-2',
    areaCode: 'I',
    number: 2,
    text: 'Ban hành Kế hoạch rà soát hệ thống hóa văn bản QPPL.',
    lead: 'Phòng Tư pháp',
    leadUnitIds: ['u-tp'],
    coordinating: 'Văn phòng Cấp ủy-HĐND&UBND thị xã',
    timePhrase: 'Qúy I/2021',
    timing: timing('WINDOW', { start: '2021-01-01', end: '2021-03-31', due: '2021-03-31' }),
    status: 'NOT_STARTED',
    overdue: true,
  }),
  task({
    id: 't-2-1',
    areaCode: 'II',
    number: 1,
    text: 'Triển khai Kế hoạch rà soát TTHC năm 2021 của tỉnh.',
    lead: 'Văn phòng Cấp ủy-HĐND&UBND thị xã',
    leadUnitIds: ['u-vp'],
    coordinating: 'Các cơ quan, đơn vị có liên quan.',
    timePhrase: 'Quý I/2021',
    timing: timing('WINDOW', { start: '2021-01-01', end: '2021-03-31', due: '2021-03-31' }),
    status: 'DONE',
  }),
  task({
    id: 't-6-3',
    areaCode: 'VI',
    number: 3,
    text: 'Tổ chức khảo sát và công khai mức độ hài lòng của người dân trên các lĩnh vực.',
    lead: ALL,
    leadUnitIds: ['u-tp', 'u-vp', 'u-nv', 'u-lp'],
    coordinating: 'Phòng Nội vụ-Lao động, Thương binh và Xã hội',
    timePhrase: '6 tháng, cuối năm',
    timing: timing('RECURRING', {
      occurrences: [
        { label: '6 tháng', due: '2021-06-30' },
        { label: 'Cuối năm', due: '2021-12-15' },
      ],
    }),
  }),
  task({
    id: 't-7-2',
    areaCode: 'VII',
    number: 2,
    text: 'Thực hiện về quản lý CBCC khi có thông báo của tỉnh.',
    lead: 'Phòng Nội vụ-Lao động, Thương binh và Xã hội',
    leadUnitIds: ['u-nv'],
    coordinating: ALL,
    timePhrase: 'Khi có thông báo của tỉnh',
    timing: timing('TRIGGERED'),
  }),
];

export const year2021 = {
  __typename: 'EvaluationYear',
  id: 'y-2021',
  year: 2021,
  title: 'Kế hoạch cải cách hành chính năm 2021 của thị xã Phước Long',
  status: 'OPEN',
  unitPlanDeadline: '2021-02-19',
  unitPlanDeadlineText: 'trước ngày 20/02/2021',
  authority: { __typename: 'Authority', id: 'auth-1', name: 'UBND thị xã Phước Long' },
  planAreas,
};

export const me = {
  __typename: 'User',
  id: 'user-1',
  fullName: 'Nguyễn Thị Lan',
  email: 'lan@phuoclong.gov.vn',
  roles: ['HOME_AFFAIRS', 'LEADERSHIP'],
  permissions: permissionsAll,
};

/** `Query.units` as the server pages it: one page holding `list`. */
export function unitsConnection(list: readonly UnitData[], hasNextPage = false) {
  return {
    __typename: 'QueryUnitsConnection',
    totalCount: list.length,
    pageInfo: {
      __typename: 'PageInfo',
      hasNextPage,
      hasPreviousPage: false,
      startCursor: list.length ? `c-${list[0]!.id}` : null,
      endCursor: list.length ? `c-${list.at(-1)!.id}` : null,
    },
    edges: list.map((node) => ({ __typename: 'QueryUnitsConnectionEdge', cursor: `c-${node.id}`, node })),
  };
}

type StageState = 'UPCOMING' | 'OPEN' | 'CLOSED';
function yearStage(stage: string, opensOn: string, closesOn: string, state: StageState) {
  return { __typename: 'YearStage', stage, opensOn, closesOn, state };
}

/** The 2021 evaluation calendar as the server computes it for `asOf` (self-assessment open). */
export function yearCalendar(
  asOf = '2021-11-10',
  states: readonly StageState[] = ['OPEN', 'UPCOMING', 'UPCOMING', 'UPCOMING', 'UPCOMING', 'UPCOMING'],
) {
  const dates = [
    ['SELF_ASSESSMENT', '2021-11-01', '2021-11-30'],
    ['ROUND1', '2021-12-01', '2021-12-20'],
    ['EXPLANATION', '2021-12-21', '2021-12-31'],
    ['ROUND2', '2022-01-03', '2022-01-14'],
    ['APPROVAL', '2022-01-17', '2022-01-28'],
    ['PUBLICATION', '2022-02-07', '2022-02-18'],
  ] as const;
  const stages = dates.map(([stage, opensOn, closesOn], i) =>
    yearStage(stage, opensOn, closesOn, states[i] ?? 'UPCOMING'),
  );
  return {
    asOf,
    stages,
    currentStage: stages.find((s) => s.state === 'OPEN') ?? null,
    nextDeadline: stages.find((s) => s.state !== 'CLOSED') ?? null,
  };
}

/** The 2021 year with its plan tasks (`EvaluationYear.planTasks`) and its evaluation calendar. */
export function yearWithTasks(
  tasks: readonly PlanTaskData[],
  calendar = yearCalendar(),
  stage: { status?: string; version?: number; viewerCanManage?: boolean } = {},
) {
  return { ...year2021, version: 3, viewerCanManage: false, ...stage, ...calendar, planTasks: tasks };
}

/** `Query.unitTypes` with each type's units, as the plan filter and the dashboard read them. */
export function unitTypesWithUnits(list: readonly UnitData[] = units) {
  return unitTypes.map((type) => ({ ...type, units: list.filter((u) => u.type.id === type.id) }));
}

const UserFixture = graphql(`
  fragment UserFixture on User {
    __typename
    id
    email
    fullName
    roles
    active
    version
    viewerCanManage
    unit {
      __typename
      id
      name
    }
  }
`);
export type UserData = ResultOf<typeof UserFixture>;

export function account(
  id: string,
  fullName: string,
  email: string,
  roles: UserData['roles'],
  opts: { unitId?: string; active?: boolean; version?: number; viewerCanManage?: boolean } = {},
): UserData {
  const found = units.find((u) => u.id === opts.unitId);
  return {
    __typename: 'User',
    id,
    email,
    fullName,
    roles,
    active: opts.active ?? true,
    version: opts.version ?? 1,
    viewerCanManage: opts.viewerCanManage ?? true,
    unit: found ? { __typename: 'Unit', id: found.id, name: found.name } : null,
  };
}

export const accounts = [
  account('user-admin', 'Quản trị hệ thống', 'admin@cchc.demo', ['ADMIN']),
  account('user-1', 'Nguyễn Thị Lan', 'lan@phuoclong.gov.vn', ['HOME_AFFAIRS', 'LEADERSHIP']),
  account('user-tp', 'Trần Văn Bình', 'tuphap@cchc.demo', ['UNIT_OFFICER'], { unitId: 'u-tp' }),
  account('user-old', 'Lê Văn Cũ', 'cu@cchc.demo', ['INSPECTOR'], { active: false }),
];

/** `Query.users` as the server pages it: one page holding `list`. */
export function usersConnection(list: readonly UserData[], hasNextPage = false, totalCount = list.length) {
  return {
    __typename: 'QueryUsersConnection',
    totalCount,
    pageInfo: {
      __typename: 'PageInfo',
      hasNextPage,
      hasPreviousPage: false,
      startCursor: list.length ? `c-${list[0]!.id}` : null,
      endCursor: list.length ? `c-${list.at(-1)!.id}` : null,
    },
    edges: list.map((node) => ({ __typename: 'QueryUsersConnectionEdge', cursor: `c-${node.id}`, node })),
  };
}

/** `Query.unitTypes` with each type's units as the unit picker reads them. */
export function unitPickerTypes(list: readonly UnitData[] = units) {
  return unitTypes.map((type) => ({
    ...type,
    units: list
      .filter((u) => u.type.id === type.id)
      .map((u) => ({ __typename: 'Unit', id: u.id, name: u.name, active: u.active })),
  }));
}
