import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { FrameworkFileTools } from '../components/framework/framework-file-tools';
import {
  answerMessages,
  FrameworkEditor_FrameworkFragment,
  MoveFrameworkNodeMutation,
} from '../components/framework/framework-mutations';
import {
  FrameworkNodeDialog,
  FrameworkNodeDialog_FrameworkNodeFragment,
  type NodeDialogMode,
} from '../components/framework/framework-node-dialog';
import { FrameworkRemoveDialog } from '../components/framework/framework-remove-dialog';
import { FrameworkTreeTable } from '../components/framework-tree-table';
import { EmptyState, ErrorMessage, Loading } from '../components/status';
import { useSelectedYear } from '../components/year-context';
import { graphql, readFragment } from '../graphql';
import { formatPoints, numberLocale } from '../lib/format';
import { descendants, type TreeNode } from '../lib/framework-tree';

export const FrameworkPageQuery = graphql(
  `
    query FrameworkPage($year: Int!, $previousYear: Int!) {
      unitTypes {
        id
        code
        nameVi
        nameEn
      }
      year(year: $year) {
        id
        year
        viewerCanEditFramework
        framework {
          id
          ...FrameworkEditor_Framework
          nodes {
            id
            ...FrameworkNodeDialog_FrameworkNode
          }
        }
      }
      previousYear: year(year: $previousYear) {
        id
        year
        framework {
          id
        }
      }
    }
  `,
  [FrameworkEditor_FrameworkFragment, FrameworkNodeDialog_FrameworkNodeFragment],
);

type Removing = { id: string; code: string; name: string; descendants: number };

/**
 * "Bộ tiêu chí": the year's criteria tree with points, methods, sources and unit types, its totals
 * and problems, and the file (download, import, copy from the previous year). Home Affairs turns
 * on the edit mode ("Sửa bộ tiêu chí"): each row gets its buttons (edit, add a sub-criterion, up,
 * down, remove with a confirmation), and "Thêm lĩnh vực" adds an area. What a person may do is the
 * server's answer (`viewerCanEdit…`); every change comes back as the framework as it is now.
 */
export function FrameworkPage() {
  const { t, i18n } = useTranslation();
  const year = useSelectedYear();
  const [result, reexecute] = useQuery({ query: FrameworkPageQuery, variables: { year, previousYear: year - 1 } });
  const [editing, setEditing] = useState(false);
  const [dialog, setDialog] = useState<NodeDialogMode | null>(null);
  const [removing, setRemoving] = useState<Removing | null>(null);
  const [notice, setNotice] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const [moving, move] = useMutation(MoveFrameworkNodeMutation);
  const locale = numberLocale(i18n.language);
  const english = i18n.language.startsWith('en');

  if (result.fetching && !result.data) return <Loading />;
  if (result.error && !result.data)
    return <ErrorMessage error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  const data = result.data;
  if (!data?.year) return <p className="status status-empty">{t('app.yearNotFound', { year })}</p>;

  const yearData = data.year;
  const framework = yearData.framework ? readFragment(FrameworkEditor_FrameworkFragment, yearData.framework) : null;
  const dialogNodes = yearData.framework
    ? new Map(yearData.framework.nodes.map((n) => [n.id, n] as const))
    : new Map<string, never>();
  const canEdit = framework?.viewerCanEdit ?? false;
  const typeName = (code: string) => {
    const type = data.unitTypes.find((u) => u.code === code);
    return type ? (english ? type.nameEn : type.nameVi) : code;
  };
  const previous = data.previousYear?.framework ? { id: data.previousYear.id, year: data.previousYear.year } : null;

  const changed = (message: string) => {
    setNotice(message);
    setProblems([]);
    reexecute({ requestPolicy: 'network-only' });
  };

  const moveNode = async (id: string, code: string, direction: 'UP' | 'DOWN') => {
    if (!framework) return;
    setProblems([]);
    const answer = await move({ input: { nodeId: id, version: framework.version, direction } });
    const payload = answer.data?.moveFrameworkNode;
    if (answer.error || !payload)
      return setProblems([t('frameworkEditor.failed', { message: answer.error?.message ?? '' })]);
    if (payload.__typename === 'FrameworkEditSuccess')
      return setNotice(t(direction === 'UP' ? 'frameworkEditor.movedUp' : 'frameworkEditor.movedDown', { code }));
    setProblems(answerMessages(payload));
    if (payload.__typename === 'ConflictError') reexecute({ requestPolicy: 'network-only' });
  };

  const actions = (
    node: TreeNode<{ id: string; code: string; name: string; position: number }>,
    place: { first: boolean; last: boolean },
  ) => {
    const ref = dialogNodes.get(node.id);
    return (
      <div className="node-actions">
        {ref ? (
          <button
            type="button"
            className="link-button"
            aria-label={t('frameworkEditor.actions.edit', { code: node.code })}
            onClick={() => setDialog({ kind: 'edit', node: ref, isGroup: node.children.length > 0 })}
          >
            {t('frameworkEditor.actions.editShort')}
          </button>
        ) : null}
        <button
          type="button"
          className="link-button"
          aria-label={t('frameworkEditor.actions.addChild', { code: node.code })}
          onClick={() => setDialog({ kind: 'add', parent: { id: node.id, code: node.code, name: node.name } })}
        >
          {t('frameworkEditor.actions.addChildShort')}
        </button>
        <button
          type="button"
          className="link-button"
          aria-label={t('frameworkEditor.actions.up', { code: node.code })}
          disabled={place.first || moving.fetching}
          onClick={() => void moveNode(node.id, node.code, 'UP')}
        >
          ↑
        </button>
        <button
          type="button"
          className="link-button"
          aria-label={t('frameworkEditor.actions.down', { code: node.code })}
          disabled={place.last || moving.fetching}
          onClick={() => void moveNode(node.id, node.code, 'DOWN')}
        >
          ↓
        </button>
        <button
          type="button"
          className="link-button danger"
          aria-label={t('frameworkEditor.actions.remove', { code: node.code })}
          onClick={() =>
            setRemoving({ id: node.id, code: node.code, name: node.name, descendants: descendants(node).length })
          }
        >
          {t('frameworkEditor.actions.removeShort')}
        </button>
      </div>
    );
  };

  const problemList = framework ? (english ? framework.problems : framework.problemsVi) : [];

  return (
    <section aria-labelledby="framework-title">
      <div className="page-head">
        <h1 id="framework-title">{t('framework.title', { year: yearData.year })}</h1>
        {canEdit ? (
          <button type="button" aria-pressed={editing} onClick={() => setEditing((on) => !on)}>
            {editing ? t('frameworkEditor.stopEditing') : t('frameworkEditor.startEditing')}
          </button>
        ) : null}
      </div>
      <p role="status" className="announcement">
        {notice}
      </p>
      <FrameworkFileTools
        year={yearData.year}
        yearId={yearData.id}
        framework={framework ? { id: framework.id, version: framework.version } : null}
        canEdit={yearData.viewerCanEditFramework}
        previous={previous}
        onChanged={changed}
      />
      {problems.length > 0 ? (
        <div className="form-error" role="alert">
          {problems.map((p) => (
            <p key={p}>{p}</p>
          ))}
        </div>
      ) : null}
      {!framework ? (
        <EmptyState>{t('framework.none')}</EmptyState>
      ) : (
        <>
          <p className="lead">{framework.name}</p>
          {problemList.length > 0 ? (
            <div className="warning" role="alert">
              <h2>{t('framework.problems')}</h2>
              <ul>
                {problemList.map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
            </div>
          ) : null}
          <dl className="totals">
            <div>
              <dt>{t('framework.total')}</dt>
              <dd>{t('framework.points', { points: formatPoints(framework.maxPoints, locale) })}</dd>
            </div>
            <div>
              <dt>{t('framework.applicableMax')}</dt>
              <dd>
                <ul className="plain">
                  <li>
                    {t('framework.applicableFor', {
                      type: typeName('phong'),
                      points: formatPoints(framework.applicableMaxPhong, locale),
                    })}
                  </li>
                  <li>
                    {t('framework.applicableFor', {
                      type: typeName('xa'),
                      points: formatPoints(framework.applicableMaxXa, locale),
                    })}
                  </li>
                </ul>
              </dd>
            </div>
          </dl>
          {editing && canEdit ? (
            <div className="framework-editor-tools">
              <button type="button" onClick={() => setDialog({ kind: 'add', parent: null })}>
                {t('frameworkEditor.actions.addArea')}
              </button>
            </div>
          ) : null}
          {framework.nodes.length === 0 ? (
            <EmptyState>{t('framework.empty')}</EmptyState>
          ) : (
            <FrameworkTreeTable
              nodes={framework.nodes}
              unitTypes={data.unitTypes}
              {...(editing && canEdit ? { renderActions: actions } : {})}
            />
          )}
        </>
      )}
      {dialog && framework ? (
        <FrameworkNodeDialog
          mode={dialog}
          framework={{ id: framework.id, version: framework.version }}
          unitTypes={data.unitTypes}
          onClose={() => setDialog(null)}
          onStale={() => reexecute({ requestPolicy: 'network-only' })}
          onSaved={(code) => {
            setDialog(null);
            setNotice(t('frameworkEditor.saved', { code }));
          }}
        />
      ) : null}
      {removing && framework ? (
        <FrameworkRemoveDialog
          node={removing}
          descendants={removing.descendants}
          version={framework.version}
          onClose={() => setRemoving(null)}
          onRemoved={(code) => {
            setRemoving(null);
            setNotice(t('frameworkEditor.removed', { code }));
          }}
        />
      ) : null}
    </section>
  );
}
