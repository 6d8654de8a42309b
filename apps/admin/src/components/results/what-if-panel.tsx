import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from 'urql';
import { graphql, type ResultOf } from '../../graphql';
import { formatNumber, formatPoints, numberLocale } from '../../lib/format';
import { tierClass } from '../../lib/results-format';
import { type WhatIfLeaf, type WhatIfProblem, whatIfChanges } from '../../lib/results-what-if';
import { Field } from '../form/field';
import { FormError } from '../form/form-error';
import { requestErrorMessage } from '../form/server-problems';
import { ForbiddenErrorFields, NotFoundErrorFields, ValidationErrorFields } from '../form/error-fragments';

export const WhatIfQuery = graphql(
  `
  query WhatIf($yearId: ID!, $unitId: ID!, $changes: [WhatIfChangeInput!]!) {
    whatIf(yearId: $yearId, unitId: $unitId, changes: $changes) {
      __typename
      ... on WhatIfOutcome {
        before {
          index
          rank
          rankOf
          tier {
            code
            nameVi
            nameEn
          }
        }
        after {
          index
          rank
          rankOf
          tier {
            code
            nameVi
            nameEn
          }
        }
        indexDelta
      }
      ...ValidationErrorFields
      ...ForbiddenErrorFields
      ...NotFoundErrorFields
    }
  }
`,
  [ValidationErrorFields, ForbiddenErrorFields, NotFoundErrorFields],
);

type Outcome = Extract<NonNullable<ResultOf<typeof WhatIfQuery>['whatIf']>, { __typename: 'WhatIfOutcome' }>;

/**
 * The what-if state of one scorecard: the points typed per leaf, their problems, and the server's
 * answer (`whatIf`: the new index, tier and rank; nothing is saved and nothing is computed here).
 */
export function useWhatIf(yearId: string | null, unitId: string, leaves: readonly WhatIfLeaf[]) {
  const { t } = useTranslation();
  const client = useClient();
  const [on, setOn] = useState(false);
  const [draft, setDraft] = useState<Record<string, string>>({});
  const [problems, setProblems] = useState<Map<string, WhatIfProblem>>(new Map());
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [messages, setMessages] = useState<string[]>([]);
  const [fetching, setFetching] = useState(false);
  const request = useRef(0);

  const reset = () => {
    request.current += 1;
    setDraft({});
    setProblems(new Map());
    setOutcome(null);
    setMessages([]);
    setFetching(false);
  };

  const run = async (): Promise<boolean> => {
    const { changes, problems: found } = whatIfChanges(draft, leaves);
    setProblems(found);
    setMessages([]);
    if (found.size > 0) return false;
    if (changes.length === 0 || !yearId) {
      setOutcome(null);
      setMessages([t('results.whatIf.noChanges')]);
      return false;
    }
    const mine = ++request.current;
    setFetching(true);
    const result = await client
      .query(WhatIfQuery, { yearId, unitId, changes }, { requestPolicy: 'network-only' })
      .toPromise();
    if (mine !== request.current) return false;
    setFetching(false);
    const answer = result.data?.whatIf;
    if (!answer) {
      setMessages([t('results.whatIf.failed', { message: result.error ? requestErrorMessage(result.error) : '' })]);
      return false;
    }
    switch (answer.__typename) {
      case 'WhatIfOutcome':
        setOutcome(answer);
        return true;
      case 'ValidationError':
        setMessages(answer.problems.length > 0 ? answer.problems.map((p) => p.message) : [answer.message]);
        return false;
      case 'ForbiddenError':
        setMessages([t(`results.denied.${answer.reason}`, { defaultValue: answer.message })]);
        return false;
      case 'NotFoundError':
        setMessages([answer.message]);
        return false;
    }
    return false;
  };

  return {
    on,
    start: () => setOn(true),
    stop: () => {
      reset();
      setOn(false);
    },
    draft,
    setValue: (code: string, value: string) => {
      setDraft((current) => ({ ...current, [code]: value }));
      setProblems((current) => {
        if (!current.has(code)) return current;
        const next = new Map(current);
        next.delete(code);
        return next;
      });
    },
    problems,
    outcome,
    messages,
    fetching,
    run,
    reset,
  };
}

export type WhatIfState = ReturnType<typeof useWhatIf>;

/** The what-if field of one leaf: its points, bounded by its maximum. */
export function WhatIfField({ state, leaf }: { state: WhatIfState; leaf: WhatIfLeaf }) {
  const { t, i18n } = useTranslation();
  const locale = numberLocale(i18n.language);
  const max = formatPoints(leaf.maxPoints, locale);
  const problem = state.problems.get(leaf.code);
  return (
    <Field
      className="what-if-field"
      label={t('results.whatIf.field', { code: leaf.code, max })}
      error={problem ? t(`results.whatIf.problems.${problem}`, { max }) : undefined}
    >
      {(control) => (
        <input
          {...control}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          placeholder={formatPoints(leaf.points, locale)}
          value={state.draft[leaf.code] ?? ''}
          onChange={(e) => state.setValue(leaf.code, e.target.value)}
        />
      )}
    </Field>
  );
}

/**
 * The what-if box of a scorecard: what it does (nothing is saved), the buttons, and the server's
 * answer: index, tier and rank now and with the changes.
 */
export function WhatIfPanel({ state, typeName }: { state: WhatIfState; typeName: string }) {
  const { t, i18n } = useTranslation();
  const locale = numberLocale(i18n.language);
  const english = i18n.language.startsWith('en');
  const resultRef = useRef<HTMLDivElement>(null);

  if (!state.on) {
    return (
      <div className="what-if what-if-off">
        <button type="button" onClick={state.start}>
          {t('results.whatIf.start')}
        </button>
      </div>
    );
  }

  const { outcome } = state;
  const delta = outcome ? outcome.indexDelta : 0;
  return (
    <section className="what-if" aria-labelledby="what-if-title">
      <h2 id="what-if-title">
        {t('results.whatIf.title')} <span className="badge badge-needs-person">{t('results.whatIf.notSaved')}</span>
      </h2>
      <p>{t('results.whatIf.intro')}</p>
      <FormError messages={state.messages} />
      <div className="what-if-actions">
        <button
          type="button"
          className="primary"
          disabled={state.fetching}
          onClick={() =>
            void state.run().then((ok) => {
              if (ok) resultRef.current?.focus();
            })
          }
        >
          {state.fetching ? t('results.whatIf.running') : t('results.whatIf.run')}
        </button>
        <button type="button" onClick={state.reset}>
          {t('results.whatIf.reset')}
        </button>
        <button type="button" onClick={state.stop}>
          {t('results.whatIf.stop')}
        </button>
      </div>
      <div ref={resultRef} tabIndex={-1} className="what-if-result" role="status" aria-live="polite">
        {outcome ? (
          <>
            <h3>{t('results.whatIf.result')}</h3>
            <table className="data-table what-if-table">
              <thead>
                <tr>
                  <td />
                  <th scope="col">{t('results.whatIf.before')}</th>
                  <th scope="col">{t('results.whatIf.after')}</th>
                </tr>
              </thead>
              <tbody>
                <tr>
                  <th scope="row">{t('results.scorecard.index')}</th>
                  <td className="num">{formatNumber(outcome.before.index, locale)}</td>
                  <td className="num">
                    <strong>{formatNumber(outcome.after.index, locale)}</strong>{' '}
                    <span className={delta > 0 ? 'delta delta-up' : delta < 0 ? 'delta delta-down' : 'delta'}>
                      ({delta > 0 ? '+' : delta < 0 ? '−' : '±'}
                      {formatNumber(Math.abs(delta), locale)})
                    </span>
                  </td>
                </tr>
                <tr>
                  <th scope="row">{t('results.scorecard.tier')}</th>
                  <td>
                    <span className={tierClass(outcome.before.tier.code)}>
                      {english ? outcome.before.tier.nameEn : outcome.before.tier.nameVi}
                    </span>
                  </td>
                  <td>
                    <span className={tierClass(outcome.after.tier.code)}>
                      {english ? outcome.after.tier.nameEn : outcome.after.tier.nameVi}
                    </span>
                  </td>
                </tr>
                <tr>
                  <th scope="row">{t('results.scorecard.rankIn', { type: typeName })}</th>
                  <td className="num">
                    {t('results.scorecard.rankValue', { rank: outcome.before.rank, of: outcome.before.rankOf })}
                  </td>
                  <td className="num">
                    <strong>
                      {t('results.scorecard.rankValue', { rank: outcome.after.rank, of: outcome.after.rankOf })}
                    </strong>
                  </td>
                </tr>
              </tbody>
            </table>
          </>
        ) : null}
      </div>
    </section>
  );
}
