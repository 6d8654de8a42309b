import { useVirtualizer } from '@tanstack/react-virtual';
import { type CSSProperties, type ReactNode, useCallback, useEffect, useRef, useSyncExternalStore } from 'react';
import './virtual-table.css';

export interface VirtualColumn<T> {
  key: string;
  /** the header's text */
  label: string;
  /** short header content when different from the label (e.g. an abbreviation with its title) */
  header?: ReactNode;
  /** sortable: the key sent to onSort */
  sortKey?: string;
  numeric?: boolean;
  /** a CSS grid track: '6rem', 'minmax(12rem, 3fr)' */
  width: string;
  /** the unit's name: a row header (role="rowheader") */
  rowHeader?: boolean;
  cell: (row: T, index: number) => ReactNode;
}

export interface VirtualSort {
  key: string;
  direction: 'ascending' | 'descending';
}

/** Below this width rows become cards (still virtualized, with a fixed height of their own). */
export const CARD_MEDIA = '(max-width: 640px)';

function subscribeMedia(query: string) {
  return (onChange: () => void) => {
    if (typeof window === 'undefined' || !window.matchMedia) return () => undefined;
    const list = window.matchMedia(query);
    list.addEventListener('change', onChange);
    return () => list.removeEventListener('change', onChange);
  };
}

/** Whether a media query matches now (and re-renders when that changes). */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback((onChange: () => void) => subscribeMedia(query)(onChange), [query]);
  return useSyncExternalStore(
    subscribe,
    () => (typeof window !== 'undefined' && window.matchMedia ? window.matchMedia(query).matches : false),
    () => false,
  );
}

/**
 * A table of thousands of rows: only the rows in view (and a few around them) are in the page, each of
 * a fixed height, inside a scrolling box; the rows come from the server a page at a time (`getRow`
 * answers undefined until its page is there, `onRangeChange` says which rows are in view, so the caller
 * fetches their pages). A real table (its header row kept in view) with the true row count (aria-rowcount,
 * aria-rowindex), so a screen reader knows where it is; sortable headers are buttons with aria-sort; the
 * scrolling box is focusable, so arrow keys and Page Up/Down scroll it. At phone width (CARD_MEDIA) every row is a card
 * with its labels, at a taller fixed height.
 */
export function VirtualTable<T>({
  label,
  columns,
  total,
  getRow,
  getRowKey,
  rowClassName,
  onRangeChange,
  sort,
  onSort,
  loadingText,
  rowHeight = 44,
  cardHeight,
  maxHeight = '70vh',
  resetKey,
}: {
  label: string;
  columns: readonly VirtualColumn<T>[];
  total: number;
  getRow: (index: number) => T | undefined;
  getRowKey?: (row: T, index: number) => string;
  rowClassName?: (row: T) => string | undefined;
  onRangeChange: (first: number, last: number) => void;
  sort?: VirtualSort;
  onSort?: (key: string) => void;
  /** shown in a row whose page is still loading */
  loadingText: string;
  rowHeight?: number;
  /** height of a row shown as a card (default: a line per column) */
  cardHeight?: number;
  maxHeight?: string;
  /** when it changes (another filter or order), the box scrolls back to the first row */
  resetKey?: string;
}) {
  const cards = useMediaQuery(CARD_MEDIA);
  // a card: a line per column, one more for a name that wraps
  const height = cards ? (cardHeight ?? 28 * (columns.length + 1) + 24) : rowHeight;
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => height,
    overscan: 8,
    initialRect: { width: 1024, height: 600 },
  });
  // a new height (phone ↔ desktop): every row is measured again
  const measuredHeight = useRef(height);
  useEffect(() => {
    if (measuredHeight.current === height) return;
    measuredHeight.current = height;
    virtualizer.measure();
  });

  const shownKey = useRef(resetKey);
  useEffect(() => {
    if (shownKey.current === resetKey) return;
    shownKey.current = resetKey;
    virtualizer.scrollToOffset(0);
  });

  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? -1;
  useEffect(() => {
    if (last >= first) onRangeChange(first, last);
  }, [first, last, onRangeChange]);

  const template = columns.map((c) => c.width).join(' ');
  const style = { '--vtable-columns': template } as CSSProperties;

  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling box must be reachable by keyboard to scroll it (WCAG 2.1.1)
    <div ref={scrollRef} className="vtable-scroll" tabIndex={0} style={{ maxHeight }}>
      <table
        className={cards ? 'vtable vtable-cards' : 'vtable'}
        aria-label={label}
        aria-rowcount={total + 1}
        style={style}
      >
        <thead>
          <tr aria-rowindex={1} className="vtable-row">
            {columns.map((column) => {
              const active = sort?.key === column.sortKey;
              const className = column.numeric ? 'vtable-cell num' : 'vtable-cell';
              if (!column.sortKey || !onSort)
                return (
                  <th key={column.key} scope="col" className={className}>
                    {column.header ?? column.label}
                  </th>
                );
              const sortKey = column.sortKey;
              return (
                <th
                  key={column.key}
                  scope="col"
                  className={className}
                  aria-sort={active && sort ? sort.direction : 'none'}
                >
                  <button type="button" className="sort-button" onClick={() => onSort(sortKey)}>
                    {column.header ?? column.label}
                    <span aria-hidden="true" className="sort-icon">
                      {active && sort ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
                    </span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const row = getRow(item.index);
            const rowStyle: CSSProperties = { height: item.size, transform: `translateY(${item.start}px)` };
            if (row === undefined)
              return (
                <tr
                  key={`loading-${item.index}`}
                  aria-rowindex={item.index + 2}
                  aria-busy="true"
                  className="vtable-row vtable-row-loading"
                  style={rowStyle}
                >
                  <td colSpan={columns.length} className="vtable-cell muted">
                    {loadingText}
                  </td>
                </tr>
              );
            const extra = rowClassName?.(row);
            return (
              <tr
                key={getRowKey ? getRowKey(row, item.index) : item.index}
                aria-rowindex={item.index + 2}
                className={extra ? `vtable-row ${extra}` : 'vtable-row'}
                style={rowStyle}
              >
                {columns.map((column) =>
                  column.rowHeader ? (
                    <th key={column.key} scope="row" className="vtable-cell" data-label={column.label}>
                      {column.cell(row, item.index)}
                    </th>
                  ) : (
                    <td
                      key={column.key}
                      className={column.numeric ? 'vtable-cell num' : 'vtable-cell'}
                      data-label={column.label}
                    >
                      {column.cell(row, item.index)}
                    </td>
                  ),
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
