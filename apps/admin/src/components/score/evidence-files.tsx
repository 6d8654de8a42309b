import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { numberLocale } from '../../lib/format';
import { downscaleImage } from '../../lib/score-image';
import { formatFileSize, UPLOAD_ACCEPT, uploadEvidence } from '../../lib/score-upload';
import { formatInstant } from './entry-value';

/** An evidence file as the API gives it (EvidenceFile). */
export interface EvidenceFileData {
  id: string;
  fileName: string;
  mimeType?: string;
  /** Not listed with a scorecard's entries (the query's cost); known for a file just uploaded. */
  sizeBytes?: number;
  url: string;
  createdAt?: string | null;
  uploadedByName?: string | null;
}

/** Links to evidence files (they open with the viewer's session; the server checks access on every read). */
export function EvidenceLinks({ files }: { files: readonly EvidenceFileData[] }) {
  const { t, i18n } = useTranslation();
  const locale = numberLocale(i18n.language);
  if (files.length === 0) return <p className="muted">{t('scoreEntry.evidence.none')}</p>;
  return (
    <ul className="score-evidence">
      {files.map((file) => (
        <li key={file.id}>
          <a href={file.url} target="_blank" rel="noopener">
            {file.fileName}
          </a>
          <span className="muted">
            {file.sizeBytes === undefined ? '' : formatFileSize(file.sizeBytes, locale)}
            {file.uploadedByName
              ? ` · ${t('scoreEntry.evidence.by', { name: file.uploadedByName, date: formatInstant(file.createdAt) })}`
              : ''}
          </span>
        </li>
      ))}
    </ul>
  );
}

/**
 * The evidence files of an entry being edited: the list (each removable from the entry), and a
 * file picker that uploads at once (images downscaled first) with its progress. A refused file says
 * why in the server's words. The list is saved with the entry ("Lưu nháp").
 */
export function EvidenceFilesField({
  yearId,
  unitId,
  files,
  onChange,
  disabled = false,
}: {
  yearId: string;
  unitId: string;
  files: readonly EvidenceFileData[];
  onChange: (files: EvidenceFileData[]) => void;
  disabled?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const locale = numberLocale(i18n.language);
  const inputId = useId();
  const statusId = `${inputId}-status`;
  const input = useRef<HTMLInputElement>(null);
  const [progress, setProgress] = useState<{ name: string; fraction: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(files);
  latest.current = files;

  const upload = async (picked: FileList | null) => {
    if (!picked || picked.length === 0) return;
    setError(null);
    for (const original of Array.from(picked)) {
      setProgress({ name: original.name, fraction: 0 });
      const file = await downscaleImage(original);
      const result = await uploadEvidence({
        yearId,
        unitId,
        file,
        onProgress: (fraction) => setProgress({ name: original.name, fraction }),
      });
      if (!result.ok) {
        setError(
          t('scoreEntry.evidence.failed', {
            name: original.name,
            message: t(`scoreEntry.evidence.errors.${result.code}`, { defaultValue: result.message }),
          }),
        );
        break;
      }
      onChange([...latest.current, result.file]);
    }
    setProgress(null);
    if (input.current) input.current.value = '';
  };

  return (
    <fieldset className="score-method">
      <legend>{t('scoreEntry.evidence.title')}</legend>
      {files.length === 0 ? <p className="muted">{t('scoreEntry.evidence.none')}</p> : null}
      {files.length > 0 ? (
        <ul className="score-evidence">
          {files.map((file) => (
            <li key={file.id}>
              <a href={file.url} target="_blank" rel="noopener">
                {file.fileName}
              </a>
              {file.sizeBytes === undefined ? null : (
                <span className="muted">{formatFileSize(file.sizeBytes, locale)}</span>
              )}
              <button
                type="button"
                className="link-button"
                disabled={disabled}
                aria-label={t('scoreEntry.evidence.remove', { name: file.fileName })}
                onClick={() => onChange(files.filter((f) => f.id !== file.id))}
              >
                {t('scoreEntry.evidence.removeShort')}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="field">
        <label htmlFor={inputId}>{t('scoreEntry.evidence.add')}</label>
        <input
          id={inputId}
          ref={input}
          type="file"
          multiple
          accept={UPLOAD_ACCEPT}
          disabled={disabled || progress !== null}
          aria-describedby={statusId}
          onChange={(event) => void upload(event.target.files)}
        />
        <p id={statusId} className="field-hint">
          {t('scoreEntry.evidence.limits')}
        </p>
      </div>
      {progress ? (
        <div className="score-progress" role="status">
          <span>{t('scoreEntry.evidence.uploading', { name: progress.name })}</span>
          <progress
            max={1}
            value={progress.fraction}
            aria-label={t('scoreEntry.evidence.uploading', { name: progress.name })}
          />
        </div>
      ) : null}
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
