import {
  DemoProductModel,
  faultCauses,
  parts,
  productModels,
  regions,
  suppliers,
} from '../../../demo/catalog';
import { demoId } from '../../../demo/work-orders';
import { chinaDate, chinaDateCompact } from '../../../platform/china-time';
import { subtractDecimals } from '../../../platform/scalars';
import { DemoEventRow, DemoReviewRow, replaySteps, stepsTo } from './report-history';
import { demoReportPlans, organization, ReportPlan } from './report-plans';

/**
 * Synthetic demo return reports, generated deterministically so every start loads the same rows.
 * Each report carries the reviews, result, repair progress and history of the path that led to
 * its status.
 */

const HOUR = 60 * 60 * 1000;
const HEADQUARTERS = '756000';
const STREETS = ['中山路', '解放路', '人民路', '建设路', '和平街', '文化路'];
const modelsByMaterial = new Map(productModels.map((model) => [model.materialCode, model]));

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

function userOf(organizationCode: string, kind: 'outlet' | 'center'): string {
  return `${kind}-${organizationCode}`;
}

function modelOf(barcodeText: string | null): DemoProductModel | null {
  return barcodeText ? (modelsByMaterial.get(barcodeText.slice(0, 8)) ?? null) : null;
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
  const plans = demoReportPlans();
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
