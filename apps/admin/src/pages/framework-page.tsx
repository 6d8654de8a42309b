import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { FrameworkTreeTable, FrameworkTreeTable_FrameworkNodeFragment } from '../components/framework-tree-table';
import { EmptyState, ErrorMessage, Loading } from '../components/status';
import { useSelectedYear } from '../components/year-context';
import { graphql } from '../graphql';
import { formatPoints, numberLocale } from '../lib/format';

export const FrameworkPageQuery = graphql(
  `
    query FrameworkPage($year: Int!) {
      unitTypes {
        id
        code
        nameVi
        nameEn
      }
      year(year: $year) {
        id
        year
        framework {
          id
          name
          maxPoints
          applicableMaxPhong: applicableMax(unitTypeCode: "phong")
          applicableMaxXa: applicableMax(unitTypeCode: "xa")
          problems
          nodes {
            id
            ...FrameworkTreeTable_FrameworkNode
          }
        }
      }
    }
  `,
  [FrameworkTreeTable_FrameworkNodeFragment],
);

export function FrameworkPage() {
  const { t, i18n } = useTranslation();
  const year = useSelectedYear();
  const [result, reexecute] = useQuery({ query: FrameworkPageQuery, variables: { year } });
  const locale = numberLocale(i18n.language);
  const english = i18n.language.startsWith('en');

  if (result.fetching && !result.data) return <Loading />;
  if (result.error && !result.data)
    return <ErrorMessage error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  const data = result.data;
  if (!data?.year) return <p className="status status-empty">{t('app.yearNotFound', { year })}</p>;

  const framework = data.year.framework;
  const typeName = (code: string) => {
    const type = data.unitTypes.find((u) => u.code === code);
    return type ? (english ? type.nameEn : type.nameVi) : code;
  };

  return (
    <section aria-labelledby="framework-title">
      <h1 id="framework-title">{t('framework.title', { year: data.year.year })}</h1>
      {!framework ? (
        <EmptyState>{t('framework.none')}</EmptyState>
      ) : (
        <>
          <p className="lead">{framework.name}</p>
          {framework.problems.length > 0 ? (
            <div className="warning" role="alert">
              <h2>{t('framework.problems')}</h2>
              <ul>
                {framework.problems.map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
            </div>
          ) : null}
          <dl className="totals">
            <div>
              <dt>{t('framework.total')}</dt>
              <dd>{t('framework.points', { points: formatPoints(framework.maxPoints, locale) })}</dd>
            </div>
            <div>
              <dt>{t('framework.applicableMax')}</dt>
              <dd>
                <ul className="plain">
                  <li>
                    {t('framework.applicableFor', {
                      type: typeName('phong'),
                      points: formatPoints(framework.applicableMaxPhong, locale),
                    })}
                  </li>
                  <li>
                    {t('framework.applicableFor', {
                      type: typeName('xa'),
                      points: formatPoints(framework.applicableMaxXa, locale),
                    })}
                  </li>
                </ul>
              </dd>
            </div>
          </dl>
          {framework.nodes.length === 0 ? (
            <EmptyState>{t('framework.empty')}</EmptyState>
          ) : (
            <FrameworkTreeTable nodes={framework.nodes} unitTypes={data.unitTypes} />
          )}
        </>
      )}
    </section>
  );
}
