import { useTranslation } from 'react-i18next';
import { formatPoints, numberLocale } from '../../lib/format';
import { entryFrom } from '../../lib/score-leaves';
import { isSelfScored, type LeafInfo } from '../../lib/score-method';
import { EntryValue } from './entry-value';
import { ScoreEntryForm } from './score-entry-form';
import type { ScorecardLeafData } from './score-fragments';

export function leafAnchor(code: string): string {
  return `leaf-${code.replace(/\./g, '-')}`;
}

/**
 * One leaf of the unit's checklist: its code, name and maximum, whether the unit has claimed it, and
 * (opened) the input its method takes with the evidence hint, the explanation, and "Lưu nháp". During
 * the explanation stage it shows round 1's appraisal next to the claim and takes the explanation.
 */
export function SelfLeafCard({
  yearId,
  unitId,
  leaf,
  card,
  source,
  open,
  onToggle,
}: {
  yearId: string;
  unitId: string;
  leaf: LeafInfo;
  card: ScorecardLeafData | undefined;
  /** What the unit writes now, or null (read-only). */
  source: 'SELF' | 'EXPLANATION' | null;
  open: boolean;
  onToggle: () => void;
}) {
  const { t, i18n } = useTranslation();
  const locale = numberLocale(i18n.language);
  const anchor = leafAnchor(leaf.code);
  const panelId = `${anchor}-panel`;
  const selfScored = isSelfScored(leaf);
  const claim = entryFrom(card?.entries, 'SELF');
  const round1 = entryFrom(card?.entries, 'ROUND1');
  const explanation = entryFrom(card?.entries, 'EXPLANATION');
  const editable = selfScored && source !== null;
  const max = formatPoints(leaf.maxPoints, locale);

  const status = !selfScored
    ? { text: t('selfAssessment.notSelfScored'), className: 'badge badge-info' }
    : claim
      ? {
          text:
            claim.points === null
              ? t('selfAssessment.claimed')
              : t('selfAssessment.claimedPoints', { points: formatPoints(claim.points, locale), max }),
          className: 'badge badge-done',
        }
      : { text: t('selfAssessment.notClaimed'), className: 'badge' };

  return (
    <li id={anchor} className="score-card" tabIndex={-1}>
      <div className="score-card-head">
        <div>
          <h3 className="score-card-title">
            <span className="score-code">{leaf.code}</span> {leaf.name}
          </h3>
          <p className="muted">
            {t('scoreEntry.max', { max })} · {t(`scoreEntry.method.${leaf.method ?? 'BINARY'}`)}
          </p>
        </div>
        <span className={status.className}>{status.text}</span>
        <button type="button" aria-expanded={open} aria-controls={panelId} onClick={onToggle}>
          {open
            ? t('scoreEntry.close')
            : editable
              ? source === 'EXPLANATION'
                ? t('selfAssessment.explain')
                : t('selfAssessment.enter')
              : t('scoreEntry.view')}
        </button>
      </div>
      {open ? (
        <div id={panelId} className="score-card-body">
          {leaf.evidenceHint ? (
            <p className="score-hint">
              <strong>{t('scoreEntry.evidenceHint')}</strong> {leaf.evidenceHint}
            </p>
          ) : null}
          {!selfScored ? <p className="muted">{t('selfAssessment.notSelfScoredWhy')}</p> : null}
          {selfScored && source === 'SELF' ? (
            <ScoreEntryForm
              yearId={yearId}
              unitId={unitId}
              leaf={leaf}
              source="SELF"
              entry={claim}
              withEvidence
              commentLabel={t('selfAssessment.comment')}
              commentHint={t('selfAssessment.commentHint')}
              submitLabel={t('selfAssessment.saveDraft')}
            />
          ) : null}
          {selfScored && source !== 'SELF' ? (
            <div className="score-side-by-side">
              <section aria-label={t('scoreEntry.source.SELF')}>
                <h4>{t('scoreEntry.source.SELF')}</h4>
                {claim ? (
                  <EntryValue leaf={leaf} entry={claim} />
                ) : (
                  <p className="muted">{t('selfAssessment.notClaimed')}</p>
                )}
              </section>
              {round1 ? (
                <section aria-label={t('scoreEntry.source.ROUND1')}>
                  <h4>{t('scoreEntry.source.ROUND1')}</h4>
                  <EntryValue leaf={leaf} entry={round1} />
                </section>
              ) : null}
            </div>
          ) : null}
          {selfScored && source === 'EXPLANATION' ? (
            <ScoreEntryForm
              yearId={yearId}
              unitId={unitId}
              leaf={leaf}
              source="EXPLANATION"
              entry={explanation}
              withEvidence
              commentLabel={t('selfAssessment.explanation')}
              commentHint={t('selfAssessment.explanationHint')}
              submitLabel={t('selfAssessment.saveDraft')}
            />
          ) : null}
          {selfScored && source === null && explanation ? (
            <section aria-label={t('scoreEntry.source.EXPLANATION')}>
              <h4>{t('scoreEntry.source.EXPLANATION')}</h4>
              <EntryValue leaf={leaf} entry={explanation} />
            </section>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}
