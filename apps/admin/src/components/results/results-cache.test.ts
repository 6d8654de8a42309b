// The client's cache after a results step (client.ts): the year's ranking and the public page load
// again; publishing also drops everything else, since the whole year became read-only.
import { describe, expect, it } from 'vitest';
import { graphql } from '../../graphql';
import { mockClient } from '../../test/graphql-mock';
import { resultsYear, snapshot } from '../../test/results-fixtures';
import { PublishResultsMutation } from './snapshot-action-dialog';

const PlanQuery = graphql(`
  query CachePlan {
    year(year: 2021) {
      id
      planTasks {
        id
        viewerCanUpdateStatus
      }
    }
  }
`);

const PublicQuery = graphql(`
  query CachePublic {
    publicResults(authorityCode: "phuoc-long", year: 2021) {
      year
    }
  }
`);

const LockQuery = graphql(`
  mutation CacheLock($input: ResultSnapshotInput!) {
    lockResults(input: $input) {
      __typename
      ... on ResultSnapshotSuccess {
        year {
          id
          status
        }
      }
    }
  }
`);

function setup() {
  let published = false;
  const year = () =>
    resultsYear({
      status: published ? 'PUBLISHED' : 'APPRAISAL',
      snapshot: snapshot({ version: 2, lockedAt: '2022-01-20T03:05:00Z', approvedAt: '2022-01-25T07:00:00Z' }),
    });
  const mock = mockClient({
    CachePlan: () => ({
      year: {
        __typename: 'EvaluationYear',
        id: 'y-2021',
        planTasks: [{ __typename: 'PlanTask', id: 't-1', viewerCanUpdateStatus: !published }],
      },
    }),
    CachePublic: () => ({ publicResults: published ? { __typename: 'PublicResults', year: 2021 } : null }),
    PublishResults: () => {
      published = true;
      return { publishResults: { __typename: 'ResultSnapshotSuccess', year: year() } };
    },
    CacheLock: () => ({
      lockResults: { __typename: 'ResultSnapshotSuccess', year: { ...year(), status: 'APPRAISAL' } },
    }),
  });
  return mock;
}

describe('results cache updates', () => {
  it('publishing drops every cached answer: a task is no longer editable, the public page has the ranking', async () => {
    const { client, requestsFor } = setup();
    const before = await client.query(PlanQuery, {}).toPromise();
    expect(before.data?.year?.planTasks[0]?.viewerCanUpdateStatus).toBe(true);
    expect((await client.query(PublicQuery, {}).toPromise()).data?.publicResults).toBeNull();

    await client.mutation(PublishResultsMutation, { input: { yearId: 'y-2021', version: 2 } }).toPromise();

    const after = await client.query(PlanQuery, {}).toPromise();
    expect(after.data?.year?.planTasks[0]?.viewerCanUpdateStatus).toBe(false);
    expect(requestsFor('CachePlan')).toHaveLength(2);
    expect((await client.query(PublicQuery, {}).toPromise()).data?.publicResults?.year).toBe(2021);
  });

  it('locking keeps other cached answers (only the ranking and the public page are read again)', async () => {
    const { client, requestsFor } = setup();
    await client.query(PlanQuery, {}).toPromise();
    await client.query(PublicQuery, {}).toPromise();
    await client.mutation(LockQuery, { input: { yearId: 'y-2021', version: 2 } }).toPromise();
    await client.query(PlanQuery, {}).toPromise();
    await client.query(PublicQuery, {}).toPromise();
    expect(requestsFor('CachePlan')).toHaveLength(1);
    expect(requestsFor('CachePublic')).toHaveLength(2);
  });
});
