import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { LanguageSwitch } from '../components/language-switch';
import { graphql } from '../graphql';

export const LoginMutation = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      __typename
      ... on LoginSuccess {
        user {
          id
          fullName
          roles
        }
      }
      ... on InvalidCredentialsError {
        message
        code
      }
      ... on LoginThrottledError {
        message
        code
        retryAfterSeconds
        locked
      }
      ... on DemoPasswordRefusedError {
        message
        code
      }
    }
  }
`);

type FormError =
  | { kind: 'invalid' }
  | { kind: 'required' }
  | { kind: 'throttled'; seconds: number; locked: boolean }
  | { kind: 'demoRefused' }
  | { kind: 'failed'; message: string };

export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const emailId = useId();
  const passwordId = useId();
  const errorId = useId();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [formError, setFormError] = useState<FormError | null>(null);
  const [state, login] = useMutation(LoginMutation);

  const onSubmit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!email.trim() || !password) {
      setFormError({ kind: 'required' });
      return;
    }
    setFormError(null);
    const result = await login({ input: { email: email.trim(), password } });
    const data = result.data?.login;
    if (data?.__typename === 'LoginSuccess') {
      // leadership's first screen is the evaluation of the year in charts (the evaluation dashboard)
      navigate(data.user?.roles?.includes('LEADERSHIP') ? '/evaluation' : '/', { replace: true });
    } else if (data?.__typename === 'InvalidCredentialsError') {
      setFormError({ kind: 'invalid' });
    } else if (data?.__typename === 'LoginThrottledError') {
      setFormError({ kind: 'throttled', seconds: data.retryAfterSeconds, locked: data.locked });
    } else if (data?.__typename === 'DemoPasswordRefusedError') {
      setFormError({ kind: 'demoRefused' });
    } else {
      const message =
        result.error?.graphQLErrors[0]?.message ?? result.error?.networkError?.message ?? result.error?.message ?? '';
      setFormError({ kind: 'failed', message });
    }
  };

  const errorText =
    formError?.kind === 'invalid'
      ? t('login.invalidCredentials')
      : formError?.kind === 'required'
        ? t('login.required')
        : formError?.kind === 'throttled'
          ? formError.locked
            ? t('login.locked', { minutes: Math.max(1, Math.ceil(formError.seconds / 60)) })
            : t('login.throttled', { seconds: formError.seconds })
          : formError?.kind === 'demoRefused'
            ? t('login.demoRefused')
            : formError?.kind === 'failed'
              ? t('login.failed', { message: formError.message })
              : null;

  return (
    <div className="login">
      <div className="login-tools">
        <LanguageSwitch />
      </div>
      <main className="login-card">
        <p className="app-name">{t('app.name')}</p>
        <h1>{t('login.title')}</h1>
        <p className="muted">{t('login.intro')}</p>
        <form onSubmit={onSubmit} noValidate aria-describedby={errorText ? errorId : undefined}>
          <div className="field">
            <label htmlFor={emailId}>{t('login.email')}</label>
            <input
              id={emailId}
              name="email"
              type="email"
              autoComplete="username"
              required
              value={email}
              onChange={(event) => setEmail(event.target.value)}
              aria-invalid={formError ? true : undefined}
            />
          </div>
          <div className="field">
            <label htmlFor={passwordId}>{t('login.password')}</label>
            <input
              id={passwordId}
              name="password"
              type="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(event) => setPassword(event.target.value)}
              aria-invalid={formError ? true : undefined}
            />
          </div>
          <button type="submit" className="primary" disabled={state.fetching} aria-busy={state.fetching || undefined}>
            {t('login.submit')}
          </button>
          {errorText ? (
            <p id={errorId} className="form-error" role="alert">
              {errorText}
            </p>
          ) : null}
        </form>
      </main>
    </div>
  );
}
