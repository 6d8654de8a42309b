import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, parseDateVi } from '../../lib/format';

export interface DashboardFilterValues {
  unitTypeId: string | null;
  areaCode: string | null;
  /** ISO date, null = the server's default */
  asOf: string | null;
}

/**
 * The dashboard's filters (unit type, area, as-of date dd/mm/yyyy). The page keeps them in the URL;
 * the selects apply at once, the date when sent (Enter or "Áp dụng"), with a clear error when it is
 * not a date.
 */
export function DashboardFilters({
  values,
  effectiveAsOf,
  unitTypes,
  areas,
  onChange,
}: {
  values: DashboardFilterValues;
  /** the day the server judged on (shown when no date is chosen) */
  effectiveAsOf: string | null;
  unitTypes: ReadonlyArray<{ id: string; name: string }>;
  areas: ReadonlyArray<{ code: string; name: string }>;
  onChange: (next: DashboardFilterValues) => void;
}) {
  const { t } = useTranslation();
  const typeId = useId();
  const areaId = useId();
  const dateId = useId();
  const errorId = useId();
  const [dateText, setDateText] = useState(formatDate(values.asOf ?? effectiveAsOf));
  const [dateError, setDateError] = useState(false);
  const applyDate = () => {
    const text = dateText.trim();
    if (text === '') {
      setDateError(false);
      onChange({ ...values, asOf: null });
      return;
    }
    const iso = parseDateVi(text);
    setDateError(iso === null);
    if (iso) onChange({ ...values, asOf: iso });
  };
  return (
    <form
      className="filters dash-filters no-print"
      aria-label={t('evaluation.filters')}
      onSubmit={(event) => {
        event.preventDefault();
        applyDate();
      }}
    >
      <div className="field">
        <label htmlFor={typeId}>{t('evaluation.unitType')}</label>
        <select
          id={typeId}
          value={values.unitTypeId ?? ''}
          onChange={(e) => onChange({ ...values, unitTypeId: e.target.value || null })}
        >
          <option value="">{t('evaluation.allUnitTypes')}</option>
          {unitTypes.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={areaId}>{t('evaluation.area')}</label>
        <select
          id={areaId}
          value={values.areaCode ?? ''}
          onChange={(e) => onChange({ ...values, areaCode: e.target.value || null })}
        >
          <option value="">{t('evaluation.allAreas')}</option>
          {areas.map((a) => (
            <option key={a.code} value={a.code}>
              {a.code}. {a.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={dateId}>{t('evaluation.asOf')}</label>
        <input
          id={dateId}
          inputMode="numeric"
          placeholder="dd/mm/yyyy"
          value={dateText}
          aria-invalid={dateError || undefined}
          aria-describedby={dateError ? errorId : undefined}
          onChange={(e) => setDateText(e.target.value)}
        />
        {dateError ? (
          <p id={errorId} className="field-error">
            {t('evaluation.badDate')}
          </p>
        ) : null}
      </div>
      <button type="submit">{t('evaluation.apply')}</button>
    </form>
  );
}
