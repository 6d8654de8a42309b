import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockClient } from '../test/graphql-mock';
import { renderPage } from '../test/render';
import { planTasks, unitTypesWithUnits, year2021, yearWithTasks } from '../test/fixtures';
import { PlanPage } from './plan-page';

describe('PlanPage: Home Affairs reorders tasks with the keyboard', () => {
  it('moves a task down within its area with "Chuyển … xuống", sends its version and reloads the plan in its new order', async () => {
    const tasks = structuredClone(planTasks);
    const { client, requestsFor } = mockClient({
      PlanPage: () => ({
        year: { ...yearWithTasks(tasks), authority: { ...year2021.authority, unitTypes: unitTypesWithUnits() } },
      }),
      MovePlanTask: (r) => {
        const { input } = r.variables as { input: { id: string; version: number; direction: string } };
        const i = tasks.findIndex((t) => t.id === input.id);
        const a = tasks[i]!;
        const b = tasks[i + 1]!;
        [a.position, b.position] = [b.position, a.position];
        a.version += 1;
        b.version += 1;
        return {
          movePlanTask: {
            __typename: 'PlanTaskChanged',
            task: { __typename: 'PlanTask', id: a.id, position: a.position, version: a.version },
          },
        };
      },
    });
    renderPage(client, <PlanPage />);
    const first = tasks[0]!;
    const second = tasks[1]!;
    fireEvent.click(await screen.findByRole('button', { name: `Chuyển ${first.code} xuống` }));
    expect(await screen.findByText(`Đã chuyển ${first.code} xuống.`)).toBeTruthy();
    expect(requestsFor('MovePlanTask')[0]!.variables).toEqual({
      input: { id: first.id, version: first.version - 1, direction: 'DOWN' },
    });
    await waitFor(() => {
      const codes = within(screen.getAllByRole('table')[0]!)
        .getAllByRole('rowheader')
        .map((h) => h.textContent);
      expect(codes.slice(0, 2)).toEqual([second.code, first.code]);
    });
  });
});
