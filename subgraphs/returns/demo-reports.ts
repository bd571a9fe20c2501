import {
  DemoProductModel,
  faultCauses,
  organizations,
  parts,
  productModels,
  regions,
  suppliers,
  users,
} from '../../demo/catalog';
import { demoId, DemoWorkOrder, demoWorkOrders } from '../../demo/work-orders';
import { chinaDate, chinaDateCompact } from '../../platform/china-time';
import { subtractDecimals } from '../../platform/scalars';

/**
 * Synthetic demo return reports, generated deterministically so every start loads the same rows.
 * Each report carries the reviews, result, repair progress and history of the path that led to
 * its status. After-sale reports link to demo work orders of the same outlet and use their
 * barcodes. Pre-sale reports get generated barcodes with serials from 7000, so no barcode repeats.
 */

type Status =
  | 'DRAFT'
  | 'CENTER_REVIEW'
  | 'SENT_BACK'
  | 'REJECTED'
  | 'HQ_APPROVAL'
  | 'RESULT_PENDING'
  | 'RESULT_REVIEW'
  | 'REPAIR_PENDING'
  | 'ENDED';

type Step =
  | 'create'
  | 'submit'
  | 'sendBackAtCenter'
  | 'rejectAtCenter'
  | 'approveAtCenter'
  | 'approveWithProductionRecord'
  | 'approveAtHq'
  | 'rejectAtHq'
  | 'recordResult'
  | 'approveResult'
  | 'recordRepairProgress';

/** Status after each step, and who takes it. */
const STEPS: Record<Step, { to: Status; by: 'submitter' | 'center' | 'hq' }> = {
  create: { to: 'DRAFT', by: 'submitter' },
  submit: { to: 'CENTER_REVIEW', by: 'submitter' },
  sendBackAtCenter: { to: 'SENT_BACK', by: 'center' },
  rejectAtCenter: { to: 'REJECTED', by: 'center' },
  approveAtCenter: { to: 'HQ_APPROVAL', by: 'center' },
  approveWithProductionRecord: { to: 'RESULT_PENDING', by: 'center' },
  approveAtHq: { to: 'RESULT_PENDING', by: 'hq' },
  rejectAtHq: { to: 'REJECTED', by: 'hq' },
  recordResult: { to: 'RESULT_REVIEW', by: 'submitter' },
  approveResult: { to: 'REPAIR_PENDING', by: 'center' },
  recordRepairProgress: { to: 'ENDED', by: 'center' },
};

const REVIEWS: Partial<Record<Step, { stage: string; decision: string }>> = {
  sendBackAtCenter: { stage: 'CENTER', decision: 'SEND_BACK' },
  rejectAtCenter: { stage: 'CENTER', decision: 'REJECT' },
  approveAtCenter: { stage: 'CENTER', decision: 'APPROVE' },
  approveWithProductionRecord: { stage: 'CENTER', decision: 'APPROVE' },
  approveAtHq: { stage: 'HQ', decision: 'APPROVE' },
  rejectAtHq: { stage: 'HQ', decision: 'REJECT' },
  approveResult: { stage: 'RESULT', decision: 'APPROVE' },
};

const COMMENTS: Partial<Record<Step, string>> = {
  sendBackAtCenter: '请补充铭牌和故障部位照片后重新提交',
  rejectAtCenter: '经核实属人为损坏，不予退换',
  rejectAtHq: '超出退换期限，不予退换',
  approveAtCenter: '情况属实，无生产出入库记录，报总部审批',
  approveWithProductionRecord: '情况属实，同意退换',
  approveAtHq: '同意',
  approveResult: '结果确认',
};

/** Lists the steps that lead to `status`. With a production record the center approves to result entry. */
function stepsTo(status: Status, productionRecord: boolean): Step[] {
  const approval: Step[] = productionRecord
    ? ['approveWithProductionRecord']
    : ['approveAtCenter', 'approveAtHq'];
  const paths: Record<Status, Step[]> = {
    DRAFT: ['create'],
    CENTER_REVIEW: ['create', 'submit'],
    SENT_BACK: ['create', 'submit', 'sendBackAtCenter'],
    REJECTED: productionRecord
      ? ['create', 'submit', 'rejectAtCenter']
      : ['create', 'submit', 'approveAtCenter', 'rejectAtHq'],
    HQ_APPROVAL: ['create', 'submit', 'approveAtCenter'],
    RESULT_PENDING: ['create', 'submit', ...approval],
    RESULT_REVIEW: ['create', 'submit', ...approval, 'recordResult'],
    REPAIR_PENDING: ['create', 'submit', ...approval, 'recordResult', 'approveResult'],
    ENDED: [
      'create',
      'submit',
      ...approval,
      'recordResult',
      'approveResult',
      'recordRepairProgress',
    ],
  };
  return paths[status];
}

export interface DemoReviewRow {
  stage: string;
  decision: string;
  has_production_record: boolean | null;
  is_common_quality_issue: boolean | null;
  comment: string | null;
  reviewer_id: string;
  organization_code: string;
  at: Date;
}

export interface DemoEventRow {
  actor_id: string;
  actor_name: string;
  organization_code: string;
  action: string;
  from_status: string | null;
  to_status: string;
  comment: string | null;
  at: Date;
}

/** One demo report: its row in `return_report` by column name, and its child rows. */
export interface DemoReport {
  report: Record<string, unknown>;
  faultCauses: { fault_cause_code: string; description: string }[];
  faultyParts: {
    part_code: string;
    part_name: string;
    part_model: string | null;
    supplier_code: string | null;
    supplier_name: string | null;
    missing: boolean;
    missing_on_unboxing: number;
  }[];
  barcodes: { barcode: string; unit_kind: 'INDOOR' | 'OUTDOOR' }[];
  reviews: DemoReviewRow[];
  events: DemoEventRow[];
}

interface ReportPlan {
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
const HEADQUARTERS = '756000';
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
const STREETS = ['中山路', '解放路', '人民路', '建设路', '和平街', '文化路'];

const outlets = organizations.filter((organization) => organization.type === 'SERVICE_OUTLET');
const level3Causes = faultCauses.filter((cause) => cause.code.length === 6);
const indoorModels = productModels.filter((model) => model.unitKind === 'INDOOR');
const modelsByMaterial = new Map(productModels.map((model) => [model.materialCode, model]));
/** Work orders created after this instant are not linked, so no demo step lies in the future. */
const LATEST_LINKED_WORK_ORDER = new Date('2026-11-25T00:00:00+08:00');

function organization(code: string) {
  const found = organizations.find((candidate) => candidate.code === code);
  if (!found) throw new Error(`Demo organisation ${code} is missing from the catalog`);
  return found;
}

function userOf(organizationCode: string, kind: 'outlet' | 'center'): string {
  return `${kind}-${organizationCode}`;
}

function userName(id: string): string {
  return users.find((user) => user.id === id)?.name ?? id;
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

function modelOf(barcodeText: string | null): DemoProductModel | null {
  return barcodeText ? (modelsByMaterial.get(barcodeText.slice(0, 8)) ?? null) : null;
}

type Actors = Record<'submitter' | 'center' | 'hq', { id: string; organization: string }>;

/** Builds the history and review rows of `steps`, three hours apart from the report's creation. */
function replaySteps(
  plan: ReportPlan,
  steps: Step[],
  actors: Actors,
): { events: DemoEventRow[]; reviews: DemoReviewRow[]; stepTimes: Map<Step, Date> } {
  const events: DemoEventRow[] = [];
  const reviews: DemoReviewRow[] = [];
  const stepTimes = new Map<Step, Date>();
  let from: Status | null = null;
  for (const [position, step] of steps.entries()) {
    const at = new Date(plan.createdAt.getTime() + position * 3 * HOUR);
    const { to, by } = STEPS[step];
    const actor = actors[by];
    const comment = COMMENTS[step] ?? null;
    events.push({
      actor_id: actor.id,
      actor_name: userName(actor.id),
      organization_code: actor.organization,
      action: step,
      from_status: from,
      to_status: to,
      comment,
      at,
    });
    const review = REVIEWS[step];
    if (review) {
      const atCenter = review.stage === 'CENTER';
      reviews.push({
        ...review,
        has_production_record: atCenter ? plan.productionRecord : null,
        is_common_quality_issue: atCenter ? plan.commonQualityIssue : null,
        comment,
        reviewer_id: actor.id,
        organization_code: actor.organization,
        at,
      });
    }
    stepTimes.set(step, at);
    from = to;
  }
  return { events, reviews, stepTimes };
}

function buildReport(plan: ReportPlan, code: string): DemoReport {
  const submitter = organization(plan.submitterOrganization);
  const centerCode =
    submitter.type === 'MARKETING_CENTER' ? submitter.code : (submitter.centerCode as string);
  const submitterId = userOf(
    submitter.code,
    submitter.type === 'MARKETING_CENTER' ? 'center' : 'outlet',
  );
  const centerUserId = userOf(centerCode, 'center');
  const id = demoId(2, plan.index);
  const indoor = modelOf(plan.indoorBarcode);
  const outdoor = modelOf(plan.outdoorBarcode);
  const city = submitter.city as string;
  const areaCode =
    regions.find((region) => region.name === city && region.areaCode)?.areaCode ?? null;
  const prices =
    plan.method === 'EXCHANGE'
      ? { newPrice: `${2599 + (plan.index % 5) * 100}.00`, oldPrice: '2399.00' }
      : plan.method === 'REFUND'
        ? { newPrice: null, oldPrice: `${2199 + (plan.index % 4) * 150}.00` }
        : { newPrice: null, oldPrice: null };

  const steps = stepsTo(plan.status, plan.productionRecord);
  const { events, reviews, stepTimes } = replaySteps(plan, steps, {
    submitter: { id: submitterId, organization: submitter.code },
    center: { id: centerUserId, organization: centerCode },
    hq: { id: 'hq', organization: HEADQUARTERS },
  });
  const submittedAt = stepTimes.get('submit') ?? null;
  const resultAt = stepTimes.get('recordResult') ?? null;
  const repairAt = stepTimes.get('recordRepairProgress') ?? null;
  const lastAt = events[events.length - 1].at;
  const centerReviewed = reviews.some((review) => review.stage === 'CENTER');
  const newIndoor = resultAt ? modelOf(plan.newIndoorBarcode) : null;
  const newOutdoor = resultAt ? modelOf(plan.newOutdoorBarcode) : null;
  const street = STREETS[plan.index % STREETS.length];

  const report: Record<string, unknown> = {
    id,
    code,
    type: plan.type,
    status: plan.status,
    revision: false,
    version: steps.length,
    work_order_id: plan.workOrder?.id ?? null,
    work_order_code: plan.workOrder?.code ?? null,
    submitter_id: submitterId,
    submitting_organization_code: submitter.code,
    center_code: centerCode,
    brand: (indoor ?? outdoor)?.brand ?? null,
    category: (indoor ?? outdoor)?.category ?? null,
    whole_unit_model: (indoor ?? outdoor)?.wholeUnitModel ?? null,
    invoice_number: `FP${String(20140000 + plan.index * 37).padStart(8, '0')}`,
    indoor_barcode: plan.indoorBarcode,
    indoor_model: indoor?.model ?? null,
    outdoor_barcode: plan.outdoorBarcode,
    outdoor_model: outdoor?.model ?? null,
    installer_name: plan.workOrder ? plan.workOrder.engineerName : null,
    purchase_channel: ['RETAIL_STORE', 'CHANNEL', 'ONLINE', 'OTHER'][plan.index % 4],
    seller_name: `${city.replace('市', '')}${['苏宁', '国美', '五星', '百货'][plan.index % 4]}电器`,
    store_type: plan.index % 2 === 0 ? '专卖店' : '商场',
    purchase_date: plan.type.startsWith('AFTER_SALE')
      ? new Date(plan.createdAt.getTime() - 200 * 24 * HOUR).toISOString().slice(0, 10)
      : null,
    place_of_use: plan.type.startsWith('AFTER_SALE')
      ? ['HOME', 'OFFICE', 'SHOP'][plan.index % 3]
      : null,
    customer_name: plan.customerName,
    customer_type: plan.index % 7 === 0 ? 'NON_HOUSEHOLD' : 'HOUSEHOLD',
    customer_area_code: areaCode,
    customer_province: submitter.province,
    customer_city: city,
    customer_district: null,
    customer_street: street,
    customer_address: `${street}${10 + plan.index}号`,
    customer_office_phone:
      plan.index % 4 === 0 && areaCode
        ? `${areaCode}-8${String(6000000 + plan.index * 131).slice(0, 7)}`
        : null,
    customer_home_phone: null,
    customer_mobile_phone: `139${String(57000000 + plan.index * 7907).slice(0, 8)}`,
    customer_mobile_phone2: null,
    fault_description: '开机后室内机异响，面板处可见裂纹，用户要求处理',
    method: plan.method,
    handling:
      plan.method === 'EXCHANGE'
        ? '同型号换新'
        : plan.method === 'REFUND'
          ? '按发票金额退款'
          : '返厂维修后入库',
    new_unit_price: prices.newPrice,
    old_unit_price: prices.oldPrice,
    price_difference:
      prices.newPrice && prices.oldPrice
        ? subtractDecimals(prices.newPrice, prices.oldPrice)
        : null,
    has_production_record: centerReviewed ? plan.productionRecord : null,
    is_common_quality_issue: centerReviewed ? plan.commonQualityIssue : null,
    result_new_indoor_barcode: resultAt && newIndoor ? plan.newIndoorBarcode : null,
    result_new_indoor_model: newIndoor?.model ?? null,
    result_new_outdoor_barcode: resultAt && newOutdoor ? plan.newOutdoorBarcode : null,
    result_new_outdoor_model: newOutdoor?.model ?? null,
    result_new_whole_unit_model: (newIndoor ?? newOutdoor)?.wholeUnitModel ?? null,
    result_description: resultAt
      ? plan.method === 'EXCHANGE'
        ? '已为用户更换新机，旧机收回'
        : '已完成退款，旧机收回'
      : null,
    result_entered_by_outlet: resultAt ? true : null,
    result_entered_by: resultAt ? submitterId : null,
    result_entered_at: resultAt,
    repair_unit_code: repairAt ? plan.repairUnitCode : null,
    repair_disposition: repairAt ? plan.disposition : null,
    repair_completed_on: repairAt ? chinaDate(repairAt) : null,
    repair_entered_by: repairAt ? centerUserId : null,
    repair_entered_at: repairAt,
    submitted_at: submittedAt,
    created_at: plan.createdAt,
    created_by: submitterId,
    updated_at: lastAt,
    updated_by: events[events.length - 1].actor_id,
  };
  return {
    report,
    faultCauses: plan.faultCauseCodes.map((causeCode) => ({
      fault_cause_code: causeCode,
      description: faultCauses.find((cause) => cause.code === causeCode)?.description ?? causeCode,
    })),
    faultyParts: plan.partCodes.map((partCode, position) => {
      const part = parts.find((candidate) => candidate.code === partCode);
      if (!part) throw new Error(`Demo part ${partCode} is missing from the catalog`);
      return {
        part_code: part.code,
        part_name: part.name,
        part_model: part.model,
        supplier_code: part.supplierCode,
        supplier_name:
          suppliers.find((supplier) => supplier.code === part.supplierCode)?.name ?? null,
        missing: position === 0 && plan.index % 6 === 0,
        missing_on_unboxing: plan.type.startsWith('PRE_SALE') && plan.index % 6 === 0 ? 1 : 0,
      };
    }),
    barcodes: [
      ...(plan.indoorBarcode
        ? [{ barcode: plan.indoorBarcode, unit_kind: 'INDOOR' as const }]
        : []),
      ...(plan.outdoorBarcode
        ? [{ barcode: plan.outdoorBarcode, unit_kind: 'OUTDOOR' as const }]
        : []),
    ],
    reviews,
    events,
  };
}

/** Builds the demo reports: the two fixed ones first, then 120 generated across every status. */
export function demoReports(): DemoReport[] {
  const usedWorkOrders = new Set<string>();
  const plans = [
    NINGBO_EXCHANGE,
    CHONGQING_EXCHANGE,
    ...Array.from({ length: 120 }, (_, offset) => generatedPlan(offset + 2, usedWorkOrders)),
  ];
  const sequences = new Map<string, number>();
  return plans.map((plan) => {
    const day = chinaDateCompact(plan.createdAt);
    const scope = `${plan.submitterOrganization}${day}`;
    const sequence = (sequences.get(scope) ?? 0) + 1;
    sequences.set(scope, sequence);
    const code = plan.code ?? `${scope}${String(sequence).padStart(4, '0')}`;
    return buildReport(plan, code);
  });
}
