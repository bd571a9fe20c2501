import { ParsedBarcode } from '../../../platform/barcode';
import { chinaDate } from '../../../platform/china-time';
import { FieldErrors, Reason } from '../../../platform/errors';
import { lookupMasterData, MasterDataFacts } from '../../../platform/master-data-client';
import { amountRuleBroken } from '../../../platform/scalars';
import { RequestContext } from '../../../platform/server/context';
import { collectInputErrors } from '../../../platform/validation';
import { isAfterSale, returnedUnit, ReturnMethod } from '../graphql/enums';
import { ReturnReportInput } from '../graphql/inputs';
import { isUuid } from '../visibility';
import {
  cleanText,
  modelOfBarcode,
  parseBarcodeField,
  UnitKind,
  wholeUnitModelOf,
} from './barcode-check';
import { ApplicationColumns, applicationColumns } from './application-columns';
import { findVisibleWorkOrder } from './work-orders-client';

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
  /** The unit barcodes the report claims, so no other report can use them. */
  barcodes: { barcode: string; unitKind: UnitKind }[];
  /** Master-data facts, including those of the extra organisations asked for. */
  facts: MasterDataFacts;
}

const PATH = 'input';
const INDOOR_PATH = `${PATH}.originalUnit.indoorBarcode`;
const OUTDOOR_PATH = `${PATH}.originalUnit.outdoorBarcode`;

/**
 * Validates a return application and fills models, area code and line details from master data,
 * in one master-data call (plus one work-order look-up for a linked work order). Throws one
 * BAD_USER_INPUT error listing every invalid field, whose reason is WORK_ORDER_REQUIRED when an
 * after-sale type has no work order. `organizationCodes` are looked up in the same call.
 */
export async function checkApplication(
  context: RequestContext,
  input: ReturnReportInput,
  consequence: string,
  organizationCodes: string[] = [],
): Promise<CheckedApplication> {
  const errors = new FieldErrors();
  await collectInputErrors(input, PATH, errors);
  const { indoor, outdoor } = checkUnitBarcodes(input, errors);
  const workOrderLink = checkWorkOrderLink(input, errors);
  checkOtherFields(input, errors);
  const faultCauseCodes = checkFaultCauseCodes(input.faultCauseCodes, errors);
  const partCodes = input.faultyParts.map((part, index) => {
    const code = cleanText(part.partCode);
    if (code === null) {
      errors.add(`${PATH}.faultyParts.${index}.partCode`, 'a part code is required');
    }
    return code;
  });

  const city = cleanText(input.customer.city);
  const [facts, workOrder] = await Promise.all([
    lookupMasterData(
      context,
      {
        organizationCodes,
        materialCodes: [indoor, outdoor].flatMap((barcode) =>
          barcode ? [barcode.materialCode] : [],
        ),
        faultCauseCodes: faultCauseCodes.filter((code): code is string => code !== null),
        partCodes: partCodes.filter((code): code is string => code !== null),
        regionNames: city ? [city] : [],
      },
      consequence,
    ),
    workOrderLink.id !== null ? findVisibleWorkOrder(context, workOrderLink.id, consequence) : null,
  ]);

  if (workOrderLink.id !== null && workOrder === null) {
    errors.add(
      `${PATH}.workOrderId`,
      `work order "${workOrderLink.id}" was not found or is not visible to you`,
    );
  }
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

  const barcodes: CheckedApplication['barcodes'] = [];
  if (indoor) barcodes.push({ barcode: indoor.barcode, unitKind: 'INDOOR' });
  if (outdoor) barcodes.push({ barcode: outdoor.barcode, unitKind: 'OUTDOOR' });
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
      areaCode: city ? (facts.regions.get(city)?.areaCode ?? null) : null,
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
      `type ${input.type} must be linked to the work order the return came from`,
    );
  }
  if (id !== null && !isUuid(id)) {
    errors.add(`${PATH}.workOrderId`, `"${id}" is not a work order id`);
    return { id: null, missing };
  }
  return { id, missing };
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
    errors.add(`${PATH}.method`, `PRE_SALE_REPAIR is only for pre-sale types (got ${input.type})`);
  }
  for (const field of ['newUnitPrice', 'oldUnitPrice'] as const) {
    const amount = input[field];
    const broken = amount == null ? null : amountRuleBroken(amount);
    if (broken) errors.add(`${PATH}.${field}`, broken);
  }
}

/** Checks the fault-cause list: at least one code, none blank, none twice. */
function checkFaultCauseCodes(codes: string[], errors: FieldErrors): (string | null)[] {
  if (codes.length === 0) {
    errors.add(`${PATH}.faultCauseCodes`, 'at least one fault-cause code is required');
  }
  const seen = new Set<string>();
  return codes.map((raw, index) => {
    const code = cleanText(raw);
    const path = `${PATH}.faultCauseCodes.${index}`;
    if (code === null) {
      errors.add(path, 'must not be empty');
      return null;
    }
    if (seen.has(code)) {
      errors.add(path, `fault cause "${code}" is listed twice`);
      return null;
    }
    seen.add(code);
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
        `fault cause "${code}" is not in the dictionary`,
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
      errors.add(`${PATH}.faultyParts.${index}.partCode`, `part "${code}" is not in the catalog`);
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
