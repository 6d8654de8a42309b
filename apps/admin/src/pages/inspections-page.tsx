import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { VisitCalendar, VisitLink } from '../components/inspection/visit-calendar';
import { VISIT_STATUSES, VisitCard_InspectionVisitFragment } from '../components/inspection/visit-fragments';
import { VisitScheduleDialog } from '../components/inspection/visit-schedule-dialog';
import { EmptyState, ErrorMessage, Loading } from '../components/status';
import { useAppContext } from '../components/year-context';
import { graphql } from '../graphql';
import { formatDate } from '../lib/format';
import {
  type CalendarView,
  emptyVisitForm,
  monthLabel,
  shiftView,
  unitOrder,
  viewRange,
  weekDays,
} from '../lib/inspection-visits';

export const InspectionsPageQuery = graphql(
  `
    query InspectionsPage($year: Int!, $filter: InspectionVisitFilter) {
      me {
        id
      }
      year(year: $year) {
        id
        asOf
        viewerCanPlanInspections
        inspectionPlan {
          id
          title
          planTask {
            id
            code
          }
        }
        inspectionVisits(filter: $filter) {
          ...VisitCard_InspectionVisit
        }
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
  [VisitCard_InspectionVisitFragment],
);

/** The server's day (the calendar opens on its week) and whether the viewer may plan. */
export const InspectionsDayQuery = graphql(`
  query InspectionsDay($year: Int!) {
    year(year: $year) {
      id
      asOf
    }
  }
`);

const VIEWS: readonly CalendarView[] = ['month', 'week', 'list'];

/**
 * "Kiểm tra": the year's inspection visits as a month or week calendar or a list, filtered by unit,
 * inspector ("Của tôi" for an inspector), status (kept in the URL). Those who may plan get "Lên lịch
 * kiểm tra". A unit officer reads its own unit's visits, coming ones first, with what will be looked
 * at.
 */
export function InspectionsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { year, permissions } = useAppContext();
  const [params, setParams] = useSearchParams();
  const ids = { view: useId(), unit: useId(), inspector: useId(), status: useId() };
  const view = (VIEWS as readonly string[]).includes(params.get('view') ?? '')
    ? (params.get('view') as CalendarView)
    : 'week';
  const unitId = params.get('unit');
  const inspectorId = params.get('inspector');
  const mine = params.get('mine') === '1';
  const status = params.get('status');
  const [anchor, setAnchor] = useState<string | null>(params.get('date'));
  const [scheduling, setScheduling] = useState(false);
  const unitOfficer = permissions.selfAssess && !permissions.manageInspections;

  const [probe, reexecuteProbe] = useQuery({ query: InspectionsDayQuery, variables: { year } });
  // The server's day, kept once known: an error in a field of the page's answer makes the cached year
  // null, which this probe reads too (the same `year(year:)` field); without the day the page query
  // would pause, and its error would never show.
  const probedDay = probe.data?.year?.asOf ?? null;
  const [knownDay, setKnownDay] = useState<string | null>(null);
  useEffect(() => {
    if (probedDay) setKnownDay(probedDay);
  }, [probedDay]);
  const today = probedDay ?? knownDay;
  const date = anchor ?? today ?? `${year}-01-01`;
  const range = view === 'list' || unitOfficer ? null : viewRange(view, date);
  const filter = {
    ...(unitId ? { unitId } : {}),
    ...(mine ? { mine: true } : inspectorId ? { inspectorId } : {}),
    ...(status ? { status: [status as (typeof VISIT_STATUSES)[number]] } : {}),
    ...(range ?? {}),
  };
  const [result, reexecute] = useQuery({
    query: InspectionsPageQuery,
    variables: { year, filter },
    pause: !today,
  });
  const y = result.data?.year ?? null;
  const visits = result.data?.year?.inspectionVisits ?? [];
  const units = useMemo(
    () =>
      (result.data?.unitTypes ?? [])
        .flatMap((type) => type.units)
        .filter((u) => u.active)
        .sort((a, b) => a.name.localeCompare(b.name, 'vi')),
    [result.data?.unitTypes],
  );

  const setParam = (name: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };

  if (probe.error)
    return <ErrorMessage error={probe.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (result.error && !y)
    return <ErrorMessage error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!today && !probe.fetching && probe.data && !probe.data.year)
    return (
      <ErrorMessage
        error={new Error(t('app.yearNotFound', { year }))}
        onRetry={() => reexecuteProbe({ requestPolicy: 'network-only' })}
      />
    );
  if (!y || !today) return <Loading />;

  const choices = {
    units: y.inspectionUnitChoices,
    people: y.inspectionTeamChoices,
    areas: (y.framework?.nodes ?? []).filter((n) => n.depth === 0),
  };
  const myId = result.data?.me?.id ?? null;

  return (
    <section className="inspections">
      <div className="page-head">
        <h1>{t('inspectionVisits.title')}</h1>
        {y.viewerCanPlanInspections ? (
          <button type="button" className="primary" onClick={() => setScheduling(true)}>
            {t('inspectionVisits.schedule')}
          </button>
        ) : null}
      </div>
      {permissions.manageInspections && permissions.viewDeadlines ? (
        <p>
          <Link to="/deadlines">{t('inspectionVisits.ical')}</Link>{' '}
          <span className="muted">{t('inspectionVisits.icalHint')}</span>
        </p>
      ) : null}
      {y.inspectionPlan ? (
        <p className="muted">
          {t('inspectionVisits.plan', {
            title: y.inspectionPlan.title,
            task: y.inspectionPlan.planTask?.code ?? '—',
          })}
        </p>
      ) : null}
      {unitOfficer ? (
        <UnitVisits visits={unitOrder(visits, today)} today={today} fetching={result.fetching} />
      ) : (
        <>
          <fieldset className="filters visit-filters">
            <legend className="visually-hidden">{t('inspectionVisits.filters')}</legend>
            <div className="field">
              <label htmlFor={ids.view}>{t('inspectionVisits.view')}</label>
              <select id={ids.view} value={view} onChange={(e) => setParam('view', e.target.value)}>
                {VIEWS.map((v) => (
                  <option key={v} value={v}>
                    {t(`inspectionVisits.views.${v}`)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={ids.unit}>{t('inspectionVisits.unit')}</label>
              <select id={ids.unit} value={unitId ?? ''} onChange={(e) => setParam('unit', e.target.value || null)}>
                <option value="">{t('inspectionVisits.allUnits')}</option>
                {units.map((u) => (
                  <option key={u.id} value={u.id}>
                    {u.name}
                  </option>
                ))}
              </select>
            </div>
            {y.inspectionTeamChoices.length ? (
              <div className="field">
                <label htmlFor={ids.inspector}>{t('inspectionVisits.inspector')}</label>
                <select
                  id={ids.inspector}
                  value={mine ? '' : (inspectorId ?? '')}
                  onChange={(e) => setParam('inspector', e.target.value || null)}
                  disabled={mine}
                >
                  <option value="">{t('inspectionVisits.allInspectors')}</option>
                  {y.inspectionTeamChoices.map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.fullName}
                    </option>
                  ))}
                </select>
              </div>
            ) : null}
            <div className="field">
              <label htmlFor={ids.status}>{t('inspectionVisits.statusLabel')}</label>
              <select id={ids.status} value={status ?? ''} onChange={(e) => setParam('status', e.target.value || null)}>
                <option value="">{t('inspectionVisits.allStatuses')}</option>
                {VISIT_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {t(`inspectionVisits.status.${s}`)}
                  </option>
                ))}
              </select>
            </div>
            {permissions.manageInspections && myId ? (
              <div className="field-check">
                <input
                  id={`${ids.inspector}-mine`}
                  type="checkbox"
                  checked={mine}
                  onChange={(e) => setParam('mine', e.target.checked ? '1' : null)}
                />
                <label htmlFor={`${ids.inspector}-mine`}>{t('inspectionVisits.mine')}</label>
              </div>
            ) : null}
          </fieldset>
          {view === 'list' ? null : (
            <nav className="visit-nav" aria-label={t('inspectionVisits.period')}>
              <button type="button" onClick={() => setAnchor(shiftView(view, date, -1))}>
                <span aria-hidden="true">‹</span> {t(`inspectionVisits.previous.${view}`)}
              </button>
              <h2 aria-live="polite">
                {view === 'month'
                  ? t('inspectionVisits.monthHeading', { month: monthLabel(date) })
                  : t('inspectionVisits.weekHeading', {
                      from: formatDate(weekDays(date)[0]),
                      to: formatDate(weekDays(date)[6]),
                    })}
              </h2>
              <button type="button" onClick={() => setAnchor(shiftView(view, date, 1))}>
                {t(`inspectionVisits.next.${view}`)} <span aria-hidden="true">›</span>
              </button>
              <button type="button" onClick={() => setAnchor(today)}>
                {t('inspectionVisits.today')}
              </button>
            </nav>
          )}
          {result.error ? <ErrorMessage error={result.error} /> : null}
          {view === 'list' ? (
            visits.length === 0 ? (
              <EmptyState>{t('inspectionVisits.empty')}</EmptyState>
            ) : (
              <ul className="plain visit-list">
                {visits.map((v) => (
                  <li key={v.id}>
                    <span className="visit-date">{formatDate(v.date)}</span> <VisitLink visit={v} />
                  </li>
                ))}
              </ul>
            )
          ) : (
            <VisitCalendar view={view} date={date} today={today} visits={visits} />
          )}
        </>
      )}
      {scheduling ? (
        <VisitScheduleDialog
          yearId={y.id}
          choices={choices}
          initial={emptyVisitForm(date, permissions.manageInspections ? myId : null)}
          onClose={() => setScheduling(false)}
          onSaved={(visitId) => {
            setScheduling(false);
            reexecute({ requestPolicy: 'network-only' });
            void navigate(`/inspections/${visitId}`);
          }}
        />
      ) : null}
    </section>
  );
}

/** A unit officer's view: its unit's visits, coming ones first, each with its team and scope. */
function UnitVisits({
  visits,
  today,
  fetching,
}: {
  visits: ReadonlyArray<{
    id: string;
    status: string;
    date: string;
    startTime: string;
    endTime: string;
    place: string | null;
    scopeText: string | null;
    unit: { name: string };
    team: ReadonlyArray<{ id: string; name: string; role: string }>;
    scope: ReadonlyArray<{ node: { id: string; code: string; name: string } }>;
  }>;
  today: string;
  fetching: boolean;
}) {
  const { t } = useTranslation();
  if (visits.length === 0) {
    return fetching ? <Loading /> : <EmptyState>{t('inspectionVisits.unitEmpty')}</EmptyState>;
  }
  return (
    <ul className="plain visit-cards">
      {visits.map((v) => (
        <li key={v.id} className={v.date >= today ? 'visit-card visit-coming' : 'visit-card'}>
          <h2>
            {formatDate(v.date)} · <VisitLink visit={v} />
          </h2>
          {v.place ? <p>{t('inspectionVisits.placeAt', { place: v.place })}</p> : null}
          <p>{t('inspectionVisits.teamList', { names: v.team.map((m) => `${m.name} (${m.role})`).join(', ') })}</p>
          <p>
            {t('inspectionVisits.scopeList', {
              scope: [...v.scope.map((s) => `${s.node.code}. ${s.node.name}`), v.scopeText].filter(Boolean).join('; '),
            })}
          </p>
        </li>
      ))}
    </ul>
  );
}
