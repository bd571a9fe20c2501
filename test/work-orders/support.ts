import { randomInt } from 'node:crypto';
import { graphql, GraphQLResult } from '../support/client';

/** Fields the work-order tests read back after every step. */
export const WORK_ORDER_FIELDS = `
  id code stage version channel level serviceType callerPhone settlementQueryCode
  appointmentAt repeatCallAt latestActivityAt latestActivityDescription completedAt createdAt
  center { code } outlet { code } engineer { name phone }
  customer { name areaCode city mobilePhone officePhone }
  product { indoorBarcode indoorModel outdoorBarcode outdoorModel wholeUnitModel }
  history { action fromStatus toStatus comment actor { id } }
`;

export interface WorkOrderView {
  id: string;
  code: string;
  stage: string;
  version: number;
  channel: string;
  callerPhone: string | null;
  settlementQueryCode: string;
  appointmentAt: string | null;
  repeatCallAt: string | null;
  latestActivityDescription: string | null;
  completedAt: string | null;
  center: { code: string };
  outlet: { code: string } | null;
  engineer: { name: string; phone: string | null } | null;
  customer: { name: string; areaCode: string | null; mobilePhone: string | null };
  product: {
    indoorBarcode: string | null;
    indoorModel: string | null;
    outdoorBarcode: string | null;
    wholeUnitModel: string | null;
  };
  history: {
    action: string;
    fromStatus: string | null;
    toStatus: string | null;
    comment: string | null;
    actor: { id: string };
  }[];
}

/** Returns a mobile number no other test uses, so a phone filter finds only one test's orders. */
export function uniqueMobile(): string {
  return `13${String(randomInt(0, 1_000_000_000)).padStart(9, '0')}`;
}

/** Builds a valid createWorkOrder input for center 574001 (Ningbo). */
export function newWorkOrderInput(overrides: Record<string, unknown> = {}) {
  return {
    serviceType: 'REPAIR',
    level: 3,
    callerPhone: '13857400001',
    centerCode: '574001',
    customer: { name: '测试客户', city: '宁波市', mobilePhone: '13857400001' },
    product: { indoorBarcode: '111408801405120211' },
    description: 'Indoor unit leaks water',
    ...overrides,
  };
}

/** Sends a mutation or query and fails the test with the errors when any is returned. */
export async function succeed<T = Record<string, any>>(
  query: string,
  variables: Record<string, unknown>,
  as: string,
): Promise<T> {
  const result = await graphql<T>(query, variables, { as });
  if (result.errors) {
    throw new Error(`Expected success, got ${JSON.stringify(result.errors, null, 2)}`);
  }
  return result.data;
}

export async function createWorkOrder(
  overrides: Record<string, unknown> = {},
  as = 'center-574001',
): Promise<WorkOrderView> {
  const data = await succeed<{ createWorkOrder: WorkOrderView }>(
    `mutation($input: CreateWorkOrderInput!) { createWorkOrder(input: $input) { ${WORK_ORDER_FIELDS} } }`,
    { input: newWorkOrderInput(overrides) },
    as,
  );
  return data.createWorkOrder;
}

export async function dispatch(id: string, outletCode: string, as = 'center-574001') {
  const data = await succeed<{ dispatchWorkOrder: WorkOrderView }>(
    `mutation($id: ID!, $outletCode: String!) { dispatchWorkOrder(id: $id, outletCode: $outletCode) { ${WORK_ORDER_FIELDS} } }`,
    { id, outletCode },
    as,
  );
  return data.dispatchWorkOrder;
}

export async function acceptWithEngineer(id: string, as: string) {
  const data = await succeed<{ acceptWorkOrder: WorkOrderView }>(
    `mutation($id: ID!) { acceptWorkOrder(id: $id, engineer: { name: "陈师傅", phone: "13805740001" }) { ${WORK_ORDER_FIELDS} } }`,
    { id },
    as,
  );
  return data.acceptWorkOrder;
}

/** Creates an order of center 574001 and dispatches it to outlet 574225. */
export async function orderAtOutlet574225(overrides: Record<string, unknown> = {}) {
  const created = await createWorkOrder(overrides);
  return dispatch(created.id, '574225');
}

/** Returns the first error of a result, failing the test when there is none. */
export function firstError(result: GraphQLResult<unknown>) {
  const error = result.errors?.[0];
  if (!error) throw new Error(`Expected an error, got ${JSON.stringify(result.data)}`);
  return error;
}

/** Returns an eight-digit service number that no other test is likely to use. */
export function uniqueServiceNumber(): string {
  return String(randomInt(0, 100_000_000)).padStart(8, '0');
}
