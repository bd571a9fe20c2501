/**
 * Synthetic master data for the demo service. Names of companies, outlets and people are invented.
 * Region codes are GB/T 2260 codes, and product material codes 11140880, 11197400, 11439000,
 * 11185900 and 11433800 are real product codes. All other material and part codes are invented.
 */

export type OrganizationType =
  'HEADQUARTERS' | 'MARKETING_CENTER' | 'SERVICE_OUTLET' | 'DEPARTMENT';
export type Role = 'OUTLET' | 'CENTER' | 'HQ' | 'DEPARTMENT' | 'ANALYST' | 'ADMIN';
export type UnitKind = 'INDOOR' | 'OUTDOOR';

export interface DemoOrganization {
  code: string;
  name: string;
  type: OrganizationType;
  centerCode: string | null;
  canHandleDefectiveUnits: boolean;
  province: string | null;
  city: string | null;
  areaCode: string | null;
}

export interface DemoUser {
  id: string;
  name: string;
  organizationCode: string;
  roles: Role[];
}

export interface DemoProductModel {
  materialCode: string;
  brand: string;
  category: string;
  unitKind: UnitKind;
  model: string;
  wholeUnitModel: string;
}

export interface DemoFaultCause {
  code: string;
  description: string;
}

export interface DemoSupplier {
  code: string;
  name: string;
}

export interface DemoPart {
  code: string;
  name: string;
  model: string;
  supplierCode: string;
}

export interface DemoRegion {
  code: string;
  name: string;
  parentCode: string | null;
  level: 1 | 2 | 3;
  areaCode: string | null;
}

// The first three digits of a center or outlet code are the city's telephone area code without its
// leading zero, padded to three digits, so Chongqing (023) codes start with 023.
export const organizations: DemoOrganization[] = [
  {
    code: '756000',
    name: '总部',
    type: 'HEADQUARTERS',
    centerCode: null,
    canHandleDefectiveUnits: false,
    province: '广东省',
    city: '珠海市',
    areaCode: '0756',
  },
  {
    code: '756101',
    name: '质量管理部',
    type: 'DEPARTMENT',
    centerCode: null,
    canHandleDefectiveUnits: false,
    province: '广东省',
    city: '珠海市',
    areaCode: '0756',
  },
  {
    code: '756201',
    name: '空调总装一厂',
    type: 'DEPARTMENT',
    centerCode: null,
    canHandleDefectiveUnits: false,
    province: '广东省',
    city: '珠海市',
    areaCode: '0756',
  },

  {
    code: '571001',
    name: '杭州营销中心',
    type: 'MARKETING_CENTER',
    centerCode: null,
    canHandleDefectiveUnits: false,
    province: '浙江省',
    city: '杭州市',
    areaCode: '0571',
  },
  {
    code: '574001',
    name: '宁波营销中心',
    type: 'MARKETING_CENTER',
    centerCode: null,
    canHandleDefectiveUnits: false,
    province: '浙江省',
    city: '宁波市',
    areaCode: '0574',
  },
  {
    code: '023001',
    name: '重庆营销中心',
    type: 'MARKETING_CENTER',
    centerCode: null,
    canHandleDefectiveUnits: false,
    province: '重庆市',
    city: '重庆市',
    areaCode: '023',
  },

  {
    code: '571212',
    name: '杭州钱澜电器服务有限公司',
    type: 'SERVICE_OUTLET',
    centerCode: '571001',
    canHandleDefectiveUnits: false,
    province: '浙江省',
    city: '杭州市',
    areaCode: '0571',
  },
  {
    code: '571105',
    name: '杭州西溪暖通电器服务有限公司',
    type: 'SERVICE_OUTLET',
    centerCode: '571001',
    canHandleDefectiveUnits: true,
    province: '浙江省',
    city: '杭州市',
    areaCode: '0571',
  },
  {
    code: '571336',
    name: '杭州滨越家电维修有限公司',
    type: 'SERVICE_OUTLET',
    centerCode: '571001',
    canHandleDefectiveUnits: false,
    province: '浙江省',
    city: '杭州市',
    areaCode: '0571',
  },

  {
    code: '574225',
    name: '宁波甬澄电器服务有限公司',
    type: 'SERVICE_OUTLET',
    centerCode: '574001',
    canHandleDefectiveUnits: true,
    province: '浙江省',
    city: '宁波市',
    areaCode: '0574',
  },
  {
    code: '574118',
    name: '宁波鄞洲电器服务有限公司',
    type: 'SERVICE_OUTLET',
    centerCode: '574001',
    canHandleDefectiveUnits: false,
    province: '浙江省',
    city: '宁波市',
    areaCode: '0574',
  },
  {
    code: '574307',
    name: '宁波仑海制冷设备维修有限公司',
    type: 'SERVICE_OUTLET',
    centerCode: '574001',
    canHandleDefectiveUnits: true,
    province: '浙江省',
    city: '宁波市',
    areaCode: '0574',
  },

  {
    code: '023293',
    name: '重庆渝岚电器服务有限公司',
    type: 'SERVICE_OUTLET',
    centerCode: '023001',
    canHandleDefectiveUnits: true,
    province: '重庆市',
    city: '重庆市',
    areaCode: '023',
  },
  {
    code: '023156',
    name: '重庆沙坪暖通电器服务有限公司',
    type: 'SERVICE_OUTLET',
    centerCode: '023001',
    canHandleDefectiveUnits: true,
    province: '重庆市',
    city: '重庆市',
    areaCode: '023',
  },
  {
    code: '023418',
    name: '重庆北辰家电维修有限公司',
    type: 'SERVICE_OUTLET',
    centerCode: '023001',
    canHandleDefectiveUnits: false,
    province: '重庆市',
    city: '重庆市',
    areaCode: '023',
  },
];

export const users: DemoUser[] = [
  { id: 'hq', name: '陈立明', organizationCode: '756000', roles: ['HQ'] },
  { id: 'admin', name: '周晓雯', organizationCode: '756000', roles: ['ADMIN'] },
  { id: 'analyst', name: '林嘉诚', organizationCode: '756000', roles: ['ANALYST'] },

  { id: 'center-571001', name: '王海涛', organizationCode: '571001', roles: ['CENTER'] },
  { id: 'center-574001', name: '郑佳琪', organizationCode: '574001', roles: ['CENTER'] },
  { id: 'center-023001', name: '何建国', organizationCode: '023001', roles: ['CENTER'] },

  { id: 'outlet-571212', name: '徐志强', organizationCode: '571212', roles: ['OUTLET'] },
  { id: 'outlet-571105', name: '李文静', organizationCode: '571105', roles: ['OUTLET'] },
  { id: 'outlet-571336', name: '赵鹏飞', organizationCode: '571336', roles: ['OUTLET'] },
  { id: 'outlet-574225', name: '孙敏慧', organizationCode: '574225', roles: ['OUTLET'] },
  { id: 'outlet-574118', name: '吴宏磊', organizationCode: '574118', roles: ['OUTLET'] },
  { id: 'outlet-574307', name: '黄晓东', organizationCode: '574307', roles: ['OUTLET'] },
  { id: 'outlet-023293', name: '刘芳华', organizationCode: '023293', roles: ['OUTLET'] },
  { id: 'outlet-023156', name: '钱宇航', organizationCode: '023156', roles: ['OUTLET'] },
  { id: 'outlet-023418', name: '马丽娜', organizationCode: '023418', roles: ['OUTLET'] },

  { id: 'dept-756101', name: '冯子涛', organizationCode: '756101', roles: ['DEPARTMENT'] },
  { id: 'dept-756201', name: '蒋雪梅', organizationCode: '756201', roles: ['DEPARTMENT'] },
];

// Indoor and outdoor units are listed in pairs that share a whole-unit model.
// Indoor material codes start with 111 and outdoor ones with 114 or 014.
export const productModels: DemoProductModel[] = [
  {
    materialCode: '11140880',
    brand: '凌风',
    category: '家用空调',
    unitKind: 'INDOOR',
    model: 'KFR-35G/BpDA-3',
    wholeUnitModel: 'KFR-35GW/BpDA-3',
  },
  {
    materialCode: '11440880',
    brand: '凌风',
    category: '家用空调',
    unitKind: 'OUTDOOR',
    model: 'KFR-35W/BpDA-3',
    wholeUnitModel: 'KFR-35GW/BpDA-3',
  },

  {
    materialCode: '11140890',
    brand: '凌风',
    category: '家用空调',
    unitKind: 'INDOOR',
    model: 'KFR-26G/BpDA-3',
    wholeUnitModel: 'KFR-26GW/BpDA-3',
  },
  {
    materialCode: '11440890',
    brand: '凌风',
    category: '家用空调',
    unitKind: 'OUTDOOR',
    model: 'KFR-26W/BpDA-3',
    wholeUnitModel: 'KFR-26GW/BpDA-3',
  },

  {
    materialCode: '11197400',
    brand: '凌风',
    category: '家用空调',
    unitKind: 'INDOOR',
    model: 'KFR-26G/BpVMA+3',
    wholeUnitModel: 'KFR-26GW/BpVMA+3',
  },
  {
    materialCode: '11439000',
    brand: '凌风',
    category: '家用空调',
    unitKind: 'OUTDOOR',
    model: 'KFR-26W/BpV+3',
    wholeUnitModel: 'KFR-26GW/BpVMA+3',
  },

  {
    materialCode: '11197410',
    brand: '凌风',
    category: '家用空调',
    unitKind: 'INDOOR',
    model: 'KFR-35G/BpVMA+3',
    wholeUnitModel: 'KFR-35GW/BpVMA+3',
  },
  {
    materialCode: '11439010',
    brand: '凌风',
    category: '家用空调',
    unitKind: 'OUTDOOR',
    model: 'KFR-35W/BpV+3',
    wholeUnitModel: 'KFR-35GW/BpVMA+3',
  },

  {
    materialCode: '11185900',
    brand: '凌风',
    category: '家用空调',
    unitKind: 'INDOOR',
    model: 'KFR-25G/SQB+3',
    wholeUnitModel: 'KFR-25GW/SQB+3',
  },
  {
    materialCode: '11433800',
    brand: '凌风',
    category: '家用空调',
    unitKind: 'OUTDOOR',
    model: 'KFR-25W/S+3',
    wholeUnitModel: 'KFR-25GW/SQB+3',
  },

  {
    materialCode: '11185910',
    brand: '凌风',
    category: '家用空调',
    unitKind: 'INDOOR',
    model: 'KFR-32G/SQB+3',
    wholeUnitModel: 'KFR-32GW/SQB+3',
  },
  {
    materialCode: '11433810',
    brand: '凌风',
    category: '家用空调',
    unitKind: 'OUTDOOR',
    model: 'KFR-32W/S+3',
    wholeUnitModel: 'KFR-32GW/SQB+3',
  },

  {
    materialCode: '11163200',
    brand: '凌风',
    category: '家用空调',
    unitKind: 'INDOOR',
    model: 'KFR-35G/BpXA+1',
    wholeUnitModel: 'KFR-35GW/BpXA+1',
  },
  {
    materialCode: '11446300',
    brand: '凌风',
    category: '家用空调',
    unitKind: 'OUTDOOR',
    model: 'KFR-35W/BpXA+1',
    wholeUnitModel: 'KFR-35GW/BpXA+1',
  },

  {
    materialCode: '11163210',
    brand: '凌风',
    category: '家用空调',
    unitKind: 'INDOOR',
    model: 'KFR-26G/BpXA+1',
    wholeUnitModel: 'KFR-26GW/BpXA+1',
  },
  {
    materialCode: '11446310',
    brand: '凌风',
    category: '家用空调',
    unitKind: 'OUTDOOR',
    model: 'KFR-26W/BpXA+1',
    wholeUnitModel: 'KFR-26GW/BpXA+1',
  },

  {
    materialCode: '11152300',
    brand: '凌风',
    category: '家用空调',
    unitKind: 'INDOOR',
    model: 'KFR-50G/BpDA-1',
    wholeUnitModel: 'KFR-50GW/BpDA-1',
  },
  {
    materialCode: '01452300',
    brand: '凌风',
    category: '家用空调',
    unitKind: 'OUTDOOR',
    model: 'KFR-50W/BpDA-1',
    wholeUnitModel: 'KFR-50GW/BpDA-1',
  },

  {
    materialCode: '11171300',
    brand: '凌风',
    category: '家用空调',
    unitKind: 'INDOOR',
    model: 'KFR-51L/BpDA-3',
    wholeUnitModel: 'KFR-51LW/BpDA-3',
  },
  {
    materialCode: '01471300',
    brand: '凌风',
    category: '家用空调',
    unitKind: 'OUTDOOR',
    model: 'KFR-51W/BpDA-3',
    wholeUnitModel: 'KFR-51LW/BpDA-3',
  },

  {
    materialCode: '11171200',
    brand: '凌风',
    category: '商用空调',
    unitKind: 'INDOOR',
    model: 'KFR-72L/BpDA-3',
    wholeUnitModel: 'KFR-72LW/BpDA-3',
  },
  {
    materialCode: '01471200',
    brand: '凌风',
    category: '商用空调',
    unitKind: 'OUTDOOR',
    model: 'KFR-72W/BpDA-3',
    wholeUnitModel: 'KFR-72LW/BpDA-3',
  },

  {
    materialCode: '11178500',
    brand: '凌风',
    category: '商用空调',
    unitKind: 'INDOOR',
    model: 'KFR-120L/SDA-2',
    wholeUnitModel: 'KFR-120LW/SDA-2',
  },
  {
    materialCode: '01478500',
    brand: '凌风',
    category: '商用空调',
    unitKind: 'OUTDOOR',
    model: 'KFR-120W/SDA-2',
    wholeUnitModel: 'KFR-120LW/SDA-2',
  },

  {
    materialCode: '11179600',
    brand: '凌风',
    category: '商用空调',
    unitKind: 'INDOOR',
    model: 'KFR-72Q/BpSA-1',
    wholeUnitModel: 'KFR-72QW/BpSA-1',
  },
  {
    materialCode: '01479600',
    brand: '凌风',
    category: '商用空调',
    unitKind: 'OUTDOOR',
    model: 'KFR-72W/BpSA-1',
    wholeUnitModel: 'KFR-72QW/BpSA-1',
  },
];

// Fault causes form a three-level tree. Each level-2 or level-3 code is its parent's code plus two digits.
export const faultCauses: DemoFaultCause[] = [
  { code: '01', description: '制冷系统类' },
  { code: '0101', description: '制冷剂泄漏' },
  { code: '010101', description: '室外机截止阀阀芯泄漏' },
  { code: '010102', description: '蒸发器内漏' },
  { code: '010103', description: '冷凝器焊点泄漏' },
  { code: '010104', description: '连接管喇叭口泄漏' },
  { code: '0102', description: '压缩机故障' },
  { code: '010201', description: '压缩机卡缸' },
  { code: '010202', description: '压缩机绕组短路或对地绝缘不良' },
  { code: '010203', description: '压缩机排气温度过高' },
  { code: '0103', description: '节流与换向部件故障' },
  { code: '010301', description: '四通阀串气' },
  { code: '010302', description: '电子膨胀阀卡死' },
  { code: '010303', description: '毛细管堵塞' },

  { code: '02', description: '电气控制类' },
  { code: '0201', description: '控制板故障' },
  { code: '020101', description: '主控板继电器粘连' },
  { code: '020102', description: '变频模块损坏' },
  { code: '020103', description: '显示板不显示' },
  { code: '0202', description: '传感器故障' },
  { code: '020201', description: '室内环境温度传感器阻值漂移' },
  { code: '020202', description: '管温传感器开路' },
  { code: '020203', description: '排气温度传感器短路' },
  { code: '0203', description: '通信与遥控故障' },
  { code: '020301', description: '室内外机通信故障' },
  { code: '020302', description: '遥控器无法控制整机' },

  { code: '03', description: '噪音振动类' },
  { code: '0301', description: '室内机异响' },
  { code: '030101', description: '贯流风叶碰擦' },
  { code: '030102', description: '面板热胀冷缩异响' },
  { code: '0302', description: '室外机振动' },
  { code: '030201', description: '压缩机减振垫老化' },
  { code: '030202', description: '管路共振' },
  { code: '030203', description: '轴流风叶变形' },

  { code: '04', description: '漏水类' },
  { code: '0401', description: '室内机漏水' },
  { code: '040101', description: '接水盘破裂' },
  { code: '040102', description: '排水管堵塞' },
  { code: '040103', description: '出风口凝露吹水' },
  { code: '0402', description: '室外机排水异常' },
  { code: '040201', description: '底盘排水孔堵塞' },

  { code: '05', description: '结构件类' },
  { code: '0501', description: '外观件' },
  { code: '050101', description: '面板划伤' },
  { code: '050102', description: '面板色差' },
  { code: '050103', description: '导风板断裂' },
  { code: '0502', description: '室外机结构件' },
  { code: '050201', description: '室外机外壳锈蚀' },
  { code: '050202', description: '室外机底盘锈穿' },
  { code: '0505', description: '室内机结构件' },
  { code: '050501', description: '接水盘卡扣断裂' },
  { code: '050504', description: '电控盒盖变形' },
  { code: '050507', description: '挂机底座破裂、变形' },

  { code: '06', description: '安装类' },
  { code: '0601', description: '安装不规范' },
  { code: '060101', description: '排水管倒坡' },
  { code: '060102', description: '连接管弯折' },
  { code: '060103', description: '抽真空不彻底' },
  { code: '0602', description: '安装位置不当' },
  { code: '060201', description: '室外机散热空间不足' },
  { code: '060202', description: '室内机安装不水平' },
];

export const suppliers: DemoSupplier[] = [
  { code: 'S1001', name: '珠海海晟压缩机有限公司' },
  { code: 'S1002', name: '珠海瑞霖电子科技有限公司' },
  { code: 'S1003', name: '中山宏拓电机有限公司' },
  { code: 'S1004', name: '佛山锦程塑胶制品有限公司' },
  { code: 'S1005', name: '杭州澄川阀业有限公司' },
  { code: 'S1006', name: '苏州恒冠传感技术有限公司' },
  { code: 'S1007', name: '重庆沛达换热器有限公司' },
  { code: 'S1008', name: '深圳微川电子有限公司' },
  { code: 'S1009', name: '东莞启越精密五金有限公司' },
];

export const parts: DemoPart[] = [
  { code: '30138000', name: '压缩机', model: 'QXF-A102zE190', supplierCode: 'S1001' },
  { code: '30138010', name: '压缩机', model: 'QXF-A082zE170', supplierCode: 'S1001' },
  { code: '30148600', name: '主控板', model: 'ZQ3330A', supplierCode: 'S1002' },
  { code: '30148610', name: '变频模块板', model: 'BP-220M', supplierCode: 'S1002' },
  { code: '30565000', name: '显示板', model: 'XS-1350', supplierCode: 'S1002' },
  { code: '30300100', name: '电抗器', model: 'DK-20mH', supplierCode: 'S1002' },
  { code: '15012800', name: '室内风机', model: 'FN20A-PG', supplierCode: 'S1003' },
  { code: '15012810', name: '室外风机', model: 'FW40B', supplierCode: 'S1003' },
  { code: '10352000', name: '贯流风叶', model: 'Φ98×610', supplierCode: 'S1004' },
  { code: '10335000', name: '轴流风叶', model: 'Φ420', supplierCode: 'S1004' },
  { code: '01252000', name: '挂机底座', model: 'DZ-26G', supplierCode: 'S1004' },
  { code: '20002500', name: '面板', model: 'MB-35G-W', supplierCode: 'S1004' },
  { code: '22242000', name: '接水盘', model: 'JSP-26G', supplierCode: 'S1004' },
  { code: '26112000', name: '导风板', model: 'DFB-35G', supplierCode: 'S1004' },
  { code: '05230100', name: '排水管', model: 'PSG-16×2m', supplierCode: 'S1004' },
  { code: '43000300', name: '四通阀', model: 'STF-0208G', supplierCode: 'S1005' },
  { code: '43000400', name: '电子膨胀阀', model: 'DPF1.8C-B', supplierCode: 'S1005' },
  { code: '43000500', name: '截止阀', model: 'JZF-3/8', supplierCode: 'S1005' },
  { code: '39000100', name: '室内环境温度传感器', model: '15K/3470', supplierCode: 'S1006' },
  { code: '39000200', name: '管温传感器', model: '20K/3950', supplierCode: 'S1006' },
  { code: '39000300', name: '排气温度传感器', model: '50K/3950', supplierCode: 'S1006' },
  { code: '04500100', name: '蒸发器组件', model: 'ZF-35G-A', supplierCode: 'S1007' },
  { code: '01100200', name: '冷凝器组件', model: 'LN-35W-A', supplierCode: 'S1007' },
  { code: '03002100', name: '连接管组件', model: 'φ6.35/φ9.52×3m', supplierCode: 'S1007' },
  { code: '30510000', name: '遥控器', model: 'YAP0F3', supplierCode: 'S1008' },
  { code: '40020100', name: '电源线', model: '3×1.5mm²×2m', supplierCode: 'S1008' },
  { code: '22202000', name: '室外机底盘', model: 'DP-35W', supplierCode: 'S1009' },
  { code: '22202100', name: '室外机外壳', model: 'WK-35W', supplierCode: 'S1009' },
];

// areaCode is the telephone area code. Provinces have none, and districts repeat their city's.
export const regions: DemoRegion[] = [
  { code: '330000', name: '浙江省', parentCode: null, level: 1, areaCode: null },
  { code: '330100', name: '杭州市', parentCode: '330000', level: 2, areaCode: '0571' },
  { code: '330102', name: '上城区', parentCode: '330100', level: 3, areaCode: '0571' },
  { code: '330105', name: '拱墅区', parentCode: '330100', level: 3, areaCode: '0571' },
  { code: '330106', name: '西湖区', parentCode: '330100', level: 3, areaCode: '0571' },
  { code: '330108', name: '滨江区', parentCode: '330100', level: 3, areaCode: '0571' },
  { code: '330200', name: '宁波市', parentCode: '330000', level: 2, areaCode: '0574' },
  { code: '330203', name: '海曙区', parentCode: '330200', level: 3, areaCode: '0574' },
  { code: '330205', name: '江北区', parentCode: '330200', level: 3, areaCode: '0574' },
  { code: '330206', name: '北仑区', parentCode: '330200', level: 3, areaCode: '0574' },
  { code: '330212', name: '鄞州区', parentCode: '330200', level: 3, areaCode: '0574' },

  { code: '500000', name: '重庆市', parentCode: null, level: 1, areaCode: null },
  { code: '500100', name: '重庆市', parentCode: '500000', level: 2, areaCode: '023' },
  { code: '500101', name: '万州区', parentCode: '500100', level: 3, areaCode: '023' },
  { code: '500103', name: '渝中区', parentCode: '500100', level: 3, areaCode: '023' },
  { code: '500106', name: '沙坪坝区', parentCode: '500100', level: 3, areaCode: '023' },
  { code: '500112', name: '渝北区', parentCode: '500100', level: 3, areaCode: '023' },

  { code: '440000', name: '广东省', parentCode: null, level: 1, areaCode: null },
  { code: '440400', name: '珠海市', parentCode: '440000', level: 2, areaCode: '0756' },
  { code: '440402', name: '香洲区', parentCode: '440400', level: 3, areaCode: '0756' },
  { code: '440403', name: '斗门区', parentCode: '440400', level: 3, areaCode: '0756' },
  { code: '440404', name: '金湾区', parentCode: '440400', level: 3, areaCode: '0756' },
];
