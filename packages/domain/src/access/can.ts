// Who may do what to one record. The resource carries what the rule needs (its unit, its year's
// status, its visit team), so the API, scripts and the admin's `viewerCan…` fields all ask the same
// question of the same function.
//
// Rules (issue "Ground for every write"):
// - a published year is read-only for everyone;
// - a unit officer acts only on its own unit's records: tasks it leads, its registration, reports,
//   self-assessment and corrective actions;
// - an inspector acts only on visits whose team they are on;
// - Home Affairs acts on everything of its authority (plan, framework, appraisal, visits);
// - leadership reads everything and approves;
// - the administrator manages users and years, not their content.
// - results (issue "Evaluation cycle"): Home Affairs locks, leadership approves, either publishes once
//   approved; before publication only Home Affairs, leadership, the administrator and a unit's own
//   officer (its scorecard) read them; once published everyone signed in reads them.
import { RegistrationStatus, Role, YearStatus } from '../enums';
import type { Viewer } from './permissions';

/** Records of one evaluation year carry that year's status. */
interface InYear {
  yearStatus: YearStatus;
}

export type Resource =
  | ({ type: 'PlanTask'; leadUnitIds: readonly string[] } & InYear)
  /** Anything a unit sends in: registration, report, self-assessment, corrective action. */
  | ({ type: 'UnitRecord'; unitId: string } & InYear)
  /** `notified`: the unit has been told of the visit (its officer reads it from then on); absent = yes. */
  | ({ type: 'InspectionVisit'; unitId: string; teamUserIds: readonly string[]; notified?: boolean } & InYear)
  | ({ type: 'EvaluationYear' } & InYear)
  /** A corrective action: its owner unit and the team of the visit whose finding it answers. */
  | ({ type: 'CorrectiveAction'; ownerUnitId: string; teamUserIds: readonly string[] } & InYear)
  /** A year's results: the whole ranking (unitId null) or one unit's scorecard; `approved` = leadership approved the locked snapshot. */
  | ({ type: 'YearResults'; unitId: string | null; approved: boolean } & InYear)
  | { type: 'User'; userId: string }
  /** One unit's part of a plan task (TaskProgress): the task's linked units and whose part it is. */
  | ({
      type: 'TaskPart';
      unitId: string;
      leadUnitIds: readonly string[];
      coordinatingUnitIds: readonly string[];
    } & InYear)
  /** A unit's registration form (Mẫu đăng ký): its unit and where it is on its way through Home Affairs. */
  | ({ type: 'UnitRegistration'; unitId: string; status: RegistrationStatus } & InYear);

export type Action =
  /** PlanTask: change its progress status. */
  | 'planTask.updateStatus'
  /** PlanTask: set its dates by hand, or return to the dates of its time phrase. */
  | 'planTask.setTiming'
  /** UnitRecord: write or change what the unit sends in. */
  | 'unitRecord.edit'
  /** UnitRecord: appraise, return or accept what a unit sent in. */
  | 'unitRecord.review'
  /** InspectionVisit: record findings, minutes and conclusions. */
  | 'inspection.record'
  /** InspectionVisit: record, change or remove a finding on the spot (Home Affairs, an inspector on its team). */
  | 'finding.record'
  /** InspectionVisit: record the minutes and conclude the visit, issuing the minutes file (Home Affairs, an inspector on its team). */
  | 'visit.minutes'
  /** EvaluationYear: keep the year's inspection plan and schedule visits (Home Affairs, inspectors). */
  | 'inspection.plan'
  /** InspectionVisit: read the visit (Home Affairs, leadership, inspectors, the administrator; the visited unit's officer once notified). */
  | 'visit.read'
  /** InspectionVisit: change its date, window, place, team or scope (Home Affairs, a member of its team). */
  | 'visit.update'
  /** InspectionVisit: tell the unit of the visit (Home Affairs, a member of its team). */
  | 'visit.notify'
  /** InspectionVisit: start the visit on the spot (Home Affairs, a member of its team). */
  | 'visit.start'
  /** InspectionVisit: cancel the visit with a reason (Home Affairs, a member of its team). */
  | 'visit.cancel'
  /** EvaluationYear: open, move between stages, configure. */
  | 'year.manage'
  /** EvaluationYear: approve the results for publication. */
  | 'year.approve'
  /** EvaluationYear: create survey rounds, import respondents, enter counts, undo imports (Home Affairs). */
  | 'survey.manage'
  /** EvaluationYear: read the year's survey rounds and rates (Home Affairs, leadership, the administrator). */
  | 'survey.read'
  /** EvaluationYear: edit, import or replace the year's criteria framework (Home Affairs). */
  | 'framework.edit'
  /** User: create, deactivate, assign roles and unit. */
  | 'user.manage'
  /** YearResults: read the ranking or a scorecard (everyone signed in once published; before: Home Affairs, leadership, admin, a unit officer its own scorecard). */
  | 'results.read'
  /** YearResults: compute and lock the results snapshot (Home Affairs). */
  | 'results.lock'
  /** YearResults: approve the locked snapshot (leadership). */
  | 'results.approve'
  /** YearResults: publish the approved snapshot (leadership, or Home Affairs after approval). */
  | 'results.publish'
  /** UnitRecord: upload an evidence file (tài liệu kiểm chứng) for the unit (its officer; Home Affairs for any unit). */
  | 'evidence.upload'
  /** UnitRecord: read the unit's evidence files (its officer, Home Affairs, leadership, the administrator; also once published). */
  | 'evidence.read'
  /** UnitRecord: give or change the unit's bonus and penalty points (Home Affairs). */
  | 'adjustment.manage'
  /** UnitRecord: send (or resend) the unit's periodic report (its officer, own unit). */
  | 'report.submit'
  /** EvaluationYear: grant more time for a report period, for one unit or all (Home Affairs). */
  | 'report.extend'
  /** EvaluationYear: read every unit's report compliance (Home Affairs, leadership, the administrator). */
  | 'report.readCompliance'
  /** EvaluationYear: choose the year's periodic-report rule (Home Affairs). */
  | 'year.reportRule'
  /** TaskPart: report the unit's own part of a task it leads or coordinates (its officer only). */
  | 'progress.report'
  /** EvaluationYear: add, edit and reorder the plan's areas and tasks; override a task's status (Home Affairs). */
  | 'plan.edit'
  /** EvaluationYear: import the plan's assignment table from XLSX (Home Affairs). */
  | 'plan.import'
  /** UnitRecord: send (or replace) the unit's own CCHC plan (its officer). */
  | 'unitPlan.submit'
  /** UnitRegistration: read it (Home Affairs, leadership, the administrator, the unit's officer). */
  | 'registration.read'
  /** UnitRegistration: add, change, remove or move items (its officer, only while DRAFT or RETURNED). */
  | 'registration.edit'
  /** UnitRegistration: send it to Home Affairs (its officer, only while DRAFT or RETURNED). */
  | 'registration.submit'
  /** UnitRegistration: accept it or return it with a comment (Home Affairs, only while SUBMITTED). */
  | 'registration.review'
  /** InspectionVisit: create a corrective action from one of its weaknesses (its team, Home Affairs). */
  | 'action.create'
  /** CorrectiveAction: submit the fix with a note and evidence (the owner unit's officer only). */
  | 'action.submitFix'
  /** CorrectiveAction: verify a submitted fix (the visit's team, Home Affairs). */
  | 'action.verify'
  /** CorrectiveAction: reopen with a reason (the visit's team, Home Affairs). */
  | 'action.reopen'
  /** CorrectiveAction: read it and its history (Home Affairs, leadership, inspectors, the owner unit's officer). */
  | 'action.read'
  /** EvaluationYear: read and download the annual report, issued or as a draft (Home Affairs, leadership, the administrator). */
  | 'annualReport.read'
  /** EvaluationYear: issue the annual report of a published year (Home Affairs, leadership). */
  | 'annualReport.issue'
  /** EvaluationYear: read the evaluation dashboard's aggregates (Home Affairs, leadership, the administrator; also once published). */
  | 'dashboard.read';

export type DenyReason = 'NOT_SIGNED_IN' | 'YEAR_PUBLISHED' | 'NOT_YOUR_UNIT' | 'NOT_ON_TEAM' | 'ROLE';

export type Decision = { allowed: true } | { allowed: false; reason: DenyReason };

const ALLOW: Decision = { allowed: true };
const deny = (reason: DenyReason): Decision => ({ allowed: false, reason });

/** Why a viewer may or may not do an action to a resource. */
export function decide(viewer: Viewer | null | undefined, action: Action, resource: Resource): Decision {
  if (!viewer) return deny('NOT_SIGNED_IN');
  const has = (role: Role) => viewer.roles.includes(role);
  if (
    'yearStatus' in resource &&
    resource.yearStatus === YearStatus.PUBLISHED &&
    action !== 'year.manage' &&
    action !== 'results.read' &&
    action !== 'survey.read' &&
    action !== 'evidence.read' &&
    action !== 'report.readCompliance' &&
    action !== 'registration.read' &&
    action !== 'visit.read' &&
    action !== 'action.read' &&
    action !== 'annualReport.read' &&
    action !== 'annualReport.issue' &&
    action !== 'dashboard.read'
  ) {
    return deny('YEAR_PUBLISHED');
  }
  switch (action) {
    case 'planTask.updateStatus': {
      if (resource.type !== 'PlanTask') return deny('ROLE');
      if (has(Role.HOME_AFFAIRS)) return ALLOW;
      if (!has(Role.UNIT_OFFICER)) return deny('ROLE');
      return viewer.unitId !== null && resource.leadUnitIds.includes(viewer.unitId) ? ALLOW : deny('NOT_YOUR_UNIT');
    }
    case 'planTask.setTiming':
      return resource.type === 'PlanTask' && has(Role.HOME_AFFAIRS) ? ALLOW : deny('ROLE');
    case 'unitRecord.edit': {
      if (resource.type !== 'UnitRecord' || !has(Role.UNIT_OFFICER)) return deny('ROLE');
      return viewer.unitId === resource.unitId ? ALLOW : deny('NOT_YOUR_UNIT');
    }
    case 'unitRecord.review':
      return resource.type === 'UnitRecord' && has(Role.HOME_AFFAIRS) ? ALLOW : deny('ROLE');
    case 'inspection.record': {
      if (resource.type !== 'InspectionVisit') return deny('ROLE');
      if (has(Role.HOME_AFFAIRS)) return ALLOW;
      if (!has(Role.INSPECTOR)) return deny('ROLE');
      return resource.teamUserIds.includes(viewer.userId) ? ALLOW : deny('NOT_ON_TEAM');
    }
    case 'finding.record':
    case 'visit.minutes': {
      if (resource.type !== 'InspectionVisit') return deny('ROLE');
      if (has(Role.HOME_AFFAIRS)) return ALLOW;
      if (!has(Role.INSPECTOR)) return deny('ROLE');
      return resource.teamUserIds.includes(viewer.userId) ? ALLOW : deny('NOT_ON_TEAM');
    }
    case 'inspection.plan':
      return resource.type === 'EvaluationYear' && (has(Role.HOME_AFFAIRS) || has(Role.INSPECTOR))
        ? ALLOW
        : deny('ROLE');
    case 'visit.read': {
      if (resource.type !== 'InspectionVisit') return deny('ROLE');
      if (has(Role.HOME_AFFAIRS) || has(Role.LEADERSHIP) || has(Role.INSPECTOR) || has(Role.ADMIN)) return ALLOW;
      if (!has(Role.UNIT_OFFICER)) return deny('ROLE');
      return viewer.unitId === resource.unitId && resource.notified !== false ? ALLOW : deny('NOT_YOUR_UNIT');
    }
    case 'visit.update':
    case 'visit.notify':
    case 'visit.start':
    case 'visit.cancel': {
      if (resource.type !== 'InspectionVisit') return deny('ROLE');
      if (has(Role.HOME_AFFAIRS)) return ALLOW;
      if (!has(Role.INSPECTOR)) return deny('ROLE');
      return resource.teamUserIds.includes(viewer.userId) ? ALLOW : deny('NOT_ON_TEAM');
    }
    case 'year.manage':
      return resource.type === 'EvaluationYear' && (has(Role.ADMIN) || has(Role.HOME_AFFAIRS)) ? ALLOW : deny('ROLE');
    case 'year.approve':
      return resource.type === 'EvaluationYear' && has(Role.LEADERSHIP) ? ALLOW : deny('ROLE');
    case 'survey.manage':
      return resource.type === 'EvaluationYear' && has(Role.HOME_AFFAIRS) ? ALLOW : deny('ROLE');
    case 'survey.read':
      return resource.type === 'EvaluationYear' && (has(Role.HOME_AFFAIRS) || has(Role.LEADERSHIP) || has(Role.ADMIN))
        ? ALLOW
        : deny('ROLE');
    case 'framework.edit':
      return resource.type === 'EvaluationYear' && has(Role.HOME_AFFAIRS) ? ALLOW : deny('ROLE');
    case 'user.manage':
      return resource.type === 'User' && has(Role.ADMIN) ? ALLOW : deny('ROLE');
    case 'results.read': {
      if (resource.type !== 'YearResults') return deny('ROLE');
      if (resource.yearStatus === YearStatus.PUBLISHED) return ALLOW;
      if (has(Role.HOME_AFFAIRS) || has(Role.LEADERSHIP) || has(Role.ADMIN)) return ALLOW;
      if (!has(Role.UNIT_OFFICER) || resource.unitId === null) return deny('ROLE');
      return viewer.unitId === resource.unitId ? ALLOW : deny('NOT_YOUR_UNIT');
    }
    case 'results.lock':
      return resource.type === 'YearResults' && has(Role.HOME_AFFAIRS) ? ALLOW : deny('ROLE');
    case 'results.approve':
      return resource.type === 'YearResults' && has(Role.LEADERSHIP) ? ALLOW : deny('ROLE');
    case 'evidence.upload': {
      if (resource.type !== 'UnitRecord') return deny('ROLE');
      if (has(Role.HOME_AFFAIRS)) return ALLOW;
      if (!has(Role.UNIT_OFFICER)) return deny('ROLE');
      return viewer.unitId === resource.unitId ? ALLOW : deny('NOT_YOUR_UNIT');
    }
    case 'evidence.read': {
      // Inspectors are not part of the appraisal: they do not read a unit's evidence files.
      if (resource.type !== 'UnitRecord') return deny('ROLE');
      if (has(Role.HOME_AFFAIRS) || has(Role.LEADERSHIP) || has(Role.ADMIN)) return ALLOW;
      if (!has(Role.UNIT_OFFICER)) return deny('ROLE');
      return viewer.unitId === resource.unitId ? ALLOW : deny('NOT_YOUR_UNIT');
    }
    case 'adjustment.manage':
      return resource.type === 'UnitRecord' && has(Role.HOME_AFFAIRS) ? ALLOW : deny('ROLE');
    case 'report.submit': {
      if (resource.type !== 'UnitRecord' || !has(Role.UNIT_OFFICER)) return deny('ROLE');
      return viewer.unitId === resource.unitId ? ALLOW : deny('NOT_YOUR_UNIT');
    }
    case 'report.extend':
    case 'year.reportRule':
      return resource.type === 'EvaluationYear' && has(Role.HOME_AFFAIRS) ? ALLOW : deny('ROLE');
    case 'dashboard.read':
    case 'report.readCompliance':
      return resource.type === 'EvaluationYear' && (has(Role.HOME_AFFAIRS) || has(Role.LEADERSHIP) || has(Role.ADMIN))
        ? ALLOW
        : deny('ROLE');
    case 'action.create': {
      if (resource.type !== 'InspectionVisit') return deny('ROLE');
      if (has(Role.HOME_AFFAIRS)) return ALLOW;
      if (!has(Role.INSPECTOR)) return deny('ROLE');
      return resource.teamUserIds.includes(viewer.userId) ? ALLOW : deny('NOT_ON_TEAM');
    }
    case 'action.submitFix': {
      if (resource.type !== 'CorrectiveAction' || !has(Role.UNIT_OFFICER)) return deny('ROLE');
      return viewer.unitId === resource.ownerUnitId ? ALLOW : deny('NOT_YOUR_UNIT');
    }
    case 'action.verify':
    case 'action.reopen': {
      if (resource.type !== 'CorrectiveAction') return deny('ROLE');
      if (has(Role.HOME_AFFAIRS)) return ALLOW;
      if (!has(Role.INSPECTOR)) return deny('ROLE');
      return resource.teamUserIds.includes(viewer.userId) ? ALLOW : deny('NOT_ON_TEAM');
    }
    case 'action.read': {
      if (resource.type !== 'CorrectiveAction') return deny('ROLE');
      if (has(Role.HOME_AFFAIRS) || has(Role.LEADERSHIP) || has(Role.INSPECTOR)) return ALLOW;
      if (!has(Role.UNIT_OFFICER)) return deny('ROLE');
      return viewer.unitId === resource.ownerUnitId ? ALLOW : deny('NOT_YOUR_UNIT');
    }
    case 'unitPlan.submit': {
      if (resource.type !== 'UnitRecord' || !has(Role.UNIT_OFFICER)) return deny('ROLE');
      return viewer.unitId === resource.unitId ? ALLOW : deny('NOT_YOUR_UNIT');
    }
    case 'registration.read': {
      if (resource.type !== 'UnitRegistration') return deny('ROLE');
      if (has(Role.HOME_AFFAIRS) || has(Role.LEADERSHIP) || has(Role.ADMIN)) return ALLOW;
      if (!has(Role.UNIT_OFFICER)) return deny('ROLE');
      return viewer.unitId === resource.unitId ? ALLOW : deny('NOT_YOUR_UNIT');
    }
    case 'registration.edit':
    case 'registration.submit': {
      if (resource.type !== 'UnitRegistration' || !has(Role.UNIT_OFFICER)) return deny('ROLE');
      if (viewer.unitId !== resource.unitId) return deny('NOT_YOUR_UNIT');
      return resource.status === RegistrationStatus.DRAFT || resource.status === RegistrationStatus.RETURNED
        ? ALLOW
        : deny('ROLE');
    }
    case 'registration.review':
      return resource.type === 'UnitRegistration' &&
        has(Role.HOME_AFFAIRS) &&
        resource.status === RegistrationStatus.SUBMITTED
        ? ALLOW
        : deny('ROLE');
    case 'progress.report': {
      if (resource.type !== 'TaskPart' || !has(Role.UNIT_OFFICER)) return deny('ROLE');
      if (viewer.unitId === null || viewer.unitId !== resource.unitId) return deny('NOT_YOUR_UNIT');
      return resource.leadUnitIds.includes(resource.unitId) || resource.coordinatingUnitIds.includes(resource.unitId)
        ? ALLOW
        : deny('NOT_YOUR_UNIT');
    }
    case 'plan.edit':
    case 'plan.import':
      return resource.type === 'EvaluationYear' && has(Role.HOME_AFFAIRS) ? ALLOW : deny('ROLE');
    case 'annualReport.read':
      return resource.type === 'EvaluationYear' && (has(Role.HOME_AFFAIRS) || has(Role.LEADERSHIP) || has(Role.ADMIN))
        ? ALLOW
        : deny('ROLE');
    case 'annualReport.issue':
      return resource.type === 'EvaluationYear' && (has(Role.HOME_AFFAIRS) || has(Role.LEADERSHIP))
        ? ALLOW
        : deny('ROLE');
    case 'results.publish': {
      if (resource.type !== 'YearResults') return deny('ROLE');
      if (has(Role.LEADERSHIP)) return ALLOW;
      return has(Role.HOME_AFFAIRS) && resource.approved ? ALLOW : deny('ROLE');
    }
  }
}

/** Whether a viewer may do an action to a resource. */
export function can(viewer: Viewer | null | undefined, action: Action, resource: Resource): boolean {
  return decide(viewer, action, resource).allowed;
}
