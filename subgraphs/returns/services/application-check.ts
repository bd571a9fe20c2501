import { ParsedBarcode } from '../../../platform/barcode';
import { chinaDate } from '../../../platform/china-time';
import { describeValue, FieldErrors, Reason } from '../../../platform/errors';
import { lookupMasterData, MasterDataFacts } from '../../../platform/master-data-client';
import { amountRuleBroken } from '../../../platform/scalars';
import { RequestContext } from '../../../platform/server/context';
import { collectInputErrors } from '../../../platform/validation';
import { ReturnReport } from '../entities/return-report';
import { isAfterSale, returnedUnit, ReturnMethod, ReturnType } from '../graphql/enums';
import { MAX_FAULT_CAUSES, MAX_FAULTY_PARTS, ReturnReportInput } from '../graphql/inputs';
import { isUuid } from '../visibility';
import {
  cleanText,
  modelOfBarcode,
  parseBarcodeField,
  UnitKind,
  wholeUnitModelOf,
} from './barcode-check';
import { ApplicationColumns, applicationColumns } from './application-columns';
import { findVisibleWorkOrder, LinkedWorkOrder } from './work-orders-client';

export interface FaultCauseLineValues {
  faultCauseCode: string;
  description: string;
}

export interface FaultyPartLineValues {
  partCode: string;
  partName: string;
  partModel: string | null;
  supplierCode: string | null;
  supplierName: string | null;
  missing: boolean;
  missingOnUnboxing: number;
}

/** A validated application with everything filled from master data, ready to store. */
export interface CheckedApplication {
  columns: ApplicationColumns;
  faultCauses: FaultCauseLineValues[];
  faultyParts: FaultyPartLineValues[];
  /** The barcodes of the returned units, which the report claims so no other report can use them. */
  barcodes: { barcode: string; unitKind: UnitKind }[];
  /** Master-data facts, including those of the extra organisations asked for. */
  facts: MasterDataFacts;
}

/** Options of an application check. */
export interface ApplicationCheckOptions {
  /** Organisations to look up in the same master-data call. */
  organizationCodes?: string[];
  /** Report whose application a revision replaces. Its work order and sale phase must stay. */
  revised?: Pick<ReturnReport, 'type' | 'workOrderId' | 'workOrderCode'>;
  /** Organisation that submits the report, which must hold the linked work order. */
  submitterCode: string;
}

/** Stages in which a work order is open and in the hands of its outlet. */
const LINKABLE_STAGES = ['ACCEPTED', 'DISPATCHED_TO_ENGINEER'];

const PATH = 'input';
const INDOOR_PATH = `${PATH}.originalUnit.indoorBarcode`;
const OUTDOOR_PATH = `${PATH}.originalUnit.outdoorBarcode`;

/** Fault-cause codes have three levels of two digits, as the master-data table requires. */
const FAULT_CAUSE_CODE = /^(\d{2}){1,3}$/;

// NOTE: the catalog defines no format for part codes (the demo ones have 8 digits), so this
// limit only keeps the master-data request small.
const MAX_PART_CODE_LENGTH = 50;

/** The length limit that CustomerInput sets on the city, which is looked up for its area code. */
const MAX_CITY_LENGTH = 50;

/**
 * Validates a return application and fills models, area code and line details from master data,
 * in one master-data call (plus one work-order look-up for a linked work order). Lists and codes
 * over their limits are reported without being sent, so the request to master data stays small.
 * Throws one BAD_USER_INPUT error listing every invalid field, whose reason is
 * WORK_ORDER_REQUIRED when an after-sale type has no work order.
 */
export async function checkApplication(
  context: RequestContext,
  input: ReturnReportInput,
  consequence: string,
  options: ApplicationCheckOptions,
): Promise<CheckedApplication> {
  const errors = new FieldErrors();
  await collectInputErrors(input, PATH, errors);
  const { indoor, outdoor } = checkUnitBarcodes(input, errors);
  const workOrderLink = checkWorkOrderLink(input, errors);
  if (options.revised) checkRevisionKeepsLink(input, options.revised, errors);
  checkOtherFields(input, errors);
  const faultCauseCodes = checkFaultCauseCodes(input.faultCauseCodes, errors);
  const partCodes = checkPartCodes(input, errors);

  const city = cleanText(input.customer.city);
  const cityToLookUp = city !== null && city.length <= MAX_CITY_LENGTH ? city : null;
  const [facts, workOrder] = await Promise.all([
    lookupMasterData(
      context,
      {
        organizationCodes: options.organizationCodes ?? [],
        materialCodes: [indoor, outdoor].flatMap((barcode) =>
          barcode ? [barcode.materialCode] : [],
        ),
        faultCauseCodes: faultCauseCodes.filter((code): code is string => code !== null),
        partCodes: partCodes.filter((code): code is string => code !== null),
        regionNames: cityToLookUp ? [cityToLookUp] : [],
      },
      consequence,
    ),
    workOrderLink.id !== null ? findVisibleWorkOrder(context, workOrderLink.id, consequence) : null,
  ]);

  if (workOrderLink.id !== null && workOrder === null) {
    errors.add(
      `${PATH}.workOrderId`,
      `work order "${workOrderLink.id}" was not found or is not visible to you. Check the id`,
    );
  }
  if (workOrder) checkWorkOrderHolder(workOrder, options.submitterCode, errors);
  const indoorModel = modelOfBarcode(indoor, 'INDOOR', facts.productModels, INDOOR_PATH, errors);
  const outdoorModel = modelOfBarcode(
    outdoor,
    'OUTDOOR',
    facts.productModels,
    OUTDOOR_PATH,
    errors,
  );
  const wholeUnitModel = wholeUnitModelOf(indoorModel, outdoorModel, OUTDOOR_PATH, errors);
  const faultCauses = faultCauseLines(faultCauseCodes, facts, errors);
  const faultyParts = faultyPartLines(input, partCodes, facts, errors);
  errors.throwIfAny(workOrderLink.missing ? Reason.WORK_ORDER_REQUIRED : undefined);

  // Only the returned unit's barcodes are claimed. The other one is stored as information, so the
  // other half of the set can still be returned by a later report.
  const unit = returnedUnit(input.type);
  const barcodes: CheckedApplication['barcodes'] = [];
  if (indoor && unit !== 'OUTDOOR') barcodes.push({ barcode: indoor.barcode, unitKind: 'INDOOR' });
  if (outdoor && unit !== 'INDOOR') {
    barcodes.push({ barcode: outdoor.barcode, unitKind: 'OUTDOOR' });
  }
  return {
    columns: applicationColumns(input, {
      workOrder,
      indoor,
      outdoor,
      indoorModel: indoorModel?.model ?? null,
      outdoorModel: outdoorModel?.model ?? null,
      wholeUnitModel,
      brand: indoorModel?.brand ?? outdoorModel?.brand ?? null,
      category: indoorModel?.category ?? outdoorModel?.category ?? null,
      areaCode: cityToLookUp ? (facts.regions.get(cityToLookUp)?.areaCode ?? null) : null,
    }),
    faultCauses,
    faultyParts,
    barcodes,
    facts,
  };
}

/** Parses the unit barcodes and checks that the return type's units have one each. */
function checkUnitBarcodes(
  input: ReturnReportInput,
  errors: FieldErrors,
): { indoor: ParsedBarcode | null; outdoor: ParsedBarcode | null } {
  const unit = returnedUnit(input.type);
  const original = input.originalUnit;
  const indoor = parseBarcodeField(original.indoorBarcode, INDOOR_PATH, errors);
  const outdoor = parseBarcodeField(original.outdoorBarcode, OUTDOOR_PATH, errors);
  if (unit !== 'OUTDOOR' && cleanText(original.indoorBarcode) === null) {
    errors.add(INDOOR_PATH, `the indoor unit's barcode is required for type ${input.type}`);
  }
  if (unit !== 'INDOOR' && cleanText(original.outdoorBarcode) === null) {
    errors.add(OUTDOOR_PATH, `the outdoor unit's barcode is required for type ${input.type}`);
  }
  if (indoor && outdoor && indoor.barcode === outdoor.barcode) {
    errors.add(OUTDOOR_PATH, `must differ from the indoor barcode (both are "${indoor.barcode}")`);
  }
  return { indoor, outdoor };
}

/**
 * Checks the work-order link: required for after-sale types and, when given, a UUID. Returns the
 * id to look up (null when there is none or it is malformed) and whether it is missing.
 */
function checkWorkOrderLink(
  input: ReturnReportInput,
  errors: FieldErrors,
): { id: string | null; missing: boolean } {
  const id = cleanText(input.workOrderId);
  const missing = isAfterSale(input.type) && id === null;
  if (missing) {
    errors.add(
      `${PATH}.workOrderId`,
      `type ${input.type} must be linked to the work order the return came from. Give its id in workOrderId`,
    );
  }
  if (id !== null && !isUuid(id)) {
    errors.add(
      `${PATH}.workOrderId`,
      `must be the id (a UUID) of a work order (got ${describeValue(id)})`,
    );
    return { id: null, missing };
  }
  return { id, missing };
}

/**
 * Checks that the linked work order is open and held by the submitter: in stage ACCEPTED or
 * DISPATCHED_TO_ENGINEER, and dispatched to the submitting outlet or, for a center, raised by
 * that center. A report on any other order would escape that order's completion guard. The
 * stage read here can be stale, so the saving step also holds the order in the work-orders
 * subgraph, which checks the same rules under the order's row lock.
 */
function checkWorkOrderHolder(
  workOrder: LinkedWorkOrder,
  submitterCode: string,
  errors: FieldErrors,
): void {
  const path = `${PATH}.workOrderId`;
  if (!LINKABLE_STAGES.includes(workOrder.stage)) {
    errors.add(
      path,
      `work order ${workOrder.code} is in stage ${workOrder.stage}, but a return report can be linked only to a work order in stage ${LINKABLE_STAGES.join(' or ')}. Link the open work order the return came from`,
    );
    return;
  }
  const outletCode = workOrder.outlet?.code ?? null;
  const centerCode = workOrder.center?.code ?? null;
  if (outletCode !== submitterCode && centerCode !== submitterCode) {
    errors.add(
      path,
      `work order ${workOrder.code} is handled by outlet ${outletCode ?? 'none'} of center ${centerCode ?? 'none'}, but a return report can be linked only to a work order of the submitting outlet or center ${submitterCode}. Link a work order your organisation handles`,
    );
  }
}

/**
 * Checks that a revision keeps the report's work order and its sale phase (pre-sale or
 * after-sale). The completion guard of the linked work order finds the report by this link, so
 * dropping or moving the link would let that order complete while the report waits for its result.
 */
function checkRevisionKeepsLink(
  input: ReturnReportInput,
  revised: Pick<ReturnReport, 'type' | 'workOrderId' | 'workOrderCode'>,
  errors: FieldErrors,
): void {
  const inputWorkOrderId = cleanText(input.workOrderId);
  const linkedWorkOrderId = revised.workOrderId;
  if (inputWorkOrderId?.toLowerCase() !== linkedWorkOrderId?.toLowerCase()) {
    const got = inputWorkOrderId === null ? 'got none' : `got ${describeValue(inputWorkOrderId)}`;
    errors.add(
      `${PATH}.workOrderId`,
      linkedWorkOrderId === null
        ? `must stay empty, because a revision keeps the report's work-order link and this report has none (${got})`
        : `must stay the id of work order ${revised.workOrderCode ?? linkedWorkOrderId} ("${linkedWorkOrderId}"), because a revision keeps the report's work order (${got}). Raise a new report for another work order`,
    );
  }
  const afterSale = isAfterSale(revised.type);
  if (isAfterSale(input.type) !== afterSale) {
    const samePhase = Object.values(ReturnType).filter((type) => isAfterSale(type) === afterSale);
    errors.add(
      `${PATH}.type`,
      `must be one of ${samePhase.join(', ')}, because a revision keeps the sale phase of the report's type ${revised.type} (got ${input.type})`,
    );
  }
}

/** Checks the fields that need no master data: dates, customer name, method and prices. */
function checkOtherFields(input: ReturnReportInput, errors: FieldErrors): void {
  const purchaseDate = input.originalUnit.purchaseDate;
  if (purchaseDate && purchaseDate > chinaDate()) {
    errors.add(
      `${PATH}.originalUnit.purchaseDate`,
      `must not be after today (got "${purchaseDate}")`,
    );
  }
  if (input.customer.name && input.customer.name.trim() === '') {
    errors.add(`${PATH}.customer.name`, 'customer name is required (got only spaces)');
  }
  if (input.method === ReturnMethod.PRE_SALE_REPAIR && isAfterSale(input.type)) {
    errors.add(
      `${PATH}.method`,
      `PRE_SALE_REPAIR is only for pre-sale types (got type ${input.type}). Choose EXCHANGE or REFUND`,
    );
  }
  for (const field of ['newUnitPrice', 'oldUnitPrice'] as const) {
    const amount = input[field];
    const broken = amount == null ? null : amountRuleBroken(amount);
    if (broken) errors.add(`${PATH}.${field}`, broken);
  }
}

/**
 * Checks the fault-cause list: one to MAX_FAULT_CAUSES codes of 2, 4 or 6 digits, none twice.
 * Returns the codes to look up, null in place of an invalid one (every one for a list that is too
 * long).
 */
function checkFaultCauseCodes(codes: string[], errors: FieldErrors): (string | null)[] {
  const listPath = `${PATH}.faultCauseCodes`;
  if (codes.length === 0) {
    errors.add(listPath, 'at least one fault-cause code is required');
  }
  if (codes.length > MAX_FAULT_CAUSES) {
    errors.add(
      listPath,
      `must list at most ${MAX_FAULT_CAUSES} fault-cause codes (got ${codes.length}). Keep the main causes`,
    );
    return codes.map(() => null);
  }
  const seen = new Set<string>();
  return codes.map((raw, index) => {
    const code = cleanText(raw);
    const path = `${listPath}.${index}`;
    if (code === null) {
      errors.add(path, 'a fault-cause code is required (got an empty text)');
      return null;
    }
    if (!FAULT_CAUSE_CODE.test(code)) {
      errors.add(
        path,
        `must be a fault-cause code of 2, 4 or 6 digits, e.g. "050507" (got ${describeValue(code)})`,
      );
      return null;
    }
    if (seen.has(code)) {
      errors.add(path, `fault cause "${code}" is listed twice. Remove the repeated code`);
      return null;
    }
    seen.add(code);
    return code;
  });
}

/**
 * Checks the faulty-part lines: at most MAX_FAULTY_PARTS, each with a part code. Returns the part
 * codes to look up, null in place of a missing or overlong one (every one for a list that is too
 * long).
 */
function checkPartCodes(input: ReturnReportInput, errors: FieldErrors): (string | null)[] {
  const parts = input.faultyParts;
  if (parts.length > MAX_FAULTY_PARTS) {
    errors.add(
      `${PATH}.faultyParts`,
      `must list at most ${MAX_FAULTY_PARTS} faulty parts (got ${parts.length})`,
    );
    return parts.map(() => null);
  }
  return parts.map((part, index) => {
    const code = cleanText(part.partCode);
    const path = `${PATH}.faultyParts.${index}.partCode`;
    if (code === null) {
      errors.add(path, 'a part code is required');
      return null;
    }
    if (code.length > MAX_PART_CODE_LENGTH) {
      errors.add(path, `must be at most ${MAX_PART_CODE_LENGTH} characters (got ${code.length})`);
      return null;
    }
    return code;
  });
}

/** Builds the fault-cause lines with their dictionary descriptions, adding an error per unknown code. */
function faultCauseLines(
  codes: (string | null)[],
  facts: MasterDataFacts,
  errors: FieldErrors,
): FaultCauseLineValues[] {
  const lines: FaultCauseLineValues[] = [];
  codes.forEach((code, index) => {
    if (code === null) return;
    const cause = facts.faultCauses.get(code);
    if (!cause) {
      errors.add(
        `${PATH}.faultCauseCodes.${index}`,
        `fault cause "${code}" is not in the dictionary. Check the code`,
      );
      return;
    }
    lines.push({ faultCauseCode: cause.code, description: cause.description });
  });
  return lines;
}

/** Builds the faulty-part lines with part and supplier facts, adding an error per unknown part. */
function faultyPartLines(
  input: ReturnReportInput,
  partCodes: (string | null)[],
  facts: MasterDataFacts,
  errors: FieldErrors,
): FaultyPartLineValues[] {
  const lines: FaultyPartLineValues[] = [];
  input.faultyParts.forEach((line, index) => {
    const code = partCodes[index];
    if (code === null) return;
    const part = facts.parts.get(code);
    if (!part) {
      errors.add(
        `${PATH}.faultyParts.${index}.partCode`,
        `part "${code}" is not in the catalog. Check the code`,
      );
      return;
    }
    lines.push({
      partCode: part.code,
      partName: part.name,
      partModel: part.model,
      supplierCode: part.supplier?.code ?? null,
      supplierName: part.supplier?.name ?? null,
      missing: line.missing ?? false,
      missingOnUnboxing: line.missingOnUnboxing ?? 0,
    });
  });
  return lines;
}
