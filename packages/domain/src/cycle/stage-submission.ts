// Submitting a stage (the unit's self-assessment, its explanation): what must be there first, and
// what a submission means for later writes. Self-assessment: every leaf that applies to the unit's
// type and that the unit scores itself (self_then_appraised) has a claim (SELF) or was marked not
// applicable, and each claim has evidence or an explanation (the rule of `checkEntryValue`, checked
// again on the whole set). After submission the unit's entries of that stage are read-only until
// Home Affairs reopens the stage for the unit.
import { CycleStage, type EntrySource } from '../enums';
import { frameworkLeaves } from '../framework/flatten-framework';
import type { Framework } from '../framework/types';

/** The stages a unit submits, with the entry source that submission freezes. */
export const SUBMITTED_STAGES: Readonly<Partial<Record<CycleStage, EntrySource>>> = {
  [CycleStage.SELF_ASSESSMENT]: 'SELF',
  [CycleStage.EXPLANATION]: 'EXPLANATION',
};

/** The stage whose submission freezes entries of this source, if any. */
export function stageFrozenBy(source: EntrySource): CycleStage | null {
  for (const [stage, frozen] of Object.entries(SUBMITTED_STAGES)) if (frozen === source) return stage as CycleStage;
  return null;
}

export interface SubmissionEntry {
  leafCode: string;
  source: EntrySource;
  comment: string | null;
  evidenceCount: number;
}

export interface SubmissionProblem {
  /** the leaf's code */
  field: string;
  code: 'MISSING_CLAIM' | 'NEEDS_EVIDENCE_OR_EXPLANATION';
  message: string;
}

/** Why a unit cannot submit the stage yet: one problem per leaf, in framework order (none: it may). */
export function submissionProblems(
  framework: Framework,
  unitTypeCode: string,
  stage: CycleStage,
  entries: readonly SubmissionEntry[],
): SubmissionProblem[] {
  if (stage !== CycleStage.SELF_ASSESSMENT) return [];
  const byLeaf = new Map<string, SubmissionEntry[]>();
  for (const e of entries) byLeaf.set(e.leafCode, [...(byLeaf.get(e.leafCode) ?? []), e]);
  const problems: SubmissionProblem[] = [];
  for (const leaf of frameworkLeaves(framework)) {
    if ((leaf.scoreSource ?? 'self_then_appraised') !== 'self_then_appraised') continue;
    if (leaf.appliesTo.length > 0 && !leaf.appliesTo.includes(unitTypeCode)) continue;
    const mine = byLeaf.get(leaf.code) ?? [];
    if (mine.some((e) => e.source === 'NOT_APPLICABLE')) continue;
    const claim = mine.find((e) => e.source === 'SELF');
    if (!claim) {
      problems.push({ field: leaf.code, code: 'MISSING_CLAIM', message: `Tiêu chí ${leaf.code}: chưa tự chấm điểm.` });
    } else if (claim.evidenceCount === 0 && !claim.comment?.trim()) {
      problems.push({
        field: leaf.code,
        code: 'NEEDS_EVIDENCE_OR_EXPLANATION',
        message: `Tiêu chí ${leaf.code}: chưa có tài liệu kiểm chứng hoặc giải trình.`,
      });
    }
  }
  return problems;
}
