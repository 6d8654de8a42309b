import { useTranslation } from 'react-i18next';

/** Placeholder until its capability lands (route /reports). */
export function ReportsPage() {
  const { t } = useTranslation();
  return (
    <section>
      <p className="muted">{t('app.comingSoon')}</p>
    </section>
  );
}
