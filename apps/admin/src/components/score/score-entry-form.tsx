import { APPRAISAL_REASONS, type EntrySource, type SaveScoreEntryInput } from '@cchc/domain';
import { useEffect, useId, useRef, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { graphql } from '../../graphql';
import {
  SCORE_FIELDS,
  type ScoreEntryBase,
  type ScoreFormValues,
  scoreEntryResolver,
  scoreFormValues,
  sourceShape,
} from '../../lib/score-entry-form';
import type { LeafInfo } from '../../lib/score-method';
import { useProblemText } from '../form/error-text';
import { Field } from '../form/field';
import { FormError } from '../form/form-error';
import { useServerForm } from '../form/use-server-form';
import { EntryValue } from './entry-value';
import { type EvidenceFileData, EvidenceFilesField } from './evidence-files';
import { MethodInputs } from './method-inputs';
import type { EntryData } from './score-fragments';
import { ForbiddenErrorFields, NotFoundErrorFields, ValidationErrorFields } from '../form/error-fragments';

/**
 * The saved entry comes back with its new version and the server's points; the client's update
 * (client.ts) drops the cached scorecards of the unit, so every page showing the leaf loads it again.
 */
export const SaveScoreEntryMutation = graphql(
  `
  mutation SaveScoreEntry($input: SaveScoreEntryInput!) {
    saveScoreEntry(input: $input) {
      __typename
      ... on SaveScoreEntrySuccess {
        entry {
          id
          version
          source
          points
        }
      }
      ... on ConflictError {
        message
        code
        currentId
        currentVersion
      }
      ... on StageClosedError {
        message
        code
        stages
        locked
      }
      ...ValidationErrorFields
      ...ForbiddenErrorFields
      ...NotFoundErrorFields
    }
  }
`,
  [ValidationErrorFields, ForbiddenErrorFields, NotFoundErrorFields],
);

export interface ScoreEntryFormProps {
  yearId: string;
  unitId: string;
  leaf: LeafInfo;
  source: EntrySource;
  /** The leaf's entry from this source as the cache has it now (null: none yet). */
  entry: EntryData | null;
  /** Values to start from when there is no entry yet (an appraisal starts from the claim). */
  start?: EntryData | null;
  /** The unit's claimed points (an appraisal that differs needs a reason). */
  claimPoints?: number | null;
  /** The entry takes evidence files (a claim, an explanation): listed, uploaded, removed, saved with it. */
  withEvidence?: boolean;
  commentLabel: string;
  commentHint?: string;
  submitLabel: string;
  /** Extra content in the form (e.g. the evidence files). */
  children?: React.ReactNode;
  onSaved?: () => void;
  onCancel?: () => void;
}

/**
 * One entry of one leaf (a claim, an explanation, an appraisal, not applicable, an override): the
 * inputs its source takes, checked with the domain's rules, saved with the version it was opened on.
 * If someone saved the entry meanwhile, nothing is written: the form shows the value as it is now
 * and lets the person load it and decide again — never a silent overwrite.
 */
export function ScoreEntryForm({
  yearId,
  unitId,
  leaf,
  source,
  entry,
  start = null,
  claimPoints = null,
  withEvidence = false,
  commentLabel,
  commentHint,
  submitLabel,
  children,
  onSaved,
  onCancel,
}: ScoreEntryFormProps) {
  const { t } = useTranslation();
  const formId = useId();
  const shape = sourceShape(source, leaf);
  // the version the form was opened on (or last saved / reloaded)
  const [version, setVersion] = useState<number | null>(entry?.version ?? null);
  // the entry's evidence files as edited here (saved with the entry)
  const [files, setFiles] = useState<EvidenceFileData[]>(() => [...(entry?.evidence ?? [])]);
  const evidenceCount = withEvidence ? files.length : (entry?.evidence.length ?? 0);
  const current = useRef({ base: null as unknown as ScoreEntryBase, context: { evidenceCount, claimPoints } });
  current.current = {
    base: { yearId, unitId, leaf, source, version },
    context: { evidenceCount, claimPoints },
  };
  const form = useForm<ScoreFormValues, unknown, SaveScoreEntryInput>({
    resolver: scoreEntryResolver(() => current.current),
    defaultValues: scoreFormValues(leaf, entry, start),
  });
  const { register, formState } = form;
  const [conflict, setConflict] = useState(false);
  const [saved, setSaved] = useState(false);
  const [{ fetching: sending }, save] = useMutation(SaveScoreEntryMutation);
  const server = useServerForm({ form, fields: SCORE_FIELDS, failedKey: 'scoreEntry.failed' });
  const { fieldError } = useProblemText();

  // a conflict is resolved by loading the entry as it is now (it arrives with the reloaded scorecard)
  const stale = conflict && (entry?.version ?? null) !== version;
  const reload = () => {
    setVersion(entry?.version ?? null);
    form.reset(scoreFormValues(leaf, entry, start));
    setFiles([...(entry?.evidence ?? [])]);
    setConflict(false);
    server.setTop([]);
  };

  useEffect(() => {
    if (!saved) return;
    const timer = window.setTimeout(() => setSaved(false), 4000);
    return () => window.clearTimeout(timer);
  }, [saved]);

  const send = async (input: SaveScoreEntryInput) => {
    server.setTop([]);
    setConflict(false);
    setSaved(false);
    const result = await save({
      input: withEvidence ? { ...input, evidenceFileIds: files.map((file) => file.id) } : input,
    });
    const payload = result.data?.saveScoreEntry;
    if (result.error || !payload) return server.failRequest(result.error);
    switch (payload.__typename) {
      case 'SaveScoreEntrySuccess':
        setVersion(payload.entry.version);
        form.reset(form.getValues());
        setSaved(true);
        onSaved?.();
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

  const onSubmit = form.handleSubmit(
    (input) => {
      if (!sending) void send(input);
    },
    (errors) => {
      server.showInvalid(errors);
      if (errors.root && !SCORE_FIELDS.some((name) => errors[name])) server.focusTop();
    },
  );

  const showReason = source === 'ROUND1' || source === 'ROUND2';
  return (
    <FormProvider {...form}>
      <form className="score-form" noValidate onSubmit={onSubmit} aria-busy={sending || undefined}>
        <FormError ref={server.alertRef} messages={server.messages}>
          {conflict ? (
            <div className="conflict">
              <p>{t('scoreEntry.conflict')}</p>
              {stale && entry ? <EntryValue leaf={leaf} entry={entry} /> : null}
              {stale ? (
                <button type="button" onClick={reload}>
                  {t('scoreEntry.reload')}
                </button>
              ) : (
                <p className="muted" role="status">
                  {t('scoreEntry.loadingCurrent')}
                </p>
              )}
            </div>
          ) : null}
        </FormError>
        {shape === 'method' ? <MethodInputs leaf={leaf} /> : null}
        {shape === 'points' ? <MethodInputs leaf={leaf} pointsOnly={source === 'OVERRIDE'} /> : null}
        {withEvidence ? (
          <EvidenceFilesField yearId={yearId} unitId={unitId} files={files} onChange={setFiles} disabled={sending} />
        ) : null}
        {children}
        {showReason ? (
          <Field
            label={t('appraisal.reasonCode')}
            hint={t('appraisal.reasonHint')}
            error={fieldError(formState.errors.reasonCode, 'reasonCode')}
          >
            {(control) => (
              <select {...control} {...register('reasonCode')}>
                <option value="">{t('appraisal.noReason')}</option>
                {Object.keys(APPRAISAL_REASONS).map((code) => (
                  <option key={code} value={code}>
                    {t(`appraisal.reasons.${code}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ) : null}
        <Field label={commentLabel} hint={commentHint} error={fieldError(formState.errors.comment, 'comment')}>
          {(control) => <textarea {...control} rows={3} {...register('comment')} />}
        </Field>
        <div className="dialog-actions">
          <button type="submit" className="primary" disabled={sending} form={undefined}>
            {sending ? t('scoreEntry.saving') : submitLabel}
          </button>
          {onCancel ? (
            <button type="button" disabled={sending} onClick={onCancel}>
              {t('scoreEntry.close')}
            </button>
          ) : null}
          {saved ? (
            <span className="score-saved" role="status" id={`${formId}-saved`}>
              {t('scoreEntry.saved')}
            </span>
          ) : null}
        </div>
      </form>
    </FormProvider>
  );
}
