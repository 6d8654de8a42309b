import { TaskStatus } from '@cchc/domain';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { ErrorMessage, Loading } from '../components/status';
import { TaskStatusChart, TaskStatusChart_PlanTaskFragment } from '../components/task-status-chart';
import { YearCalendar, YearCalendar_EvaluationYearFragment } from '../components/year-calendar';
import { useSelectedYear } from '../components/year-context';
import { graphql } from '../graphql';
import { formatDate, formatNumber, numberLocale } from '../lib/format';

export const DashboardPageQuery = graphql(
  `
    query DashboardPage($year: Int!) {
      year(year: $year) {
        id
        year
        title
        status
        unitPlanDeadline
        unitPlanDeadlineText
        authority {
          id
          name
        }
        ...YearCalendar_EvaluationYear
        planTasks {
          id
          status
          overdue
          ...TaskStatusChart_PlanTask
        }
      }
      unitTypes {
        id
        units {
          id
          active
        }
      }
    }
  `,
  [TaskStatusChart_PlanTaskFragment, YearCalendar_EvaluationYearFragment],
);

export function DashboardPage() {
  const { t, i18n } = useTranslation();
  const year = useSelectedYear();
  const [result, reexecute] = useQuery({ query: DashboardPageQuery, variables: { year } });
  const locale = numberLocale(i18n.language);

  if (result.fetching && !result.data) return <Loading />;
  if (result.error && !result.data)
    return <ErrorMessage error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  const data = result.data;
  if (!data?.year) return <p className="status status-empty">{t('app.yearNotFound', { year })}</p>;

  const tasks = data.year.planTasks;
  const counts = [
    {
      label: t('dashboard.units'),
      value: data.unitTypes.flatMap((type) => type.units).filter((unit) => unit.active).length,
    },
    { label: t('dashboard.tasks'), value: tasks.length },
    { label: t('dashboard.tasksDone'), value: tasks.filter((task) => task.status === TaskStatus.DONE).length },
    {
      label: t('dashboard.tasksOverdue'),
      value: tasks.filter((task) => task.overdue).length,
      warn: true,
    },
  ];

  return (
    <section aria-labelledby="dashboard-title">
      <h1 id="dashboard-title">{t('dashboard.title', { year: data.year.year })}</h1>
      <p className="lead">{data.year.title}</p>
      <p className="muted">
        {data.year.authority.name} · {t('dashboard.status', { status: t(`yearStatus.${data.year.status}`) })} ·{' '}
        {t('dashboard.deadline', {
          text: data.year.unitPlanDeadlineText,
          date: formatDate(data.year.unitPlanDeadline),
        })}
      </p>
      <h2 className="visually-hidden">{t('dashboard.counts')}</h2>
      <dl className="stats">
        {counts.map((count) => (
          <div key={count.label} className={count.warn && count.value > 0 ? 'stat stat-warn' : 'stat'}>
            <dt>{count.label}</dt>
            <dd>{formatNumber(count.value, locale)}</dd>
          </div>
        ))}
      </dl>
      <YearCalendar year={data.year} onReload={() => reexecute({ requestPolicy: 'network-only' })} />
      <TaskStatusChart tasks={tasks} />
    </section>
  );
}
