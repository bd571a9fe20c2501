import { DemoWorkOrder, demoWorkOrders } from '../../demo/work-orders';
import { workOrderEvents } from '../../subgraphs/work-orders/seed';
import { succeed } from './support';

const HOUR_MS = 60 * 60 * 1000;

interface ListedOrder {
  code: string;
  completedAt: string | null;
  latestActivityAt: string;
}

describe('work order demo data', () => {
  it('caps derived steps at the seed time', () => {
    const now = new Date();
    const closed = demoWorkOrders.find((order) => order.stage === 'CLOSED') as DemoWorkOrder;
    const recent = { ...closed, createdAt: new Date(now.getTime() - HOUR_MS) };
    const late = workOrderEvents(recent, now).filter((event) => event.at > now);
    expect(late).toEqual([]);
  });

  it('keeps steps within three days of creation', () => {
    const now = new Date();
    const tooLate = demoWorkOrders.flatMap((order) =>
      workOrderEvents(order, now).filter(
        (event) => event.at.getTime() - order.createdAt.getTime() > 72 * HOUR_MS,
      ),
    );
    expect(tooLate).toEqual([]);
  });

  it('serves no demo order with a future time', async () => {
    const orders: ListedOrder[] = [];
    let after: string | null = null;
    for (;;) {
      const data: {
        workOrders: {
          edges: { node: ListedOrder }[];
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
        };
      } = await succeed(
        `query($after: String) { workOrders(first: 100, after: $after) {
          edges { node { code completedAt latestActivityAt } }
          pageInfo { hasNextPage endCursor }
        } }`,
        { after },
        'hq',
      );
      orders.push(...data.workOrders.edges.map((edge) => edge.node));
      if (!data.workOrders.pageInfo.hasNextPage) break;
      after = data.workOrders.pageInfo.endCursor;
    }
    const now = Date.now();
    const demoCodes = new Set(demoWorkOrders.map((order) => order.code));
    const demo = orders.filter((order) => demoCodes.has(order.code));
    expect(demo).toHaveLength(demoWorkOrders.length);
    expect(demo.filter((order) => Date.parse(order.latestActivityAt) > now)).toEqual([]);
    expect(
      demo.filter((order) => order.completedAt && Date.parse(order.completedAt) > now),
    ).toEqual([]);
  });
});
