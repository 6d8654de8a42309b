import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { formatInstant } from '../score/entry-value';
import { Dialog } from '../form/dialog';
import { Field } from '../form/field';
import { FormError } from '../form/form-error';
import { requestErrorMessage } from '../form/server-problems';
import { ConcludeVisitMutation, RecordVisitMinutesMutation, VisitMinutesQuery } from './finding-documents';
import './findings.css';

interface MinutesFormValues {
  number: string;
  place: string;
  summary: string;
  conclusions: string;
}

/**
 * The minutes (biên bản kiểm tra) of one visit: the form (number "NN/BB-ĐKT", place, summary,
 * conclusions) while the team may record them, the DOCX to download (a draft before the conclusion,
 * the issued file after), and the conclusion after a confirmation (the minutes issued and kept).
 */
export function VisitMinutes({ visitId }: { visitId: string }) {
  const { t } = useTranslation();
  const titleId = useId();
  const [{ data, error }, reexecute] = useQuery({ query: VisitMinutesQuery, variables: { id: visitId } });
  const visit = data?.inspectionVisit ?? null;
  const [confirming, setConfirming] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  if (error && !visit) {
    return (
      <p className="status status-error" role="alert">
        {t('visitMinutes.loadFailed', { message: requestErrorMessage(error) })}
      </p>
    );
  }
  if (!visit) return <p className="status">{t('visitMinutes.loading')}</p>;

  const canEdit = visit.viewerCanRecordMinutes;
  return (
    <section className="visit-minutes" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('visitMinutes.title')}</h2>
      {visit.minutesNumber ? (
        <p>
          {t('visitMinutes.number', { number: visit.minutesNumber })}
          {visit.concludedAt ? ` · ${t('visitMinutes.concludedAt', { at: formatInstant(visit.concludedAt) })}` : ''}
        </p>
      ) : (
        <p className="status status-empty">{t('visitMinutes.none')}</p>
      )}
      {notice ? (
        <p className="status" role="status">
          {notice}
        </p>
      ) : null}
      <p>
        {visit.minutesFile ? (
          <a className="link-button" href={visit.minutesFile.url} download>
            {t('visitMinutes.downloadIssued')}
          </a>
        ) : visit.status !== 'CANCELLED' ? (
          <a className="link-button" href={visit.minutesUrl} download>
            {t('visitMinutes.downloadDraft')}
          </a>
        ) : null}
      </p>
      {canEdit ? (
        <MinutesForm
          key={`${visit.id}-${visit.version}`}
          visit={visit}
          onSaved={(number) => setNotice(t('visitMinutes.saved', { number }))}
          onConflict={() => reexecute({ requestPolicy: 'network-only' })}
        />
      ) : null}
      {visit.viewerCanConclude ? (
        <button type="button" className="primary" onClick={() => setConfirming(true)}>
          {t('visitMinutes.conclude')}
        </button>
      ) : null}
      {confirming ? (
        <ConcludeDialog
          visitId={visitId}
          version={visit.version}
          number={visit.minutesNumber ?? ''}
          onClose={() => setConfirming(false)}
          onDone={() => {
            setConfirming(false);
            setNotice(t('visitMinutes.concluded'));
          }}
        />
      ) : null}
    </section>
  );
}

function MinutesForm({
  visit,
  onSaved,
  onConflict,
}: {
  visit: {
    id: string;
    version: number;
    place: string | null;
    minutesNumberValue: number | null;
    suggestedMinutesNumber: number;
    minutesSummary: string | null;
    conclusions: string | null;
  };
  onSaved: (number: string) => void;
  onConflict: () => void;
}) {
  const { t } = useTranslation();
  const visitId = visit.id;
  const [{ fetching: saving }, record] = useMutation(RecordVisitMinutesMutation);
  const [messages, setMessages] = useState<string[]>([]);
  const form = useForm<MinutesFormValues>({
    defaultValues: {
      number: String(visit.minutesNumberValue ?? visit.suggestedMinutesNumber),
      place: visit.place ?? '',
      summary: visit.minutesSummary ?? '',
      conclusions: visit.conclusions ?? '',
    },
  });
  const { errors } = form.formState;

  const send = async (values: MinutesFormValues) => {
    setMessages([]);
    const number = Number(values.number.trim());
    const result = await record({
      input: {
        visitId,
        version: visit.version,
        number,
        place: values.place,
        summary: values.summary.trim() === '' ? null : values.summary,
        conclusions: values.conclusions,
      },
    });
    const payload = result.data?.recordVisitMinutes;
    if (result.error || !payload) {
      setMessages([t('visitMinutes.failed', { message: result.error ? requestErrorMessage(result.error) : '' })]);
      return;
    }
    switch (payload.__typename) {
      case 'VisitMinutesSuccess':
        onSaved(payload.visit.minutesNumber ?? '');
        return;
      case 'ValidationError':
        for (const p of payload.problems) {
          const field = (['number', 'place', 'summary', 'conclusions'] as const).find((f) => f === p.field);
          if (field)
            form.setError(field, {
              type: p.code,
              message: t(`visitMinutes.problems.${p.code}`, { defaultValue: p.message }),
            });
          else setMessages((m) => [...m, p.message]);
        }
        return;
      case 'ConflictError':
        setMessages([t('visitMinutes.conflict')]);
        onConflict();
        return;
      default:
        setMessages([payload.message]);
    }
  };

  return (
    <form
      className="visit-minutes-form"
      noValidate
      aria-busy={saving || undefined}
      onSubmit={form.handleSubmit((values) => {
        if (!saving) void send(values);
      })}
    >
      <FormError messages={messages} />
      <Field label={t('visitMinutes.numberLabel')} hint={t('visitMinutes.numberHint')} error={errors.number?.message}>
        {(control) => (
          <input
            {...control}
            inputMode="numeric"
            autoComplete="off"
            {...form.register('number', {
              validate: (v) =>
                /^\d{1,5}$/.test(v.trim()) && Number(v) > 0 ? true : t('visitMinutes.problems.BAD_NUMBER'),
            })}
          />
        )}
      </Field>
      <Field label={t('visitMinutes.place')} error={errors.place?.message}>
        {(control) => (
          <input
            {...control}
            autoComplete="off"
            {...form.register('place', { validate: (v) => v.trim() !== '' || t('visitMinutes.problems.REQUIRED') })}
          />
        )}
      </Field>
      <Field label={t('visitMinutes.summary')} error={errors.summary?.message}>
        {(control) => <textarea {...control} rows={4} {...form.register('summary')} />}
      </Field>
      <Field label={t('visitMinutes.conclusions')} error={errors.conclusions?.message}>
        {(control) => (
          <textarea
            {...control}
            rows={5}
            {...form.register('conclusions', {
              validate: (v) => v.trim() !== '' || t('visitMinutes.problems.REQUIRED'),
            })}
          />
        )}
      </Field>
      <div className="dialog-actions">
        <button type="submit" className="primary" disabled={saving}>
          {saving ? t('visitMinutes.saving') : t('visitMinutes.record')}
        </button>
      </div>
    </form>
  );
}

function ConcludeDialog({
  visitId,
  version,
  number,
  onClose,
  onDone,
}: {
  visitId: string;
  version: number;
  number: string;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [{ fetching: sending }, conclude] = useMutation(ConcludeVisitMutation);
  const [error, setError] = useState<string | null>(null);
  const send = async () => {
    setError(null);
    const result = await conclude({ input: { visitId, version } });
    const payload = result.data?.concludeVisit;
    if (result.error || !payload) {
      setError(t('visitMinutes.failed', { message: result.error ? requestErrorMessage(result.error) : '' }));
      return;
    }
    if (payload.__typename === 'VisitMinutesSuccess') onDone();
    else setError(payload.code === 'CONFLICT' ? t('visitMinutes.conflict') : payload.message);
  };
  return (
    <Dialog
      title={t('visitMinutes.concludeTitle')}
      onRequestClose={() => {
        if (!sending) onClose();
      }}
    >
      <div className="confirm" role="alert">
        <p>{t('visitMinutes.concludeQuestion', { number })}</p>
        {error ? <p className="field-error">{error}</p> : null}
      </div>
      <div className="dialog-actions">
        <button type="button" className="primary" disabled={sending} onClick={() => void send()}>
          {sending ? t('visitMinutes.concluding') : t('visitMinutes.concludeConfirm')}
        </button>
        <button type="button" disabled={sending} onClick={onClose}>
          {t('visitMinutes.cancel')}
        </button>
      </div>
    </Dialog>
  );
}
