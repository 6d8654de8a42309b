import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { ConfirmStep } from '../components/form/form-actions';
import '../components/reports/reports.css';
import { graphql } from '../graphql';
import { formatDate } from '../lib/format';
import { formatDateTimeVi, splitDeadlines } from '../lib/reports';

export const DeadlinesPageQuery = graphql(`
  query DeadlinesPage {
    myDeadlines(days: 30) {
      key
      kind
      title
      dueOn
      startsAt
      overdue
      daysLeft
      link
      detail
    }
    calendarFeedActive
  }
`);

export const CreateCalendarFeedMutation = graphql(`
  mutation CreateCalendarFeed {
    createCalendarFeed {
      __typename
      ... on CreateCalendarFeedSuccess {
        path
      }
      ... on ForbiddenError {
        message
      }
    }
  }
`);

type Item = {
  key: string;
  kind: string;
  title: string;
  dueOn: string;
  startsAt: string | null;
  overdue: boolean;
  daysLeft: number;
  link: string;
  detail: string | null;
};

/**
 * "Hạn của tôi": overdue work first, then what is due in the next 30 days, each linking to where it
 * is done; the private calendar (iCal) link with a copy button, and "tạo lại" (the old link stops
 * working) after a confirmation.
 */
export function DeadlinesPage() {
  const { t } = useTranslation();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: DeadlinesPageQuery });
  const [{ fetching: creating }, create] = useMutation(CreateCalendarFeedMutation);
  const [url, setUrl] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [copied, setCopied] = useState(false);
  const [feedError, setFeedError] = useState<string | null>(null);

  if (fetching && !data) return <p>{t('deadlines.loading')}</p>;
  if (error || !data) return <p role="alert">{t('deadlines.loadFailed')}</p>;
  const { overdue, upcoming } = splitDeadlines<Item>(data.myDeadlines);
  const active = data.calendarFeedActive || url !== null;

  const makeFeed = async () => {
    setFeedError(null);
    setCopied(false);
    const r = await create({});
    setConfirming(false);
    const p = r.data?.createCalendarFeed;
    if (r.error || !p || p.__typename !== 'CreateCalendarFeedSuccess') return setFeedError(t('deadlines.feed.failed'));
    setUrl(`${window.location.origin}${p.path}`);
    reexecute({ requestPolicy: 'network-only' });
  };

  const copy = async () => {
    if (!url) return;
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      setFeedError(t('deadlines.feed.copyFailed'));
    }
  };

  return (
    <section className="page">
      <h1>{t('deadlines.title')}</h1>
      <section aria-labelledby="overdue">
        <h2 id="overdue">{t('deadlines.overdue', { count: overdue.length })}</h2>
        {overdue.length ? <ItemList items={overdue} /> : <p>{t('deadlines.noOverdue')}</p>}
      </section>
      <section aria-labelledby="upcoming">
        <h2 id="upcoming">{t('deadlines.upcoming')}</h2>
        {upcoming.length ? <ItemList items={upcoming} /> : <p>{t('deadlines.noUpcoming')}</p>}
      </section>
      <section aria-labelledby="feed">
        <h2 id="feed">{t('deadlines.feed.title')}</h2>
        <p>{t('deadlines.feed.explain')}</p>
        {url ? (
          <div className="feed-url">
            <label htmlFor="feed-url">{t('deadlines.feed.url')}</label>
            <input id="feed-url" readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
            <button type="button" onClick={() => void copy()}>
              {t('deadlines.feed.copy')}
            </button>
            {copied ? <span role="status">{t('deadlines.feed.copied')}</span> : null}
          </div>
        ) : active ? (
          <p>{t('deadlines.feed.hidden')}</p>
        ) : null}
        {confirming ? (
          <ConfirmStep
            question={t('deadlines.feed.confirmRotate')}
            confirm={t('deadlines.feed.rotate')}
            sending={creating}
            onConfirm={() => void makeFeed()}
            onBack={() => setConfirming(false)}
          />
        ) : (
          <button type="button" disabled={creating} onClick={() => (active ? setConfirming(true) : void makeFeed())}>
            {active ? t('deadlines.feed.rotate') : t('deadlines.feed.create')}
          </button>
        )}
        {feedError ? (
          <p role="alert" className="form-error">
            {feedError}
          </p>
        ) : null}
      </section>
    </section>
  );
}

function ItemList({ items }: { items: readonly Item[] }) {
  const { t } = useTranslation();
  return (
    <ul className="deadline-list">
      {items.map((i) => (
        <li key={i.key} className={i.overdue ? 'deadline-item deadline-item--overdue' : 'deadline-item'}>
          <Link to={i.link}>{i.title}</Link>
          <br />
          <small>
            {t(`deadlines.kind.${i.kind}`)} ·{' '}
            {i.startsAt ? formatDateTimeVi(i.startsAt) : t('deadlines.dueOn', { date: formatDate(i.dueOn) })} ·{' '}
            {i.overdue
              ? t('deadlines.daysOverdue', { count: -i.daysLeft })
              : i.daysLeft === 0
                ? t('deadlines.today')
                : t('deadlines.daysLeft', { count: i.daysLeft })}
            {i.detail ? ` · ${i.detail}` : ''}
          </small>
        </li>
      ))}
    </ul>
  );
}
