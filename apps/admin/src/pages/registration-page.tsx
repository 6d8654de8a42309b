import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { RegistrationViewFields } from '../components/registration/registration-fragments';
import { RegistrationStatusBadge, RegistrationView } from '../components/registration/registration-view';
import { PlanTimingBadge, UnitPlanSection } from '../components/registration/unit-plan-section';
import { useSelectedYear } from '../components/year-context';
import { graphql } from '../graphql';
import { formatVndDigits, type PlanTiming, type RegistrationStatus } from '../lib/registration';

export const RegistrationPageQuery = graphql(`
  query RegistrationPage($year: Int!) {
    me {
      id
      roles
      unit {
        id
        name
      }
    }
    year(year: $year) {
      id
      year
      unitPlanDeadline
      unitPlanDeadlineText
      viewerCanSubmitUnitPlan
      registrationUnits {
        id
        name
      }
      registrations {
        unitId
        unitName
        documentNumber
        planSubmittedAt
        planTiming
        registrationId
        status
        itemCount
        totalBudgetVnd
      }
    }
  }
`);

export const RegistrationUnitQuery = graphql(
  `
  query RegistrationUnit($year: Int!, $unitId: ID!) {
    year(year: $year) {
      id
      unitPlan(unitId: $unitId) {
        id
        version
        documentNumber
        issuedOn
        submittedAt
        submittedByName
        timing
        file {
          id
          fileName
          url
        }
      }
      registration(unitId: $unitId) {
        id
        ...RegistrationViewFields
      }
    }
  }
`,
  [RegistrationViewFields],
);

/** One unit: its own plan and its registration form. */
function UnitRegistration({
  year,
  yearId,
  unitId,
  unitName,
  deadline,
  deadlineText,
  canSubmitPlan,
  units,
  onChanged,
}: {
  year: number;
  yearId: string;
  unitId: string;
  unitName: string;
  deadline: string;
  deadlineText: string;
  canSubmitPlan: boolean;
  units: ReadonlyArray<{ id: string; name: string }>;
  onChanged: (message: string) => void;
}) {
  const { t } = useTranslation();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: RegistrationUnitQuery,
    variables: { year, unitId },
  });
  const changed = (message: string) => {
    reexecute({ requestPolicy: 'network-only' });
    onChanged(message);
  };
  if (fetching && !data) return <p>{t('registration.loading')}</p>;
  if (error || !data?.year) return <p role="alert">{t('registration.loadFailed')}</p>;
  return (
    <div className="registration-unit">
      <UnitPlanSection
        yearId={yearId}
        unitId={unitId}
        deadline={deadline}
        deadlineText={deadlineText}
        plan={data.year.unitPlan ? { ...data.year.unitPlan, timing: data.year.unitPlan.timing as PlanTiming } : null}
        canSubmit={canSubmitPlan}
        onSent={changed}
      />
      <section aria-labelledby="registration-form-heading">
        <h2 id="registration-form-heading">{t('registration.formTitle', { year, unit: unitName })}</h2>
        <RegistrationView
          data={data.year.registration ?? null}
          yearId={yearId}
          year={year}
          unitId={unitId}
          units={units}
          onChanged={changed}
        />
      </section>
    </div>
  );
}

/**
 * Kế hoạch & đăng ký. A unit officer: the unit's own plan (send the signed document with its number
 * and date; on time / late) and the registration form (items, total in words, submit; after a return,
 * Home Affairs' comment on top; history). Home Affairs and leadership: every unit with its plan on time
 * / late / missing and its registration's status; open one to read it, download it, and (Home
 * Affairs) accept it or return it with a comment.
 */
export function RegistrationPage() {
  const { t } = useTranslation();
  const year = useSelectedYear();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: RegistrationPageQuery, variables: { year } });
  const [notice, setNotice] = useState<string | null>(null);
  const [openUnitId, setOpenUnitId] = useState<string | null>(null);
  if (fetching && !data) return <p>{t('registration.loading')}</p>;
  if (error) return <p role="alert">{t('registration.loadFailed')}</p>;
  const y = data?.year;
  if (!y) return <p>{t('registration.noYear')}</p>;
  const me = data?.me;
  const officerUnit = me?.roles.includes('UNIT_OFFICER') ? (me.unit ?? null) : null;
  const changed = (message: string) => {
    setNotice(message);
    reexecute({ requestPolicy: 'network-only' });
  };
  const common = {
    year: y.year,
    yearId: y.id,
    deadline: y.unitPlanDeadline,
    deadlineText: y.unitPlanDeadlineText,
    units: y.registrationUnits,
    onChanged: changed,
  };
  const rows = y.registrations;
  const opened = rows.find((r) => r.unitId === openUnitId) ?? null;

  return (
    <section className="page">
      <h1>{t('registration.title', { year: y.year })}</h1>
      {notice ? (
        <p role="status" className="notice">
          {notice}
        </p>
      ) : null}
      {officerUnit ? (
        <UnitRegistration
          {...common}
          unitId={officerUnit.id}
          unitName={officerUnit.name}
          canSubmitPlan={y.viewerCanSubmitUnitPlan}
        />
      ) : rows.length === 0 ? (
        <p className="muted">{t('registration.nothing')}</p>
      ) : (
        <>
          <p>{t('registration.overviewIntro', { text: y.unitPlanDeadlineText })}</p>
          <table className="registration-units">
            <caption>{t('registration.unitsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('registration.unit')}</th>
                <th scope="col">{t('registration.plan.column')}</th>
                <th scope="col">{t('registration.statusColumn')}</th>
                <th scope="col">{t('registration.totalColumn')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('registration.open')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.unitId} aria-current={r.unitId === openUnitId ? 'true' : undefined}>
                  <th scope="row">{r.unitName}</th>
                  <td>
                    <PlanTimingBadge timing={r.planTiming as PlanTiming} />
                    {r.documentNumber ? ` ${r.documentNumber}` : ''}
                  </td>
                  <td>
                    <RegistrationStatusBadge status={(r.status as RegistrationStatus | null) ?? null} />
                  </td>
                  <td>
                    {r.status
                      ? `${t('registration.itemCount', { count: r.itemCount })} — ${formatVndDigits(r.totalBudgetVnd)}`
                      : '—'}
                  </td>
                  <td>
                    <button
                      type="button"
                      onClick={() => setOpenUnitId(r.unitId)}
                      aria-label={t('registration.openUnit', { unit: r.unitName })}
                    >
                      {t('registration.open')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {opened ? (
            <UnitRegistration {...common} unitId={opened.unitId} unitName={opened.unitName} canSubmitPlan={false} />
          ) : null}
        </>
      )}
    </section>
  );
}
