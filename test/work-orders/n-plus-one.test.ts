import { graphql, sqlStatements } from '../support/client';
import { dispatch, newWorkOrderInput, succeed, uniqueMobile, uniqueServiceNumber } from './support';

const LIST = `query($filter: WorkOrderFilter, $first: Int) { workOrders(filter: $filter, first: $first) {
  edges { node {
    code center { code } history { action actor { id } }
    serviceOrders { serviceNumber history { action } }
  } }
} }`;

describe('work order list statements', () => {
  const phone = uniqueMobile();

  beforeAll(async () => {
    const customer = { name: '批量客户', mobilePhone: phone };
    for (let index = 0; index < 50; index += 1) {
      await succeed(
        `mutation($input: CreateWorkOrderInput!) { createWorkOrder(input: $input) { id } }`,
        { input: newWorkOrderInput({ customer }) },
        'center-574001',
      );
    }
    // The newest order, first in both lists, gets a service order so every nested list loads.
    const newest = await succeed<{ workOrders: { edges: { node: { id: string } }[] } }>(
      `query($filter: WorkOrderFilter) { workOrders(filter: $filter, first: 1) { edges { node { id } } } }`,
      { filter: { customerPhone: phone } },
      'hq',
    );
    const workOrderId = newest.workOrders.edges[0].node.id;
    await dispatch(workOrderId, '574225');
    await succeed(
      `mutation($input: ServiceOrderInput!) { createServiceOrder(input: $input) { id } }`,
      {
        input: {
          serviceNumber: uniqueServiceNumber(),
          kind: 'SERVICE',
          scope: 'INDOOR',
          workOrderId,
        },
      },
      'outlet-574225',
    );
  });

  async function statementsFor(first: number): Promise<number> {
    const before = await sqlStatements('work-orders');
    const result = await graphql(LIST, { filter: { customerPhone: phone }, first }, { as: 'hq' });
    expect(result.errors).toBeUndefined();
    expect(result.data.workOrders.edges).toHaveLength(first);
    expect(result.data.workOrders.edges[0].node.serviceOrders).toHaveLength(1);
    return (await sqlStatements('work-orders')) - before;
  }

  it('stays constant from 5 to 50 orders', async () => {
    const five = await statementsFor(5);
    const fifty = await statementsFor(50);
    expect(fifty).toBe(five);
  });
});
