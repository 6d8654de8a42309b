/**
 * The finding form on the spot: its values, how they become the fields a finding is sent with, and
 * its problems (the domain's own input schema, so the phone refuses what the server would refuse: a
 * weakness needs its severity, a good practice has none, the text is required and within its limit).
 */
import { inputProblems, recordFindingInputSchema } from '@cchc/domain';
import type { FindingFields, FindingKindValue, FindingSeverityValue } from './offline-outbox';

export interface FindingFormValues {
  kind: FindingKindValue;
  /** '' = none (a good practice) */
  severity: FindingSeverityValue | '';
  /** '' = no criterion named */
  frameworkNodeId: string;
  description: string;
}

export const FINDING_FORM_FIELDS = ['kind', 'severity', 'frameworkNodeId', 'description'] as const;

export const EMPTY_FINDING: FindingFormValues = {
  kind: 'WEAKNESS',
  severity: 'MEDIUM',
  frameworkNodeId: '',
  description: '',
};

export function findingFields(
  values: FindingFormValues,
  location: { latitude: number; longitude: number } | null,
): FindingFields {
  return {
    kind: values.kind,
    severity: values.kind === 'WEAKNESS' && values.severity !== '' ? values.severity : null,
    frameworkNodeId: values.frameworkNodeId === '' ? null : values.frameworkNodeId,
    description: values.description.normalize('NFC').trim(),
    latitude: location?.latitude ?? null,
    longitude: location?.longitude ?? null,
  };
}

export function formValues(f: FindingFields): FindingFormValues {
  return {
    kind: f.kind,
    severity: f.severity ?? '',
    frameworkNodeId: f.frameworkNodeId ?? '',
    description: f.description,
  };
}

/** Problems of the form's values, each under its field, with the domain's code and message. */
export function findingFormProblems(
  values: FindingFormValues,
): Array<{ field: string; code: string; message: string }> {
  const fields = findingFields(values, null);
  const parsed = recordFindingInputSchema.safeParse({ visitId: 'v', clientId: 'form-check-0000', ...fields });
  return parsed.success
    ? []
    : inputProblems(parsed.error).filter((p) => p.field !== 'visitId' && p.field !== 'clientId');
}

/** A criterion to choose: the framework's leaves, in code order. */
export interface CriterionOption {
  id: string;
  code: string;
  name: string;
}

export function criterionOptions(
  nodes: ReadonlyArray<{ id: string; code: string; name: string; isLeaf: boolean }>,
): CriterionOption[] {
  return nodes
    .filter((n) => n.isLeaf)
    .map(({ id, code, name }) => ({ id, code, name }))
    .sort((a, b) => a.code.localeCompare(b.code, 'en', { numeric: true }));
}
