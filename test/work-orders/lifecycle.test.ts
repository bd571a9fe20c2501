import { chinaDateCompact } from '../../platform/china-time';
import { graphql } from '../support/client';
import {
  acceptWithEngineer,
  createWorkOrder,
  dispatch,
  orderAtOutlet574225,
  succeed,
  WORK_ORDER_FIELDS,
  WorkOrderView,
} from './support';

/** A day 30 days ahead (UTC+8), inside the one-year limit on appointments. */
const VISIT_DAY = new Date(Date.now() + (30 * 24 + 8) * 60 * 60 * 1000).toISOString().slice(0, 10);
const FUTURE_VISIT = `${VISIT_DAY}T09:30:00+08:00`;

describe('work order life', () => {
  it('runs from creation to completion', async () => {
    const created = await createWorkOrder();
    expect(created.stage).toBe('CREATED');
    expect(created.code).toMatch(new RegExp(`^1${chinaDateCompact()}\\d{5}$`));
    expect(created.settlementQueryCode).toMatch(/^\d{4}$/);
    expect(created.channel).toBe('HOTLINE');
    expect(created.version).toBe(1);

    const dispatched = await dispatch(created.id, '574225');
    expect(dispatched.stage).toBe('DISPATCHED_TO_OUTLET');
    expect(dispatched.outlet?.code).toBe('574225');

    const accepted = await acceptWithEngineer(created.id, 'outlet-574225');
    expect(accepted.stage).toBe('DISPATCHED_TO_ENGINEER');
    expect(accepted.engineer).toEqual({ name: '陈师傅', phone: '13805740001' });

    const scheduled = await succeed<{ scheduleVisit: WorkOrderView }>(
      `mutation($id: ID!, $at: DateTime!) { scheduleVisit(id: $id, appointmentAt: $at, note: "Customer home after 9") { ${WORK_ORDER_FIELDS} } }`,
      { id: created.id, at: FUTURE_VISIT },
      'outlet-574225',
    );
    expect(scheduled.scheduleVisit.appointmentAt).toBe(`${VISIT_DAY}T09:30:00.000+08:00`);
    expect(scheduled.scheduleVisit.stage).toBe('DISPATCHED_TO_ENGINEER');

    const noted = await succeed<{ addWorkOrderNote: WorkOrderView }>(
      `mutation($id: ID!) { addWorkOrderNote(id: $id, note: "Spare part ordered") { ${WORK_ORDER_FIELDS} } }`,
      { id: created.id },
      'outlet-574225',
    );
    expect(noted.addWorkOrderNote.latestActivityDescription).toBe('Note: Spare part ordered');

    const called = await succeed<{ recordRepeatCall: WorkOrderView }>(
      `mutation($id: ID!) { recordRepeatCall(id: $id, note: "Customer asks for the date") { ${WORK_ORDER_FIELDS} } }`,
      { id: created.id },
      'center-574001',
    );
    expect(called.recordRepeatCall.repeatCallAt).not.toBeNull();

    const completed = await succeed<{ confirmWorkOrderCompletion: WorkOrderView }>(
      `mutation($id: ID!) { confirmWorkOrderCompletion(id: $id) { ${WORK_ORDER_FIELDS} } }`,
      { id: created.id },
      'outlet-574225',
    );
    const order = completed.confirmWorkOrderCompletion;
    expect(order.stage).toBe('COMPLETED');
    expect(order.completedAt).not.toBeNull();
    expect(order.version).toBe(7);

    const steps = order.history.map(({ action, fromStatus, toStatus }) => [
      action,
      fromStatus,
      toStatus,
    ]);
    expect(steps).toEqual([
      ['createWorkOrder', null, 'CREATED'],
      ['dispatchWorkOrder', 'CREATED', 'DISPATCHED_TO_OUTLET'],
      ['acceptWorkOrderWithEngineer', 'DISPATCHED_TO_OUTLET', 'DISPATCHED_TO_ENGINEER'],
      ['scheduleVisit', 'DISPATCHED_TO_ENGINEER', 'DISPATCHED_TO_ENGINEER'],
      ['addWorkOrderNote', 'DISPATCHED_TO_ENGINEER', 'DISPATCHED_TO_ENGINEER'],
      ['recordRepeatCall', 'DISPATCHED_TO_ENGINEER', 'DISPATCHED_TO_ENGINEER'],
      ['confirmWorkOrderCompletion', 'DISPATCHED_TO_ENGINEER', 'COMPLETED'],
    ]);
    expect(order.history.map((event) => event.actor.id)).toEqual([
      'center-574001',
      'center-574001',
      'outlet-574225',
      'outlet-574225',
      'outlet-574225',
      'center-574001',
      'outlet-574225',
    ]);
    expect(order.history[3].comment).toBe(
      `Visit at ${VISIT_DAY}T09:30:00.000+08:00: Customer home after 9`,
    );
  });

  it('fills models and area code from master data', async () => {
    const order = await createWorkOrder({
      product: { indoorBarcode: '111408801405120211', outdoorBarcode: '114408801405120211' },
    });
    expect(order.product.indoorModel).toBe('KFR-35G/BpDA-3');
    expect(order.product.wholeUnitModel).toBe('KFR-35GW/BpDA-3');
    expect(order.customer.areaCode).toBe('0574');
  });

  it('numbers by channel', async () => {
    const order = await createWorkOrder({ channel: 'ONLINE' });
    expect(order.code).toMatch(new RegExp(`^3${chinaDateCompact()}\\d{5}$`));
  });

  it('lets headquarters create and dispatch', async () => {
    const created = await createWorkOrder({ centerCode: '023001' }, 'hq');
    const dispatched = await dispatch(created.id, '023293', 'hq');
    expect(dispatched.stage).toBe('DISPATCHED_TO_OUTLET');
  });

  it('accepts first and assigns the engineer later', async () => {
    const order = await orderAtOutlet574225();
    const accepted = await succeed<{ acceptWorkOrder: WorkOrderView }>(
      `mutation($id: ID!) { acceptWorkOrder(id: $id) { ${WORK_ORDER_FIELDS} } }`,
      { id: order.id },
      'outlet-574225',
    );
    expect(accepted.acceptWorkOrder.stage).toBe('ACCEPTED');
    expect(accepted.acceptWorkOrder.engineer).toBeNull();

    const assigned = await succeed<{ assignEngineer: WorkOrderView }>(
      `mutation($id: ID!) { assignEngineer(id: $id, engineer: { name: "李师傅" }) { ${WORK_ORDER_FIELDS} } }`,
      { id: order.id },
      'outlet-574225',
    );
    expect(assigned.assignEngineer.stage).toBe('DISPATCHED_TO_ENGINEER');
    expect(assigned.assignEngineer.engineer?.name).toBe('李师傅');

    const changed = await succeed<{ assignEngineer: WorkOrderView }>(
      `mutation($id: ID!) { assignEngineer(id: $id, engineer: { name: "王师傅", phone: "0574-87654321" }) { ${WORK_ORDER_FIELDS} } }`,
      { id: order.id },
      'outlet-574225',
    );
    expect(changed.assignEngineer.engineer).toEqual({ name: '王师傅', phone: '0574-87654321' });
  });

  it('returns a rejected order to its center', async () => {
    const order = await orderAtOutlet574225();
    const rejected = await succeed<{ rejectWorkOrder: WorkOrderView }>(
      `mutation($id: ID!) { rejectWorkOrder(id: $id, reason: "No engineer free this week") { ${WORK_ORDER_FIELDS} } }`,
      { id: order.id },
      'outlet-574225',
    );
    expect(rejected.rejectWorkOrder.stage).toBe('CREATED');
    expect(rejected.rejectWorkOrder.outlet).toBeNull();
    const rejection = rejected.rejectWorkOrder.history.at(-1);
    expect(rejection?.actor.id).toBe('outlet-574225');
    expect(rejection?.comment).toBe('No engineer free this week');

    const lookup = await graphql(
      `
        query ($id: ID) {
          workOrder(id: $id) {
            id
          }
        }
      `,
      { id: order.id },
      {
        as: 'outlet-574225',
      },
    );
    expect(lookup.data.workOrder).toBeNull();

    const redispatched = await dispatch(order.id, '574307');
    expect(redispatched.stage).toBe('DISPATCHED_TO_OUTLET');
    expect(redispatched.outlet?.code).toBe('574307');
  });

  it('lets the center change an open order', async () => {
    const order = await createWorkOrder();
    const result = await succeed<{ updateWorkOrder: WorkOrderView }>(
      `mutation($id: ID!, $input: UpdateWorkOrderInput!) { updateWorkOrder(id: $id, input: $input) { ${WORK_ORDER_FIELDS} } }`,
      {
        id: order.id,
        input: {
          level: 1,
          customer: { name: '改后客户', city: '杭州市', mobilePhone: '13957100002' },
        },
      },
      'center-574001',
    );
    const changed = result.updateWorkOrder as WorkOrderView & { level: number };
    expect(changed.level).toBe(1);
    expect(changed.customer.name).toBe('改后客户');
    expect(changed.customer.areaCode).toBe('0571');
    expect(changed.stage).toBe('CREATED');
  });

  it('lets the center cancel an undispatched order', async () => {
    const order = await createWorkOrder();
    const result = await succeed<{ cancelWorkOrder: WorkOrderView }>(
      `mutation($id: ID!) { cancelWorkOrder(id: $id, reason: "Duplicate request") { ${WORK_ORDER_FIELDS} } }`,
      { id: order.id },
      'center-574001',
    );
    expect(result.cancelWorkOrder.stage).toBe('CANCELLED');
  });

  it('lets the center close a completed order', async () => {
    const order = await orderAtOutlet574225();
    await acceptWithEngineer(order.id, 'outlet-574225');
    await succeed(
      `mutation($id: ID!) { confirmWorkOrderCompletion(id: $id) { id } }`,
      { id: order.id },
      'outlet-574225',
    );
    const result = await succeed<{ closeWorkOrder: WorkOrderView }>(
      `mutation($id: ID!) { closeWorkOrder(id: $id) { ${WORK_ORDER_FIELDS} } }`,
      { id: order.id },
      'center-574001',
    );
    expect(result.closeWorkOrder.stage).toBe('CLOSED');
  });

  it('serves the demo sample order', async () => {
    const result = await succeed<{ workOrder: WorkOrderView & { level: number } }>(
      `query { workOrder(code: "12014061903447") { ${WORK_ORDER_FIELDS} level } }`,
      {},
      'outlet-574225',
    );
    expect(result.workOrder.level).toBe(6);
    expect(result.workOrder.engineer?.name).toBe('陈师傅');
    expect(result.workOrder.history[0].action).toBe('createWorkOrder');
  });
});
