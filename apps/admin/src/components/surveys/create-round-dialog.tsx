import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { type SurveyRoundFormValues, surveyRoundFormSchema, surveyRoundInput } from '../../lib/survey-format';
import { Dialog } from '../form/dialog';
import { Field } from '../form/field';
import { FormActions } from '../form/form-actions';
import { FormError } from '../form/form-error';
import { useServerForm } from '../form/use-server-form';
import { CreateSurveyRoundMutation } from './survey-documents';

const FIELDS = ['kind', 'periodCode', 'title', 'targetPercent', 'startsOn', 'endsOn'] as const;
/** The codes the form's own schema reports (as messages). */
const CLIENT_CODES = new Set(['REQUIRED', 'TOO_LONG', 'INVALID_TARGET', 'INVALID_DATE', 'END_BEFORE_START']);

/** "Tạo đợt khảo sát": kind, period, title, target (85 by default) and the fieldwork window. */
export function CreateRoundDialog({
  yearId,
  year,
  onClose,
  onDone,
}: {
  yearId: string;
  year: number;
  onClose: () => void;
  onDone: (surveyId: string, message: string) => void;
}) {
  const { t } = useTranslation();
  const form = useForm<SurveyRoundFormValues>({
    resolver: zodResolver(surveyRoundFormSchema),
    defaultValues: {
      kind: 'CITIZEN',
      periodCode: 'H1',
      title: t('surveys.create.defaultTitle', { year }),
      targetPercent: '',
      startsOn: '',
      endsOn: '',
    },
  });
  const [{ fetching: sending }, create] = useMutation(CreateSurveyRoundMutation);
  const server = useServerForm({ form, fields: FIELDS, failedKey: 'surveys.create.failed' });
  const { errors } = form.formState;
  const clientError = (code: string | undefined) =>
    code === 'INVALID_DATE' || code === 'END_BEFORE_START'
      ? t('surveys.create.badDate')
      : code === 'REQUIRED'
        ? t('surveys.create.required')
        : code
          ? t(`problems.${code}`, { defaultValue: code })
          : undefined;
  const fieldError = (name: (typeof FIELDS)[number]) => {
    const e = errors[name];
    if (!e) return undefined;
    return e.message && CLIENT_CODES.has(e.message) ? clientError(e.message) : server.fieldError(e, name);
  };

  const send = async (values: SurveyRoundFormValues) => {
    server.setTop([]);
    const result = await create({ input: surveyRoundInput(yearId, values) });
    const answer = result.data?.createSurveyRound;
    if (result.error || !answer) return server.failRequest(result.error);
    if (answer.__typename === 'SurveySuccess') {
      onDone(answer.survey.id, t('surveys.create.done', { title: answer.survey.title }));
      return;
    }
    if (answer.__typename === 'ConflictError') return server.failRequest(undefined);
    return server.failAnswer(answer);
  };

  return (
    <Dialog title={t('surveys.create.title')} onRequestClose={() => (sending ? undefined : onClose())}>
      <form
        className="dialog-form"
        noValidate
        aria-busy={sending || undefined}
        onSubmit={form.handleSubmit(send, (invalid) => server.showInvalid(invalid))}
      >
        <FormError ref={server.alertRef} messages={server.messages} />
        <Field label={t('surveys.create.kind')} error={fieldError('kind')}>
          {(control) => (
            <select {...control} {...form.register('kind')}>
              <option value="CITIZEN">{t('surveys.kind.CITIZEN')}</option>
              <option value="LEADER">{t('surveys.kind.LEADER')}</option>
            </select>
          )}
        </Field>
        <Field label={t('surveys.create.period')} error={fieldError('periodCode')}>
          {(control) => (
            <select {...control} {...form.register('periodCode')}>
              <option value="H1">{t('surveys.period.H1')}</option>
              <option value="YEAR">{t('surveys.period.YEAR')}</option>
            </select>
          )}
        </Field>
        <Field label={t('surveys.create.name')} error={fieldError('title')}>
          {(control) => <input {...control} type="text" {...form.register('title')} />}
        </Field>
        <Field label={t('surveys.create.target')} error={fieldError('targetPercent')}>
          {(control) => <input {...control} type="text" inputMode="numeric" {...form.register('targetPercent')} />}
        </Field>
        <Field label={t('surveys.create.startsOn')} error={fieldError('startsOn')}>
          {(control) => <input {...control} type="text" placeholder="dd/mm/yyyy" {...form.register('startsOn')} />}
        </Field>
        <Field label={t('surveys.create.endsOn')} error={fieldError('endsOn')}>
          {(control) => <input {...control} type="text" placeholder="dd/mm/yyyy" {...form.register('endsOn')} />}
        </Field>
        <FormActions
          submit={t('surveys.create.submit')}
          saving={t('surveys.create.sending')}
          cancel={t('surveys.create.cancel')}
          sending={sending}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
