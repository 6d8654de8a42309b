import { useTranslation } from 'react-i18next';

/** Placeholder until its capability lands (route /deadlines). */
export function DeadlinesPage() {
  const { t } = useTranslation();
  return (
    <section>
      <p className="muted">{t('app.comingSoon')}</p>
    </section>
  );
}
