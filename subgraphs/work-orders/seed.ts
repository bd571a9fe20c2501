import { DataSource } from 'typeorm';
import { productModels, regions, users } from '../../demo/catalog';
import { demoId, DemoWorkOrder, demoWorkOrders } from '../../demo/work-orders';

const HOUR_MS = 60 * 60 * 1000;
const CHANNELS: Record<string, string> = { '1': 'HOTLINE', '2': 'OUTLET', '3': 'ONLINE' };

/** One history row of a demo document. */
interface DemoEvent {
  documentType: 'WORK_ORDER' | 'SERVICE_ORDER';
  documentId: string;
  at: Date;
  userId: string;
  action: string;
  fromStatus: string | null;
  toStatus: string | null;
  comment: string | null;
}

/** One demo service or repair order. Its return report ids match the returns demo data. */
interface DemoServiceOrder {
  id: string;
  serviceNumber: string;
  kind: 'SERVICE' | 'REPAIR';
  status: 'DRAFT' | 'SUBMITTED';
  scope: 'INDOOR' | 'OUTDOOR' | 'WHOLE';
  workOrder: DemoWorkOrder | null;
  returnReport: { id: string; code: string } | null;
  indoorBarcode: string | null;
  outdoorBarcode: string | null;
  repairDate: string;
  customerName: string;
  enteredBy: string;
  centerCode: string;
  createdAt: Date;
}

function userOf(organizationCode: string, prefix: 'center' | 'outlet'): string {
  const id = `${prefix}-${organizationCode}`;
  return users.some((user) => user.id === id) ? id : 'hq';
}

function modelOf(barcode: string | null) {
  if (!barcode) return null;
  return productModels.find((model) => model.materialCode === barcode.slice(0, 8)) ?? null;
}

function areaCodeOf(city: string): string | null {
  return regions.find((region) => region.name === city && region.areaCode)?.areaCode ?? null;
}

/**
 * Returns `hours` after `start`, but never later than `now`, so demo data derived from a recent
 * creation time does not claim steps that have not happened yet.
 */
function hoursAfter(start: Date, hours: number, now: Date): Date {
  return new Date(Math.min(start.getTime() + hours * HOUR_MS, now.getTime()));
}

/**
 * Returns the steps that brought a demo order to its stage, oldest first. Each step follows the
 * creation by at most three days and is no later than `now`.
 */
export function workOrderEvents(order: DemoWorkOrder, now: Date): DemoEvent[] {
  const center = userOf(order.centerCode, 'center');
  const outlet = order.outletCode ? userOf(order.outletCode, 'outlet') : center;
  const at = (hours: number) => hoursAfter(order.createdAt, hours, now);
  const event = (
    hours: number,
    userId: string,
    action: string,
    fromStatus: string | null,
    toStatus: string,
    comment: string | null = null,
  ): DemoEvent => ({
    documentType: 'WORK_ORDER',
    documentId: order.id,
    at: at(hours),
    userId,
    action,
    fromStatus,
    toStatus,
    comment,
  });

  const events = [event(0, center, 'createWorkOrder', null, 'CREATED')];
  if (order.outletCode) {
    events.push(event(0.5, center, 'dispatchWorkOrder', 'CREATED', 'DISPATCHED_TO_OUTLET'));
  }
  if (order.engineerName) {
    events.push(
      event(
        2,
        outlet,
        'acceptWorkOrderWithEngineer',
        'DISPATCHED_TO_OUTLET',
        'DISPATCHED_TO_ENGINEER',
        `Engineer ${order.engineerName}`,
      ),
    );
  }
  if (order.stage === 'COMPLETED' || order.stage === 'CLOSED') {
    events.push(
      event(48, outlet, 'confirmWorkOrderCompletion', 'DISPATCHED_TO_ENGINEER', 'COMPLETED'),
    );
  }
  if (order.stage === 'CLOSED') {
    events.push(event(72, center, 'closeWorkOrder', 'COMPLETED', 'CLOSED'));
  }
  if (order.stage === 'CANCELLED') {
    const from = order.outletCode ? 'DISPATCHED_TO_OUTLET' : 'CREATED';
    events.push(
      event(1, center, 'cancelWorkOrder', from, 'CANCELLED', 'Customer withdrew the request'),
    );
  }
  return events;
}

const ACTIVITY: Record<string, string> = {
  createWorkOrder: 'Work order created',
  dispatchWorkOrder: 'Dispatched to the outlet',
  acceptWorkOrderWithEngineer: 'Accepted and dispatched to an engineer',
  confirmWorkOrderCompletion: 'Completion confirmed',
  closeWorkOrder: 'Closed by the center',
  cancelWorkOrder: 'Cancelled: Customer withdrew the request',
};

/** Returns the column values of a demo work order, in the order of WORK_ORDER_COLUMNS. */
function workOrderRow(order: DemoWorkOrder, index: number, now: Date): unknown[] {
  const events = workOrderEvents(order, now);
  const latest = events[events.length - 1];
  const indoor = modelOf(order.indoorBarcode);
  const outdoor = modelOf(order.outdoorBarcode);
  const completion = events.find((event) => event.action === 'confirmWorkOrderCompletion');
  return [
    order.id,
    order.code,
    CHANNELS[order.code[0]],
    order.serviceType,
    order.level,
    order.stage,
    order.centerCode,
    order.outletCode,
    order.engineerName,
    order.engineerPhone,
    order.callerPhone,
    order.customerName,
    areaCodeOf(order.city),
    order.province,
    order.city,
    order.callerPhone,
    order.indoorBarcode,
    indoor?.model ?? null,
    order.outdoorBarcode,
    outdoor?.model ?? null,
    indoor?.wholeUnitModel ?? outdoor?.wholeUnitModel ?? null,
    latest.at,
    ACTIVITY[latest.action],
    String((index * 7919 + 1234) % 10_000).padStart(4, '0'),
    completion?.at ?? null,
    order.createdAt,
    events[0].userId,
    latest.at,
    latest.userId,
    events.length,
  ];
}

const WORK_ORDER_COLUMNS = [
  'id',
  'code',
  'channel',
  'service_type',
  'level',
  'status',
  'center_code',
  'outlet_code',
  'engineer_name',
  'engineer_phone',
  'caller_phone',
  'customer_name',
  'customer_area_code',
  'customer_province',
  'customer_city',
  'customer_mobile_phone',
  'indoor_barcode',
  'indoor_model',
  'outdoor_barcode',
  'outdoor_model',
  'whole_unit_model',
  'latest_activity_at',
  'latest_activity_description',
  'settlement_query_code',
  'completed_at',
  'created_at',
  'created_by',
  'updated_at',
  'updated_by',
  'version',
];

function demoServiceOrders(now: Date): DemoServiceOrder[] {
  const [sample, chongqing] = demoWorkOrders;
  const endedReturn = { id: demoId(2, 1), code: '023293201407140001' };
  const firstOf = (outletCode: string, stage: DemoWorkOrder['stage']) =>
    demoWorkOrders.find((order) => order.outletCode === outletCode && order.stage === stage);
  const completedHangzhou = firstOf('571105', 'COMPLETED');
  const activeNingbo = firstOf('574307', 'DISPATCHED_TO_ENGINEER');
  const orders: DemoServiceOrder[] = [
    {
      id: demoId(11, 1),
      serviceNumber: '02329301',
      kind: 'REPAIR',
      status: 'SUBMITTED',
      scope: 'WHOLE',
      workOrder: null,
      returnReport: endedReturn,
      indoorBarcode: chongqing.indoorBarcode,
      outdoorBarcode: chongqing.outdoorBarcode,
      repairDate: '2014-08-05',
      customerName: chongqing.customerName,
      enteredBy: '023293',
      centerCode: '023001',
      createdAt: new Date('2014-08-05T15:00:00+08:00'),
    },
    {
      id: demoId(11, 2),
      serviceNumber: '02329302',
      kind: 'SERVICE',
      status: 'SUBMITTED',
      scope: 'WHOLE',
      workOrder: chongqing,
      returnReport: endedReturn,
      indoorBarcode: chongqing.indoorBarcode,
      outdoorBarcode: chongqing.outdoorBarcode,
      repairDate: '2014-07-20',
      customerName: chongqing.customerName,
      enteredBy: '023293',
      centerCode: '023001',
      createdAt: new Date('2014-07-20T17:30:00+08:00'),
    },
    {
      id: demoId(11, 3),
      serviceNumber: '57422501',
      kind: 'SERVICE',
      status: 'DRAFT',
      scope: 'INDOOR',
      workOrder: sample,
      returnReport: null,
      indoorBarcode: sample.indoorBarcode,
      outdoorBarcode: null,
      repairDate: '2014-06-21',
      customerName: sample.customerName,
      enteredBy: '574225',
      centerCode: '574001',
      createdAt: new Date('2014-06-21T18:00:00+08:00'),
    },
  ];
  const fromGenerated = [
    { order: completedHangzhou, number: '57110501', status: 'SUBMITTED' as const, id: 4 },
    { order: activeNingbo, number: '57430701', status: 'DRAFT' as const, id: 5 },
  ];
  for (const { order, number, status, id } of fromGenerated) {
    if (!order || !order.outletCode) continue;
    orders.push({
      id: demoId(11, id),
      serviceNumber: number,
      kind: 'SERVICE',
      status,
      scope: 'INDOOR',
      workOrder: order,
      returnReport: null,
      indoorBarcode: order.indoorBarcode,
      outdoorBarcode: null,
      repairDate: hoursAfter(order.createdAt, 8 + 24, now)
        .toISOString()
        .slice(0, 10),
      customerName: order.customerName,
      enteredBy: order.outletCode,
      centerCode: order.centerCode,
      createdAt: hoursAfter(order.createdAt, 30, now),
    });
  }
  return orders;
}

function serviceOrderEvents(order: DemoServiceOrder, now: Date): DemoEvent[] {
  const userId = userOf(order.enteredBy, 'outlet');
  const base = { documentType: 'SERVICE_ORDER' as const, documentId: order.id, userId };
  const events: DemoEvent[] = [
    {
      ...base,
      at: order.createdAt,
      action: 'createServiceOrder',
      fromStatus: null,
      toStatus: 'DRAFT',
      comment: null,
    },
  ];
  if (order.status === 'SUBMITTED') {
    events.push({
      ...base,
      at: hoursAfter(order.createdAt, 1, now),
      action: 'submitServiceOrder',
      fromStatus: 'DRAFT',
      toStatus: 'SUBMITTED',
      comment: null,
    });
  }
  return events;
}

function serviceOrderRow(order: DemoServiceOrder, now: Date): unknown[] {
  const events = serviceOrderEvents(order, now);
  const latest = events[events.length - 1];
  const model = modelOf(order.indoorBarcode) ?? modelOf(order.outdoorBarcode);
  return [
    order.id,
    order.serviceNumber,
    order.kind,
    order.status,
    order.scope,
    order.workOrder?.id ?? null,
    order.workOrder?.code ?? null,
    order.returnReport?.id ?? null,
    order.returnReport?.code ?? null,
    order.indoorBarcode,
    order.outdoorBarcode,
    order.repairDate,
    order.customerName,
    model?.wholeUnitModel ?? null,
    order.enteredBy,
    order.centerCode,
    order.status === 'SUBMITTED' ? latest.at : null,
    order.createdAt,
    events[0].userId,
    latest.at,
    latest.userId,
    events.length,
  ];
}

const SERVICE_ORDER_COLUMNS = [
  'id',
  'service_number',
  'kind',
  'status',
  'scope',
  'work_order_id',
  'work_order_code',
  'return_report_id',
  'return_report_code',
  'indoor_barcode',
  'outdoor_barcode',
  'repair_date',
  'customer_name',
  'whole_unit_model',
  'entered_by',
  'center_code',
  'submitted_at',
  'created_at',
  'created_by',
  'updated_at',
  'updated_by',
  'version',
];

/**
 * Inserts the rows that are not there yet and returns the ids it inserted, so loading the demo
 * data twice changes nothing.
 */
async function insertMissing(
  db: DataSource,
  table: string,
  columns: string[],
  rows: unknown[][],
): Promise<Set<string>> {
  const params: unknown[] = [];
  const values = rows.map((row) => {
    const placeholders = row.map((value) => {
      params.push(value);
      return `$${params.length}`;
    });
    return `(${placeholders.join(', ')})`;
  });
  const inserted: { id: string }[] = await db.query(
    `INSERT INTO work_orders.${table} (${columns.join(', ')}) VALUES ${values.join(', ')}
     ON CONFLICT DO NOTHING RETURNING id`,
    params,
  );
  return new Set(inserted.map((row) => row.id));
}

async function insertEvents(db: DataSource, events: DemoEvent[]): Promise<void> {
  if (events.length === 0) return;
  const params: unknown[] = [];
  const values = events.map((event) => {
    const user = users.find((candidate) => candidate.id === event.userId);
    const row = [
      event.documentType,
      event.documentId,
      event.at,
      event.userId,
      user?.name ?? event.userId,
      user?.organizationCode ?? '756000',
      event.action,
      event.fromStatus,
      event.toStatus,
      event.comment,
    ];
    const placeholders = row.map((value) => {
      params.push(value);
      return `$${params.length}`;
    });
    return `(${placeholders.join(', ')})`;
  });
  await db.query(
    `INSERT INTO work_orders.document_event
       (document_type, document_id, at, actor_id, actor_name, organization_code, action, from_status, to_status, comment)
     VALUES ${values.join(', ')}`,
    params,
  );
}

/**
 * Loads the demo work orders with their histories, and a few service and repair orders. Times
 * derived from a creation time are capped at the time of this run.
 */
export async function seedWorkOrders(db: DataSource): Promise<void> {
  const now = new Date();
  const newWorkOrders = await insertMissing(
    db,
    'work_order',
    WORK_ORDER_COLUMNS,
    demoWorkOrders.map((order, index) => workOrderRow(order, index, now)),
  );
  await insertEvents(
    db,
    demoWorkOrders
      .filter((order) => newWorkOrders.has(order.id))
      .flatMap((order) => workOrderEvents(order, now)),
  );

  const serviceOrders = demoServiceOrders(now);
  const newServiceOrders = await insertMissing(
    db,
    'service_order',
    SERVICE_ORDER_COLUMNS,
    serviceOrders.map((order) => serviceOrderRow(order, now)),
  );
  await insertEvents(
    db,
    serviceOrders
      .filter((order) => newServiceOrders.has(order.id))
      .flatMap((order) => serviceOrderEvents(order, now)),
  );
}
