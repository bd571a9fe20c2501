import { demoWorkOrders } from '../../demo/work-orders';
import { chinaDate } from '../../platform/china-time';
import { graphql } from '../support/client';
import { createWorkOrder, dispatch, firstError, succeed, uniqueMobile } from './support';

const SEARCH = `query($filter: WorkOrderFilter, $first: Int, $after: String, $offset: Int) {
  workOrders(filter: $filter, first: $first, after: $after, offset: $offset) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { id code stage } }
  }
}`;

interface Page {
  workOrders: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
    edges: { cursor: string; node: { id: string; code: string; stage: string } }[];
  };
}

async function search(variables: Record<string, unknown>, as = 'hq'): Promise<Page['workOrders']> {
  return (await succeed<Page>(SEARCH, variables, as)).workOrders;
}

async function codes(filter: Record<string, unknown>, as = 'hq'): Promise<string[]> {
  const page = await search({ filter, first: 100 }, as);
  return page.edges.map((edge) => edge.node.code);
}

describe('work order search', () => {
  const phone = uniqueMobile();
  const officePhone = `0574-${String(Date.now()).slice(-8)}`;
  const barcode = `11140880140512${String(Date.now()).slice(-4)}`;
  const created: { id: string; code: string }[] = [];

  beforeAll(async () => {
    // Five orders of one caller, created one after the other so the newest is last.
    for (let index = 0; index < 5; index += 1) {
      const customer = { name: `检索客户${index}`, officePhone, mobilePhone: phone };
      const product =
        index === 0
          ? { indoorBarcode: barcode }
          : { outdoorBarcode: barcode.replace(/^111/, '114') };
      created.push(await createWorkOrder({ callerPhone: '13800000000', customer, product }));
    }
    await dispatch(created[1].id, '574225');
    await dispatch(created[2].id, '574307');
  });

  it('finds by customer phone', async () => {
    const found = await codes({ customerPhone: phone });
    expect(found).toEqual(created.map((order) => order.code).reverse());
  });

  it('finds by office phone', async () => {
    expect(await codes({ customerPhone: officePhone })).toHaveLength(5);
  });

  it('finds by code', async () => {
    expect(await codes({ code: created[3].code })).toEqual([created[3].code]);
  });

  it('finds by stage list', async () => {
    const found = await codes({ customerPhone: phone, stage: ['DISPATCHED_TO_OUTLET'] });
    expect(found.sort()).toEqual([created[1].code, created[2].code].sort());
  });

  it('finds by outlet', async () => {
    expect(await codes({ customerPhone: phone, outletCode: '574307' })).toEqual([created[2].code]);
  });

  it('finds by center', async () => {
    expect(await codes({ customerPhone: phone, centerCode: '574001' })).toHaveLength(5);
    expect(await codes({ customerPhone: phone, centerCode: '571001' })).toEqual([]);
  });

  it('finds by indoor barcode', async () => {
    expect(await codes({ barcode })).toEqual([created[0].code]);
  });

  it('finds by outdoor barcode', async () => {
    const outdoor = barcode.replace(/^111/, '114');
    expect(await codes({ barcode: outdoor })).toHaveLength(4);
  });

  it('finds by creation day', async () => {
    const today = chinaDate();
    expect(
      await codes({ customerPhone: phone, createdFrom: today, createdTo: today }),
    ).toHaveLength(5);
    expect(await codes({ customerPhone: phone, createdTo: '2020-01-01' })).toEqual([]);
  });

  it('reads creation days in UTC+8', async () => {
    // A demo order created after 16:00 UTC belongs to the next day in China, and an order
    // created earlier on the same UTC date belongs to the day before.
    const late = demoWorkOrders.find((order) => order.createdAt.getUTCHours() >= 16);
    const utcDay = late?.createdAt.toISOString().slice(0, 10);
    const early = demoWorkOrders.find(
      (order) =>
        order.createdAt.toISOString().slice(0, 10) === utcDay && order.createdAt.getUTCHours() < 16,
    );
    if (!late || !early) throw new Error('The demo data has no orders on both sides of 16:00 UTC');
    const day = chinaDate(late.createdAt);
    const found = await codes({ createdFrom: day, createdTo: day });
    expect(found).toContain(late.code);
    expect(found).not.toContain(early.code);
  });

  it('rejects a reversed day range', async () => {
    const error = firstError(
      await graphql(
        SEARCH,
        { filter: { createdFrom: '2026-10-02', createdTo: '2026-10-01' } },
        {
          as: 'hq',
        },
      ),
    );
    expect(error.extensions?.fields?.[0].path).toBe('filter.createdTo');
  });

  it('pages by cursor', async () => {
    const first = await search({ filter: { customerPhone: phone }, first: 2 });
    expect(first.totalCount).toBe(5);
    expect(first.edges).toHaveLength(2);
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(first.pageInfo.hasPreviousPage).toBe(false);
    const second = await search({
      filter: { customerPhone: phone },
      first: 2,
      after: first.pageInfo.endCursor,
    });
    expect(second.edges.map((edge) => edge.node.code)).toEqual([created[2].code, created[1].code]);
    expect(second.pageInfo.hasPreviousPage).toBe(true);
    const last = await search({
      filter: { customerPhone: phone },
      first: 2,
      after: second.pageInfo.endCursor,
    });
    expect(last.edges.map((edge) => edge.node.code)).toEqual([created[0].code]);
    expect(last.pageInfo.hasNextPage).toBe(false);
  });

  it('pages by offset', async () => {
    const page = await search({ filter: { customerPhone: phone }, first: 2, offset: 3 });
    expect(page.edges.map((edge) => edge.node.code)).toEqual([created[1].code, created[0].code]);
    expect(page.totalCount).toBe(5);
  });

  it('serves 20 by default', async () => {
    const page = await search({});
    expect(page.edges).toHaveLength(20);
    expect(page.totalCount).toBeGreaterThanOrEqual(222);
  });

  it('rejects first above 100', async () => {
    const error = firstError(await graphql(SEARCH, { first: 101 }, { as: 'hq' }));
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.extensions?.fields?.[0].path).toBe('first');
  });
});
