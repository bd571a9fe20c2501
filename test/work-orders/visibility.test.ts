import { graphql, sql, subgraphUrl } from '../support/client';
import {
  acceptWithEngineer,
  createWorkOrder,
  dispatch,
  firstError,
  succeed,
  uniqueMobile,
} from './support';

const LIST = `query($filter: WorkOrderFilter) {
  workOrders(filter: $filter, first: 100) { totalCount edges { node { id code outlet { code } center { code } } } }
}`;
const BY_ID = `query($id: ID) { workOrder(id: $id) { id } }`;
const BY_CODE = `query($code: String) { workOrder(code: $code) { id } }`;

interface Listed {
  workOrders: {
    totalCount: number;
    edges: { node: { id: string; code: string; outlet: { code: string } | null } }[];
  };
}

describe('work order visibility', () => {
  const phone = uniqueMobile();
  let ningbo: { id: string; code: string };
  let chongqing: { id: string; code: string };

  beforeAll(async () => {
    const customer = { name: '可见性测试', mobilePhone: phone };
    const first = await createWorkOrder({ customer, callerPhone: phone });
    ningbo = await dispatch(first.id, '574225');
    const second = await createWorkOrder(
      { customer, callerPhone: phone, centerCode: '023001' },
      'center-023001',
    );
    chongqing = await dispatch(second.id, '023293', 'center-023001');
  });

  async function listedIds(as: string): Promise<string[]> {
    const data = await succeed<Listed>(LIST, { filter: { customerPhone: phone } }, as);
    return data.workOrders.edges.map((edge) => edge.node.id).sort();
  }

  it('lists only own outlet orders', async () => {
    expect(await listedIds('outlet-574225')).toEqual([ningbo.id]);
    expect(await listedIds('outlet-023293')).toEqual([chongqing.id]);
  });

  it('lists only own center orders', async () => {
    expect(await listedIds('center-574001')).toEqual([ningbo.id]);
    expect(await listedIds('center-023001')).toEqual([chongqing.id]);
  });

  it('lists everything for headquarters', async () => {
    expect(await listedIds('hq')).toEqual([ningbo.id, chongqing.id].sort());
  });

  it('lists nothing for a department', async () => {
    expect(await listedIds('dept-756101')).toEqual([]);
  });

  it('hides other outlet order by id', async () => {
    const own = await graphql(BY_ID, { id: ningbo.id }, { as: 'outlet-574225' });
    expect(own.data.workOrder?.id).toBe(ningbo.id);
    const other = await graphql(BY_ID, { id: chongqing.id }, { as: 'outlet-574225' });
    expect(other.errors).toBeUndefined();
    expect(other.data.workOrder).toBeNull();
  });

  it('hides other outlet order by code', async () => {
    const own = await graphql(BY_CODE, { code: chongqing.code }, { as: 'outlet-023293' });
    expect(own.data.workOrder?.id).toBe(chongqing.id);
    const other = await graphql(BY_CODE, { code: ningbo.code }, { as: 'outlet-023293' });
    expect(other.data.workOrder).toBeNull();
  });

  it('hides other center order by id', async () => {
    const result = await graphql(BY_ID, { id: ningbo.id }, { as: 'center-023001' });
    expect(result.data.workOrder).toBeNull();
  });

  it('returns null for an unknown id', async () => {
    const result = await graphql(BY_ID, { id: 'not-a-uuid' }, { as: 'hq' });
    expect(result.errors).toBeUndefined();
    expect(result.data.workOrder).toBeNull();
  });

  it('hides a demo order of another outlet', async () => {
    const result = await graphql(BY_CODE, { code: '12014061903447' }, { as: 'outlet-023293' });
    expect(result.data.workOrder).toBeNull();
  });

  it('masks phones for an analyst', async () => {
    const data = await succeed<{ workOrder: Record<string, any> }>(
      `query($code: String) { workOrder(code: $code) {
        callerPhone customer { mobilePhone } engineer { phone }
      } }`,
      { code: '12014061903447' },
      'analyst',
    );
    expect(data.workOrder.callerPhone).toBe('138****2345');
    expect(data.workOrder.customer.mobilePhone).toBe('138****2345');
    expect(data.workOrder.engineer.phone).toBe('138****0001');
  });

  it('masks phones in free text for an analyst', async () => {
    const order = await createWorkOrder({ description: '客户电话13900001111,下午在家' });
    const outlet = await dispatch(order.id, '574225');
    await acceptWithEngineer(outlet.id, 'outlet-574225');
    await succeed(
      `mutation($id: ID!) { addWorkOrderNote(id: $id, note: "客户电话13900001111已联系") { id } }`,
      { id: order.id },
      'outlet-574225',
    );
    const query = `query($id: ID) { workOrder(id: $id) {
      description latestActivityDescription history { action comment }
    } }`;
    type Read = {
      workOrder: {
        description: string;
        latestActivityDescription: string;
        history: { action: string; comment: string | null }[];
      };
    };
    const masked = (await succeed<Read>(query, { id: order.id }, 'analyst')).workOrder;
    const note = masked.history.find((event) => event.action === 'addWorkOrderNote');
    expect(masked.latestActivityDescription).toBe('Note: 客户电话139****1111已联系');
    expect(masked.description).toBe('客户电话139****1111,下午在家');
    expect(note?.comment).toBe('客户电话139****1111已联系');

    const plain = (await succeed<Read>(query, { id: order.id }, 'hq')).workOrder;
    expect(plain.latestActivityDescription).toBe('Note: 客户电话13900001111已联系');
    expect(plain.description).toBe('客户电话13900001111,下午在家');
  });

  it('shows phones to headquarters', async () => {
    const data = await succeed<{ workOrder: Record<string, any> }>(
      `query($code: String) { workOrder(code: $code) { callerPhone engineer { phone } } }`,
      { code: '12014061903447' },
      'hq',
    );
    expect(data.workOrder.callerPhone).toBe('13857412345');
    expect(data.workOrder.engineer.phone).toBe('13805740001');
  });

  it('hides entities from other outlets', async () => {
    const query = `query($representations: [_Any!]!) {
      _entities(representations: $representations) { ... on WorkOrder { id } }
    }`;
    const representations = [
      { __typename: 'WorkOrder', id: ningbo.id },
      { __typename: 'WorkOrder', id: chongqing.id },
    ];
    const url = subgraphUrl('work-orders');
    const result = await graphql(query, { representations }, { as: 'outlet-023293', url });
    expect(result.errors).toBeUndefined();
    expect(result.data._entities).toEqual([null, { id: chongqing.id }]);
  });

  it('lets an analyst read every order', async () => {
    const own = await graphql(BY_ID, { id: ningbo.id }, { as: 'analyst' });
    expect(own.data.workOrder?.id).toBe(ningbo.id);
    const other = await graphql(BY_ID, { id: chongqing.id }, { as: 'analyst' });
    expect(other.data.workOrder?.id).toBe(chongqing.id);
  });

  it('rejects a phone filter for an analyst', async () => {
    // The count of matches for a guessed number would reveal the digits that masking hides.
    const error = firstError(
      await graphql(LIST, { filter: { customerPhone: phone } }, { as: 'analyst' }),
    );
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.extensions?.fields?.[0].path).toBe('filter.customerPhone');
  });

  it('rejects a phone guess for an analyst', async () => {
    const error = firstError(
      await graphql(LIST, { filter: { customerPhone: '13857412345' } }, { as: 'analyst' }),
    );
    expect(error.extensions?.fields?.[0].path).toBe('filter.customerPhone');
  });

  it('lets an analyst list without a phone filter', async () => {
    const data = await succeed<Listed>(LIST, { filter: { code: ningbo.code } }, 'analyst');
    expect(data.workOrders.edges.map((edge) => edge.node.id)).toEqual([ningbo.id]);
  });
});

describe('work order desk', () => {
  const DESK = `query { myDesk { workOrders { awaitingMyAction open } } }`;

  async function desk(as: string): Promise<{ awaitingMyAction: number; open: number }> {
    const data = await succeed<{ myDesk: { workOrders: any } }>(DESK, {}, as);
    return data.myDesk.workOrders;
  }

  it('counts orders waiting for the outlet', async () => {
    const before = await desk('outlet-574307');
    const created = await createWorkOrder();
    await dispatch(created.id, '574307');
    const after = await desk('outlet-574307');
    expect(after.awaitingMyAction - before.awaitingMyAction).toBe(1);
    expect(after.open - before.open).toBe(1);
  });

  it('counts orders waiting for the center', async () => {
    const before = await desk('center-574001');
    const created = await createWorkOrder();
    const waiting = await desk('center-574001');
    expect(waiting.awaitingMyAction - before.awaitingMyAction).toBe(1);
    await dispatch(created.id, '574225');
    const after = await desk('center-574001');
    expect(after.awaitingMyAction - before.awaitingMyAction).toBe(0);
    expect(after.open - before.open).toBe(1);
  });

  it('matches a count in SQL', async () => {
    const [expected] = await sql<{ awaiting: string; open: string }>(
      `SELECT count(*) FILTER (WHERE status = 'CREATED') AS awaiting,
              count(*) FILTER (WHERE status NOT IN ('COMPLETED', 'CLOSED', 'CANCELLED')) AS open
       FROM work_orders.work_order WHERE center_code = '023001'`,
    );
    expect(await desk('center-023001')).toEqual({
      awaitingMyAction: Number(expected.awaiting),
      open: Number(expected.open),
    });
  });
});
