import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient, useQuery } from 'urql';
import { ListCounter, LoadMore, useCounterFocus } from '../components/paged-list';
import { EmptyState, ErrorMessage, Loading } from '../components/status';
import { UnitPicker_UnitTypeFragment } from '../components/unit-picker';
import { UserCreateDialog } from '../components/user-create-dialog';
import { UserEditDialog, UserEditDialog_UserFragment } from '../components/user-edit-dialog';
import { UserResetPasswordDialog } from '../components/user-reset-password-dialog';
import { UserRow, UserRow_UserFragment } from '../components/user-row';
import { graphql, readFragment } from '../graphql';

export const UsersPageQuery = graphql(
  `
    query UsersPage($after: String) {
      unitTypes {
        id
        ...UnitPicker_UnitType
      }
      # a literal page size (USERS_PAGE_SIZE): the server prices a variable page size at its largest
      users(first: 20, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            id
            fullName
            email
            ...UserRow_User
            ...UserEditDialog_User
          }
        }
      }
    }
  `,
  [UnitPicker_UnitTypeFragment, UserRow_UserFragment, UserEditDialog_UserFragment],
);

/** Accounts per page; "Xem thêm" asks for the next one (graphcache's relayPagination joins them). */
export const USERS_PAGE_SIZE = 20;

type Open = { kind: 'create' } | { kind: 'edit'; id: string } | { kind: 'reset'; id: string } | null;

/** "Tài khoản": the administrator creates accounts, edits them and resets their passwords. */
export function UsersPage() {
  const { t } = useTranslation();
  const client = useClient();
  // the cursors of the pages asked for after the first, in order
  const [cursors, setCursors] = useState<string[]>([]);
  const after = cursors.at(-1) ?? null;
  const [result, reexecute] = useQuery({ query: UsersPageQuery, variables: { after } });
  const [open, setOpen] = useState<Open>(null);
  const [announcement, setAnnouncement] = useState('');
  const createRef = useRef<HTMLButtonElement>(null);

  const connection = result.data?.users;
  const users = connection?.edges.map((edge) => edge.node) ?? [];
  const unitTypes = result.data?.unitTypes ?? [];
  const total = connection?.totalCount ?? 0;
  const hasMore = connection?.pageInfo.hasNextPage ?? false;
  const loadingMore = result.fetching && after !== null;
  const counterRef = useCounterFocus(hasMore);

  /** Every page shown, again from the server (after a change elsewhere, or a new account). */
  const reloadAll = async () => {
    for (const page of [null, ...cursors]) {
      await client.query(UsersPageQuery, { after: page }, { requestPolicy: 'network-only' }).toPromise();
    }
  };

  const close = (message?: string) => {
    setOpen(null);
    if (message) setAnnouncement(message);
  };

  const selected = open && open.kind !== 'create' ? users.find((user) => user.id === open.id) : undefined;

  return (
    <section aria-labelledby="users-title">
      <div className="page-head">
        <h1 id="users-title">{t('users.title')}</h1>
        <button
          type="button"
          ref={createRef}
          className="primary"
          disabled={!result.data}
          onClick={() => {
            setAnnouncement('');
            setOpen({ kind: 'create' });
          }}
        >
          {t('users.create.button')}
        </button>
      </div>
      <p className="announcement" role="status">
        {announcement}
      </p>
      {result.fetching && !result.data ? <Loading /> : null}
      {result.error && !result.data ? (
        <ErrorMessage error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      ) : null}
      {result.data ? (
        <>
          <ListCounter ref={counterRef} keys="users" shown={users.length} total={total} />
          {users.length === 0 ? (
            <EmptyState>{t('users.empty')}</EmptyState>
          ) : (
            <div className="table-wrap">
              <table className="data-table users-table">
                <caption>{t('users.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('users.fullName')}</th>
                    <th scope="col">{t('users.email')}</th>
                    <th scope="col">{t('users.roles')}</th>
                    <th scope="col">{t('users.unit')}</th>
                    <th scope="col">{t('users.status')}</th>
                    <th scope="col">{t('users.actions')}</th>
                  </tr>
                </thead>
                <tbody>
                  {users.map((user) => (
                    <UserRow
                      key={user.id}
                      user={user}
                      onEdit={() => {
                        setAnnouncement('');
                        setOpen({ kind: 'edit', id: user.id });
                      }}
                      onResetPassword={() => {
                        setAnnouncement('');
                        setOpen({ kind: 'reset', id: user.id });
                      }}
                    />
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <LoadMore
            pageInfo={connection?.pageInfo}
            loading={loadingMore}
            label={t('users.more')}
            onMore={(cursor) => setCursors((list) => [...list, cursor])}
          />
        </>
      ) : null}
      {open?.kind === 'create' ? (
        <UserCreateDialog
          unitTypes={unitTypes}
          onClose={() => close()}
          onCreated={(email) => {
            close(t('users.created', { email }));
            void reloadAll();
          }}
        />
      ) : null}
      {open?.kind === 'edit' && selected ? (
        <UserEditDialog
          user={selected}
          unitTypes={unitTypes}
          onClose={() => close()}
          onSaved={(name) => close(t('users.saved', { name }))}
          onReload={reloadAll}
        />
      ) : null}
      {open?.kind === 'reset' && selected ? (
        <UserResetPasswordDialog
          user={readFragment(UserEditDialog_UserFragment, selected)}
          onClose={() => close()}
          onDone={(name) => close(t('users.resetDone', { name }))}
        />
      ) : null}
    </section>
  );
}
