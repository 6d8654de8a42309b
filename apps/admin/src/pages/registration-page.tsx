import { useTranslation } from 'react-i18next';

/** Placeholder until its capability lands (route /registration). */
export function RegistrationPage() {
  const { t } = useTranslation();
  return (
    <section>
      <p className="muted">{t('app.comingSoon')}</p>
    </section>
  );
}
