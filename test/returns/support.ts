import { chinaDate } from '../../platform/china-time';
import { graphql, GraphQLErrorShape } from '../support/client';

/** Fields of a report that the returns tests read back. */
export const REPORT_FIELDS = `
  id code type status version revision method workOrderCode
  hasProductionRecord isCommonQualityIssue
  newUnitPrice oldUnitPrice priceDifference submittedAt
  workOrder { id }
  submittingOrganization { code }
  center { code }
  originalUnit { brand category wholeUnitModel indoorBarcode indoorModel outdoorBarcode outdoorModel }
  customer { name areaCode city mobilePhone officePhone }
  faultCauses { faultCause { code } }
  faultyParts { part { code } missing missingOnUnboxing }
  reviews { stage decision hasProductionRecord isCommonQualityIssue comment reviewer { id } organization { code } at }
  result { newIndoorBarcode newIndoorModel newOutdoorBarcode newWholeUnitModel description enteredByOutlet enteredBy { id } enteredAt }
  repairProgress { repairUnit { code } disposition completedOn enteredBy { id } }
  history { action fromStatus toStatus actor { id } comment }
`;

/** Material codes of the demo catalog. */
export const MATERIAL = {
  indoor35: '11140880',
  outdoor35: '11440880',
  indoor26: '11197400',
  outdoor26: '11439000',
};

/**
 * Hands out barcodes that no other test file and no demo report uses: the production year is
 * 2015 + `fileNumber` (demo barcodes are from 2013, 2014, 2025 and 2026), and the serial counts
 * up within the file.
 */
export class BarcodeFactory {
  private next = 1;

  constructor(private readonly fileNumber: number) {
    if (fileNumber < 0 || fileNumber > 9) throw new Error('fileNumber must be from 0 to 9');
  }

  barcode(materialCode: string): string {
    const serial = this.next++;
    const month = String(1 + Math.floor(serial / 9000)).padStart(2, '0');
    return `${materialCode}${15 + this.fileNumber}${month}15${String(serial % 9000).padStart(4, '0')}`;
  }
}

/** Builds a valid application of `type`, with fresh barcodes for the units that type needs. */
export function applicationInput(
  barcodes: BarcodeFactory,
  overrides: Record<string, unknown> = {},
): Record<string, any> {
  const type = (overrides.type as string | undefined) ?? 'PRE_SALE_INDOOR';
  const needsIndoor = !type.endsWith('_OUTDOOR');
  const needsOutdoor = !type.endsWith('_INDOOR');
  const { originalUnit, customer, ...rest } = overrides;
  return {
    type,
    originalUnit: {
      indoorBarcode: needsIndoor ? barcodes.barcode(MATERIAL.indoor35) : null,
      outdoorBarcode: needsOutdoor ? barcodes.barcode(MATERIAL.outdoor35) : null,
      invoiceNumber: 'FP20260001',
      purchaseChannel: 'RETAIL_STORE',
      sellerName: '宁波五星电器',
      ...(originalUnit as object | undefined),
    },
    customer: {
      name: '测试客户',
      type: 'HOUSEHOLD',
      province: '浙江省',
      city: '宁波市',
      street: '中山路',
      address: '中山路1号',
      mobilePhone: '13957400001',
      officePhone: '0574-87654321',
      ...(customer as object | undefined),
    },
    faultDescription: '室内机面板开裂',
    faultCauseCodes: ['050507'],
    faultyParts: [{ partCode: '01252000', missing: false, missingOnUnboxing: 0 }],
    method: 'EXCHANGE',
    handling: '同型号换新',
    newUnitPrice: '2599.00',
    oldUnitPrice: '2399.50',
    ...rest,
  };
}

export interface Report {
  id: string;
  code: string;
  status: string;
  version: number;
  [field: string]: any;
}

/** Runs a mutation returning a report and fails the test with the errors if there are any. */
export async function mutateReport(
  field: string,
  argumentsText: string,
  variables: Record<string, unknown>,
  as: string,
): Promise<Report> {
  const result = await tryMutateReport(field, argumentsText, variables, as);
  if (result.errors) {
    throw new Error(`${field} as ${as} failed: ${JSON.stringify(result.errors, null, 2)}`);
  }
  return result.report as Report;
}

/** Runs a mutation returning a report; returns the report or the errors. */
export async function tryMutateReport(
  field: string,
  argumentsText: string,
  variables: Record<string, unknown>,
  as: string,
): Promise<{ report: Report | null; errors?: GraphQLErrorShape[] }> {
  const variableTypes: Record<string, string> = {
    id: 'ID!',
    input: inputTypeOf(field),
    submit: 'Boolean',
    version: 'Int',
    decision: 'ReviewDecision!',
    comment: 'String',
    repairUnitCode: 'String!',
  };
  const definitions = Object.keys(variables)
    .map((name) => `$${name}: ${variableTypes[name]}`)
    .join(', ');
  const query = `mutation(${definitions}) { ${field}(${argumentsText}) { ${REPORT_FIELDS} } }`;
  const result = await graphql<Record<string, Report | null>>(query, variables, { as });
  return { report: result.data?.[field] ?? null, errors: result.errors };
}

function inputTypeOf(field: string): string {
  switch (field) {
    case 'reviewReturnReport':
      return 'ReturnReviewInput!';
    case 'recordReturnResult':
      return 'ReturnResultInput!';
    case 'recordRepairProgress':
      return 'RepairProgressInput!';
    default:
      return 'ReturnReportInput!';
  }
}

export function createReport(input: Record<string, unknown>, as: string, submit = false) {
  return mutateReport(
    'createReturnReport',
    'input: $input, submit: $submit',
    { input, submit },
    as,
  );
}

export function reviewAtCenter(
  id: string,
  as: string,
  input: {
    decision: string;
    hasProductionRecord: boolean;
    isCommonQualityIssue?: boolean;
    comment?: string;
  },
) {
  return mutateReport(
    'reviewReturnReport',
    'id: $id, input: $input',
    { id, input: { isCommonQualityIssue: false, ...input } },
    as,
  );
}

export function approveAtHq(id: string, decision = 'APPROVE', comment = '同意') {
  return mutateReport(
    'approveReturnReportAtHq',
    'id: $id, decision: $decision, comment: $comment',
    { id, decision, comment },
    'hq',
  );
}

export function recordResult(id: string, as: string, input: Record<string, unknown>) {
  return mutateReport('recordReturnResult', 'id: $id, input: $input', { id, input }, as);
}

export function reviewResult(id: string, as: string, decision = 'APPROVE') {
  return mutateReport('reviewReturnResult', 'id: $id, decision: $decision', { id, decision }, as);
}

export function recordRepairProgress(
  id: string,
  as: string,
  repairUnitCode: string,
  disposition = 'REPAIR_TO_STOCK',
) {
  return mutateReport(
    'recordRepairProgress',
    'id: $id, input: $input',
    { id, input: { repairUnitCode, disposition, completedOn: chinaDate() } },
    as,
  );
}

/**
 * Walks a new pre-sale report of `outlet` to the requested step: `RESULT_PENDING` (center approves
 * with a production record), `RESULT_REVIEW`, `REPAIR_PENDING` or `ENDED` (repair unit given).
 */
export async function reportAt(
  step: 'CENTER_REVIEW' | 'RESULT_PENDING' | 'RESULT_REVIEW' | 'REPAIR_PENDING' | 'ENDED',
  input: Record<string, unknown>,
  parties: { outlet: string; center: string; repairUnit?: string },
): Promise<Report> {
  let report = await createReport(input, parties.outlet, true);
  if (step === 'CENTER_REVIEW') return report;
  report = await reviewAtCenter(report.id, parties.center, {
    decision: 'APPROVE',
    hasProductionRecord: true,
  });
  if (step === 'RESULT_PENDING') return report;
  const original = report.originalUnit as {
    indoorBarcode: string | null;
    outdoorBarcode: string | null;
  };
  report = await recordResult(report.id, parties.outlet, {
    newIndoorBarcode: original.indoorBarcode ? replacementOf(original.indoorBarcode) : null,
    newOutdoorBarcode: original.outdoorBarcode ? replacementOf(original.outdoorBarcode) : null,
    description: '已换新机',
    enteredByOutlet: true,
  });
  if (step === 'RESULT_REVIEW') return report;
  report = await reviewResult(report.id, parties.center);
  if (step === 'REPAIR_PENDING') return report;
  return recordRepairProgress(report.id, parties.center, parties.repairUnit ?? '574225');
}

/** Returns a barcode of the same material as `barcode`, produced on another day. */
export function replacementOf(barcode: string): string {
  return `${barcode.slice(0, 8)}261120${barcode.slice(14)}`;
}

/** Returns the first error of a result, failing the test when there is none. */
export function firstError(errors: GraphQLErrorShape[] | undefined): GraphQLErrorShape {
  if (!errors || errors.length === 0) throw new Error('expected an error, got none');
  return errors[0];
}

/** Returns the paths of the invalid fields an error lists. */
export function fieldPaths(error: GraphQLErrorShape): string[] {
  return (error.extensions?.fields ?? []).map((field) => field.path);
}
