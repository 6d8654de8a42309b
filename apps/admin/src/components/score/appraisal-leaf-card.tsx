import { ActionSummaryLine } from '../inspection/action-summary-line';
import type { LeafSummary } from '../../lib/corrective-actions';
import { autoLeafSource } from '@cchc/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPoints, numberLocale } from '../../lib/format';
import { entryFrom } from '../../lib/score-leaves';
import { domainLeaf, type LeafInfo } from '../../lib/score-method';
import type { AppraisalMode } from '../../lib/score-stage';
import { EntryValue } from './entry-value';
import { ScoreEntryForm } from './score-entry-form';
import type { ScorecardLeafData } from './score-fragments';
import { leafAnchor } from './self-leaf-card';

/** Whether the system computes the leaf (reports, plan, inspections, surveys): it can only be overridden. */
export function isAutomaticLeaf(leaf: LeafInfo, card: ScorecardLeafData | undefined): boolean {
  if (card?.source === 'auto' || card?.source === 'survey') return true;
  if (card?.entries.some((e) => e.source === 'AUTO' || e.source === 'SURVEY')) return true;
  return autoLeafSource(domainLeaf(leaf)) !== null;
}

/**
 * One leaf of a unit in appraisal: the unit's claim (inputs, points, comment) and its explanation
 * side by side with the appraisal of the open round, which needs a reason code when it differs from
 * the claim; marking it not applicable, or overriding its points, each with a reason. Automatic and
 * survey leaves show what the system computed and its inputs, and can only be overridden.
 */
export function AppraisalLeafCard({
  yearId,
  unitId,
  leaf,
  card,
  mode,
  open,
  onToggle,
  inspection,
  year,
}: {
  yearId: string;
  unitId: string;
  leaf: LeafInfo;
  card: ScorecardLeafData | undefined;
  mode: AppraisalMode;
  open: boolean;
  onToggle: () => void;
  /** the unit's corrective actions on this criterion (inspection findings that point at it) */
  inspection?: LeafSummary | undefined;
  /** the year number, for the link to the actions */
  year?: number;
}) {
  const { t, i18n } = useTranslation();
  const locale = numberLocale(i18n.language);
  const [extra, setExtra] = useState<'NOT_APPLICABLE' | 'OVERRIDE' | null>(null);
  const anchor = leafAnchor(leaf.code);
  const panelId = `${anchor}-panel`;
  const entries = card?.entries ?? [];
  const claim = entryFrom(entries, 'SELF');
  const explanation = entryFrom(entries, 'EXPLANATION');
  const round1 = entryFrom(entries, 'ROUND1');
  const round2 = entryFrom(entries, 'ROUND2');
  const override = entryFrom(entries, 'OVERRIDE');
  const notApplicable = entryFrom(entries, 'NOT_APPLICABLE');
  const automatic = isAutomaticLeaf(leaf, card);
  const max = formatPoints(leaf.maxPoints, locale);
  const roundEntry = mode.round === 'ROUND2' ? round2 : mode.round === 'ROUND1' ? round1 : null;

  const counted = card
    ? card.applicable
      ? card.missing
        ? t('appraisal.missing')
        : t('appraisal.counted', {
            points: formatPoints(card.points, locale),
            max,
            source: t(`appraisal.origin.${card.source ?? 'none'}`, { defaultValue: card.source ?? '' }),
          })
      : t('appraisal.notApplicable')
    : t('appraisal.missing');

  return (
    <li id={anchor} className="score-card" tabIndex={-1}>
      <div className="score-card-head">
        <div>
          <h3 className="score-card-title">
            <span className="score-code">{leaf.code}</span> {leaf.name}
          </h3>
          <p className="muted">
            {t('scoreEntry.max', { max })} · {t(`scoreEntry.method.${leaf.method ?? 'BINARY'}`)}
            {automatic ? ` · ${t('appraisal.automatic')}` : ''}
          </p>
          {year ? <ActionSummaryLine summary={inspection} unitId={unitId} year={year} /> : null}
        </div>
        <span className={card && !card.missing ? 'badge badge-done' : 'badge'}>{counted}</span>
        <button type="button" aria-expanded={open} aria-controls={panelId} onClick={onToggle}>
          {open
            ? t('scoreEntry.close')
            : mode.round || mode.canOverride
              ? t('appraisal.appraise')
              : t('scoreEntry.view')}
        </button>
      </div>
      {open ? (
        <div id={panelId} className="score-card-body">
          <div className="score-side-by-side">
            <section aria-label={t('scoreEntry.source.SELF')}>
              <h4>{t('scoreEntry.source.SELF')}</h4>
              {automatic ? (
                <p className="muted">{t('appraisal.automaticWhy')}</p>
              ) : claim ? (
                <EntryValue leaf={leaf} entry={claim} />
              ) : (
                <p className="muted">{t('selfAssessment.notClaimed')}</p>
              )}
              {explanation ? (
                <>
                  <h4>{t('scoreEntry.source.EXPLANATION')}</h4>
                  <EntryValue leaf={leaf} entry={explanation} />
                </>
              ) : null}
            </section>
            <section aria-label={t('appraisal.appraisalSide')}>
              {automatic ? (
                <>
                  <h4>{t('appraisal.computed')}</h4>
                  {card?.rule ? <p className="score-rule">{card.rule}</p> : null}
                  {card?.notes?.map((note) => (
                    <p key={note} className="muted">
                      {note}
                    </p>
                  ))}
                </>
              ) : null}
              {mode.round === 'ROUND2' && round1 ? (
                <>
                  <h4>{t('scoreEntry.source.ROUND1')}</h4>
                  <EntryValue leaf={leaf} entry={round1} />
                </>
              ) : null}
              {!automatic && mode.round ? (
                <>
                  <h4>{t(`scoreEntry.source.${mode.round}`)}</h4>
                  <ScoreEntryForm
                    yearId={yearId}
                    unitId={unitId}
                    leaf={leaf}
                    source={mode.round}
                    entry={roundEntry}
                    start={mode.round === 'ROUND2' ? (round1 ?? claim) : claim}
                    claimPoints={claim?.points ?? null}
                    commentLabel={t('appraisal.comment')}
                    submitLabel={t('appraisal.save')}
                  />
                </>
              ) : null}
              {!automatic && !mode.round
                ? [round1, round2].map((e) =>
                    e ? (
                      <div key={e.id}>
                        <h4>{t(`scoreEntry.source.${e.source}`)}</h4>
                        <EntryValue leaf={leaf} entry={e} />
                      </div>
                    ) : null,
                  )
                : null}
              {notApplicable ? (
                <>
                  <h4>{t('scoreEntry.source.NOT_APPLICABLE')}</h4>
                  <EntryValue leaf={leaf} entry={notApplicable} />
                </>
              ) : null}
              {override ? (
                <>
                  <h4>{t('scoreEntry.source.OVERRIDE')}</h4>
                  <EntryValue leaf={leaf} entry={override} />
                </>
              ) : null}
            </section>
          </div>
          {mode.canMarkNotApplicable || mode.canOverride ? (
            <div className="dialog-actions">
              {mode.canMarkNotApplicable ? (
                <button
                  type="button"
                  aria-expanded={extra === 'NOT_APPLICABLE'}
                  onClick={() => setExtra((x) => (x === 'NOT_APPLICABLE' ? null : 'NOT_APPLICABLE'))}
                >
                  {t('appraisal.markNotApplicable')}
                </button>
              ) : null}
              {mode.canOverride ? (
                <button
                  type="button"
                  aria-expanded={extra === 'OVERRIDE'}
                  onClick={() => setExtra((x) => (x === 'OVERRIDE' ? null : 'OVERRIDE'))}
                >
                  {t('appraisal.override')}
                </button>
              ) : null}
            </div>
          ) : null}
          {extra === 'NOT_APPLICABLE' ? (
            <ScoreEntryForm
              yearId={yearId}
              unitId={unitId}
              leaf={leaf}
              source="NOT_APPLICABLE"
              entry={notApplicable}
              commentLabel={t('scoreEntry.commentOf.NOT_APPLICABLE')}
              submitLabel={t('appraisal.saveNotApplicable')}
              onCancel={() => setExtra(null)}
            />
          ) : null}
          {extra === 'OVERRIDE' ? (
            <ScoreEntryForm
              yearId={yearId}
              unitId={unitId}
              leaf={leaf}
              source="OVERRIDE"
              entry={override}
              commentLabel={t('scoreEntry.commentOf.OVERRIDE')}
              submitLabel={t('appraisal.saveOverride')}
              onCancel={() => setExtra(null)}
            />
          ) : null}
        </div>
      ) : null}
    </li>
  );
}
