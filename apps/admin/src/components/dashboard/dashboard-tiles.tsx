import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type FragmentOf, graphql, readFragment } from '../../graphql';
import { formatNumber, numberLocale } from '../../lib/format';

export const DashboardTiles_EvaluationDashboardFragment = graphql(`
  fragment DashboardTiles_EvaluationDashboard on EvaluationDashboard {
    tiles {
      units
      averageIndex
      reportsOnTimePercent
      actionsOverdue
      satisfactionPercent
    }
  }
`);

/** The number tiles; each is a link to the page that explains its number. */
export function DashboardTiles({
  data,
  year,
}: {
  data: FragmentOf<typeof DashboardTiles_EvaluationDashboardFragment>;
  year: number;
}) {
  const { t, i18n } = useTranslation();
  const locale = numberLocale(i18n.language);
  const { tiles } = readFragment(DashboardTiles_EvaluationDashboardFragment, data);
  const num = (v: number | null, suffix = '') => (v === null ? '—' : `${formatNumber(v, locale)}${suffix}`);
  const items = [
    { key: 'units', value: num(tiles.units), to: '/results' },
    { key: 'averageIndex', value: num(tiles.averageIndex), to: '/results' },
    { key: 'reportsOnTime', value: num(tiles.reportsOnTimePercent, ' %'), to: '/reports' },
    {
      key: 'actionsOverdue',
      value: num(tiles.actionsOverdue),
      to: '/corrective-actions',
      warn: tiles.actionsOverdue > 0,
    },
    { key: 'satisfaction', value: num(tiles.satisfactionPercent, ' %'), to: '/surveys' },
  ];
  return (
    <ul className="dash-tiles">
      {items.map((item) => (
        <li key={item.key}>
          <Link className={`dash-tile${item.warn ? ' dash-tile-warn' : ''}`} to={`${item.to}?year=${year}`}>
            <span className="dash-tile-label">{t(`evaluation.tiles.${item.key}`)}</span>
            <span className="dash-tile-value">{item.value}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
