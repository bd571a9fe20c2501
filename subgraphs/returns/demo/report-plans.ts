import {
  DemoProductModel,
  faultCauses,
  organizations,
  parts,
  productModels,
} from '../../../demo/catalog';
import { demoId, DemoWorkOrder, demoWorkOrders } from '../../../demo/work-orders';

/**
 * Plans of the demo reports: status, type, parties, units and lines, before they become rows.
 * After-sale reports link to demo work orders of the same outlet and use their barcodes.
 * Pre-sale reports get generated barcodes with serials from 7000, so no barcode repeats.
 */

export type Status =
  | 'DRAFT'
  | 'CENTER_REVIEW'
  | 'SENT_BACK'
  | 'REJECTED'
  | 'HQ_APPROVAL'
  | 'RESULT_PENDING'
  | 'RESULT_REVIEW'
  | 'REPAIR_PENDING'
  | 'ENDED';

/** The facts of one demo report, from which its rows are built. */
export interface ReportPlan {
  index: number;
  status: Status;
  type: string;
  method: 'EXCHANGE' | 'REFUND' | 'PRE_SALE_REPAIR';
  productionRecord: boolean;
  commonQualityIssue: boolean;
  submitterOrganization: string;
  createdAt: Date;
  workOrder: DemoWorkOrder | null;
  indoorBarcode: string | null;
  outdoorBarcode: string | null;
  customerName: string;
  faultCauseCodes: string[];
  partCodes: string[];
  newIndoorBarcode: string | null;
  newOutdoorBarcode: string | null;
  repairUnitCode: string | null;
  disposition: string | null;
  code?: string;
}

const HOUR = 60 * 60 * 1000;
const STATUS_CYCLE: Status[] = [
  'DRAFT',
  'CENTER_REVIEW',
  'SENT_BACK',
  'REJECTED',
  'HQ_APPROVAL',
  'RESULT_PENDING',
  'RESULT_REVIEW',
  'REPAIR_PENDING',
  'ENDED',
];
const UNITS = ['INDOOR', 'OUTDOOR', 'WHOLE'];
const DISPOSITIONS = ['REPAIR_TO_STOCK', 'DISCOUNT_BUYOUT', 'WRITE_OFF'];
const SURNAMES = ['赵', '钱', '孙', '李', '周', '吴', '郑', '王', '冯', '陈', '褚', '卫'];
const GIVEN = ['晓东', '丽华', '建平', '美玲', '志刚', '秀英', '海波', '静怡', '国强', '雅琴'];

const outlets = organizations.filter((organization) => organization.type === 'SERVICE_OUTLET');
const level3Causes = faultCauses.filter((cause) => cause.code.length === 6);
const indoorModels = productModels.filter((model) => model.unitKind === 'INDOOR');
/** Work orders created after this instant are not linked, so no demo step lies in the future. */
const LATEST_LINKED_WORK_ORDER = new Date('2026-11-25T00:00:00+08:00');

export function organization(code: string) {
  const found = organizations.find((candidate) => candidate.code === code);
  if (!found) throw new Error(`Demo organisation ${code} is missing from the catalog`);
  return found;
}

function outdoorPartner(model: DemoProductModel): DemoProductModel {
  const partner = productModels.find(
    (candidate) =>
      candidate.unitKind === 'OUTDOOR' && candidate.wholeUnitModel === model.wholeUnitModel,
  );
  if (!partner) throw new Error(`No outdoor unit for ${model.wholeUnitModel} in the catalog`);
  return partner;
}

function barcode(materialCode: string, produced: string, serial: number): string {
  return `${materialCode}${produced}${String(serial).padStart(4, '0')}`;
}

/** Picks an unused demo work order of the outlet whose stage fits the report's status. */
function takeWorkOrder(
  outletCode: string,
  status: Status,
  used: Set<string>,
): DemoWorkOrder | null {
  // A report that has not passed the result review blocks completion, so its work order is open.
  const stages =
    status === 'REPAIR_PENDING' || status === 'ENDED' || status === 'REJECTED'
      ? ['COMPLETED', 'CLOSED', 'DISPATCHED_TO_ENGINEER']
      : ['DISPATCHED_TO_ENGINEER', 'DISPATCHED_TO_OUTLET'];
  for (const stage of stages) {
    const found = demoWorkOrders.find(
      (order) =>
        order.id !== demoId(1, 0) &&
        order.id !== demoId(1, 1) &&
        order.outletCode === outletCode &&
        order.stage === stage &&
        order.indoorBarcode !== null &&
        order.outdoorBarcode !== null &&
        order.createdAt < LATEST_LINKED_WORK_ORDER &&
        !used.has(order.id),
    );
    if (found) {
      used.add(found.id);
      return found;
    }
  }
  return null;
}

function generatedPlan(index: number, usedWorkOrders: Set<string>): ReportPlan {
  const status = STATUS_CYCLE[index % STATUS_CYCLE.length];
  const outlet = outlets[(index + Math.floor(index / STATUS_CYCLE.length)) % outlets.length];
  const byCenter = index % 10 === 0;
  const submitterOrganization = byCenter ? (outlet.centerCode as string) : outlet.code;
  const unit = UNITS[(index + Math.floor(index / 3)) % UNITS.length];
  const wantsAfterSale = !byCenter && index % 3 !== 0;
  const workOrder = wantsAfterSale ? takeWorkOrder(outlet.code, status, usedWorkOrders) : null;
  const type = `${workOrder ? 'AFTER_SALE' : 'PRE_SALE'}_${unit}`;
  const method = workOrder
    ? index % 4 === 0
      ? 'REFUND'
      : 'EXCHANGE'
    : (['EXCHANGE', 'REFUND', 'PRE_SALE_REPAIR'] as const)[index % 3];

  let indoorBarcode: string | null = null;
  let outdoorBarcode: string | null = null;
  if (workOrder) {
    indoorBarcode = unit === 'OUTDOOR' ? null : workOrder.indoorBarcode;
    outdoorBarcode = unit === 'INDOOR' ? null : workOrder.outdoorBarcode;
  } else {
    const indoor = indoorModels[index % indoorModels.length];
    const produced = `26${String(1 + (index % 9)).padStart(2, '0')}${String(10 + (index % 18))}`;
    indoorBarcode =
      unit === 'OUTDOOR' ? null : barcode(indoor.materialCode, produced, 7000 + index);
    outdoorBarcode =
      unit === 'INDOOR'
        ? null
        : barcode(outdoorPartner(indoor).materialCode, produced, 7000 + index);
  }

  const createdAt = workOrder
    ? new Date(workOrder.createdAt.getTime() + 2 * HOUR)
    : new Date(Date.UTC(2026, 9, 2, 2, 0, 0) + index * 9 * HOUR);
  const exchangeMaterial = (code: string | null) => (code ? code.slice(0, 8) : null);
  const newIndoorMaterial = exchangeMaterial(indoorBarcode);
  const newOutdoorMaterial = exchangeMaterial(outdoorBarcode);
  const center = organization(outlet.centerCode as string);
  const capable = outlets.filter(
    (candidate) => candidate.centerCode === center.code && candidate.canHandleDefectiveUnits,
  );
  const repairUnit = outlet.canHandleDefectiveUnits ? outlet : capable[index % capable.length];
  return {
    index,
    status,
    type,
    method,
    productionRecord: status !== 'HQ_APPROVAL' && index % 2 === 0,
    commonQualityIssue: index % 5 === 0,
    submitterOrganization,
    createdAt,
    workOrder,
    indoorBarcode,
    outdoorBarcode,
    customerName: workOrder
      ? workOrder.customerName
      : `${SURNAMES[index % SURNAMES.length]}${GIVEN[(index * 7) % GIVEN.length]}`,
    faultCauseCodes:
      index % 3 === 0
        ? [
            level3Causes[index % level3Causes.length].code,
            level3Causes[(index + 7) % level3Causes.length].code,
          ]
        : [level3Causes[index % level3Causes.length].code],
    partCodes: index % 2 === 0 ? [parts[index % parts.length].code] : [],
    newIndoorBarcode:
      method === 'EXCHANGE' && newIndoorMaterial
        ? barcode(newIndoorMaterial, '261101', 8000 + index)
        : null,
    newOutdoorBarcode:
      method === 'EXCHANGE' && newOutdoorMaterial
        ? barcode(newOutdoorMaterial, '261101', 8000 + index)
        : null,
    repairUnitCode: repairUnit.code,
    disposition: DISPOSITIONS[index % DISPOSITIONS.length],
  };
}

/** The PRE_SALE_INDOOR exchange of outlet 574225 of 2014-06-20, waiting for result review. */
const NINGBO_EXCHANGE: ReportPlan = {
  index: 0,
  status: 'RESULT_REVIEW',
  type: 'PRE_SALE_INDOOR',
  method: 'EXCHANGE',
  productionRecord: true,
  commonQualityIssue: false,
  submitterOrganization: '574225',
  createdAt: new Date('2014-06-20T10:15:00+08:00'),
  workOrder: null,
  indoorBarcode: '111408801308051096',
  outdoorBarcode: null,
  customerName: '郑丽娟',
  faultCauseCodes: ['050507'],
  partCodes: ['01252000'],
  newIndoorBarcode: '111408801406100233',
  newOutdoorBarcode: null,
  repairUnitCode: null,
  disposition: null,
  code: '574225201406200001',
};

/** The ended AFTER_SALE_WHOLE exchange of outlet 023293 from work order 12014071200518. */
const CHONGQING_EXCHANGE: ReportPlan = {
  index: 1,
  status: 'ENDED',
  type: 'AFTER_SALE_WHOLE',
  method: 'EXCHANGE',
  productionRecord: false,
  commonQualityIssue: false,
  submitterOrganization: '023293',
  createdAt: new Date('2014-07-14T09:40:00+08:00'),
  workOrder: demoWorkOrders[1],
  indoorBarcode: '111974001403150931',
  outdoorBarcode: '114390001403270814',
  customerName: '何建国',
  faultCauseCodes: ['010201'],
  partCodes: ['30138000'],
  newIndoorBarcode: '111974001407020415',
  newOutdoorBarcode: '114390001407050377',
  repairUnitCode: '023293',
  disposition: 'REPAIR_TO_STOCK',
  code: '023293201407140001',
};

/** Lists the plans: the two fixed reports first, then 120 generated across every status. */
export function demoReportPlans(): ReportPlan[] {
  const usedWorkOrders = new Set<string>();
  return [
    NINGBO_EXCHANGE,
    CHONGQING_EXCHANGE,
    ...Array.from({ length: 120 }, (_, offset) => generatedPlan(offset + 2, usedWorkOrders)),
  ];
}
