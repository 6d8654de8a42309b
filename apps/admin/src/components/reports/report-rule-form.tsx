import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { graphql } from '../../graphql';
import { ForbiddenErrorFields, NotFoundErrorFields, ValidationErrorFields } from '../form/error-fragments';
import { ConfirmStep } from '../form/form-actions';

export const SetReportRuleMutation = graphql(
  `
  mutation SetReportRule($input: SetReportRuleInput!) {
    setReportRule(input: $input) {
      __typename
      ... on SetReportRuleSuccess {
        changedPeriods
        year {
          id
          version
          reportRule
        }
      }
      ... on ConflictError {
        message
      }
      ...ValidationErrorFields
      ...ForbiddenErrorFields
      ...NotFoundErrorFields
    }
  }
`,
  [ValidationErrorFields, ForbiddenErrorFields, NotFoundErrorFields],
);

type RuleKey = 'SEED' | 'NATIONAL';

/** Home Affairs chooses the year's report rule (the periods' due dates follow), after a confirmation. */
export function ReportRuleForm({
  yearId,
  version,
  current,
  onDone,
}: {
  yearId: string;
  version: number;
  current: string;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const [choice, setChoice] = useState<RuleKey>(current === 'NATIONAL' ? 'NATIONAL' : 'SEED');
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [{ fetching }, setRule] = useMutation(SetReportRuleMutation);

  const send = async () => {
    setError(null);
    const r = await setRule({ input: { yearId, rule: choice, version } });
    setConfirming(false);
    const p = r.data?.setReportRule;
    if (r.error || !p) return setError(t('reports.rule.failed'));
    if (p.__typename === 'SetReportRuleSuccess') return onDone(t('reports.rule.done', { count: p.changedPeriods }));
    if (p.__typename === 'ConflictError') return setError(t('reports.rule.conflict'));
    setError(p.message);
  };

  return (
    <form
      className="report-filters"
      onSubmit={(e) => {
        e.preventDefault();
        setConfirming(true);
      }}
    >
      <div className="field">
        <label htmlFor="report-rule">{t('reports.rule.label')}</label>
        <select
          id="report-rule"
          value={choice}
          disabled={confirming}
          onChange={(e) => setChoice(e.currentTarget.value as RuleKey)}
        >
          <option value="SEED">{t('reports.rule.SEED')}</option>
          <option value="NATIONAL">{t('reports.rule.NATIONAL')}</option>
        </select>
      </div>
      {confirming ? (
        <ConfirmStep
          question={t('reports.rule.confirm', { rule: t(`reports.rule.${choice}`) })}
          confirm={t('reports.rule.apply')}
          sending={fetching}
          onConfirm={() => void send()}
          onBack={() => setConfirming(false)}
        />
      ) : (
        <button type="submit" disabled={choice === current}>
          {t('reports.rule.apply')}
        </button>
      )}
      {error ? (
        <p role="alert" className="form-error">
          {error}
        </p>
      ) : null}
    </form>
  );
}
