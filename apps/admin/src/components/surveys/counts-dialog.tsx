import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { parseCount } from '../../lib/survey-format';
import { Dialog } from '../form/dialog';
import { FormActions } from '../form/form-actions';
import { FormError } from '../form/form-error';
import { SaveSurveyCountsMutation } from './survey-documents';

export interface CountsUnit {
  unitId: string;
  unitName: string;
  respondents: number;
  counts: ReadonlyArray<{ aspect: string; version: number; levels: readonly number[]; letters: readonly number[] }>;
}

/**
 * "Nhập số liệu tổng hợp": a unit (those without imported respondents), then a grid of counts: per
 * aspect the five levels (citizens) or per question A–D (leaders), each a whole number ≥ 0. The
 * versions seen go with the rows; a conflict asks to reload.
 */
export function CountsDialog({
  surveyId,
  kind,
  aspects,
  units,
  onClose,
  onDone,
}: {
  surveyId: string;
  kind: 'CITIZEN' | 'LEADER';
  aspects: ReadonlyArray<{ code: string; name: string }>;
  units: readonly CountsUnit[];
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const open = units.filter((u) => u.respondents === 0);
  const [unitId, setUnitId] = useState(open[0]?.unitId ?? '');
  const unit = open.find((u) => u.unitId === unitId);
  const columns = kind === 'CITIZEN' ? [1, 2, 3, 4, 5].map((n) => t(`surveys.counts.level${n}`)) : ['A', 'B', 'C', 'D'];
  const initial = (u: CountsUnit | undefined) =>
    Object.fromEntries(
      aspects.map((a) => {
        const row = u?.counts.find((c) => c.aspect === a.code);
        const values = row ? (kind === 'CITIZEN' ? row.levels : row.letters) : [];
        return [a.code, columns.map((_, i) => String(values[i] ?? 0))];
      }),
    ) as Record<string, string[]>;
  const [grid, setGrid] = useState(() => initial(unit));
  const [messages, setMessages] = useState<string[]>([]);
  const [{ fetching: sending }, save] = useMutation(SaveSurveyCountsMutation);

  const send = async () => {
    if (!unit) return;
    const rows = aspects.map((a) => {
      const values = (grid[a.code] ?? []).map(parseCount);
      const version = unit.counts.find((c) => c.aspect === a.code)?.version ?? null;
      return { aspect: a.code, version, values };
    });
    if (rows.some((r) => r.values.some((v) => v === null))) {
      setMessages([t('surveys.counts.invalid')]);
      return;
    }
    // only rows that exist or have a count: an untouched empty aspect is left out
    const input = rows
      .filter((r) => r.version !== null || r.values.some((v) => (v ?? 0) > 0))
      .map((r) => ({
        aspect: r.aspect,
        version: r.version,
        ...(kind === 'CITIZEN' ? { levels: r.values as number[] } : { letters: r.values as number[] }),
      }));
    if (input.length === 0) {
      setMessages([t('surveys.counts.invalid')]);
      return;
    }
    setMessages([]);
    const result = await save({ input: { surveyId, unitId: unit.unitId, rows: input } });
    const answer = result.data?.saveSurveyCounts;
    if (result.error || !answer) {
      setMessages([t('surveys.counts.failed', { message: result.error?.message ?? '' })]);
      return;
    }
    if (answer.__typename === 'SurveySuccess') {
      onDone(t('surveys.counts.done', { unit: unit.unitName }));
      return;
    }
    if (answer.__typename === 'ConflictError') {
      setMessages([t('surveys.counts.conflict')]);
      return;
    }
    const problems = answer.__typename === 'ValidationError' ? answer.problems.map((p) => p.message) : [];
    setMessages(problems.length ? problems : [answer.message]);
  };

  return (
    <Dialog title={t('surveys.counts.title')} onRequestClose={() => (sending ? undefined : onClose())} className="wide">
      <form
        className="dialog-form"
        noValidate
        aria-busy={sending || undefined}
        onSubmit={(event) => {
          event.preventDefault();
          void send();
        }}
      >
        <FormError messages={messages} />
        <p className="field-hint">{t('surveys.counts.hint')}</p>
        <div className="field">
          <label htmlFor="survey-counts-unit">{t('surveys.counts.unit')}</label>
          <select
            id="survey-counts-unit"
            value={unitId}
            onChange={(event) => {
              setUnitId(event.target.value);
              setGrid(initial(open.find((u) => u.unitId === event.target.value)));
            }}
          >
            {open.map((u) => (
              <option key={u.unitId} value={u.unitId}>
                {u.unitName}
              </option>
            ))}
          </select>
        </div>
        <div className="table-scroll">
          <table className="survey-counts">
            <thead>
              <tr>
                <th scope="col">{t('surveys.counts.aspect')}</th>
                {columns.map((c) => (
                  <th key={c} scope="col">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {aspects.map((a) => (
                <tr key={a.code}>
                  <th scope="row">{a.name}</th>
                  {columns.map((c, i) => (
                    <td key={c}>
                      <input
                        type="text"
                        inputMode="numeric"
                        size={4}
                        aria-label={t('surveys.counts.countOf', { what: a.name, column: c })}
                        value={grid[a.code]?.[i] ?? '0'}
                        onChange={(event) =>
                          setGrid((g) => {
                            const row = [...(g[a.code] ?? columns.map(() => '0'))];
                            row[i] = event.target.value;
                            return { ...g, [a.code]: row };
                          })
                        }
                      />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <FormActions
          submit={t('surveys.counts.submit')}
          saving={t('surveys.counts.sending')}
          cancel={t('surveys.counts.cancel')}
          sending={sending}
          disabled={!unit}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
