import { useCallback, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { ListCounter, LoadMore, useCounterFocus } from '../components/paged-list';
import { EmptyState, ErrorMessage, Loading } from '../components/status';
import { UnitRow_UnitFragment } from '../components/unit-row';
import { type VirtualColumn, VirtualTable } from '../components/virtual-table';
import { type FragmentOf, graphql, readFragment } from '../graphql';

export const UnitsPageQuery = graphql(
  `
    query UnitsPage(
      $typeCode: String
      $active: Boolean
      $search: String
      $sort: UnitSort
      $descending: Boolean
      $first: Int!
      $after: String
    ) {
      unitTypes {
        id
        code
        nameVi
        nameEn
      }
      units(
        typeCode: $typeCode
        active: $active
        search: $search
        sort: $sort
        descending: $descending
        first: $first
        after: $after
      ) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            id
            name
            type {
              id
              code
            }
            ...UnitRow_Unit
          }
        }
      }
    }
  `,
  [UnitRow_UnitFragment],
);

/** Units per page; the next page loads as the list scrolls near its end (or with "Xem thêm"). */
export const UNITS_PAGE_SIZE = 100;

type UnitSortKey = 'TYPE' | 'NAME' | 'CODE';
const SORT_PARAMS: Record<string, UnitSortKey> = { type: 'TYPE', name: 'NAME', code: 'CODE' };

type UnitNode = FragmentOf<typeof UnitRow_UnitFragment>;

/**
 * The units of the authority, for a province or a country (thousands): one virtualized table of the
 * units loaded so far, filtered and sorted on the server (type `?type=`, state `?active=1|0`, a search
 * on name or code `?q=`, order `?sort=type|name|code&dir=asc|desc`, all kept in the address); the next
 * page of the cursor-paged list loads as the table scrolls near its end, or with "Xem thêm".
 */
export function UnitsPage() {
  const { t, i18n } = useTranslation();
  const selectId = useId();
  const activeId = useId();
  const searchId = useId();
  const [searchParams, setSearchParams] = useSearchParams();
  const typeCode = searchParams.get('type') || null;
  const activeParam = searchParams.get('active');
  const active = activeParam === '1' ? true : activeParam === '0' ? false : null;
  const search = searchParams.get('q') ?? '';
  const sort = SORT_PARAMS[searchParams.get('sort') ?? ''] ?? 'TYPE';
  const descending = searchParams.get('dir') === 'desc';
  const filters = { typeCode, active, search: search.trim() || null, sort, descending };
  const filterKey = JSON.stringify(filters);
  // the cursor of the last page asked for, for the filters it was asked for (new filters start over)
  const [more, setMore] = useState<{ filterKey: string; after: string } | null>(null);
  const after = more?.filterKey === filterKey ? more.after : null;
  const [result, reexecute] = useQuery({
    query: UnitsPageQuery,
    variables: { ...filters, first: UNITS_PAGE_SIZE, after },
  });
  const english = i18n.language.startsWith('en');

  const setParams = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(searchParams);
    for (const [name, value] of Object.entries(changes)) {
      if (value) next.set(name, value);
      else next.delete(name);
    }
    setSearchParams(next, { replace: true });
  };

  const unitTypes = result.data?.unitTypes ?? [];
  const connection = result.data?.units;
  const units = useMemo(() => connection?.edges.map((edge) => edge.node) ?? [], [connection]);
  const total = connection?.totalCount ?? 0;
  const hasMore = connection?.pageInfo.hasNextPage ?? false;
  const endCursor = connection?.pageInfo.endCursor ?? null;
  const loadingMore = result.fetching && after !== null;
  const counterRef = useCounterFocus(hasMore);

  // near the end of what is loaded: the next page
  const onRangeChange = useCallback(
    (_first: number, last: number) => {
      if (hasMore && !result.fetching && endCursor && last >= units.length - 10)
        setMore({ filterKey, after: endCursor });
    },
    [hasMore, result.fetching, endCursor, units.length, filterKey],
  );

  const columns = useMemo<VirtualColumn<UnitNode>[]>(
    () => [
      {
        key: 'name',
        label: t('units.name'),
        sortKey: 'NAME',
        rowHeader: true,
        width: 'minmax(14rem, 3fr)',
        cell: (ref) => {
          const unit = readFragment(UnitRow_UnitFragment, ref);
          return <span title={unit.name}>{unit.name}</span>;
        },
      },
      {
        key: 'type',
        label: t('units.typeColumn'),
        sortKey: 'TYPE',
        width: 'minmax(10rem, 2fr)',
        cell: (ref) => {
          const unit = readFragment(UnitRow_UnitFragment, ref);
          return (
            <>
              {english ? unit.type.nameEn : unit.type.nameVi}
              {unit.type.scored ? null : <span className="muted"> ({t('units.notScored')})</span>}
            </>
          );
        },
      },
      {
        key: 'status',
        label: t('units.status'),
        width: '10rem',
        cell: (ref) => {
          const unit = readFragment(UnitRow_UnitFragment, ref);
          return (
            <span className={unit.active ? 'badge badge-ok' : 'badge'}>
              {unit.active ? t('units.active') : t('units.inactive')}
            </span>
          );
        },
      },
    ],
    [english, t],
  );

  const onSort = (key: string) => {
    const next = key === sort ? !descending : false;
    setParams({ sort: key.toLowerCase(), dir: next ? 'desc' : 'asc' });
  };

  return (
    <section aria-labelledby="units-title">
      <h1 id="units-title">{t('units.title')}</h1>
      {/* biome-ignore lint/a11y/useSemanticElements: the filter is a small form; role="search" names it a landmark, as on the plan page */}
      <form className="filters" role="search" aria-label={t('units.filters')} onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor={selectId}>{t('units.type')}</label>
          <select id={selectId} value={typeCode ?? ''} onChange={(event) => setParams({ type: event.target.value })}>
            <option value="">{t('units.allTypes')}</option>
            {unitTypes.map((type) => (
              <option key={type.id} value={type.code}>
                {english ? type.nameEn : type.nameVi}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={activeId}>{t('units.status')}</label>
          <select
            id={activeId}
            value={activeParam ?? ''}
            onChange={(event) => setParams({ active: event.target.value })}
          >
            <option value="">{t('units.allStates')}</option>
            <option value="1">{t('units.active')}</option>
            <option value="0">{t('units.inactive')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={searchId}>{t('units.search')}</label>
          <input
            id={searchId}
            type="search"
            value={search}
            placeholder={t('units.searchPlaceholder')}
            onChange={(event) => setParams({ q: event.target.value })}
          />
        </div>
      </form>
      {result.fetching && !result.data ? <Loading /> : null}
      {result.error && !result.data ? (
        <ErrorMessage error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      ) : null}
      {result.data ? (
        <>
          <ListCounter ref={counterRef} keys="units" shown={units.length} total={total} />
          {units.length === 0 ? (
            <EmptyState>{t('units.empty')}</EmptyState>
          ) : (
            <VirtualTable
              label={t('units.caption')}
              columns={columns}
              total={units.length}
              getRow={(index) => units[index]}
              getRowKey={(ref) => readFragment(UnitRow_UnitFragment, ref).id}
              rowClassName={(ref) => (readFragment(UnitRow_UnitFragment, ref).active ? undefined : 'row-muted')}
              onRangeChange={onRangeChange}
              sort={{ key: sort, direction: descending ? 'descending' : 'ascending' }}
              onSort={onSort}
              loadingText={t('units.loadingRows')}
              resetKey={filterKey}
            />
          )}
          <LoadMore
            pageInfo={connection?.pageInfo}
            loading={loadingMore}
            label={t('units.more')}
            onMore={(cursor) => setMore({ filterKey, after: cursor })}
          />
        </>
      ) : null}
    </section>
  );
}
