import { chinaDateCompact } from '../../platform/china-time';
import { graphql } from '../support/client';
import { newWorkOrderInput, orderAtOutlet574225 } from './support';

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
});
