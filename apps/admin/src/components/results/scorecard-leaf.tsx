import { useTranslation } from 'react-i18next';
import { graphql, readFragment, type FragmentOf } from '../../graphql';
import { formatNumber, formatPoints, numberLocale } from '../../lib/format';
import { formatDateTime, inputEntries, sourceKey } from '../../lib/results-format';

export const ScorecardLeaf_ScorecardLeafFragment = graphql(`
  fragment ScorecardLeaf_ScorecardLeaf on ScorecardLeaf {
    code
    name
    areaCode
    maxPoints
    applicable
    points
    source
    rule
    inputsJson
    missing
    superseded {
      source
      points
    }
    notes
    entries {
      id
      source
      points
      inputsJson
      comment
      reasonCode
      authorName
      updatedAt
      evidence {
        id
        fileName
        url
      }
    }
  }
`);

/** A source as words ("thẩm định vòng 2"), or the code itself when it is not known here. */
export function useSourceLabel() {
  const { t } = useTranslation();
  return (source: string | null | undefined) => {
    const key = sourceKey(source);
    return key ? t(`results.sourceName.${key}`) : (source ?? '');
  };
}

/** A coded input value (a deadline status, true/false), as opposed to text a person wrote. */
const CODED_VALUE = /^[a-z_]+$/;

/** A rule's or an entry's inputs: known names in the UI's language, numbers in its format. */
function Inputs({ json }: { json: string | null }) {
  const { t, i18n } = useTranslation();
  const locale = numberLocale(i18n.language);
  // the method's kind is the leaf's method, named with the rule
  const entries = inputEntries(json).filter(([key]) => key !== 'kind');
  if (entries.length === 0) return null;
  return (
    <dl className="leaf-inputs">
      {entries.map(([key, value]) => (
        <div key={key || String(value)}>
          {key ? <dt>{t(`results.scorecard.inputKeys.${key}`, { defaultValue: key })}</dt> : null}
          <dd>
            {typeof value === 'number'
              ? formatNumber(value, locale)
              : CODED_VALUE.test(value)
                ? t(`results.scorecard.inputValues.${value}`, { defaultValue: value })
                : value}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * One leaf of a scorecard: the points counted and the maximum, where they came from, the rule
 * and its inputs, the values that lost on precedence, notes, and every entry with its author,
 * time and comment. A missing leaf is highlighted; `whatIf` is the what-if field when it is on.
 */
export function ScorecardLeaf({
  leaf: leafRef,
  whatIf,
  inspection,
}: {
  leaf: FragmentOf<typeof ScorecardLeaf_ScorecardLeafFragment>;
  whatIf?: React.ReactNode;
  /** the inspection summary line of this criterion (corrective actions), when findings point at it */
  inspection?: React.ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const locale = numberLocale(i18n.language);
  const sourceLabel = useSourceLabel();
  const leaf = readFragment(ScorecardLeaf_ScorecardLeafFragment, leafRef);
  const headingId = `leaf-${leaf.code}`;
  const files = leaf.entries.reduce((sum, entry) => sum + entry.evidence.length, 0);
  const className = ['scorecard-leaf', leaf.missing ? 'leaf-missing' : '', leaf.applicable ? '' : 'leaf-not-applicable']
    .filter(Boolean)
    .join(' ');

  return (
    <li className={className} aria-labelledby={headingId}>
      <div className="leaf-head">
        <h4 id={headingId} className="leaf-title">
          <span className="leaf-code">{leaf.code}</span> {leaf.name}
        </h4>
        <p className="leaf-points">
          <strong>{formatPoints(leaf.points, locale)}</strong>
          <span className="muted"> / {formatPoints(leaf.maxPoints, locale)}</span>
        </p>
      </div>
      {inspection}
      <p className="leaf-source">
        {!leaf.applicable ? (
          <span className="badge">{t('results.sourceName.NOT_APPLICABLE')}</span>
        ) : leaf.missing ? (
          <span className="badge badge-overdue">{t('results.scorecard.missingBadge')}</span>
        ) : (
          <span className="badge badge-info">
            {t('results.scorecard.countedFrom', { source: sourceLabel(leaf.source) })}
          </span>
        )}{' '}
        <span className="leaf-rule">
          <span className="muted">{t('results.scorecard.rule')}:</span> {leaf.rule || '—'}
        </span>
      </p>
      {whatIf}
      <Inputs json={leaf.inputsJson} />
      {leaf.superseded.length > 0 ? (
        <p className="leaf-superseded">
          <span className="muted">{t('results.scorecard.superseded')}:</span>{' '}
          {leaf.superseded
            .map((s) =>
              s.points === null
                ? t('results.scorecard.supersededInvalid', { source: sourceLabel(s.source) })
                : t('results.scorecard.supersededValue', {
                    source: sourceLabel(s.source),
                    points: formatPoints(s.points, locale),
                  }),
            )
            .join('; ')}
        </p>
      ) : null}
      {leaf.notes.length > 0 ? (
        <ul className="leaf-notes">
          {leaf.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      ) : null}
      <details className="leaf-entries">
        <summary>
          {t('results.scorecard.entries', { count: leaf.entries.length })}
          {files > 0 ? ` · ${t('results.scorecard.evidenceCount', { count: files })}` : null}
        </summary>
        {leaf.entries.length === 0 ? (
          <p className="muted">{t('results.scorecard.noEntries')}</p>
        ) : (
          <ol className="entries">
            {leaf.entries.map((entry) => (
              <li key={entry.id}>
                <p>
                  <strong>{sourceLabel(entry.source)}</strong>
                  {entry.points === null ? null : `: ${formatPoints(entry.points, locale)}`}
                  <span className="muted">
                    {' · '}
                    {entry.authorName ?? t('results.scorecard.system')}
                    {' · '}
                    <time dateTime={entry.updatedAt}>{formatDateTime(entry.updatedAt)}</time>
                  </span>
                </p>
                {entry.comment ? <p className="entry-comment">{entry.comment}</p> : null}
                {entry.reasonCode ? (
                  <p className="muted">{t('results.scorecard.reasonCode', { code: entry.reasonCode })}</p>
                ) : null}
                <Inputs json={entry.inputsJson} />
                {entry.evidence.length > 0 ? (
                  <ul className="entry-evidence" aria-label={t('results.scorecard.evidence')}>
                    {entry.evidence.map((file) => (
                      <li key={file.id}>
                        <a href={file.url}>{file.fileName}</a>
                      </li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ol>
        )}
      </details>
    </li>
  );
}
