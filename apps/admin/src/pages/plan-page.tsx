import { TaskStatus } from '@cchc/domain';
import { useDeferredValue, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import {
  PlanTaskEditDialog,
  PlanTaskEditDialog_PlanTaskFragment,
  type PlanTaskSaved,
} from '../components/plan-task-edit-dialog';
import { PlanTaskRow, PlanTaskRow_PlanTaskFragment } from '../components/plan-task-row';
import { EmptyState, ErrorMessage, Loading } from '../components/status';
import { useAppContext, useSelectedYear } from '../components/year-context';
import { PlanImportDialog } from '../components/plan-import-dialog';
import { PlanTaskAddDialog } from '../components/plan-task-add-dialog';
import { PlanAreasDialog } from '../components/plan-areas-dialog';
import { MovePlanTaskMutation } from '../components/plan-task-move';
import { graphql, type ResultOf } from '../graphql';
import { nextSort, searchTasks, sortTasks, type SortKey, type SortState } from '../lib/plan-table';

export const PlanPageQuery = graphql(
  `
    query PlanPage($year: Int!, $areaCode: String, $leadUnitId: ID, $status: TaskStatus) {
      year(year: $year) {
        id
        year
        title
        # the year's own authority's units, by type, for the "Cơ quan chủ trì" filter (Query.unitTypes
        # would list every authority's: 10,000 units at national scale; the paged Query.units is the
        # units page's list: graphcache joins its pages, so other lists stay out of it)
        authority {
          id
          unitTypes {
            id
            units {
              id
              name
              active
            }
          }
        }
        planAreas {
          id
          code
          name
        }
        planTasks(areaCode: $areaCode, leadUnitId: $leadUnitId, status: $status) {
          id
          code
          position
          text
          leadLabel
          coordinatingLabel
          timePhrase
          status
          overdue
          viewerCanUpdateStatus
          viewerCanSetTiming
          viewerCanOverrideStatus
          version
          area {
            id
            code
            name
          }
          timing {
            due
            occurrences {
              due
            }
          }
          ...PlanTaskRow_PlanTask
          ...PlanTaskEditDialog_PlanTask
        }
      }
    }
  `,
  [PlanTaskRow_PlanTaskFragment, PlanTaskEditDialog_PlanTaskFragment],
);

const TASK_STATUSES = Object.values(TaskStatus);
function isTaskStatus(value: string | null): value is TaskStatus {
  return value !== null && (TASK_STATUSES as readonly string[]).includes(value);
}
type PlanTask = NonNullable<ResultOf<typeof PlanPageQuery>['year']>['planTasks'][number];
/** The server says, per task, what the viewer may change (`viewerCan…`). */
const canEdit = (task: PlanTask) => task.viewerCanUpdateStatus || task.viewerCanSetTiming;

const SORTABLE: Partial<Record<string, SortKey>> = { code: 'code', due: 'due', status: 'status' };
const COLUMNS = ['code', 'text', 'area', 'lead', 'coordinating', 'timePhrase', 'due', 'status'] as const;
const COLUMNS_WITH_ACTIONS = [...COLUMNS, 'actions'] as const;

export function PlanPage() {
  const { t } = useTranslation();
  const year = useSelectedYear();
  const ids = { area: useId(), lead: useId(), status: useId(), search: useId() };
  const [searchParams, setSearchParams] = useSearchParams();
  const areaCode = searchParams.get('area') || null;
  const leadUnitId = searchParams.get('lead') || null;
  const statusParam = searchParams.get('status');
  const status = isTaskStatus(statusParam) ? statusParam : null;
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const [sort, setSort] = useState<SortState>({ key: 'code', direction: 'ascending' });

  const [result, reexecute] = useQuery({
    query: PlanPageQuery,
    variables: { year, areaCode, leadUnitId, status },
  });

  // keep showing the last answer for this year while a new filter combination loads
  const last = useRef<{ year: number; data: ResultOf<typeof PlanPageQuery> } | null>(null);
  // (graphcache answers `year: null`, stale, from the cache while a list it lacks loads: not an
  // answer yet)
  const settled =
    result.data && (result.data.year !== null || !(result.fetching || result.stale)) ? result.data : undefined;
  if (settled) last.current = { year, data: settled };
  const data = settled ?? (last.current?.year === year ? last.current.data : undefined);

  const [editingId, setEditingId] = useState<string | null>(null);
  const { permissions } = useAppContext();
  const [importing, setImporting] = useState(false);
  const [adding, setAdding] = useState(false);
  const [editingAreas, setEditingAreas] = useState(false);
  const [, movePlanTask] = useMutation(MovePlanTaskMutation);
  const [moveMessage, setMoveMessage] = useState<string | null>(null);
  const move = async (task: { id: string; code: string; version: number }, direction: 'UP' | 'DOWN') => {
    const result = await movePlanTask({ input: { id: task.id, version: task.version, direction } });
    const payload = result.data?.movePlanTask;
    if (payload?.__typename === 'PlanTaskChanged') {
      setMoveMessage(t(direction === 'UP' ? 'myTasks.movedUp' : 'myTasks.movedDown', { code: task.code }));
      reexecute({ requestPolicy: 'network-only' });
    } else {
      setMoveMessage(payload && 'message' in payload ? payload.message : t('myTasks.moveFailed'));
    }
  };
  const [imported, setImported] = useState<number | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const editTrigger = useRef<HTMLElement | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  // When the dialog closes, focus goes back to the "Sửa" button that opened it (or to the
  // heading when that row has left the list).
  useEffect(() => {
    if (editingId !== null) return;
    const trigger = editTrigger.current;
    editTrigger.current = null;
    if (!trigger) return;
    if (trigger.isConnected) trigger.focus();
    else headingRef.current?.focus();
  }, [editingId]);

  const openEditor = (taskId: string, trigger: HTMLElement) => {
    editTrigger.current = trigger;
    setEditingId(taskId);
  };
  const onSaved = (saved: PlanTaskSaved) => {
    // graphcache has updated the task and dropped the lists filtered by status (client.ts), so
    // this list reloads; when the task leaves it, focus goes to the heading rather than nowhere
    if (saved.statusChanged && status && saved.status !== status) editTrigger.current = headingRef.current;
    setEditingId(null);
    // emptied first so the same message is announced again after a second save
    setAnnouncement('');
    window.setTimeout(() => setAnnouncement(t('plan.edit.saved', { code: saved.code })), 50);
  };

  const rows = useMemo(
    () => sortTasks(searchTasks(data?.year?.planTasks ?? [], deferredQuery), sort),
    [data, deferredQuery, sort],
  );

  const setParam = (name: string, value: string) => {
    const next = new URLSearchParams(searchParams);
    if (value) next.set(name, value);
    else next.delete(name);
    setSearchParams(next, { replace: true });
  };
  const hasFilters = Boolean(areaCode || leadUnitId || status || query);
  const clearFilters = () => {
    const next = new URLSearchParams(searchParams);
    for (const name of ['area', 'lead', 'status']) next.delete(name);
    setSearchParams(next, { replace: true });
    setQuery('');
  };

  if (!data) {
    if (result.error)
      return <ErrorMessage error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
    return <Loading />;
  }
  if (!data.year) return <p className="status status-empty">{t('app.yearNotFound', { year })}</p>;

  // Areas come in plan order and units in Vietnamese order (by type) from the server.
  const areas = data.year.planAreas;
  const tasks = data.year.planTasks;
  const editingTask = editingId ? tasks.find((task) => task.id === editingId) : undefined;
  const leads = data.year.authority.unitTypes.flatMap((type) => type.units).filter((u) => u.active);
  // the action column when the viewer may change at least one of the tasks listed
  const columns = tasks.some(canEdit) ? COLUMNS_WITH_ACTIONS : COLUMNS;

  return (
    <section aria-labelledby="plan-title">
      <h1 id="plan-title" ref={headingRef} tabIndex={-1}>
        {t('plan.title', { year: data.year.year })}
      </h1>
      <p className="lead">{data.year.title}</p>
      {permissions.managePlan ? (
        <p>
          <button type="button" onClick={() => setAdding(true)}>
            {t('planAdd.open')}
          </button>{' '}
          <button type="button" onClick={() => setEditingAreas(true)}>
            {t('planAreas.open')}
          </button>{' '}
          <button type="button" onClick={() => setImporting(true)}>
            {t('planImport.open')}
          </button>
        </p>
      ) : null}
      {moveMessage ? (
        <p role="status" className="notice">
          {moveMessage}
        </p>
      ) : null}
      {imported !== null ? (
        <p role="status" className="notice">
          {t('planImport.imported', { count: imported })}
        </p>
      ) : null}
      {editingAreas ? (
        <PlanAreasDialog
          yearId={data.year.id}
          areas={data.year.planAreas}
          onClose={() => setEditingAreas(false)}
          onChanged={(message) => {
            setEditingAreas(false);
            setMoveMessage(message);
            reexecute({ requestPolicy: 'network-only' });
          }}
        />
      ) : null}
      {adding ? (
        <PlanTaskAddDialog
          areas={data.year.planAreas}
          units={data.year.authority.unitTypes.flatMap((type) => type.units).filter((u) => u.active)}
          onClose={() => setAdding(false)}
          onAdded={(code) => {
            setAdding(false);
            setMoveMessage(t('planAdd.added', { code }));
            reexecute({ requestPolicy: 'network-only' });
          }}
        />
      ) : null}
      {importing ? (
        <PlanImportDialog
          yearId={data.year.id}
          onClose={() => setImporting(false)}
          onImported={(count) => {
            setImporting(false);
            setImported(count);
            reexecute({ requestPolicy: 'network-only' });
          }}
        />
      ) : null}
      {/* biome-ignore lint/a11y/useSemanticElements: the filters are a form (labels, Enter); role="search" names it a landmark, which the <search> element is not yet in every screen reader */}
      <form className="filters" role="search" aria-label={t('plan.filters')} onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor={ids.area}>{t('plan.area')}</label>
          <select id={ids.area} value={areaCode ?? ''} onChange={(e) => setParam('area', e.target.value)}>
            <option value="">{t('plan.allAreas')}</option>
            {areas.map((area) => (
              <option key={area.id} value={area.code}>
                {area.code}. {area.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.lead}>{t('plan.lead')}</label>
          <select id={ids.lead} value={leadUnitId ?? ''} onChange={(e) => setParam('lead', e.target.value)}>
            <option value="">{t('plan.allLeads')}</option>
            {leads.map((unit) => (
              <option key={unit.id} value={unit.id}>
                {unit.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.status}>{t('plan.status')}</label>
          <select id={ids.status} value={status ?? ''} onChange={(e) => setParam('status', e.target.value)}>
            <option value="">{t('plan.allStatuses')}</option>
            {TASK_STATUSES.map((value) => (
              <option key={value} value={value}>
                {t(`taskStatus.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field field-grow">
          <label htmlFor={ids.search}>{t('plan.search')}</label>
          <input
            id={ids.search}
            type="search"
            value={query}
            placeholder={t('plan.searchPlaceholder')}
            onChange={(e) => setQuery(e.target.value)}
          />
        </div>
        {hasFilters ? (
          <button type="button" className="link-button" onClick={clearFilters}>
            {t('plan.clearFilters')}
          </button>
        ) : null}
      </form>

      <div className="table-toolbar">
        <p className="counter" role="status" aria-live="polite">
          {t('plan.count', { count: rows.length })}
        </p>
        <p className="announcement" role="status" aria-live="polite">
          {announcement}
        </p>
        {result.fetching ? <span className="muted">{t('app.loading')}</span> : null}
      </div>
      {result.error ? (
        <ErrorMessage error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      ) : null}

      <div className="table-wrap">
        <table className="data-table plan-table" aria-busy={result.fetching || undefined}>
          <caption>{t('plan.caption', { year: data.year.year })}</caption>
          <thead>
            <tr>
              {columns.map((column) => {
                const label = t(`plan.columns.${column}`);
                const key = SORTABLE[column];
                if (!key) {
                  return (
                    <th key={column} scope="col">
                      {label}
                    </th>
                  );
                }
                const active = sort.key === key;
                return (
                  <th key={column} scope="col" aria-sort={active ? sort.direction : 'none'}>
                    <button
                      type="button"
                      className="sort-button"
                      onClick={() => setSort((current) => nextSort(current, key))}
                    >
                      {label}
                      <span aria-hidden="true" className="sort-icon">
                        {active ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
                      </span>
                    </button>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 ? (
              <tr>
                <td colSpan={columns.length}>
                  <EmptyState>{t('plan.empty')}</EmptyState>
                </td>
              </tr>
            ) : (
              rows.map((task) => (
                <PlanTaskRow
                  key={task.id}
                  task={task}
                  onEdit={canEdit(task) ? (trigger) => openEditor(task.id, trigger) : undefined}
                  actionColumn={columns === COLUMNS_WITH_ACTIONS}
                  onMove={task.viewerCanOverrideStatus ? (direction) => void move(task, direction) : undefined}
                />
              ))
            )}
          </tbody>
        </table>
      </div>
      {editingTask && canEdit(editingTask) ? (
        <PlanTaskEditDialog
          key={editingTask.id}
          task={editingTask}
          onClose={() => setEditingId(null)}
          onSaved={onSaved}
        />
      ) : null}
    </section>
  );
}
