import { Fragment, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql, readFragment, type FragmentOf, type ResultOf } from '../graphql';
import { buildFrameworkTree, descendants, type TreeNode } from '../lib/framework-tree';
import { formatPoints, numberLocale } from '../lib/format';

export const FrameworkTreeTable_FrameworkNodeFragment = graphql(`
  fragment FrameworkTreeTable_FrameworkNode on FrameworkNode {
    id
    code
    parentId
    depth
    position
    name
    nameEn
    maxPoints
    isLeaf
    method
    scoreSource
    appliesTo
  }
`);

type Node = ResultOf<typeof FrameworkTreeTable_FrameworkNodeFragment>;
export interface UnitTypeName {
  code: string;
  nameVi: string;
  nameEn: string;
}

/** Where a node stands among its siblings (for the editor's move buttons). */
export interface NodePlace {
  first: boolean;
  last: boolean;
}

export function FrameworkTreeTable({
  nodes: nodeRefs,
  unitTypes,
  renderActions,
}: {
  nodes: readonly FragmentOf<typeof FrameworkTreeTable_FrameworkNodeFragment>[];
  unitTypes: readonly UnitTypeName[];
  /** The editor's buttons for a node (an extra column when given). */
  renderActions?: (node: TreeNode<Node>, place: NodePlace) => React.ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const baseId = useId();
  const english = i18n.language.startsWith('en');
  const locale = numberLocale(i18n.language);
  const nodes = readFragment(FrameworkTreeTable_FrameworkNodeFragment, nodeRefs);
  const tree = buildFrameworkTree(nodes);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());

  const typeName = (code: string) => {
    const type = unitTypes.find((u) => u.code === code);
    return type ? (english ? type.nameEn : type.nameVi) : code;
  };
  const nodeName = (node: Node) => (english && node.nameEn ? node.nameEn : node.name);
  const toggle = (id: string) =>
    setCollapsed((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const places = new Map<string, NodePlace>();
  const walkPlaces = (list: TreeNode<Node>[]) => {
    for (const [i, n] of list.entries()) {
      places.set(n.id, { first: i === 0, last: i === list.length - 1 });
      walkPlaces(n.children);
    }
  };
  walkPlaces(tree.roots);
  const actionsCell = (node: TreeNode<Node>) =>
    renderActions ? (
      <td className="cell-actions" data-label={t('frameworkEditor.columns.actions')}>
        {renderActions(node, places.get(node.id) ?? { first: true, last: true })}
      </td>
    ) : null;

  const renderRow = (node: TreeNode<Node>) => (
    <tr key={node.id} className={`depth-${Math.min(node.depth, 3)}${node.isLeaf ? ' leaf' : ''}`}>
      <td className="cell-code">{node.code}</td>
      <th scope="row" className="cell-name cell-indented" style={{ '--depth': node.depth } as React.CSSProperties}>
        {nodeName(node)}
      </th>
      <td className="num">{formatPoints(node.maxPoints, locale)}</td>
      {/* data-label: the column's name, shown before the value where the row is a card (styles.css) */}
      <td className="cell-detail" data-label={t('framework.columns.method')}>
        {node.method ? t(`framework.method.${node.method}`) : ''}
      </td>
      <td className="cell-detail" data-label={t('framework.columns.scoreSource')}>
        {node.scoreSource ? t(`framework.scoreSource.${node.scoreSource}`) : ''}
      </td>
      <td className="cell-detail" data-label={t('framework.columns.appliesTo')}>
        {node.appliesTo.length === 0 ? t('framework.allUnitTypes') : node.appliesTo.map(typeName).join(', ')}
      </td>
      {actionsCell(node)}
    </tr>
  );

  const allAreaIds = tree.roots.map((root) => root.id);
  return (
    <>
      <div className="table-toolbar">
        <button type="button" className="link-button" onClick={() => setCollapsed(new Set())}>
          {t('framework.expandAll')}
        </button>
        <button type="button" className="link-button" onClick={() => setCollapsed(new Set(allAreaIds))}>
          {t('framework.collapseAll')}
        </button>
      </div>
      <div className="table-wrap">
        <table className="data-table framework-table">
          <caption>{t('framework.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('framework.columns.code')}</th>
              <th scope="col">{t('framework.columns.name')}</th>
              <th scope="col" className="num">
                {t('framework.columns.maxPoints')}
              </th>
              <th scope="col">{t('framework.columns.method')}</th>
              <th scope="col">{t('framework.columns.scoreSource')}</th>
              <th scope="col">{t('framework.columns.appliesTo')}</th>
              {renderActions ? <th scope="col">{t('frameworkEditor.columns.actions')}</th> : null}
            </tr>
          </thead>
          {tree.roots.map((area) => {
            const open = !collapsed.has(area.id);
            const bodyId = `${baseId}-area-${area.id}`;
            return (
              <Fragment key={area.id}>
                <tbody className="area-head">
                  <tr>
                    <td className="cell-code">{area.code}</td>
                    <th scope="rowgroup" className="cell-name">
                      <button
                        type="button"
                        className="disclosure"
                        aria-expanded={open}
                        aria-controls={bodyId}
                        onClick={() => toggle(area.id)}
                      >
                        <span aria-hidden="true" className="disclosure-icon">
                          {open ? '▾' : '▸'}
                        </span>
                        {nodeName(area)}
                      </button>
                    </th>
                    <td className="num">{formatPoints(area.maxPoints, locale)}</td>
                    <td colSpan={3} className="cell-detail" />
                    {actionsCell(area)}
                  </tr>
                </tbody>
                <tbody id={bodyId} hidden={!open}>
                  {descendants(area).map(renderRow)}
                </tbody>
              </Fragment>
            );
          })}
          {tree.orphans.length > 0 ? (
            <tbody>{tree.orphans.flatMap((o) => [o, ...descendants(o)]).map(renderRow)}</tbody>
          ) : null}
        </table>
      </div>
      {tree.orphans.length > 0 ? (
        <p className="warning" role="note">
          {t('framework.orphans', { codes: tree.orphans.map((o) => o.code).join(', ') })}
        </p>
      ) : null}
    </>
  );
}
