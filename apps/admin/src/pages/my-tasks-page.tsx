import { useTranslation } from 'react-i18next';

/** Placeholder until its capability lands (route /my-tasks). */
export function MyTasksPage() {
  const { t } = useTranslation();
  return (
    <section>
      <p className="muted">{t('app.comingSoon')}</p>
    </section>
  );
}
