import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { EmptyState, ErrorMessage, Loading } from '../components/status';
import { CreateRoundDialog } from '../components/surveys/create-round-dialog';
import { SurveysPageQuery } from '../components/surveys/survey-documents';
import { SurveyRound } from '../components/surveys/survey-round';
import { useSelectedYear } from '../components/year-context';

/**
 * Khảo sát (route /surveys): the year's survey rounds; the chosen one (`?round=`) with its rates
 * per aspect against the target, per unit, its imports and counts. Home Affairs creates rounds,
 * imports files, enters counts and undoes imports; leadership reads.
 */
export function SurveysPage() {
  const { t } = useTranslation();
  const year = useSelectedYear();
  const [params, setParams] = useSearchParams();
  const [{ data, fetching, error }, reload] = useQuery({ query: SurveysPageQuery, variables: { year } });
  const [creating, setCreating] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const doneRef = useRef<HTMLParagraphElement>(null);
  const createRef = useRef<HTMLButtonElement>(null);

  if (fetching && !data) return <Loading />;
  if (error) return <ErrorMessage error={error} onRetry={() => reload({ requestPolicy: 'network-only' })} />;
  const y = data?.year;
  if (!y) return <EmptyState>{t('surveys.none', { year })}</EmptyState>;
  if (!y.viewerCanReadSurveys) return <EmptyState>{t('surveys.forbidden')}</EmptyState>;
  const wanted = params.get('round');
  const selected = y.surveys.find((s) => s.id === wanted) ?? y.surveys[0] ?? null;
  const choose = (id: string) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        next.set('round', id);
        return next;
      },
      { replace: true },
    );

  return (
    <section className="surveys-page">
      <h1>{t('surveys.title')}</h1>
      <p>{t('surveys.intro', { year: y.year, target: selected?.targetPercent ?? 85 })}</p>
      {y.viewerCanManageSurveys ? (
        <p>
          <button type="button" ref={createRef} onClick={() => setCreating(true)}>
            {t('surveys.create.open')}
          </button>
        </p>
      ) : null}
      {done ? (
        <p className="status" role="status" tabIndex={-1} ref={doneRef}>
          {done}
        </p>
      ) : null}
      {y.surveys.length === 0 ? (
        <EmptyState>
          {y.viewerCanManageSurveys ? t('surveys.noneManage', { year: y.year }) : t('surveys.none', { year: y.year })}
        </EmptyState>
      ) : (
        <nav aria-label={t('surveys.rounds')}>
          <ul className="survey-rounds">
            {y.surveys.map((s) => (
              <li key={s.id}>
                <button
                  type="button"
                  aria-current={s.id === selected?.id ? 'true' : undefined}
                  onClick={() => choose(s.id)}
                >
                  {s.title}
                </button>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {selected ? <SurveyRound key={selected.id} surveyId={selected.id} yearId={y.id} /> : null}
      {creating ? (
        <CreateRoundDialog
          yearId={y.id}
          year={y.year}
          onClose={() => {
            setCreating(false);
            window.setTimeout(() => createRef.current?.focus(), 0);
          }}
          onDone={(id, message) => {
            setCreating(false);
            setDone(message);
            reload({ requestPolicy: 'network-only' });
            choose(id);
            window.setTimeout(() => doneRef.current?.focus(), 0);
          }}
        />
      ) : null}
    </section>
  );
}
