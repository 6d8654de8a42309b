import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { graphql } from '../graphql';
import { Dialog } from './form/dialog';
import { ForbiddenErrorFields, NotFoundErrorFields, ValidationErrorFields } from './form/error-fragments';

export const AddPlanAreaMutation = graphql(
  `
    mutation AddPlanArea($input: AddPlanAreaInput!) {
      addPlanArea(input: $input) {
        __typename
        ... on PlanAreaChanged {
          area {
            id
            code
            name
          }
        }
        ...ValidationErrorFields
        ...ForbiddenErrorFields
        ...NotFoundErrorFields
      }
    }
  `,
  [ValidationErrorFields, ForbiddenErrorFields, NotFoundErrorFields],
);

export const UpdatePlanAreaMutation = graphql(
  `
    mutation UpdatePlanArea($input: UpdatePlanAreaInput!) {
      updatePlanArea(input: $input) {
        __typename
        ... on PlanAreaChanged {
          area {
            id
            code
            name
          }
        }
        ...ValidationErrorFields
        ...ForbiddenErrorFields
        ...NotFoundErrorFields
      }
    }
  `,
  [ValidationErrorFields, ForbiddenErrorFields, NotFoundErrorFields],
);

type Answer =
  | { __typename: 'PlanAreaChanged'; area: { code: string } }
  | { __typename: 'ValidationError'; message: string; problems: ReadonlyArray<{ message: string }> }
  | { __typename: 'ForbiddenError' | 'NotFoundError'; message: string };

/** "Lĩnh vực của kế hoạch": rename an area, or add one after the last (Home Affairs). */
export function PlanAreasDialog({
  yearId,
  areas,
  onClose,
  onChanged,
}: {
  yearId: string;
  areas: ReadonlyArray<{ id: string; code: string; name: string }>;
  onClose: () => void;
  onChanged: (message: string) => void;
}) {
  const { t } = useTranslation();
  const [names, setNames] = useState(() => Object.fromEntries(areas.map((a) => [a.id, a.name])));
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [{ fetching: adding }, addArea] = useMutation(AddPlanAreaMutation);
  const [{ fetching: renaming }, updateArea] = useMutation(UpdatePlanAreaMutation);
  const busy = adding || renaming;

  const settle = (answer: Answer | undefined, done: (code: string) => string) => {
    if (!answer) return setProblem(t('planAreas.failed'));
    if (answer.__typename === 'PlanAreaChanged') return onChanged(done(answer.area.code));
    setProblem(
      answer.__typename === 'ValidationError' ? (answer.problems[0]?.message ?? answer.message) : answer.message,
    );
  };

  return (
    <Dialog title={t('planAreas.title')} onRequestClose={() => (busy ? null : onClose())}>
      <div className="dialog-form">
        {problem ? (
          <div className="form-error" role="alert">
            <p>{problem}</p>
          </div>
        ) : null}
        <ul className="plan-areas">
          {areas.map((a) => (
            <li key={a.id} className="field">
              <label htmlFor={`area-${a.id}`}>{t('planAreas.nameOf', { code: a.code })}</label>
              <input
                id={`area-${a.id}`}
                value={names[a.id] ?? ''}
                onChange={(e) => setNames((n) => ({ ...n, [a.id]: e.target.value }))}
              />{' '}
              <button
                type="button"
                disabled={busy || (names[a.id] ?? '') === a.name}
                onClick={async () => {
                  setProblem(null);
                  const r = await updateArea({ input: { id: a.id, name: names[a.id] ?? '' } });
                  settle(r.data?.updatePlanArea as Answer | undefined, (c) => t('planAreas.renamed', { code: c }));
                }}
              >
                {t('planAreas.rename', { code: a.code })}
              </button>
            </li>
          ))}
        </ul>
        <form
          noValidate
          onSubmit={async (e) => {
            e.preventDefault();
            if (busy) return;
            setProblem(null);
            const r = await addArea({ input: { yearId, code, name } });
            settle(r.data?.addPlanArea as Answer | undefined, (c) => t('planAreas.added', { code: c }));
          }}
        >
          <fieldset>
            <legend>{t('planAreas.add')}</legend>
            <div className="field">
              <label htmlFor="new-area-code">{t('planAreas.code')}</label>
              <input id="new-area-code" value={code} onChange={(e) => setCode(e.target.value)} />
            </div>
            <div className="field">
              <label htmlFor="new-area-name">{t('planAreas.name')}</label>
              <input id="new-area-name" value={name} onChange={(e) => setName(e.target.value)} />
            </div>
            <div className="dialog-actions">
              <button type="submit" className="primary" disabled={busy}>
                {t('planAreas.addButton')}
              </button>
              <button type="button" disabled={busy} onClick={onClose}>
                {t('planAreas.close')}
              </button>
            </div>
          </fieldset>
        </form>
      </div>
    </Dialog>
  );
}
