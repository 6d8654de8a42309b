import { useState } from 'react';
import { FormProvider, useForm, type FieldErrors, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { graphql, readFragment, type FragmentOf } from '../../graphql';
import {
  emptyNodeValues,
  METHOD_KINDS,
  methodFromForm,
  nodeFormProblems,
  nodeFormValues,
  parseDecimal,
  SCORE_SOURCES,
  type DbScoreSource,
  type NodeFormValues,
} from '../../lib/framework-node-form';
import { Dialog } from '../form/dialog';
import { Field } from '../form/field';
import { FormActions } from '../form/form-actions';
import { FormError } from '../form/form-error';
import { useServerForm } from '../form/use-server-form';
import type { UnitTypeName } from '../framework-tree-table';
import { FrameworkMethodFields } from './framework-method-fields';
import { AddFrameworkNodeMutation, UpdateFrameworkNodeMutation } from './framework-mutations';

export const FrameworkNodeDialog_FrameworkNodeFragment = graphql(`
  fragment FrameworkNodeDialog_FrameworkNode on FrameworkNode {
    id
    code
    name
    nameEn
    maxPoints
    appliesTo
    evidenceHint
    sumReason
    scoreSource
    methodConfig
    inUse
  }
`);

type NodeRef = FragmentOf<typeof FrameworkNodeDialog_FrameworkNodeFragment>;

export type NodeDialogMode =
  | { kind: 'edit'; node: NodeRef; isGroup: boolean }
  | { kind: 'add'; parent: { id: string; code: string; name: string } | null };

const FIELDS = [
  'code',
  'name',
  'nameEn',
  'maxPoints',
  'appliesTo',
  'evidenceHint',
  'sumReason',
  'kind',
  'scoreSource',
] as const satisfies readonly (keyof NodeFormValues)[];

function resolver(original: unknown, isGroup: boolean): Resolver<NodeFormValues> {
  return async (values) => {
    const problems = nodeFormProblems(values, original, isGroup);
    if (problems.length === 0) return { values, errors: {} };
    const errors: FieldErrors<NodeFormValues> = {};
    for (const p of problems) {
      // the method's own problems show under the method's choice
      const field = p.field === 'method' ? 'kind' : p.field;
      const was = errors[field as 'kind'];
      errors[field as 'kind'] = {
        type: 'NODE_FORM',
        message: was?.message ? `${was.message} ${p.message}` : p.message,
      };
    }
    return { values: {}, errors };
  };
}

/**
 * "Sửa tiêu chí" / "Thêm tiêu chí": a node's names, points, unit types, evidence hint and (for a
 * leaf) its scoring method with the method's own settings and its score source. A leaf that scores
 * already refer to keeps its scoring (the fields are disabled; the server refuses too). By default
 * the ancestors' points follow the new sum. The server checks the whole framework: its problems
 * show at the top of the form and nothing is saved.
 */
// The selects are controlled (value + setValue): registered by ref, they came back with their first
// option instead of the node's value.
export function FrameworkNodeDialog({
  mode,
  framework,
  unitTypes,
  onClose,
  onSaved,
  onStale,
}: {
  mode: NodeDialogMode;
  framework: { id: string; version: number };
  unitTypes: readonly UnitTypeName[];
  onClose: () => void;
  onSaved: (code: string) => void;
  /** Someone changed the framework meanwhile: the page loads it again (the form keeps what was typed). */
  onStale: () => void;
}) {
  const { t, i18n } = useTranslation();
  const english = i18n.language.startsWith('en');
  const node = mode.kind === 'edit' ? readFragment(FrameworkNodeDialog_FrameworkNodeFragment, mode.node) : null;
  const isGroup = mode.kind === 'edit' && mode.isGroup;
  const inUse = node?.inUse ?? false;
  const original = node?.methodConfig ?? null;
  const [adjustAncestors, setAdjustAncestors] = useState(true);

  const form = useForm<NodeFormValues>({
    resolver: resolver(original, isGroup),
    defaultValues: node
      ? nodeFormValues({ ...node, scoreSource: node.scoreSource as DbScoreSource | null })
      : emptyNodeValues(),
  });
  const [update, updateNode] = useMutation(UpdateFrameworkNodeMutation);
  const [add, addNode] = useMutation(AddFrameworkNodeMutation);
  const sending = update.fetching || add.fetching;
  const server = useServerForm({ form, fields: FIELDS, failedKey: 'frameworkEditor.failed' });
  const { register } = form;
  const k = (key: string) => t(`frameworkEditor.node.${key}`);

  const send = async (v: NodeFormValues) => {
    server.setTop([]);
    const content = {
      name: v.name,
      nameEn: v.nameEn.trim() || null,
      maxPoints: parseDecimal(v.maxPoints) ?? 0,
      appliesTo: v.appliesTo,
      evidenceHint: v.evidenceHint.trim() || null,
      sumReason: v.sumReason.trim() || null,
      method: isGroup ? null : methodFromForm(v, original),
      scoreSource: isGroup || v.scoreSource === '' ? null : v.scoreSource,
      adjustAncestors,
    };
    const result =
      mode.kind === 'edit'
        ? await updateNode({ input: { nodeId: node!.id, version: framework.version, ...content } })
        : await addNode({
            input: {
              frameworkId: framework.id,
              version: framework.version,
              parentId: mode.parent?.id ?? null,
              code: v.code.trim() || null,
              ...content,
            },
          });
    const answer =
      result.data &&
      ('updateFrameworkNode' in result.data ? result.data.updateFrameworkNode : result.data.addFrameworkNode);
    if (result.error || !answer) return server.failRequest(result.error);
    switch (answer.__typename) {
      case 'FrameworkEditSuccess':
        return onSaved(answer.node?.code ?? v.code);
      case 'ConflictError':
        onStale();
        return server.fail([], [{ message: t('frameworkEditor.conflict') }]);
      default:
        return server.failAnswer(answer);
    }
  };

  const title =
    mode.kind === 'edit'
      ? t('frameworkEditor.node.editTitle', { code: node?.code })
      : mode.parent
        ? t('frameworkEditor.node.addChildTitle', { code: mode.parent.code })
        : t('frameworkEditor.node.addAreaTitle');

  return (
    <Dialog title={title} onRequestClose={() => !sending && onClose()} className="dialog-wide">
      <FormProvider {...form}>
        <form
          className="dialog-form"
          noValidate
          aria-busy={sending || undefined}
          onSubmit={form.handleSubmit((v) => void send(v), server.showInvalid)}
        >
          <FormError ref={server.alertRef} messages={server.messages} />
          {inUse ? (
            <p className="warning" role="note">
              {k('inUse')}
            </p>
          ) : null}
          <div className="form-grid">
            {mode.kind === 'add' ? (
              <Field
                label={k('code')}
                hint={k('codeHint')}
                error={server.fieldError(form.formState.errors.code, 'code')}
              >
                {(c) => <input {...c} autoComplete="off" {...register('code')} />}
              </Field>
            ) : null}
            <Field label={k('maxPoints')} error={server.fieldError(form.formState.errors.maxPoints, 'maxPoints')}>
              {(c) => (
                <input {...c} inputMode="decimal" autoComplete="off" disabled={inUse} {...register('maxPoints')} />
              )}
            </Field>
          </div>
          <Field label={k('name')} error={server.fieldError(form.formState.errors.name, 'name')}>
            {(c) => <textarea {...c} rows={2} {...register('name')} />}
          </Field>
          <Field label={k('nameEn')} error={server.fieldError(form.formState.errors.nameEn, 'nameEn')}>
            {(c) => <input {...c} lang="en" {...register('nameEn')} />}
          </Field>
          <fieldset disabled={inUse} className="dialog-fieldset">
            <legend>{k('appliesTo')}</legend>
            <p className="field-hint">{k('appliesToHint')}</p>
            {unitTypes.map((type) => (
              <label key={type.code} className="field-check">
                <input type="checkbox" value={type.code} {...register('appliesTo')} />
                {english ? type.nameEn : type.nameVi}
              </label>
            ))}
            {form.formState.errors.appliesTo ? (
              <p className="field-error">{server.fieldError(form.formState.errors.appliesTo as never, 'appliesTo')}</p>
            ) : null}
          </fieldset>
          {isGroup ? (
            <Field
              label={k('sumReason')}
              hint={k('sumReasonHint')}
              error={server.fieldError(form.formState.errors.sumReason, 'sumReason')}
            >
              {(c) => <input {...c} {...register('sumReason')} />}
            </Field>
          ) : (
            <fieldset className="dialog-fieldset">
              <legend>{k('scoring')}</legend>
              <div className="form-grid">
                <Field label={k('method')} error={server.fieldError(form.formState.errors.kind, 'kind')}>
                  {(c) => (
                    <select
                      {...c}
                      disabled={inUse}
                      value={form.watch('kind')}
                      onChange={(e) =>
                        form.setValue('kind', e.target.value as NodeFormValues['kind'], { shouldDirty: true })
                      }
                    >
                      {METHOD_KINDS.map((kind) => (
                        <option key={kind} value={kind}>
                          {t(`framework.method.${kind.toUpperCase()}`)}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
                <Field
                  label={k('scoreSource')}
                  error={server.fieldError(form.formState.errors.scoreSource, 'scoreSource')}
                >
                  {(c) => (
                    <select
                      {...c}
                      disabled={inUse}
                      value={form.watch('scoreSource')}
                      onChange={(e) =>
                        form.setValue('scoreSource', e.target.value as NodeFormValues['scoreSource'], {
                          shouldDirty: true,
                        })
                      }
                    >
                      {SCORE_SOURCES.map((source) => (
                        <option key={source} value={source}>
                          {t(`framework.scoreSource.${source}`)}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
              </div>
              <FrameworkMethodFields disabled={inUse} />
            </fieldset>
          )}
          <Field label={k('evidenceHint')}>{(c) => <textarea {...c} rows={2} {...register('evidenceHint')} />}</Field>
          <label className="field-check">
            <input type="checkbox" checked={adjustAncestors} onChange={(e) => setAdjustAncestors(e.target.checked)} />
            {k('adjustAncestors')}
          </label>
          <FormActions
            submit={mode.kind === 'edit' ? k('save') : k('add')}
            saving={k('saving')}
            cancel={k('cancel')}
            sending={sending}
            onCancel={onClose}
          />
        </form>
      </FormProvider>
    </Dialog>
  );
}
