import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { formatDate } from '../../lib/format';
import { type PlanTiming, TIMING_SYMBOL } from '../../lib/registration';
import { formatDateTimeVi } from '../../lib/reports';
import { uploadEvidence } from '../../lib/score-upload';
import { Field } from '../form/field';
import { ConfirmStep } from '../form/form-actions';
import { FormError } from '../form/form-error';
import { answerText, SubmitUnitPlanMutation } from './registration-mutations';

export function PlanTimingBadge({ timing }: { timing: PlanTiming }) {
  const { t } = useTranslation();
  return (
    <span className={`registration-timing registration-timing--${timing}`}>
      <span aria-hidden="true">{TIMING_SYMBOL[timing]}</span> {t(`registration.timing.${timing}`)}
    </span>
  );
}

export interface UnitPlanShape {
  id: string;
  version: number;
  documentNumber: string;
  issuedOn: string;
  submittedAt: string;
  submittedByName: string | null;
  timing: PlanTiming;
  file: { id: string; fileName: string; url: string } | null;
}

/**
 * The unit's own CCHC plan: the deadline, what was sent (number, date, the signed file, on time or
 * late), and for the unit's officer the form to send it (or replace it) with a confirmation.
 */
export function UnitPlanSection({
  yearId,
  unitId,
  deadline,
  deadlineText,
  plan,
  canSubmit,
  onSent,
}: {
  yearId: string;
  unitId: string;
  deadline: string;
  deadlineText: string;
  plan: UnitPlanShape | null;
  canSubmit: boolean;
  onSent: (message: string) => void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [number, setNumber] = useState('');
  const [issuedOn, setIssuedOn] = useState('');
  const [file, setFile] = useState<{ id: string; name: string } | null>(null);
  const [uploading, setUploading] = useState(false);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<string[]>([]);
  const [confirming, setConfirming] = useState(false);
  const [{ fetching }, submit] = useMutation(SubmitUnitPlanMutation);

  const upload = async (list: FileList | null) => {
    const f = list?.[0];
    if (!f) return;
    setUploading(true);
    const r = await uploadEvidence({ yearId, unitId, file: f });
    setUploading(false);
    if (r.ok) {
      setFile({ id: r.file.id, name: r.file.fileName });
      setProblems((p) => ({ ...p, fileId: '' }));
    } else setProblems((p) => ({ ...p, fileId: `${f.name}: ${r.message}` }));
  };

  const check = () => {
    const p: Record<string, string> = {};
    if (!number.trim()) p.documentNumber = t('registration.plan.numberRequired');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(issuedOn)) p.issuedOn = t('registration.plan.dateRequired');
    if (!file) p.fileId = t('registration.plan.fileRequired');
    setProblems(p);
    return Object.keys(p).length === 0;
  };

  const send = async () => {
    if (!file) return;
    const r = await submit({
      input: { yearId, unitId, documentNumber: number, issuedOn, fileId: file.id, version: plan?.version ?? null },
    });
    setConfirming(false);
    const a = r.data?.submitUnitPlan;
    if (r.error || !a) return setErrors([t('registration.failed', { message: r.error?.message ?? '' })]);
    if (a.__typename === 'SubmitUnitPlanSuccess') {
      setOpen(false);
      setErrors([]);
      return onSent(t(a.unitPlan.timing === 'ON_TIME' ? 'registration.plan.sentOnTime' : 'registration.plan.sentLate'));
    }
    if (a.__typename === 'ValidationError') {
      setProblems(Object.fromEntries(a.problems.map((p) => [p.field, p.message])));
      return;
    }
    setErrors([answerText(t, a)]);
  };

  return (
    <section aria-labelledby="unit-plan-heading" className="registration-plan">
      <h2 id="unit-plan-heading">{t('registration.plan.title')}</h2>
      <p>{t('registration.plan.deadline', { text: deadlineText, date: formatDate(deadline) })}</p>
      {plan ? (
        <p>
          {t('registration.plan.sent', {
            number: plan.documentNumber,
            date: formatDate(plan.issuedOn),
            at: formatDateTimeVi(plan.submittedAt),
          })}{' '}
          <PlanTimingBadge timing={plan.timing} />{' '}
          {plan.file ? (
            <a href={plan.file.url} target="_blank" rel="noreferrer">
              {plan.file.fileName}
            </a>
          ) : null}
        </p>
      ) : (
        <p className="muted">{t('registration.plan.none')}</p>
      )}
      {canSubmit && !open ? (
        <button type="button" onClick={() => setOpen(true)}>
          {t(plan ? 'registration.plan.replace' : 'registration.plan.send')}
        </button>
      ) : null}
      {open ? (
        <form
          className="registration-plan-form"
          noValidate
          aria-busy={fetching || uploading || undefined}
          onSubmit={(e) => {
            e.preventDefault();
            if (check()) setConfirming(true);
          }}
        >
          <FormError messages={errors} />
          <Field
            label={t('registration.plan.number')}
            hint={t('registration.plan.numberHint')}
            error={problems.documentNumber || undefined}
          >
            {(c) => <input {...c} value={number} readOnly={confirming} onChange={(e) => setNumber(e.target.value)} />}
          </Field>
          <Field label={t('registration.plan.issuedOn')} error={problems.issuedOn || undefined}>
            {(c) => (
              <input
                {...c}
                type="date"
                value={issuedOn}
                readOnly={confirming}
                onChange={(e) => setIssuedOn(e.target.value)}
              />
            )}
          </Field>
          <Field
            label={t('registration.plan.file')}
            hint={uploading ? t('registration.plan.uploading') : file ? file.name : t('registration.plan.fileHint')}
            error={problems.fileId || undefined}
          >
            {(c) => (
              <input
                {...c}
                type="file"
                disabled={uploading || confirming}
                onChange={(e) => void upload(e.currentTarget.files)}
              />
            )}
          </Field>
          {confirming ? (
            <ConfirmStep
              question={t(plan ? 'registration.plan.confirmReplace' : 'registration.plan.confirm')}
              confirm={t('registration.plan.send')}
              sending={fetching}
              onConfirm={() => void send()}
              onBack={() => setConfirming(false)}
            />
          ) : (
            <div className="dialog-actions">
              <button type="submit" className="primary" disabled={uploading || fetching}>
                {t('registration.plan.next')}
              </button>
              <button type="button" onClick={() => setOpen(false)}>
                {t('registration.cancel')}
              </button>
            </div>
          )}
        </form>
      ) : null}
    </section>
  );
}
