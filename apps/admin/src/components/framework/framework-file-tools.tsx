import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient, useMutation } from 'urql';
import { ConfirmStep } from '../form/form-actions';
import { downloadText, frameworkFileName, readJsonFile } from '../../lib/framework-file';
import {
  answerMessages,
  CopyFrameworkMutation,
  FrameworkExportQuery,
  ImportFrameworkMutation,
  type EditAnswer,
} from './framework-mutations';

/**
 * The framework as a file: "Tải xuống JSON" for everyone who sees it; for Home Affairs "Nhập từ
 * tệp JSON" (a file picker; replacing an existing framework asks first; the server's problems are
 * listed, each with its place in the file) and, for a year without a framework, "Sao chép từ năm …"
 * (the previous year's framework, each criterion linked to last year's).
 */
export function FrameworkFileTools({
  year,
  yearId,
  framework,
  canEdit,
  previous,
  onChanged,
}: {
  year: number;
  yearId: string;
  framework: { id: string; version: number } | null;
  canEdit: boolean;
  previous: { id: string; year: number } | null;
  onChanged: (message: string) => void;
}) {
  const { t } = useTranslation();
  const client = useClient();
  const inputId = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [importing, importFramework] = useMutation(ImportFrameworkMutation);
  const [copying, copyFramework] = useMutation(CopyFrameworkMutation);
  const [downloading, setDownloading] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const [pending, setPending] = useState<{ name: string; json: unknown } | null>(null);
  const busy = importing.fetching || copying.fetching || downloading;
  const k = (key: string, params?: Record<string, unknown>) => t(`frameworkEditor.file.${key}`, params);

  const download = async () => {
    setDownloading(true);
    setProblems([]);
    const result = await client.query(FrameworkExportQuery, { year }, { requestPolicy: 'network-only' }).toPromise();
    setDownloading(false);
    const text = result.data?.year?.framework?.exportJson;
    if (!text) return setProblems([k('downloadFailed')]);
    downloadText(frameworkFileName(year), text);
  };

  const settle = (answer: EditAnswer | undefined, error: { message: string } | undefined, done: string) => {
    if (error || !answer) return setProblems([t('frameworkEditor.failed', { message: error?.message ?? '' })]);
    if (answer.__typename === 'FrameworkEditSuccess') {
      setProblems([]);
      return onChanged(done);
    }
    setProblems(answerMessages(answer));
  };

  const send = async (name: string, json: unknown) => {
    setPending(null);
    const result = await importFramework({ input: { yearId, file: json, version: framework?.version ?? null } });
    settle(result.data?.importFramework, result.error, k('imported', { name }));
  };

  const chosen = async (file: File | undefined) => {
    setProblems([]);
    if (!file) return;
    const read = await readJsonFile(file);
    if (fileInput.current) fileInput.current.value = '';
    if (!read.ok) return setProblems([k(read.reason === 'TOO_LARGE' ? 'tooLarge' : 'notJson', { name: file.name })]);
    if (framework) setPending({ name: file.name, json: read.json });
    else await send(file.name, read.json);
  };

  const copy = async () => {
    if (!previous) return;
    setProblems([]);
    const result = await copyFramework({ input: { fromYearId: previous.id, toYearId: yearId } });
    settle(result.data?.copyFramework, result.error, k('copied', { year: previous.year }));
  };

  return (
    <div className="framework-file-tools">
      <div className="framework-editor-tools">
        {framework ? (
          <button type="button" onClick={() => void download()} disabled={busy}>
            {downloading ? k('downloading') : k('download')}
          </button>
        ) : null}
        {canEdit ? (
          <span className="file-pick">
            <label htmlFor={inputId}>{k('import')}</label>{' '}
            <input
              ref={fileInput}
              id={inputId}
              type="file"
              accept=".json,application/json"
              disabled={busy}
              onChange={(e) => void chosen(e.target.files?.[0])}
            />
          </span>
        ) : null}
        {canEdit && !framework && previous ? (
          <button type="button" onClick={() => void copy()} disabled={busy}>
            {copying.fetching ? k('copying') : k('copy', { year: previous.year })}
          </button>
        ) : null}
      </div>
      {importing.fetching ? <p role="status">{k('importing')}</p> : null}
      {pending ? (
        <ConfirmStep
          question={k('replaceQuestion', { name: pending.name, year })}
          confirm={k('replace')}
          sending={importing.fetching}
          onConfirm={() => void send(pending.name, pending.json)}
          onBack={() => setPending(null)}
        />
      ) : null}
      {problems.length > 0 ? (
        <div className="form-error import-problems" role="alert" tabIndex={-1}>
          <p>{k('problems', { count: problems.length })}</p>
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
