import { chinaDateCompact } from '../../platform/china-time';
import { graphql } from '../support/client';
import { acceptWithEngineer, newWorkOrderInput, orderAtOutlet574225 } from './support';

describe('work order concurrency', () => {
  it('numbers 50 parallel creations distinctly', async () => {
    const results = await Promise.all(
      Array.from({ length: 50 }, () =>
        graphql<{ createWorkOrder: { code: string } }>(
          `
            mutation ($input: CreateWorkOrderInput!) {
              createWorkOrder(input: $input) {
                code
              }
            }
          `,
          { input: newWorkOrderInput({ channel: 'OUTLET' }) },
          { as: 'center-574001' },
        ),
      ),
    );
    expect(results.filter((result) => result.errors)).toEqual([]);
    const codes = results.map((result) => result.data.createWorkOrder.code);
    expect(new Set(codes).size).toBe(50);
    const prefix = `2${chinaDateCompact()}`;
    expect(codes.filter((code) => !code.startsWith(prefix) || code.length !== 14)).toEqual([]);
  });

  it('lets one of two parallel accepts win', async () => {
    const order = await orderAtOutlet574225();
    const accept = () =>
      graphql(
        `
          mutation ($id: ID!) {
            acceptWorkOrder(id: $id) {
              stage
            }
          }
        `,
        { id: order.id },
        { as: 'outlet-574225' },
      );
    const results = await Promise.all([accept(), accept()]);
    const winners = results.filter((result) => !result.errors);
    const losers = results.filter((result) => result.errors);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(1);
    expect(losers[0].errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(winners[0].data.acceptWorkOrder.stage).toBe('ACCEPTED');
  });

  it('applies six parallel notes without version', async () => {
    const order = await orderAtOutlet574225();
    const accepted = await acceptWithEngineer(order.id, 'outlet-574225');
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, index) =>
        graphql<{ addWorkOrderNote: { version: number } }>(
          `
            mutation ($id: ID!, $note: String!) {
              addWorkOrderNote(id: $id, note: $note) {
                version
              }
            }
          `,
          { id: order.id, note: `Parallel note ${index}` },
          { as: 'outlet-574225' },
        ),
      ),
    );
    expect(results.flatMap((result) => result.errors ?? [])).toEqual([]);

    const reloaded = await graphql<{
      workOrder: { version: number; history: { action: string }[] };
    }>(
      `
        query ($id: ID!) {
          workOrder(id: $id) {
            version
            history {
              action
            }
          }
        }
      `,
      { id: order.id },
      { as: 'outlet-574225' },
    );
    const notes = reloaded.data.workOrder.history.filter(
      (event) => event.action === 'addWorkOrderNote',
    );
    expect(notes).toHaveLength(6);
    expect(reloaded.data.workOrder.version).toBe(accepted.version + 6);
  });

  it('lets one of two notes on one version win', async () => {
    const order = await orderAtOutlet574225();
    const accepted = await acceptWithEngineer(order.id, 'outlet-574225');
    const note = (text: string) =>
      graphql(
        `
          mutation ($id: ID!, $note: String!, $version: Int) {
            addWorkOrderNote(id: $id, note: $note, version: $version) {
              version
            }
          }
        `,
        { id: order.id, note: text, version: accepted.version },
        { as: 'outlet-574225' },
      );
    const results = await Promise.all([note('First'), note('Second')]);
    const losers = results.filter((result) => result.errors);
    expect(results.filter((result) => !result.errors)).toHaveLength(1);
    expect(losers).toHaveLength(1);
    expect(losers[0].errors?.[0].extensions?.reason).toBe('STALE_VERSION');
  });
});
