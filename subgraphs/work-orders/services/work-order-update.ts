import { FieldErrors } from '../../../platform/errors';
import { CustomerInput, ProductInput } from '../../../platform/graphql/common-types';
import { lookupMasterData, MasterDataFacts } from '../../../platform/master-data-client';
import { RequestContext } from '../../../platform/server/context';
import { collectInputErrors } from '../../../platform/validation';
import { WorkOrder } from '../entities/work-order';
import { UpdateWorkOrderInput } from '../graphql/work-order.types';
import {
  checkBarcodeFormat,
  checkUnitKinds,
  materialCodesOf,
  normaliseBarcodes,
  UnitBarcodes,
} from './unit-barcodes';
import { checkCustomerName, productColumns, regionNamesOf } from './work-order-creation';
import { runWorkOrderStep } from './work-order-steps';

/** Work order columns of the optional customer input fields, except the city and its area code. */
const CUSTOMER_COLUMNS = {
  type: 'customerType',
  province: 'customerProvince',
  district: 'customerDistrict',
  street: 'customerStreet',
  address: 'customerAddress',
  officePhone: 'customerOfficePhone',
  homePhone: 'customerHomePhone',
  mobilePhone: 'customerMobilePhone',
  mobilePhone2: 'customerMobilePhone2',
} as const satisfies Partial<Record<keyof CustomerInput, keyof WorkOrder>>;

/**
 * Returns the customer columns to store for the fields the input gives. An omitted field keeps
 * its column and an explicit null clears it. A new city also sets or clears its area code.
 */
function changedCustomerColumns(
  customer: CustomerInput,
  facts: MasterDataFacts,
): Record<string, unknown> {
  const columns: Record<string, unknown> = { customerName: customer.name.trim() };
  for (const [field, column] of Object.entries(CUSTOMER_COLUMNS)) {
    const value = customer[field as keyof typeof CUSTOMER_COLUMNS];
    if (value !== undefined) columns[column] = value;
  }
  if (customer.city !== undefined) {
    const city = customer.city?.trim() || null;
    columns.customerCity = city;
    columns.customerAreaCode = city ? (facts.regions.get(city)?.areaCode ?? null) : null;
  }
  return columns;
}

/**
 * Splits a product input into the barcodes it gives (null where omitted, so only these are
 * checked) and the barcodes the order has afterwards (the stored one where omitted). An explicit
 * null or blank barcode clears that unit.
 */
function mergeBarcodes(
  product: ProductInput,
  order: WorkOrder,
): { given: UnitBarcodes; merged: UnitBarcodes } {
  const cleaned = normaliseBarcodes(product);
  const indoorGiven = product.indoorBarcode !== undefined;
  const outdoorGiven = product.outdoorBarcode !== undefined;
  return {
    given: {
      indoorBarcode: indoorGiven ? cleaned.indoorBarcode : null,
      outdoorBarcode: outdoorGiven ? cleaned.outdoorBarcode : null,
    },
    merged: {
      indoorBarcode: indoorGiven ? cleaned.indoorBarcode : order.indoorBarcode,
      outdoorBarcode: outdoorGiven ? cleaned.outdoorBarcode : order.outdoorBarcode,
    },
  };
}

/** Returns the input fields that change something. Null is ignored where the column needs a value. */
function changedFields(input: UpdateWorkOrderInput): (keyof UpdateWorkOrderInput)[] {
  const nullIgnored = new Set<keyof UpdateWorkOrderInput>([
    'serviceType',
    'level',
    'customer',
    'product',
  ]);
  return (Object.keys(input) as (keyof UpdateWorkOrderInput)[]).filter((key) => {
    const value = input[key];
    return nullIgnored.has(key) ? value != null : value !== undefined;
  });
}

/**
 * Checks the changes of an order update (改单) and returns the columns to store. Every invalid
 * field, from the input rules and from master data, is reported in one BAD_USER_INPUT error.
 */
async function planWorkOrderUpdate(
  context: RequestContext,
  order: WorkOrder,
  input: UpdateWorkOrderInput,
): Promise<Record<string, unknown>> {
  const errors = new FieldErrors();
  await collectInputErrors(input, 'input', errors);
  checkCustomerName(input.customer, 'input.customer.name', errors);
  const barcodes = input.product ? mergeBarcodes(input.product, order) : null;
  if (barcodes) checkBarcodeFormat(barcodes.given, 'input.product', errors);

  const changes: Record<string, unknown> = {};
  if (input.customer || barcodes) {
    const facts = await lookupMasterData(
      context,
      {
        materialCodes: barcodes ? materialCodesOf(barcodes.merged) : [],
        regionNames: regionNamesOf(input.customer),
      },
      'the work order was not changed',
    );
    if (barcodes) {
      checkUnitKinds(barcodes.given, facts, 'input.product', errors);
      Object.assign(changes, productColumns(barcodes.merged, facts));
    }
    if (input.customer) Object.assign(changes, changedCustomerColumns(input.customer, facts));
  }
  errors.throwIfAny();

  if (input.serviceType != null) changes.serviceType = input.serviceType;
  if (input.level != null) changes.level = input.level;
  if (input.callerPhone !== undefined) changes.callerPhone = input.callerPhone;
  if (input.description !== undefined) changes.description = input.description;
  return changes;
}

function sameValue(stored: unknown, next: unknown): boolean {
  if (stored instanceof Date && next instanceof Date) return stored.getTime() === next.getTime();
  return (stored ?? null) === (next ?? null);
}

/**
 * Changes customer, product, service type, level or description of an open order (改单). Omitted
 * fields keep their values. An input that changes nothing returns the order as it is, with the
 * same version and no history entry.
 */
export async function updateWorkOrder(
  context: RequestContext,
  target: { id: string; version?: number | null; input: UpdateWorkOrderInput },
): Promise<WorkOrder> {
  const { input } = target;
  return runWorkOrderStep(context, target.id, target.version, {
    action: 'updateWorkOrder',
    async plan(order) {
      const changed = changedFields(input);
      if (changed.length === 0) return null;
      // NOTE: without a client version the update is guarded on the stage only, so a barcode
      // omitted here is the one read just before and a concurrent product change can be undone.
      const planned = await planWorkOrderUpdate(context, order, input);
      // Values equal to the stored ones are no change, so such an input leaves the version alone.
      const changes = Object.fromEntries(
        Object.entries(planned).filter(
          ([column, value]) =>
            !sameValue((order as unknown as Record<string, unknown>)[column], value),
        ),
      );
      if (Object.keys(changes).length === 0) return null;
      return {
        changes,
        activity: `Changed by the center: ${changed.join(', ')}`,
        comment: `Changed ${changed.join(', ')}`,
      };
    },
  });
}
