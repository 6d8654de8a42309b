import '../components/inspection/actions.css';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { ActionCard, type ActionStep } from '../components/inspection/action-card';
import { ActionCreateDialog } from '../components/inspection/action-create-dialog';
import {
  ActionCard_CorrectiveActionFragment,
  type ActionCardData,
  ActionFindingFields,
} from '../components/inspection/action-fragments';
import { ActionStepDialog } from '../components/inspection/action-step-dialog';
import { EmptyState, ErrorMessage, Loading } from '../components/status';
import { useAppContext } from '../components/year-context';
import { graphql, readFragment } from '../graphql';
import { ACTION_STATUSES, filterFromParams } from '../lib/corrective-actions';

export const CorrectiveActionsPageQuery = graphql(
  `
    query CorrectiveActionsPage($year: Int!, $status: ActionStatus, $unitId: ID, $overdue: Boolean) {
      year(year: $year) {
        id
        asOf
        correctiveActions(status: $status, unitId: $unitId, overdue: $overdue) {
          id
          ...ActionCard_CorrectiveAction
        }
        correctiveActionFindings {
          ...ActionFindingFields
        }
      }
      unitTypes {
        id
        units {
          id
          name
          active
        }
      }
    }
  `,
  [ActionCard_CorrectiveActionFragment, ActionFindingFields],
);

/**
 * "Hành động khắc phục": the year's corrective actions by due date with their status and an overdue
 * flag, filtered by status, unit and overdue (kept in the URL). A unit officer sees its own unit's
 * and answers them ("Gửi kết quả khắc phục": a note and evidence); the inspection team verifies or
 * sends back with a reason, and creates actions from the weaknesses of its visits. Every step asks
 * for a confirmation; the buttons are the server's `viewerCan…`.
 */
export function CorrectiveActionsPage() {
  const { t } = useTranslation();
  const { year, permissions } = useAppContext();
  const [params, setParams] = useSearchParams();
  const filter = filterFromParams(params);
  const ids = { status: useId(), unit: useId(), overdue: useId() };
  const [result, reexecute] = useQuery({
    query: CorrectiveActionsPageQuery,
    variables: { year, status: filter.status, unitId: filter.unitId, overdue: filter.overdue },
  });
  const [step, setStep] = useState<{ action: ActionCardData; step: ActionStep } | null>(null);
  const [creating, setCreating] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const yearData = result.data?.year ?? null;
  const actions = useMemo(
    () => (yearData?.correctiveActions ?? []).map((a) => readFragment(ActionCard_CorrectiveActionFragment, a)),
    [yearData?.correctiveActions],
  );
  const findings = useMemo(
    () => (yearData?.correctiveActionFindings ?? []).map((f) => readFragment(ActionFindingFields, f)),
    [yearData?.correctiveActionFindings],
  );
  const units = useMemo(
    () =>
      (result.data?.unitTypes ?? [])
        .flatMap((type) => type.units)
        .filter((u) => u.active)
        .sort((a, b) => a.name.localeCompare(b.name, 'vi')),
    [result.data?.unitTypes],
  );
  // A unit officer lists its own unit's only: no unit filter.
  const ownUnitOnly = permissions.selfAssess && !permissions.manageInspections && !permissions.appraise;

  const setFilter = (name: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };
  const done = (message: string) => {
    setStep(null);
    setCreating(false);
    setNotice(message);
    reexecute({ requestPolicy: 'network-only' });
  };

  return (
    <section className="corrective-actions">
      <h1>{t('correctiveActions.title')}</h1>
      <p className="muted">{t('correctiveActions.intro')}</p>
      {notice ? (
        <p className="notice" role="status">
          {notice}
        </p>
      ) : null}
      <fieldset className="action-filters">
        <legend>{t('correctiveActions.filters')}</legend>
        <div className="field">
          <label htmlFor={ids.status}>{t('correctiveActions.status')}</label>
          <select
            id={ids.status}
            value={filter.status ?? ''}
            onChange={(e) => setFilter('status', e.target.value || null)}
          >
            <option value="">{t('correctiveActions.allStatuses')}</option>
            {ACTION_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`correctiveActions.statuses.${s}`)}
              </option>
            ))}
          </select>
        </div>
        {ownUnitOnly ? null : (
          <div className="field">
            <label htmlFor={ids.unit}>{t('correctiveActions.unit')}</label>
            <select
              id={ids.unit}
              value={filter.unitId ?? ''}
              onChange={(e) => setFilter('unit', e.target.value || null)}
            >
              <option value="">{t('correctiveActions.allUnits')}</option>
              {units.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="field field-checkbox">
          <input
            id={ids.overdue}
            type="checkbox"
            checked={filter.overdue === true}
            onChange={(e) => setFilter('overdue', e.target.checked ? '1' : null)}
          />
          <label htmlFor={ids.overdue}>{t('correctiveActions.overdueOnly')}</label>
        </div>
      </fieldset>
      {findings.length > 0 ? (
        <p>
          <button type="button" className="primary" onClick={() => setCreating(true)}>
            {t('correctiveActions.create')}
          </button>
        </p>
      ) : null}
      {result.fetching && !result.data ? <Loading /> : null}
      {result.error ? (
        <ErrorMessage error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      ) : null}
      {yearData ? (
        actions.length === 0 ? (
          <EmptyState>
            {ownUnitOnly && !filter.status && !filter.overdue
              ? t('correctiveActions.emptyOwn')
              : t('correctiveActions.empty')}
          </EmptyState>
        ) : (
          <>
            <p className="muted" aria-live="polite">
              {t('correctiveActions.count', {
                count: actions.length,
                verified: actions.filter((a) => a.status === 'VERIFIED').length,
                overdue: actions.filter((a) => a.overdue).length,
              })}
            </p>
            <ul className="action-list">
              {actions.map((action) => (
                <ActionCard key={action.id} action={action} onStep={(s) => setStep({ action, step: s })} />
              ))}
            </ul>
          </>
        )
      ) : null}
      {step && yearData ? (
        <ActionStepDialog
          yearId={yearData.id}
          action={step.action}
          step={step.step}
          onClose={() => setStep(null)}
          onDone={done}
          onConflict={done}
        />
      ) : null}
      {creating && yearData ? (
        <ActionCreateDialog
          findings={findings}
          units={units}
          asOf={yearData.asOf}
          onClose={() => setCreating(false)}
          onDone={done}
        />
      ) : null}
    </section>
  );
}
