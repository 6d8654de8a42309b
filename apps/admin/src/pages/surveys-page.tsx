import { useTranslation } from 'react-i18next';

/** Placeholder until its capability lands (route /surveys). */
export function SurveysPage() {
  const { t } = useTranslation();
  return (
    <section>
      <p className="muted">{t('app.comingSoon')}</p>
    </section>
  );
}
