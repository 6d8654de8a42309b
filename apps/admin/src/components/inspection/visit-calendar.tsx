import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../lib/format';
import { type CalendarView, monthWeeks, visitsByDay, weekDays } from '../../lib/inspection-visits';
import { visitBadge } from './visit-fragments';

export interface CalendarVisit {
  id: string;
  status: string;
  date: string;
  startTime: string;
  endTime: string;
  unit: { name: string };
}

/** One visit as a link: window, unit and status. */
export function VisitLink({ visit }: { visit: CalendarVisit }) {
  const { t } = useTranslation();
  return (
    <Link to={`/inspections/${visit.id}`} className="visit-link">
      <span className="visit-time">
        {visit.startTime}–{visit.endTime}
      </span>{' '}
      <span className="visit-unit">{visit.unit.name}</span>{' '}
      <span className={visitBadge(visit.status)}>{t(`inspectionVisits.status.${visit.status}`)}</span>
    </Link>
  );
}

/**
 * The month (Monday-first weeks; days of the months around it muted) or the week (seven days as a
 * list, usable at 390 px). Each day lists its visits; a day without visits in the week says so.
 */
export function VisitCalendar({
  view,
  date,
  today,
  visits,
}: {
  view: Exclude<CalendarView, 'list'>;
  date: string;
  today: string;
  visits: readonly CalendarVisit[];
}) {
  const { t } = useTranslation();
  const byDay = visitsByDay(visits);
  const weekdays = t('inspectionVisits.weekdays').split(',');
  if (view === 'week') {
    return (
      <ol className="visit-week">
        {weekDays(date).map((day, i) => (
          <li key={day} className={day === today ? 'visit-day visit-today' : 'visit-day'}>
            <h3>
              {weekdays[i]} {formatDate(day)}
            </h3>
            {(byDay.get(day) ?? []).length === 0 ? (
              <p className="muted">{t('inspectionVisits.noVisitDay')}</p>
            ) : (
              <ul className="plain">
                {(byDay.get(day) ?? []).map((v) => (
                  <li key={v.id}>
                    <VisitLink visit={v} />
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    );
  }
  const month = date.slice(0, 7);
  return (
    <div className="table-wrap">
      <table className="visit-month">
        <caption className="visually-hidden">
          {t('inspectionVisits.monthCaption', { month: formatDate(date).slice(3) })}
        </caption>
        <thead>
          <tr>
            {weekdays.map((d) => (
              <th key={d} scope="col">
                {d}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {monthWeeks(date).map((week) => (
            <tr key={week[0]}>
              {week.map((day) => (
                <td
                  key={day}
                  className={[day.startsWith(month) ? '' : 'row-muted', day === today ? 'visit-today' : '']
                    .join(' ')
                    .trim()}
                >
                  <span className="visit-daynum">{Number(day.slice(8))}</span>
                  {(byDay.get(day) ?? []).map((v) => (
                    <VisitLink key={v.id} visit={v} />
                  ))}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
