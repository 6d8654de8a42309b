import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient, useMutation } from 'urql';
import { graphql } from '../graphql';
import { Dialog } from './form/dialog';
import { ForbiddenErrorFields, NotFoundErrorFields, ValidationErrorFields } from './form/error-fragments';

export const PlanImportTemplateQuery = graphql(`
  query PlanImportTemplate {
    planImportTemplate
  }
`);

export const ImportPlanMutation = graphql(
  `
    mutation ImportPlan($input: ImportPlanInput!) {
      importPlan(input: $input) {
        __typename
        ... on ImportPlanSuccess {
          created
        }
        ...ValidationErrorFields
        ...ForbiddenErrorFields
        ...NotFoundErrorFields
      }
    }
  `,
  [ValidationErrorFields, ForbiddenErrorFields, NotFoundErrorFields],
);

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** The server's cap (2 MB decoded). */
const MAX_BYTES = 2 * 1024 * 1024;

/** "rows.5.code" → { row: 5, column: 'code' } */
export function problemPlace(field: string): { row: number | null; column: string | null } {
  const m = /^rows\.(\d+)(?:\.(\w+))?$/.exec(field);
  return m ? { row: Number(m[1]), column: m[2] ?? null } : { row: null, column: null };
}

function toBase64(bytes: ArrayBuffer): string {
  let binary = '';
  const view = new Uint8Array(bytes);
  for (let i = 0; i < view.length; i += 0x8000) binary += String.fromCharCode(...view.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * "Nhập kế hoạch từ Excel": download the template, choose the filled file, import. Every problem is
 * listed in a table by row and column; on any problem nothing is written (the server's rule).
 */
export function PlanImportDialog({
  yearId,
  onClose,
  onImported,
}: {
  yearId: string;
  onClose: () => void;
  onImported: (created: number) => void;
}) {
  const { t } = useTranslation();
  const client = useClient();
  const fileRef = useRef<HTMLInputElement>(null);
  const [problems, setProblems] = useState<Array<{ field: string; code: string; message: string }>>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [{ fetching }, importPlan] = useMutation(ImportPlanMutation);

  const downloadTemplate = async () => {
    const result = await client.query(PlanImportTemplateQuery, {}, { requestPolicy: 'network-only' }).toPromise();
    const b64 = result.data?.planImportTemplate;
    if (!b64) return setMessage(t('planImport.templateFailed'));
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const url = URL.createObjectURL(new Blob([bytes], { type: XLSX_TYPE }));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'mau-nhap-ke-hoach-cchc.xlsx';
    a.click();
    URL.revokeObjectURL(url);
  };

  const send = async () => {
    setProblems([]);
    setMessage(null);
    const file = fileRef.current?.files?.[0];
    if (!file) return setMessage(t('planImport.chooseFile'));
    if (file.size > MAX_BYTES) return setMessage(t('planImport.tooBig'));
    const contentBase64 = toBase64(await file.arrayBuffer());
    const result = await importPlan({ input: { yearId, contentBase64 } });
    const payload = result.data?.importPlan;
    if (result.error || !payload) return setMessage(t('planImport.failed', { message: result.error?.message ?? '' }));
    switch (payload.__typename) {
      case 'ImportPlanSuccess':
        return onImported(payload.created);
      case 'ValidationError':
        setProblems([...payload.problems]);
        return setMessage(t('planImport.nothingWritten', { count: payload.problems.length }));
      default:
        return setMessage(payload.message);
    }
  };

  return (
    <Dialog title={t('planImport.title')} onRequestClose={() => (fetching ? null : onClose())}>
      <div className="dialog-form">
        <p>{t('planImport.intro')}</p>
        <p>
          <button type="button" onClick={() => void downloadTemplate()}>
            {t('planImport.template')}
          </button>
        </p>
        <div className="field">
          <label htmlFor="plan-import-file">{t('planImport.file')}</label>
          <input id="plan-import-file" ref={fileRef} type="file" accept={`.xlsx,${XLSX_TYPE}`} />
        </div>
        {message ? (
          <div className="form-error" role="alert">
            <p>{message}</p>
          </div>
        ) : null}
        {problems.length ? (
          <div className="table-scroll">
            <table>
              <caption>{t('planImport.problems')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('planImport.row')}</th>
                  <th scope="col">{t('planImport.problem')}</th>
                </tr>
              </thead>
              <tbody>
                {problems.map((p) => (
                  <tr key={`${p.field}:${p.code}`}>
                    <td>{problemPlace(p.field).row ?? '—'}</td>
                    <td>{p.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
        <div className="dialog-actions">
          <button type="button" className="primary" disabled={fetching} onClick={() => void send()}>
            {fetching ? t('planImport.importing') : t('planImport.import')}
          </button>
          <button type="button" disabled={fetching} onClick={onClose}>
            {t('planImport.close')}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
