import { graphql } from '../support/client';
import { createWorkOrder, succeed, WORK_ORDER_FIELDS } from './support';

const UPDATE = `mutation($id: ID!, $input: UpdateWorkOrderInput!, $version: Int) {
  updateWorkOrder(id: $id, input: $input, version: $version) {
    ${WORK_ORDER_FIELDS} level description
    customer { name province city address areaCode mobilePhone officePhone homePhone }
  }
}`;

interface UpdatedOrder {
  version: number;
  level: number;
  description: string | null;
  latestActivityDescription: string | null;
  customer: Record<string, string | null>;
  product: Record<string, string | null>;
  history: { action: string }[];
}

async function update(id: string, input: Record<string, unknown>): Promise<UpdatedOrder> {
  const data = await succeed<{ updateWorkOrder: UpdatedOrder }>(
    UPDATE,
    { id, input },
    'center-574001',
  );
  return data.updateWorkOrder;
}

/** Creates an order with every customer field that the partial updates must keep. */
function fullOrder() {
  return createWorkOrder({
    customer: {
      name: '原客户',
      province: '浙江省',
      city: '宁波市',
      address: '中山路1号',
      mobilePhone: '13857400001',
      officePhone: '0574-87654321',
    },
    product: { indoorBarcode: '111408801405120211', outdoorBarcode: '114408801405120211' },
  });
}

describe('work order update', () => {
  it('keeps customer fields a partial update omits', async () => {
    const order = await fullOrder();
    const changed = await update(order.id, { customer: { name: '只改名' } });
    expect(changed.customer.name).toBe('只改名');
    expect(changed.customer.province).toBe('浙江省');
    expect(changed.customer.city).toBe('宁波市');
    expect(changed.customer.areaCode).toBe('0574');
    expect(changed.customer.address).toBe('中山路1号');
    expect(changed.customer.mobilePhone).toBe('13857400001');
    expect(changed.customer.officePhone).toBe('0574-87654321');
  });

  it('clears customer fields given as null', async () => {
    const order = await fullOrder();
    const changed = await update(order.id, {
      customer: { name: '原客户', address: null, city: null },
    });
    expect(changed.customer.address).toBeNull();
    expect(changed.customer.city).toBeNull();
    expect(changed.customer.areaCode).toBeNull();
    expect(changed.customer.province).toBe('浙江省');
  });

  it('sets the area code of a new city', async () => {
    const order = await fullOrder();
    const changed = await update(order.id, { customer: { name: '原客户', city: '杭州市' } });
    expect(changed.customer.city).toBe('杭州市');
    expect(changed.customer.areaCode).toBe('0571');
    expect(changed.customer.address).toBe('中山路1号');
  });

  it('keeps the barcode a partial update omits', async () => {
    const order = await fullOrder();
    const changed = await update(order.id, {
      product: { outdoorBarcode: '114408801405120212' },
    });
    expect(changed.product.outdoorBarcode).toBe('114408801405120212');
    expect(changed.product.indoorBarcode).toBe('111408801405120211');
    expect(changed.product.indoorModel).toBe('KFR-35G/BpDA-3');
    expect(changed.product.wholeUnitModel).toBe('KFR-35GW/BpDA-3');
  });

  it('clears a barcode given as null', async () => {
    const order = await fullOrder();
    const changed = await update(order.id, { product: { indoorBarcode: null } });
    expect(changed.product.indoorBarcode).toBeNull();
    expect(changed.product.indoorModel).toBeNull();
    expect(changed.product.outdoorBarcode).toBe('114408801405120211');
    expect(changed.product.wholeUnitModel).toBe('KFR-35GW/BpDA-3');
  });

  it('keeps other fields when changing the level', async () => {
    const order = await fullOrder();
    const changed = await update(order.id, { level: 1 });
    expect(changed.level).toBe(1);
    expect(changed.description).toBe('Indoor unit leaks water');
    expect(changed.customer.name).toBe('原客户');
    expect(changed.product.indoorBarcode).toBe('111408801405120211');
  });

  it('returns an empty update unchanged', async () => {
    const order = await fullOrder();
    const unchanged = await update(order.id, {});
    expect(unchanged.version).toBe(order.version);
    expect(unchanged.history).toHaveLength(order.history.length);
    expect(unchanged.latestActivityDescription).toBe(order.latestActivityDescription);
  });

  it('leaves the version of a same-value update', async () => {
    const order = await fullOrder();
    const unchanged = await update(order.id, { customer: { name: '原客户' } });
    expect(unchanged.version).toBe(order.version);
  });

  it('checks the version of an empty update', async () => {
    const order = await fullOrder();
    const result = await graphql(
      UPDATE,
      { id: order.id, input: {}, version: order.version + 1 },
      { as: 'center-574001' },
    );
    expect(result.errors?.[0].extensions?.reason).toBe('STALE_VERSION');
  });
});
