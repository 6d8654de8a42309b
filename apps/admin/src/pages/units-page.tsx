import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { ListCounter, LoadMore, useCounterFocus } from '../components/paged-list';
import { EmptyState, ErrorMessage, Loading } from '../components/status';
import { UnitRow, UnitRow_UnitFragment } from '../components/unit-row';
import { graphql } from '../graphql';

export const UnitsPageQuery = graphql(
  `
    query UnitsPage($typeCode: String, $first: Int!, $after: String) {
      unitTypes {
        id
        code
        nameVi
        nameEn
      }
      units(typeCode: $typeCode, first: $first, after: $after) {
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

/** Units per page; "Xem thêm" asks for the next one (graphcache's relayPagination joins them). */
export const UNITS_PAGE_SIZE = 15;

export function UnitsPage() {
  const { t, i18n } = useTranslation();
  const selectId = useId();
  const [searchParams, setSearchParams] = useSearchParams();
  const typeCode = searchParams.get('type') || null;
  // the cursor of the last page asked for, for the type it was asked for (a new type starts over)
  const [more, setMore] = useState<{ typeCode: string | null; after: string } | null>(null);
  const after = more?.typeCode === typeCode ? more.after : null;
  const [result, reexecute] = useQuery({
    query: UnitsPageQuery,
    variables: { typeCode, first: UNITS_PAGE_SIZE, after },
  });
  const english = i18n.language.startsWith('en');

  const setType = (value: string) => {
    const next = new URLSearchParams(searchParams);
    if (value) next.set('type', value);
    else next.delete('type');
    setSearchParams(next, { replace: true });
  };

  const unitTypes = result.data?.unitTypes ?? [];
  const connection = result.data?.units;
  const units = connection?.edges.map((edge) => edge.node) ?? [];
  const total = connection?.totalCount ?? 0;
  const hasMore = connection?.pageInfo.hasNextPage ?? false;
  const loadingMore = result.fetching && after !== null;
  const counterRef = useCounterFocus(hasMore);
  // group rows by unit type, in the order the server lists the types
  const groups = unitTypes
    .map((type) => ({ type, units: units.filter((unit) => unit.type.id === type.id) }))
    .filter((group) => group.units.length > 0);
  const ungrouped = units.filter((unit) => !unitTypes.some((type) => type.id === unit.type.id));

  return (
    <section aria-labelledby="units-title">
      <h1 id="units-title">{t('units.title')}</h1>
      <div className="filters">
        <div className="field">
          <label htmlFor={selectId}>{t('units.type')}</label>
          <select id={selectId} value={typeCode ?? ''} onChange={(event) => setType(event.target.value)}>
            <option value="">{t('units.allTypes')}</option>
            {unitTypes.map((type) => (
              <option key={type.id} value={type.code}>
                {english ? type.nameEn : type.nameVi}
              </option>
            ))}
          </select>
        </div>
      </div>
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
            <div className="table-wrap">
              <table className="data-table units-table">
                <caption>{t('units.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('units.name')}</th>
                    <th scope="col">{t('units.typeColumn')}</th>
                    <th scope="col">{t('units.status')}</th>
                  </tr>
                </thead>
                {groups.map((group) => (
                  <tbody key={group.type.id}>
                    {typeCode ? null : (
                      <tr className="group-row">
                        <th scope="rowgroup" colSpan={3}>
                          {english ? group.type.nameEn : group.type.nameVi} ({group.units.length})
                        </th>
                      </tr>
                    )}
                    {group.units.map((unit) => (
                      <UnitRow key={unit.id} unit={unit} />
                    ))}
                  </tbody>
                ))}
                {ungrouped.length > 0 ? (
                  <tbody>
                    {ungrouped.map((unit) => (
                      <UnitRow key={unit.id} unit={unit} />
                    ))}
                  </tbody>
                ) : null}
              </table>
            </div>
          )}
          <LoadMore
            pageInfo={connection?.pageInfo}
            loading={loadingMore}
            label={t('units.more')}
            onMore={(cursor) => setMore({ typeCode, after: cursor })}
          />
        </>
      ) : null}
    </section>
  );
}
