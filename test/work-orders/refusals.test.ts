import { graphql } from '../support/client';
import {
  acceptWithEngineer,
  createWorkOrder,
  firstError,
  newWorkOrderInput,
  orderAtOutlet574225,
  succeed,
} from './support';

const CREATE = `mutation($input: CreateWorkOrderInput!) { createWorkOrder(input: $input) { id } }`;
const DISPATCH = `mutation($id: ID!, $outletCode: String!, $version: Int) {
  dispatchWorkOrder(id: $id, outletCode: $outletCode, version: $version) { id stage }
}`;
const ACCEPT = `mutation($id: ID!, $version: Int) { acceptWorkOrder(id: $id, version: $version) { id stage } }`;
const DISPATCH_WITH_COMMENT = `mutation($id: ID!, $outletCode: String!, $comment: String) {
  dispatchWorkOrder(id: $id, outletCode: $outletCode, comment: $comment) { id }
}`;
const UPDATE = `mutation($id: ID!, $input: UpdateWorkOrderInput!) {
  updateWorkOrder(id: $id, input: $input) { id }
}`;
const CANCEL = `mutation($id: ID!, $reason: String!) { cancelWorkOrder(id: $id, reason: $reason) { id } }`;

describe('work order refusals', () => {
  it('names the stage on a wrong step', async () => {
    const order = await createWorkOrder();
    const error = firstError(await graphql(ACCEPT, { id: order.id }, { as: 'outlet-574225' }));
    // A CREATED order has no outlet, so outlet 574225 cannot even see it.
    expect(error.extensions?.code).toBe('NOT_FOUND');

    const dispatched = await orderAtOutlet574225();
    await acceptWithEngineer(dispatched.id, 'outlet-574225');
    const again = firstError(await graphql(ACCEPT, { id: dispatched.id }, { as: 'outlet-574225' }));
    expect(again.extensions?.code).toBe('CONFLICT');
    expect(again.extensions?.reason).toBe('INVALID_TRANSITION');
    expect(again.extensions?.currentStatus).toBe('DISPATCHED_TO_ENGINEER');
    expect(again.message).toContain('DISPATCHED_TO_ENGINEER');
  });

  it('rejects a stale version', async () => {
    const order = await createWorkOrder();
    const error = firstError(
      await graphql(
        DISPATCH,
        { id: order.id, outletCode: '574225', version: order.version + 1 },
        { as: 'center-574001' },
      ),
    );
    expect(error.extensions?.code).toBe('CONFLICT');
    expect(error.extensions?.reason).toBe('STALE_VERSION');
    expect(error.extensions?.currentVersion).toBe(order.version);
  });

  it('accepts the current version', async () => {
    const order = await createWorkOrder();
    const result = await graphql(
      DISPATCH,
      { id: order.id, outletCode: '574225', version: order.version },
      { as: 'center-574001' },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data.dispatchWorkOrder.stage).toBe('DISPATCHED_TO_OUTLET');
  });

  it('rejects an outlet of another center', async () => {
    const order = await createWorkOrder();
    const error = firstError(
      await graphql(DISPATCH, { id: order.id, outletCode: '023293' }, { as: 'center-574001' }),
    );
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.extensions?.reason).toBe('OUTLET_OF_OTHER_CENTER');
    expect(error.extensions?.fields?.[0].path).toBe('outletCode');
    expect(error.extensions?.fields?.[0].message).toContain('023293');
  });

  it('rejects dispatch to a center', async () => {
    const order = await createWorkOrder();
    const error = firstError(
      await graphql(DISPATCH, { id: order.id, outletCode: '574001' }, { as: 'center-574001' }),
    );
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.extensions?.fields?.[0].message).toContain('not a SERVICE_OUTLET');
  });

  it('rejects dispatch to an unknown organisation', async () => {
    const order = await createWorkOrder();
    const error = firstError(
      await graphql(DISPATCH, { id: order.id, outletCode: '999999' }, { as: 'center-574001' }),
    );
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.extensions?.fields?.[0].message).toContain('was not found');
  });

  it('hides an order from another outlet', async () => {
    const order = await orderAtOutlet574225();
    const error = firstError(await graphql(ACCEPT, { id: order.id }, { as: 'outlet-574118' }));
    expect(error.extensions?.code).toBe('NOT_FOUND');
  });

  it('hides an order from another center', async () => {
    const order = await createWorkOrder();
    const error = firstError(
      await graphql(DISPATCH, { id: order.id, outletCode: '571212' }, { as: 'center-571001' }),
    );
    expect(error.extensions?.code).toBe('NOT_FOUND');
  });

  it('rejects mutations by an analyst', async () => {
    const order = await createWorkOrder();
    const create = firstError(
      await graphql(CREATE, { input: newWorkOrderInput() }, { as: 'analyst' }),
    );
    expect(create.extensions?.code).toBe('FORBIDDEN');
    expect(create.extensions?.reason).toBe('READ_ONLY_ROLE');
    const dispatch = firstError(
      await graphql(DISPATCH, { id: order.id, outletCode: '574225' }, { as: 'analyst' }),
    );
    expect(dispatch.extensions?.code).toBe('FORBIDDEN');
    expect(dispatch.extensions?.reason).toBe('READ_ONLY_ROLE');
  });

  it('rejects a step of the other party', async () => {
    const order = await orderAtOutlet574225();
    const error = firstError(
      await graphql(
        `
          mutation ($id: ID!) {
            recordRepeatCall(id: $id) {
              id
            }
          }
        `,
        { id: order.id },
        { as: 'outlet-574225' },
      ),
    );
    expect(error.extensions?.code).toBe('FORBIDDEN');
    expect(error.extensions?.reason).toBe('NOT_YOUR_TURN');
  });

  it('rejects completion before an engineer', async () => {
    const order = await orderAtOutlet574225();
    const error = firstError(
      await graphql(
        `
          mutation ($id: ID!) {
            confirmWorkOrderCompletion(id: $id) {
              id
            }
          }
        `,
        { id: order.id },
        { as: 'outlet-574225' },
      ),
    );
    expect(error.extensions?.reason).toBe('INVALID_TRANSITION');
    expect(error.extensions?.currentStatus).toBe('DISPATCHED_TO_OUTLET');
  });

  it('lists every invalid field at once', async () => {
    const input = newWorkOrderInput({
      level: 7,
      callerPhone: '12345',
      centerCode: '57400',
      customer: { name: '', mobilePhone: '2385740000' },
      product: { indoorBarcode: '111408801413320211' },
    });
    const error = firstError(await graphql(CREATE, { input }, { as: 'center-574001' }));
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    const paths = (error.extensions?.fields ?? []).map((field) => field.path).sort();
    expect(paths).toEqual([
      'input.callerPhone',
      'input.centerCode',
      'input.customer.mobilePhone',
      'input.customer.name',
      'input.level',
      'input.product.indoorBarcode',
    ]);
  });

  it('rejects an outdoor unit as indoor barcode', async () => {
    const input = newWorkOrderInput({ product: { indoorBarcode: '114408801405120211' } });
    const error = firstError(await graphql(CREATE, { input }, { as: 'center-574001' }));
    expect(error.extensions?.fields?.[0].path).toBe('input.product.indoorBarcode');
    expect(error.extensions?.fields?.[0].message).toContain('belongs to an outdoor unit');
  });

  it('rejects an indoor unit as outdoor barcode', async () => {
    const input = newWorkOrderInput({ product: { outdoorBarcode: '111408801308051096' } });
    const error = firstError(await graphql(CREATE, { input }, { as: 'center-574001' }));
    expect(error.extensions?.fields?.[0].path).toBe('input.product.outdoorBarcode');
    expect(error.extensions?.fields?.[0].message).toContain('belongs to an indoor unit');
  });

  it('lists input and master data errors together', async () => {
    const input = newWorkOrderInput({
      level: 9,
      product: { indoorBarcode: '114390001403270814', outdoorBarcode: '111408801308051096' },
    });
    const error = firstError(await graphql(CREATE, { input }, { as: 'center-574001' }));
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    const paths = (error.extensions?.fields ?? []).map((field) => field.path).sort();
    expect(paths).toEqual([
      'input.level',
      'input.product.indoorBarcode',
      'input.product.outdoorBarcode',
    ]);
  });

  it('lists an unknown center with input errors', async () => {
    const input = newWorkOrderInput({ level: 0, centerCode: '999999' });
    const error = firstError(await graphql(CREATE, { input }, { as: 'hq' }));
    const paths = (error.extensions?.fields ?? []).map((field) => field.path).sort();
    expect(paths).toEqual(['input.centerCode', 'input.level']);
  });

  it('lists every invalid change at once', async () => {
    const order = await createWorkOrder();
    const error = firstError(
      await graphql(
        UPDATE,
        {
          id: order.id,
          input: {
            level: 9,
            callerPhone: '12345',
            product: { indoorBarcode: '114390001403270814' },
          },
        },
        { as: 'center-574001' },
      ),
    );
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    const paths = (error.extensions?.fields ?? []).map((field) => field.path).sort();
    expect(paths).toEqual(['input.callerPhone', 'input.level', 'input.product.indoorBarcode']);
  });

  it('lists every invalid dispatch field at once', async () => {
    const order = await createWorkOrder();
    const error = firstError(
      await graphql(
        DISPATCH_WITH_COMMENT,
        { id: order.id, outletCode: '023293', comment: 'x'.repeat(501) },
        { as: 'center-574001' },
      ),
    );
    const paths = (error.extensions?.fields ?? []).map((field) => field.path).sort();
    expect(paths).toEqual(['comment', 'outletCode']);
    expect(error.extensions?.reason).toBe('OUTLET_OF_OTHER_CENTER');
  });

  it('names the stage before bad input', async () => {
    const order = await orderAtOutlet574225();
    const error = firstError(
      await graphql(DISPATCH, { id: order.id, outletCode: '12' }, { as: 'center-574001' }),
    );
    expect(error.extensions?.code).toBe('CONFLICT');
    expect(error.extensions?.reason).toBe('INVALID_TRANSITION');
    expect(error.extensions?.currentStatus).toBe('DISPATCHED_TO_OUTLET');
  });

  it('names the stage of a change before bad input', async () => {
    const order = await createWorkOrder();
    await succeed(CANCEL, { id: order.id, reason: 'Customer withdrew' }, 'center-574001');
    const error = firstError(
      await graphql(UPDATE, { id: order.id, input: { level: 9 } }, { as: 'center-574001' }),
    );
    expect(error.extensions?.reason).toBe('INVALID_TRANSITION');
    expect(error.extensions?.currentStatus).toBe('CANCELLED');
  });

  it('names the wrong party before bad input', async () => {
    const order = await orderAtOutlet574225();
    const error = firstError(
      await graphql(CANCEL, { id: order.id, reason: '  ' }, { as: 'outlet-574225' }),
    );
    expect(error.extensions?.code).toBe('FORBIDDEN');
    expect(error.extensions?.reason).toBe('NOT_YOUR_TURN');
  });

  it('hides an order before the stage check', async () => {
    const order = await orderAtOutlet574225();
    const error = firstError(
      await graphql(CANCEL, { id: order.id, reason: '  ' }, { as: 'outlet-574118' }),
    );
    expect(error.extensions?.code).toBe('NOT_FOUND');
  });

  it('rejects an analyst before the stage check', async () => {
    const order = await orderAtOutlet574225();
    const error = firstError(
      await graphql(DISPATCH, { id: order.id, outletCode: '12' }, { as: 'analyst' }),
    );
    expect(error.extensions?.reason).toBe('READ_ONLY_ROLE');
  });

  it('rejects creation for another center', async () => {
    const input = newWorkOrderInput({ centerCode: '571001' });
    const error = firstError(await graphql(CREATE, { input }, { as: 'center-574001' }));
    expect(error.extensions?.code).toBe('FORBIDDEN');
  });

  it('rejects creation by an outlet', async () => {
    const error = firstError(
      await graphql(CREATE, { input: newWorkOrderInput() }, { as: 'outlet-574225' }),
    );
    expect(error.extensions?.code).toBe('FORBIDDEN');
  });

  it('rejects a center code of an outlet', async () => {
    const input = newWorkOrderInput({ centerCode: '574225' });
    const error = firstError(await graphql(CREATE, { input }, { as: 'hq' }));
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.extensions?.fields?.[0].message).toContain('not a MARKETING_CENTER');
  });

  it('requires a rejection reason', async () => {
    const order = await orderAtOutlet574225();
    const error = firstError(
      await graphql(
        `
          mutation ($id: ID!) {
            rejectWorkOrder(id: $id, reason: "  ") {
              id
            }
          }
        `,
        { id: order.id },
        { as: 'outlet-574225' },
      ),
    );
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.extensions?.fields?.[0].path).toBe('reason');
  });

  it('rejects a visit in the past', async () => {
    const order = await orderAtOutlet574225();
    await acceptWithEngineer(order.id, 'outlet-574225');
    const error = firstError(
      await graphql(
        `
          mutation ($id: ID!) {
            scheduleVisit(id: $id, appointmentAt: "2014-06-20T09:30:00+08:00") {
              id
            }
          }
        `,
        { id: order.id },
        { as: 'outlet-574225' },
      ),
    );
    expect(error.extensions?.fields?.[0].path).toBe('appointmentAt');
  });

  it('rejects a visit over a year ahead', async () => {
    const order = await orderAtOutlet574225();
    await acceptWithEngineer(order.id, 'outlet-574225');
    const error = firstError(
      await graphql(
        `
          mutation ($id: ID!) {
            scheduleVisit(id: $id, appointmentAt: "9999-12-31T23:59:59+08:00") {
              id
            }
          }
        `,
        { id: order.id },
        { as: 'outlet-574225' },
      ),
    );
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.extensions?.fields?.[0].path).toBe('appointmentAt');
    expect(error.extensions?.fields?.[0].message).toContain('9999-12-31');
    expect(error.extensions?.fields?.[0].message).toContain('one year');
  });

  it('rejects both id and code', async () => {
    const error = firstError(
      await graphql(
        `
          query {
            workOrder(id: "00000000-0000-4000-8001-000000000000", code: "12014061903447") {
              id
            }
          }
        `,
        {},
        { as: 'hq' },
      ),
    );
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('rejects neither id nor code', async () => {
    const error = firstError(
      await graphql(
        `
          query {
            workOrder {
              id
            }
          }
        `,
        {},
        { as: 'hq' },
      ),
    );
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
