import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { VisitFindings } from '../components/inspection/visit-findings';
import { VisitCard_InspectionVisitFragment, visitBadge } from '../components/inspection/visit-fragments';
import { VisitMinutes } from '../components/inspection/visit-minutes';
import { VisitScheduleDialog } from '../components/inspection/visit-schedule-dialog';
import { type VisitStep, VisitStepDialog } from '../components/inspection/visit-step-dialog';
import { ErrorMessage, Loading } from '../components/status';
import { graphql } from '../graphql';
import { formatDate } from '../lib/format';

export const VisitPageQuery = graphql(
  `
    query VisitPage($id: ID!) {
      inspectionVisit(id: $id) {
        ...VisitCard_InspectionVisit
        yearId
        notifiedAt
        startedAt
        concludedAt
      }
    }
  `,
  [VisitCard_InspectionVisitFragment],
);

export const VisitChoicesQuery = graphql(`
  query VisitChoices($year: Int!) {
    year(year: $year) {
      id
      inspectionTeamChoices {
        id
        fullName
      }
      inspectionUnitChoices {
        id
        name
      }
      framework {
        id
        nodes {
          id
          code
          name
          depth
        }
      }
    }
  }
`);

function dateTime(iso: string | null): string {
  if (!iso) return '';
  const d = new Date(new Date(iso).getTime() + 7 * 3600_000).toISOString();
  return `${formatDate(d.slice(0, 10))} ${d.slice(11, 16)}`;
}

/**
 * One visit (/inspections/:visitId): unit, day and window, place, team, scope, its step and when each
 * step was taken, the step buttons the server allows (each confirmed; cancel with a reason), then the
 * findings and the minutes.
 */
export function VisitPage() {
  const { t } = useTranslation();
  const { visitId = '' } = useParams();
  const [result, reexecute] = useQuery({ query: VisitPageQuery, variables: { id: visitId } });
  const [step, setStep] = useState<VisitStep | null>(null);
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const v = result.data?.inspectionVisit ?? null;
  const [choices] = useQuery({
    query: VisitChoicesQuery,
    variables: { year: Number((v?.date ?? '0').slice(0, 4)) },
    pause: !editing || !v,
  });

  if (result.error)
    return <ErrorMessage error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (result.fetching && !v) return <Loading />;
  if (!v) {
    return (
      <section>
        <h1>{t('inspectionVisits.notFound')}</h1>
        <p>
          <Link to="/inspections">{t('inspectionVisits.back')}</Link>
        </p>
      </section>
    );
  }
  const when = `${formatDate(v.date)}, ${v.startTime}–${v.endTime}`;
  const lead = v.team.find((m) => m.isLead);
  const done = (message: string) => {
    setStep(null);
    setEditing(false);
    setNotice(message);
    reexecute({ requestPolicy: 'network-only' });
  };
  const y = choices.data?.year;

  return (
    <section className="visit-page">
      <p>
        <Link to="/inspections">{t('inspectionVisits.back')}</Link>
      </p>
      <h1>{t('inspectionVisits.visitTitle', { unit: v.unit.name })}</h1>
      <p>
        <Link to={`/inspections?unit=${encodeURIComponent(v.unit.id)}&view=list`}>
          {t('inspectionVisits.unitVisits', { unit: v.unit.name })}
        </Link>
      </p>
      {notice ? (
        <p className="notice" role="status">
          {notice}
        </p>
      ) : null}
      <dl className="visit-facts">
        <dt>{t('inspectionVisits.statusLabel')}</dt>
        <dd>
          <span className={visitBadge(v.status)}>{t(`inspectionVisits.status.${v.status}`)}</span>
        </dd>
        <dt>{t('inspectionVisits.when')}</dt>
        <dd>{when}</dd>
        {v.place ? (
          <>
            <dt>{t('inspectionVisits.place')}</dt>
            <dd>{v.place}</dd>
          </>
        ) : null}
        {v.notifiedAt ? (
          <>
            <dt>{t('inspectionVisits.notifiedAt')}</dt>
            <dd>{dateTime(v.notifiedAt)}</dd>
          </>
        ) : null}
        {v.startedAt ? (
          <>
            <dt>{t('inspectionVisits.startedAt')}</dt>
            <dd>{dateTime(v.startedAt)}</dd>
          </>
        ) : null}
        {v.cancelReason ? (
          <>
            <dt>{t('inspectionVisits.cancelReason')}</dt>
            <dd>{v.cancelReason}</dd>
          </>
        ) : null}
      </dl>
      <h2>{t('inspectionVisits.team')}</h2>
      <ul>
        {v.team.map((m) => (
          <li key={m.id}>
            {m.name} — {m.role}
            {m.organization ? ` (${m.organization})` : ''}
          </li>
        ))}
      </ul>
      <h2>{t('inspectionVisits.scope')}</h2>
      <ul>
        {v.scope.map((s) => (
          <li key={s.node.id}>
            {s.node.code}. {s.node.name}
          </li>
        ))}
        {v.scopeText ? <li>{v.scopeText}</li> : null}
      </ul>
      <div className="row-actions visit-actions">
        {v.viewerCanUpdate ? (
          <button type="button" onClick={() => setEditing(true)}>
            {t('inspectionVisits.edit')}
          </button>
        ) : null}
        {v.viewerCanNotify ? (
          <button type="button" className="primary" onClick={() => setStep('notify')}>
            {t('inspectionVisits.steps.notify.title')}
          </button>
        ) : null}
        {v.viewerCanStart ? (
          <button type="button" className="primary" onClick={() => setStep('start')}>
            {t('inspectionVisits.steps.start.title')}
          </button>
        ) : null}
        {v.viewerCanCancel ? (
          <button type="button" onClick={() => setStep('cancel')}>
            {t('inspectionVisits.steps.cancel.title')}
          </button>
        ) : null}
      </div>
      <VisitFindings visitId={v.id} />
      <VisitMinutes visitId={v.id} />
      {step ? (
        <VisitStepDialog
          step={step}
          visit={{ id: v.id, version: v.version, unitName: v.unit.name, when }}
          onClose={() => setStep(null)}
          onDone={done}
        />
      ) : null}
      {editing && y ? (
        <VisitScheduleDialog
          yearId={y.id}
          choices={{
            units: y.inspectionUnitChoices,
            people: y.inspectionTeamChoices,
            areas: (y.framework?.nodes ?? []).filter((n) => n.depth === 0),
          }}
          editing={{ id: v.id, version: v.version }}
          initial={{
            unitId: v.unit.id,
            date: v.date,
            startTime: v.startTime,
            endTime: v.endTime,
            place: v.place ?? '',
            lead: Math.max(0, v.team.indexOf(lead ?? v.team[0]!)),
            team: v.team.map((m) => ({ userId: m.userId ?? '', name: m.name, organization: m.organization ?? '' })),
            scopeNodeIds: v.scope.map((s) => s.node.id),
            scopeText: v.scopeText ?? '',
          }}
          onClose={() => setEditing(false)}
          onSaved={() => done(t('inspectionVisits.saved'))}
        />
      ) : null}
    </section>
  );
}
