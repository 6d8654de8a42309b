import type { SaveUnitAdjustmentInput } from '@cchc/domain';
import { useId, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { graphql } from '../../graphql';
import { formatPoints, numberLocale } from '../../lib/format';
import {
  ADJUSTMENT_FIELDS,
  type AdjustmentContext,
  type AdjustmentFormValues,
  adjustmentResolver,
} from '../../lib/score-adjustment';
import { Dialog } from '../form/dialog';
import { Field } from '../form/field';
import { FormActions } from '../form/form-actions';
import { FormError } from '../form/form-error';
import { requestErrorMessage } from '../form/server-problems';
import { useServerForm } from '../form/use-server-form';
import { formatInstant } from './entry-value';
import { type EvidenceFileData, EvidenceFilesField, EvidenceLinks } from './evidence-files';
import {
  ConflictErrorFields,
  ForbiddenErrorFields,
  NotFoundErrorFields,
  StageClosedErrorFields,
  ValidationErrorFields,
} from '../form/error-fragments';

export const SaveUnitAdjustmentMutation = graphql(
  `
  mutation SaveUnitAdjustment($input: SaveUnitAdjustmentInput!) {
    saveUnitAdjustment(input: $input) {
      __typename
      ... on SaveUnitAdjustmentSuccess {
        adjustment {
          id
          version
          kind
          points
          reason
        }
      }
      ...ConflictErrorFields
      ...StageClosedErrorFields
      ...ValidationErrorFields
      ...ForbiddenErrorFields
      ...NotFoundErrorFields
    }
  }
`,
  [ValidationErrorFields, ForbiddenErrorFields, NotFoundErrorFields, ConflictErrorFields, StageClosedErrorFields],
);

export const DeleteUnitAdjustmentMutation = graphql(`
  mutation DeleteUnitAdjustment($input: DeleteUnitAdjustmentInput!) {
    deleteUnitAdjustment(input: $input) {
      __typename
      ... on DeleteUnitAdjustmentSuccess {
        deletedId
      }
      ... on Error {
        message
        code
      }
    }
  }
`);

export interface AdjustmentData {
  id: string;
  kind: string;
  points: number;
  reason: string;
  createdAt: string;
  version: number;
  evidence: EvidenceFileData[];
}

/**
 * "Điểm thưởng, điểm trừ" of a unit: the list with reasons and evidence, and (when the server says
 * the viewer may adjust now) add, edit and delete — delete after a confirmation; the framework's caps
 * are shown and checked before sending.
 */
export function AdjustmentsSection({
  yearId,
  unitId,
  adjustments,
  bonusCap,
  penaltyCap,
  canAdjust,
}: {
  yearId: string;
  unitId: string;
  adjustments: readonly AdjustmentData[];
  bonusCap: number;
  penaltyCap: number;
  canAdjust: boolean;
}) {
  const { t, i18n } = useTranslation();
  const locale = numberLocale(i18n.language);
  const titleId = useId();
  const [editing, setEditing] = useState<AdjustmentData | 'new' | null>(null);
  const [deleting, setDeleting] = useState<AdjustmentData | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  return (
    <section className="score-area" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('appraisal.adjustments.title')}</h2>
      <p className="muted">
        {t('appraisal.adjustments.caps', {
          bonus: formatPoints(bonusCap, locale),
          penalty: formatPoints(penaltyCap, locale),
        })}
      </p>
      {notice ? (
        <p className="status" role="status">
          {notice}
        </p>
      ) : null}
      {adjustments.length === 0 ? (
        <p className="status status-empty">{t('appraisal.adjustments.none')}</p>
      ) : (
        <ul className="score-adjustments">
          {adjustments.map((a) => (
            <li key={a.id} className="score-card">
              <p>
                <span className={a.kind === 'BONUS' ? 'badge badge-done' : 'badge badge-overdue'}>
                  {t(`appraisal.adjustments.kind.${a.kind}`, { defaultValue: a.kind })}
                </span>{' '}
                <strong>
                  {a.kind === 'BONUS' ? '+' : '−'}
                  {formatPoints(a.points, locale)}
                </strong>{' '}
                {a.reason}
              </p>
              <p className="muted">{t('appraisal.adjustments.on', { date: formatInstant(a.createdAt) })}</p>
              <EvidenceLinks files={a.evidence} />
              {canAdjust ? (
                <div className="dialog-actions">
                  <button type="button" onClick={() => setEditing(a)}>
                    {t('appraisal.adjustments.edit')}
                  </button>
                  <button type="button" onClick={() => setDeleting(a)}>
                    {t('appraisal.adjustments.delete')}
                  </button>
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {canAdjust ? (
        <button type="button" onClick={() => setEditing('new')}>
          {t('appraisal.adjustments.add')}
        </button>
      ) : null}
      {editing ? (
        <AdjustmentDialog
          yearId={yearId}
          unitId={unitId}
          adjustment={editing === 'new' ? null : (adjustments.find((a) => a.id === editing.id) ?? editing)}
          adjustments={adjustments}
          bonusCap={bonusCap}
          penaltyCap={penaltyCap}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            setNotice(t('appraisal.adjustments.saved'));
          }}
        />
      ) : null}
      {deleting ? (
        <DeleteAdjustmentDialog
          adjustment={deleting}
          onClose={() => setDeleting(null)}
          onDeleted={() => {
            setDeleting(null);
            setNotice(t('appraisal.adjustments.deleted'));
          }}
        />
      ) : null}
    </section>
  );
}

function AdjustmentDialog({
  yearId,
  unitId,
  adjustment,
  adjustments,
  bonusCap,
  penaltyCap,
  onClose,
  onSaved,
}: {
  yearId: string;
  unitId: string;
  /** As the cache has it now (null: a new one). */
  adjustment: AdjustmentData | null;
  adjustments: readonly AdjustmentData[];
  bonusCap: number;
  penaltyCap: number;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const valuesOf = (a: AdjustmentData | null): AdjustmentFormValues => ({
    kind: a?.kind === 'PENALTY' ? 'PENALTY' : 'BONUS',
    points: a ? String(a.points).replace('.', ',') : '',
    reason: a?.reason ?? '',
  });
  const [base, setBase] = useState(() => (adjustment ? { id: adjustment.id, version: adjustment.version } : null));
  const [files, setFiles] = useState<EvidenceFileData[]>(() => [...(adjustment?.evidence ?? [])]);
  const [conflict, setConflict] = useState(false);
  const context = useRef<AdjustmentContext>(null as unknown as AdjustmentContext);
  context.current = {
    yearId,
    unitId,
    editing: base,
    others: adjustments,
    bonusCap,
    penaltyCap,
    evidenceFileIds: files.map((f) => f.id),
  };
  const form = useForm<AdjustmentFormValues, unknown, SaveUnitAdjustmentInput>({
    resolver: adjustmentResolver(() => context.current),
    defaultValues: valuesOf(adjustment),
  });
  const [{ fetching: sending }, save] = useMutation(SaveUnitAdjustmentMutation);
  const server = useServerForm({ form, fields: ADJUSTMENT_FIELDS, failedKey: 'scoreEntry.failed' });
  const { errors } = form.formState;
  const stale = conflict && adjustment !== null && adjustment.version !== base?.version;

  const send = async (input: SaveUnitAdjustmentInput) => {
    server.setTop([]);
    setConflict(false);
    const result = await save({ input });
    const payload = result.data?.saveUnitAdjustment;
    if (result.error || !payload) return server.failRequest(result.error);
    switch (payload.__typename) {
      case 'SaveUnitAdjustmentSuccess':
        onSaved();
        return;
      case 'ConflictError':
        setConflict(true);
        server.focusTop();
        return;
      case 'StageClosedError':
        return server.fail([], [{ code: payload.locked ? 'STAGE_LOCKED' : 'STAGE_CLOSED', message: payload.message }]);
      default:
        return server.failAnswer(payload);
    }
  };

  return (
    <Dialog
      title={adjustment ? t('appraisal.adjustments.editTitle') : t('appraisal.adjustments.addTitle')}
      onRequestClose={() => {
        if (!sending) onClose();
      }}
    >
      <form
        className="dialog-form"
        noValidate
        aria-busy={sending || undefined}
        onSubmit={form.handleSubmit(
          (input) => {
            if (!sending) void send(input);
          },
          (invalid) => server.showInvalid(invalid),
        )}
      >
        <FormError ref={server.alertRef} messages={server.messages}>
          {conflict ? (
            <div className="conflict">
              <p>{t('appraisal.adjustments.conflict')}</p>
              {stale && adjustment ? (
                <>
                  <p>
                    {t(`appraisal.adjustments.kind.${adjustment.kind}`)}: {String(adjustment.points).replace('.', ',')}{' '}
                    — {adjustment.reason}
                  </p>
                  <button
                    type="button"
                    onClick={() => {
                      setBase({ id: adjustment.id, version: adjustment.version });
                      setFiles([...adjustment.evidence]);
                      form.reset(valuesOf(adjustment));
                      setConflict(false);
                      server.setTop([]);
                    }}
                  >
                    {t('scoreEntry.reload')}
                  </button>
                </>
              ) : (
                <p className="muted" role="status">
                  {t('scoreEntry.loadingCurrent')}
                </p>
              )}
            </div>
          ) : null}
        </FormError>
        <Field label={t('appraisal.adjustments.kindLabel')} error={server.fieldError(errors.kind, 'kind')}>
          {(control) => (
            <select {...control} {...form.register('kind')}>
              <option value="BONUS">{t('appraisal.adjustments.kind.BONUS')}</option>
              <option value="PENALTY">{t('appraisal.adjustments.kind.PENALTY')}</option>
            </select>
          )}
        </Field>
        <Field label={t('appraisal.adjustments.points')} error={server.fieldError(errors.points, 'points')}>
          {(control) => <input {...control} inputMode="decimal" autoComplete="off" {...form.register('points')} />}
        </Field>
        <Field label={t('appraisal.adjustments.reason')} error={server.fieldError(errors.reason, 'reason')}>
          {(control) => <textarea {...control} rows={3} {...form.register('reason')} />}
        </Field>
        <EvidenceFilesField yearId={yearId} unitId={unitId} files={files} onChange={setFiles} disabled={sending} />
        <FormActions
          submit={t('appraisal.adjustments.save')}
          saving={t('scoreEntry.saving')}
          cancel={t('appraisal.cancel')}
          sending={sending}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}

function DeleteAdjustmentDialog({
  adjustment,
  onClose,
  onDeleted,
}: {
  adjustment: AdjustmentData;
  onClose: () => void;
  onDeleted: () => void;
}) {
  const { t, i18n } = useTranslation();
  const locale = numberLocale(i18n.language);
  const [{ fetching: sending }, remove] = useMutation(DeleteUnitAdjustmentMutation);
  const [error, setError] = useState<string | null>(null);
  const send = async () => {
    setError(null);
    const result = await remove({ input: { id: adjustment.id, version: adjustment.version } });
    const payload = result.data?.deleteUnitAdjustment;
    if (result.error || !payload) {
      setError(t('scoreEntry.failed', { message: result.error ? requestErrorMessage(result.error) : '' }));
      return;
    }
    if (payload.__typename === 'DeleteUnitAdjustmentSuccess') onDeleted();
    else setError(payload.code === 'CONFLICT' ? t('appraisal.adjustments.conflict') : payload.message);
  };
  return (
    <Dialog
      title={t('appraisal.adjustments.deleteTitle')}
      onRequestClose={() => {
        if (!sending) onClose();
      }}
    >
      <div className="confirm" role="alert">
        <p>
          {t('appraisal.adjustments.deleteQuestion', {
            kind: t(`appraisal.adjustments.kindLower.${adjustment.kind}`),
            points: formatPoints(adjustment.points, locale),
            reason: adjustment.reason,
          })}
        </p>
        {error ? <p className="field-error">{error}</p> : null}
      </div>
      <div className="dialog-actions">
        <button type="button" className="primary" disabled={sending} onClick={() => void send()}>
          {t('appraisal.adjustments.deleteConfirm')}
        </button>
        <button type="button" disabled={sending} onClick={onClose}>
          {t('appraisal.cancel')}
        </button>
      </div>
    </Dialog>
  );
}
