import { useTranslation } from 'react-i18next';

/** Placeholder until its capability lands (route /corrective-actions). */
export function CorrectiveActionsPage() {
  const { t } = useTranslation();
  return (
    <section>
      <p className="muted">{t('app.comingSoon')}</p>
    </section>
  );
}
