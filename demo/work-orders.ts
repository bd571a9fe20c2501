import { organizations, productModels } from './catalog';

/**
 * Synthetic demo work orders, generated deterministically so that every start loads the same
 * rows and other subgraphs' demo documents can link to them by id.
 */

export type DemoStage =
  | 'CREATED'
  | 'DISPATCHED_TO_OUTLET'
  | 'DISPATCHED_TO_ENGINEER'
  | 'COMPLETED'
  | 'CLOSED'
  | 'CANCELLED';

export interface DemoWorkOrder {
  id: string;
  code: string;
  serviceType:
    'INSTALLATION' | 'REPAIR' | 'MAINTENANCE' | 'RELOCATION' | 'INSPECTION' | 'CONSULTATION';
  level: number;
  stage: DemoStage;
  centerCode: string;
  outletCode: string | null;
  engineerName: string | null;
  engineerPhone: string | null;
  customerName: string;
  callerPhone: string;
  province: string;
  city: string;
  indoorBarcode: string | null;
  outdoorBarcode: string | null;
  createdAt: Date;
}

/** Builds the id of the n-th demo document of a kind, a fixed UUID so links stay stable. */
export function demoId(kind: number, index: number): string {
  return `00000000-0000-4000-8${String(kind).padStart(3, '0')}-${String(index).padStart(12, '0')}`;
}

const SURNAMES = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '黄',
  '赵',
  '吴',
  '周',
  '徐',
  '孙',
  '胡',
  '朱',
  '高',
];
const GIVEN = [
  '伟',
  '芳',
  '娜',
  '敏',
  '静',
  '磊',
  '洋',
  '艳',
  '勇',
  '军',
  '杰',
  '娟',
  '涛',
  '超',
  '霞',
];
const SERVICE_TYPES: DemoWorkOrder['serviceType'][] = [
  'REPAIR',
  'REPAIR',
  'INSTALLATION',
  'MAINTENANCE',
  'RELOCATION',
  'INSPECTION',
  'CONSULTATION',
];
const STAGES: DemoStage[] = [
  'CREATED',
  'DISPATCHED_TO_OUTLET',
  'DISPATCHED_TO_ENGINEER',
  'DISPATCHED_TO_ENGINEER',
  'COMPLETED',
  'CLOSED',
  'CANCELLED',
];

const outlets = organizations.filter((organization) => organization.type === 'SERVICE_OUTLET');
const indoorModels = productModels.filter((model) => model.unitKind === 'INDOOR');

function outdoorPartner(wholeUnitModel: string): string | null {
  const partner = productModels.find(
    (model) => model.unitKind === 'OUTDOOR' && model.wholeUnitModel === wholeUnitModel,
  );
  return partner?.materialCode ?? null;
}

function barcode(materialCode: string, day: Date, serial: number): string {
  const yymmdd = day.toISOString().slice(2, 10).replace(/-/g, '');
  return `${materialCode}${yymmdd}${String(serial).padStart(4, '0')}`;
}

/** The fixed work order of the domain examples: level 6, with an engineer of outlet 574225. */
const SAMPLE_WORK_ORDER: DemoWorkOrder = {
  id: demoId(1, 0),
  code: '12014061903447',
  serviceType: 'REPAIR',
  level: 6,
  stage: 'DISPATCHED_TO_ENGINEER',
  centerCode: '574001',
  outletCode: '574225',
  engineerName: '陈师傅',
  engineerPhone: '13805740001',
  customerName: '周晓梅',
  callerPhone: '13857412345',
  province: '浙江省',
  city: '宁波市',
  indoorBarcode: '111408801308051096',
  outdoorBarcode: null,
  createdAt: new Date('2014-06-19T09:12:00+08:00'),
};

/** The work order that the ended whole-unit exchange of outlet 023293 came from. */
const CHONGQING_WORK_ORDER: DemoWorkOrder = {
  id: demoId(1, 1),
  code: '12014071200518',
  serviceType: 'REPAIR',
  level: 3,
  stage: 'COMPLETED',
  centerCode: '023001',
  outletCode: '023293',
  engineerName: '刘师傅',
  engineerPhone: '13908230002',
  customerName: '何建国',
  callerPhone: '13983012345',
  province: '重庆市',
  city: '重庆市',
  indoorBarcode: '111974001403150931',
  outdoorBarcode: '114390001403270814',
  createdAt: new Date('2014-07-12T10:30:00+08:00'),
};

function generated(index: number): DemoWorkOrder {
  const outlet = outlets[index % outlets.length];
  const stage = STAGES[index % STAGES.length];
  const indoor = indoorModels[index % indoorModels.length];
  const outdoorCode = outdoorPartner(indoor.wholeUnitModel);
  // Demo orders span late September to late November 2026, so every derived time is in the past.
  const createdAt = new Date(Date.UTC(2026, 8, 25, 1, 0, 0) + index * 7 * 60 * 60 * 1000);
  const produced = new Date(Date.UTC(2025, index % 12, 1 + (index % 27)));
  let channel = '1';
  if (index % 10 === 0) channel = '3';
  else if (index % 4 === 0) channel = '2';
  const day = new Date(createdAt.getTime() + 8 * 60 * 60 * 1000)
    .toISOString()
    .slice(0, 10)
    .replace(/-/g, '');
  const dispatched = stage !== 'CREATED' && !(stage === 'CANCELLED' && index % 2 === 0);
  const withEngineer =
    stage === 'DISPATCHED_TO_ENGINEER' || stage === 'COMPLETED' || stage === 'CLOSED';
  return {
    id: demoId(1, index),
    code: `${channel}${day}${String(90000 + index).padStart(5, '0')}`,
    serviceType: SERVICE_TYPES[index % SERVICE_TYPES.length],
    level: 1 + (index % 6),
    stage,
    centerCode: outlet.centerCode as string,
    outletCode: dispatched ? outlet.code : null,
    engineerName: withEngineer ? `${SURNAMES[index % SURNAMES.length]}师傅` : null,
    engineerPhone: withEngineer ? `139${String(10000000 + index * 7919).slice(0, 8)}` : null,
    customerName: `${SURNAMES[(index * 7) % SURNAMES.length]}${GIVEN[(index * 3) % GIVEN.length]}`,
    callerPhone: `138${String(20000000 + index * 104729).slice(0, 8)}`,
    province: outlet.province as string,
    city: outlet.city as string,
    indoorBarcode: barcode(indoor.materialCode, produced, index),
    outdoorBarcode: outdoorCode ? barcode(outdoorCode, produced, index) : null,
    createdAt,
  };
}

/** At least 200 work orders across outlets, levels and stages, the two fixed ones first. */
export const demoWorkOrders: DemoWorkOrder[] = [
  SAMPLE_WORK_ORDER,
  CHONGQING_WORK_ORDER,
  ...Array.from({ length: 220 }, (_, offset) => generated(offset + 2)),
];
