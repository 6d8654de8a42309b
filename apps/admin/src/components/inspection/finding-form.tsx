import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  type CriterionOption,
  EMPTY_FINDING,
  type FindingFormValues,
  findingFields,
  findingFormProblems,
} from '../../lib/finding-form';
import type { FindingFields } from '../../lib/offline-outbox';
import { downscaleImage, MAX_IMAGE_SIDE } from '../../lib/score-image';
import { formatFileSize, UPLOAD_MAX_BYTES } from '../../lib/score-upload';
import { MAX_FINDING_PHOTOS } from '@cchc/domain';
import { Field } from '../form/field';

export interface FindingDraft {
  fields: FindingFields;
  photos: Array<{ name: string; type: string; blob: Blob }>;
}

type PickedPhoto = FindingDraft['photos'][number] & { id: string };

const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'];

/** Where the phone is, if the person allows it (5 s at most); null otherwise. */
function currentLocation(): Promise<{ latitude: number; longitude: number } | null> {
  if (typeof navigator === 'undefined' || !navigator.geolocation) return Promise.resolve(null);
  return new Promise((resolve) => {
    navigator.geolocation.getCurrentPosition(
      (p) => resolve({ latitude: p.coords.latitude, longitude: p.coords.longitude }),
      () => resolve(null),
      { timeout: 5000, maximumAge: 60_000 },
    );
  });
}

/**
 * The finding form, phone first: the kind as two large choices, the severity (weakness only), the
 * criterion, the text, photos taken with the camera (downscaled here before they are kept) and,
 * if asked, the location. It hands the finding to `onSubmit` (which queues it in the outbox).
 */
export function FindingForm({
  criteria,
  initial,
  keptPhotos = [],
  submitLabel,
  onSubmit,
  onCancel,
}: {
  criteria: readonly CriterionOption[];
  initial?: FindingFormValues;
  /** an edit: the finding's photos on the server (they stay) */
  keptPhotos?: ReadonlyArray<{ id: string; fileName: string }>;
  submitLabel: string;
  onSubmit: (draft: FindingDraft) => Promise<void>;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const kindName = useId();
  const [photos, setPhotos] = useState<PickedPhoto[]>([]);
  const [photoError, setPhotoError] = useState<string | null>(null);
  const [withLocation, setWithLocation] = useState(false);
  const [sending, setSending] = useState(false);
  const form = useForm<FindingFormValues>({
    defaultValues: initial ?? EMPTY_FINDING,
    resolver: (values) => {
      const problems = findingFormProblems(values);
      if (problems.length === 0) return { values, errors: {} };
      const errors: Record<string, { type: string; message: string }> = {};
      for (const p of problems) {
        const field = p.field === 'latitude' || p.field === 'longitude' ? 'description' : p.field;
        errors[field] ??= {
          type: p.code,
          message: t(`visitFindings.problems.${p.code}`, { defaultValue: p.message }),
        };
      }
      return { values: {}, errors };
    },
  });
  const kind = form.watch('kind');
  const { errors } = form.formState;
  const room = MAX_FINDING_PHOTOS - keptPhotos.length - photos.length;

  const addPhotos = async (files: FileList | null) => {
    setPhotoError(null);
    if (!files) return;
    const picked = [...files];
    if (picked.length > room) setPhotoError(t('visitFindings.tooManyPhotos', { max: MAX_FINDING_PHOTOS }));
    const added: PickedPhoto[] = [];
    for (const file of picked.slice(0, Math.max(0, room))) {
      if (!PHOTO_TYPES.includes(file.type)) {
        setPhotoError(t('visitFindings.photoType'));
        continue;
      }
      const small = await downscaleImage(file);
      if (small.size > UPLOAD_MAX_BYTES) {
        setPhotoError(t('visitFindings.photoTooLarge'));
        continue;
      }
      added.push({ id: crypto.randomUUID(), name: small.name, type: small.type, blob: small });
    }
    setPhotos((p) => [...p, ...added]);
  };

  return (
    <form
      className="finding-form"
      noValidate
      aria-busy={sending || undefined}
      onSubmit={form.handleSubmit(async (values) => {
        setSending(true);
        try {
          const location = withLocation ? await currentLocation() : null;
          await onSubmit({ fields: findingFields(values, location), photos: photos.map(({ id: _id, ...p }) => p) });
          setPhotos([]);
          form.reset({ ...EMPTY_FINDING, kind: values.kind, frameworkNodeId: values.frameworkNodeId });
        } finally {
          setSending(false);
        }
      })}
    >
      <fieldset className="finding-kind">
        <legend>{t('visitFindings.kind')}</legend>
        {(['WEAKNESS', 'GOOD_PRACTICE'] as const).map((k) => (
          <label key={k} className={kind === k ? 'finding-kind-option selected' : 'finding-kind-option'}>
            <input
              type="radio"
              name={kindName}
              value={k}
              checked={kind === k}
              onChange={() => form.setValue('kind', k)}
            />
            {t(`visitFindings.kinds.${k}`)}
          </label>
        ))}
      </fieldset>
      {kind === 'WEAKNESS' ? (
        <Field label={t('visitFindings.severity')} error={errors.severity?.message}>
          {(control) => (
            <select {...control} {...form.register('severity')}>
              <option value="">{t('visitFindings.chooseSeverity')}</option>
              {(['HIGH', 'MEDIUM', 'LOW'] as const).map((s) => (
                <option key={s} value={s}>
                  {t(`visitFindings.severities.${s}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : null}
      <Field label={t('visitFindings.criterion')} error={errors.frameworkNodeId?.message}>
        {(control) => (
          <select {...control} {...form.register('frameworkNodeId')}>
            <option value="">{t('visitFindings.noCriterion')}</option>
            {criteria.map((c) => (
              <option key={c.id} value={c.id}>
                {c.code} {c.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('visitFindings.description')} error={errors.description?.message}>
        {(control) => <textarea {...control} rows={4} {...form.register('description')} />}
      </Field>
      <Field
        label={t('visitFindings.photos')}
        hint={t('visitFindings.photosHint', {
          max: MAX_FINDING_PHOTOS,
          side: MAX_IMAGE_SIDE,
          size: formatFileSize(UPLOAD_MAX_BYTES),
        })}
        error={photoError ?? undefined}
      >
        {(control) => (
          <input
            {...control}
            type="file"
            accept="image/*"
            capture="environment"
            multiple
            disabled={room <= 0 || sending}
            onChange={(event) => {
              void addPhotos(event.currentTarget.files);
              event.currentTarget.value = '';
            }}
          />
        )}
      </Field>
      {keptPhotos.length + photos.length > 0 ? (
        <ul className="finding-photos-list">
          {keptPhotos.map((p) => (
            <li key={p.id}>{p.fileName}</li>
          ))}
          {photos.map((p) => (
            <li key={p.id}>
              {p.name} ({formatFileSize(p.blob.size)}){' '}
              <button type="button" onClick={() => setPhotos((all) => all.filter((q) => q.id !== p.id))}>
                {t('visitFindings.removePhoto')}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <label className="field-check">
        <input type="checkbox" checked={withLocation} onChange={(e) => setWithLocation(e.currentTarget.checked)} />
        {t('visitFindings.withLocation')}
      </label>
      <div className="dialog-actions">
        <button type="submit" className="primary" disabled={sending}>
          {sending ? t('visitFindings.saving') : submitLabel}
        </button>
        {onCancel ? (
          <button type="button" disabled={sending} onClick={onCancel}>
            {t('visitFindings.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
