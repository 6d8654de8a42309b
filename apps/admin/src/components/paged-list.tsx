import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The counter of a list shown page by page: after the last page the "more" button goes, so focus
 * moves to the counter instead of nowhere.
 */
export function useCounterFocus(hasMore: boolean) {
  const counterRef = useRef<HTMLParagraphElement>(null);
  const hadMore = useRef(false);
  useEffect(() => {
    if (hadMore.current && !hasMore && document.activeElement === document.body) counterRef.current?.focus();
    hadMore.current = hasMore;
  }, [hasMore]);
  return counterRef;
}

/** "Đang hiển thị x / y" while pages are left, else the count (`<keys>.shown`, `<keys>.count`). */
export function ListCounter({
  ref,
  keys,
  shown,
  total,
}: {
  ref: React.Ref<HTMLParagraphElement>;
  keys: 'users' | 'units';
  shown: number;
  total: number;
}) {
  const { t } = useTranslation();
  return (
    <p className="counter" aria-live="polite" ref={ref} tabIndex={-1}>
      {shown < total ? t(`${keys}.shown`, { shown, count: total }) : t(`${keys}.count`, { count: shown })}
    </p>
  );
}

/** "Xem thêm": asks for the page after `pageInfo.endCursor`; nothing once there is no next page. */
export function LoadMore({
  pageInfo,
  loading,
  label,
  onMore,
}: {
  pageInfo: { hasNextPage: boolean; endCursor?: string | null | undefined } | undefined;
  loading: boolean;
  label: string;
  onMore: (cursor: string) => void;
}) {
  const { t } = useTranslation();
  if (!pageInfo?.hasNextPage) return null;
  return (
    <button
      type="button"
      className="load-more"
      disabled={loading}
      onClick={() => {
        if (pageInfo.endCursor) onMore(pageInfo.endCursor);
      }}
    >
      {loading ? t('app.loading') : label}
    </button>
  );
}
