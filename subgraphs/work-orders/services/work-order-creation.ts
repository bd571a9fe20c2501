import { randomInt } from 'node:crypto';
import { hasRole, Role } from '../../../platform/auth/actor';
import { chinaDateCompact } from '../../../platform/china-time';
import { FieldErrors, forbidden } from '../../../platform/errors';
import { CustomerInput } from '../../../platform/graphql/common-types';
import { recordEvent } from '../../../platform/history';
import {
  lookupMasterData,
  MasterDataFacts,
  OrganizationFacts,
} from '../../../platform/master-data-client';
import { formatSequence, nextDailySequence } from '../../../platform/numbering';
import { RequestContext } from '../../../platform/server/context';
import { collectInputErrors } from '../../../platform/validation';
import {
  CHANNEL_DIGITS,
  WorkOrder,
  WorkOrderChannel,
  WorkOrderStage,
} from '../entities/work-order';
import { CreateWorkOrderInput } from '../graphql/work-order.types';
import { requireWriter } from './access';
import { withArticle } from './articles';
import {
  checkBarcodeFormat,
  checkUnitKinds,
  describeUnits,
  materialCodesOf,
  normaliseBarcodes,
  UnitBarcodes,
} from './unit-barcodes';
import { reloadWorkOrder } from './work-order-steps';

/** Returns the customer columns of a work order, with the area code of the customer's city. */
export function customerColumns(customer: CustomerInput, facts: MasterDataFacts) {
  const city = customer.city?.trim() || null;
  return {
    customerName: customer.name.trim(),
    customerType: customer.type ?? null,
    customerAreaCode: city ? (facts.regions.get(city)?.areaCode ?? null) : null,
    customerProvince: customer.province ?? null,
    customerCity: city,
    customerDistrict: customer.district ?? null,
    customerStreet: customer.street ?? null,
    customerAddress: customer.address ?? null,
    customerOfficePhone: customer.officePhone ?? null,
    customerHomePhone: customer.homePhone ?? null,
    customerMobilePhone: customer.mobilePhone ?? null,
    customerMobilePhone2: customer.mobilePhone2 ?? null,
  };
}

/** Adds an error for a customer name of spaces only, because the input rules pass it. */
export function checkCustomerName(
  customer: CustomerInput | null | undefined,
  path: string,
  errors: FieldErrors,
): void {
  if (customer && customer.name.length > 0 && !customer.name.trim()) {
    errors.add(path, 'customer name must not be blank');
  }
}

/** Returns the product columns of a work order: the barcodes and their models. */
export function productColumns(barcodes: UnitBarcodes, facts: MasterDataFacts) {
  return { ...barcodes, ...describeUnits(barcodes, facts) };
}

/** Returns the city whose area code master data should supply, if the customer names one. */
export function regionNamesOf(customer: CustomerInput | null | undefined): string[] {
  const city = customer?.city?.trim();
  return city ? [city] : [];
}

const CENTER_CODE = /^\d{6}$/;

/** Adds an error when the organisation is not an active marketing center. */
function checkCenter(
  center: OrganizationFacts | null | undefined,
  input: CreateWorkOrderInput,
  errors: FieldErrors,
): void {
  const path = 'input.centerCode';
  if (!center) {
    errors.add(
      path,
      `organisation "${input.centerCode}" was not found in master data; give the code of a marketing center`,
    );
  } else if (center.type !== 'MARKETING_CENTER') {
    errors.add(
      path,
      `organisation ${center.code} (${center.name}) is ${withArticle(center.type)}, not a MARKETING_CENTER; give the code of a marketing center`,
    );
  } else if (!center.active) {
    errors.add(
      path,
      `marketing center ${center.code} (${center.name}) is inactive; give the code of an active center`,
    );
  }
}

function randomSettlementQueryCode(): string {
  return String(randomInt(10_000)).padStart(4, '0');
}

/**
 * Creates a work order in stage CREATED. A center creates orders for itself, headquarters for any
 * center. The number is taken from the channel's daily sequence inside the creating transaction,
 * so concurrent creations never share one.
 */
export async function createWorkOrder(
  context: RequestContext,
  input: CreateWorkOrderInput,
): Promise<WorkOrder> {
  const { actor } = context;
  requireWriter(actor);
  if (!hasRole(actor, Role.CENTER, Role.HQ)) {
    throw forbidden('Only a marketing center or headquarters creates work orders');
  }
  const centerCodeWellFormed = CENTER_CODE.test(input.centerCode);
  if (
    centerCodeWellFormed &&
    !hasRole(actor, Role.HQ) &&
    input.centerCode !== actor.organizationCode
  ) {
    throw forbidden(
      `A marketing center creates work orders only for itself: you belong to ${actor.organizationCode}, so centerCode must be ${actor.organizationCode}, not ${input.centerCode}`,
    );
  }

  const errors = new FieldErrors();
  await collectInputErrors(input, 'input', errors);
  checkCustomerName(input.customer, 'input.customer.name', errors);
  const barcodes = normaliseBarcodes(input.product);
  checkBarcodeFormat(barcodes, 'input.product', errors);
  // Master data is queried even when the input has errors, so that its errors come in the same
  // response. A malformed center code already has its error and is not looked up.
  const facts = await lookupMasterData(
    context,
    {
      organizationCodes: centerCodeWellFormed ? [input.centerCode] : [],
      materialCodes: materialCodesOf(barcodes),
      regionNames: regionNamesOf(input.customer),
    },
    'the work order was not created',
  );
  if (centerCodeWellFormed) checkCenter(facts.organizations.get(input.centerCode), input, errors);
  checkUnitKinds(barcodes, facts, 'input.product', errors);
  errors.throwIfAny();

  const channel = input.channel ?? WorkOrderChannel.HOTLINE;
  const id = await context.db.transaction(async (manager) => {
    const day = chinaDateCompact();
    const digit = CHANNEL_DIGITS[channel];
    const sequence = await nextDailySequence(manager, 'work_orders', 'WORK_ORDER', digit, day);
    const result = await manager.insert(WorkOrder, {
      code: `${digit}${day}${formatSequence(sequence, 5)}`,
      channel,
      serviceType: input.serviceType,
      level: input.level,
      status: WorkOrderStage.CREATED,
      centerCode: input.centerCode,
      callerPhone: input.callerPhone ?? null,
      ...customerColumns(input.customer, facts),
      ...productColumns(barcodes, facts),
      description: input.description ?? null,
      latestActivityDescription: 'Work order created',
      settlementQueryCode: randomSettlementQueryCode(),
      createdBy: actor.userId,
      updatedBy: actor.userId,
    });
    const newId = result.identifiers[0].id as string;
    await recordEvent(manager, 'work_orders', {
      documentType: 'WORK_ORDER',
      documentId: newId,
      actor,
      action: 'createWorkOrder',
      fromStatus: null,
      toStatus: WorkOrderStage.CREATED,
    });
    return newId;
  });
  context.logger.info({ workOrderId: id, centerCode: input.centerCode }, 'work order created');
  return reloadWorkOrder(context, id);
}
