import type { TFunction } from 'i18next';
import { toLocalIsoDate } from '@cchc/domain';
import { useTranslation } from 'react-i18next';
import { formatDate, formatPoints, numberLocale } from '../../lib/format';
import { checklistItems, deductionRules, type LeafInfo } from '../../lib/score-method';
import { EvidenceLinks } from './evidence-files';
import type { EntryData } from './score-fragments';

/** An instant as its day in Việt Nam (dd/mm/yyyy). */
export function formatInstant(value: string | null | undefined): string {
  if (!value) return '';
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? '' : formatDate(toLocalIsoDate(date));
}

/** A stored entry's inputs in words: "Đạt", "3/5: …", "12/15", "Đúng hạn", "2 lần: …". */
export function describeInputs(leaf: LeafInfo, inputsJson: string | null, t: TFunction, locale: string): string | null {
  if (!inputsJson) return null;
  let inputs: Record<string, unknown>;
  try {
    inputs = JSON.parse(inputsJson) as Record<string, unknown>;
  } catch {
    return null;
  }
  const num = (n: unknown) => (typeof n === 'number' ? formatPoints(n, locale) : '?');
  switch (inputs.kind) {
    case 'binary':
      return t(`scoreEntry.binary.${inputs.met ? 'yes' : 'no'}`);
    case 'checklist': {
      const items = checklistItems(leaf);
      if (Array.isArray(inputs.met)) {
        const met = inputs.met.filter(Boolean).length;
        const names = items.filter((_, k) => (inputs.met as unknown[])[k]);
        return t('scoreEntry.checklistDone', { met, of: inputs.met.length, items: names.join('; ') || '—' });
      }
      return t('scoreEntry.checklistCount', { met: num(inputs.met), of: items.length || '?' });
    }
    case 'ratio':
    case 'ratio_tiered':
    case 'survey_rate':
      return inputs.kind === 'survey_rate'
        ? `${num(inputs.satisfied)}/${num(inputs.valid)}`
        : `${num(inputs.numerator)}/${num(inputs.denominator)}`;
    case 'deadline':
      return t(`scoreEntry.deadline.${String(inputs.status)}`, { defaultValue: String(inputs.status) });
    case 'deduction': {
      const occurrences = (inputs.occurrences ?? {}) as Record<string, number>;
      const parts = deductionRules(leaf)
        .filter((rule) => (occurrences[rule.code] ?? 0) > 0)
        .map((rule) => `${occurrences[rule.code]} × ${rule.event}`);
      return parts.length > 0 ? parts.join('; ') : t('scoreEntry.noDeduction');
    }
    default:
      return null;
  }
}

/**
 * One stored value of a leaf: its inputs in words, the server's points, comment, reason code,
 * author and day. `children` adds what belongs with it (e.g. its evidence files).
 */
export function EntryValue({
  leaf,
  entry,
  children,
}: {
  leaf: LeafInfo;
  entry: EntryData;
  children?: React.ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const locale = numberLocale(i18n.language);
  const inputs = describeInputs(leaf, entry.inputsJson, t, locale);
  return (
    <dl className="score-value">
      {inputs ? (
        <div>
          <dt>{t('scoreEntry.inputs')}</dt>
          <dd>{inputs}</dd>
        </div>
      ) : null}
      {entry.points !== null ? (
        <div>
          <dt>{t('scoreEntry.pointsLabel')}</dt>
          <dd>
            {t('scoreEntry.pointsOf', {
              points: formatPoints(entry.points, locale),
              max: formatPoints(leaf.maxPoints, locale),
            })}
          </dd>
        </div>
      ) : null}
      {entry.comment ? (
        <div>
          <dt>{t(`scoreEntry.commentOf.${entry.source}`, { defaultValue: t('scoreEntry.comment') })}</dt>
          <dd className="score-comment">{entry.comment}</dd>
        </div>
      ) : null}
      {entry.reasonCode ? (
        <div>
          <dt>{t('scoreEntry.reason')}</dt>
          <dd>{t(`appraisal.reasons.${entry.reasonCode}`, { defaultValue: entry.reasonCode })}</dd>
        </div>
      ) : null}
      <div>
        <dt>{t('scoreEntry.by')}</dt>
        <dd>{t('scoreEntry.byOn', { name: entry.authorName ?? '—', date: formatInstant(entry.updatedAt) })}</dd>
      </div>
      {entry.evidence.length > 0 || entry.source === 'SELF' || entry.source === 'EXPLANATION' ? (
        <div>
          <dt>{t('scoreEntry.evidence.title')}</dt>
          <dd>
            <EvidenceLinks files={entry.evidence} />
          </dd>
        </div>
      ) : null}
      {children}
    </dl>
  );
}
