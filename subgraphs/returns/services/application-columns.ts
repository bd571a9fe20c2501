import { ParsedBarcode } from '../../../platform/barcode';
import { normaliseDecimal, subtractDecimals } from '../../../platform/scalars';
import { ReturnReport } from '../entities/return-report';
import { ReturnReportInput } from '../graphql/inputs';
import { cleanText } from './barcode-check';
import { LinkedWorkOrder } from './work-orders-client';

/** The application columns of a report, as stored. */
export type ApplicationColumns = Pick<
  ReturnReport,
  | 'type'
  | 'workOrderId'
  | 'workOrderCode'
  | 'brand'
  | 'category'
  | 'wholeUnitModel'
  | 'invoiceNumber'
  | 'indoorBarcode'
  | 'indoorModel'
  | 'outdoorBarcode'
  | 'outdoorModel'
  | 'installerName'
  | 'purchaseChannel'
  | 'sellerName'
  | 'storeType'
  | 'purchaseDate'
  | 'placeOfUse'
  | 'customerName'
  | 'customerType'
  | 'customerAreaCode'
  | 'customerProvince'
  | 'customerCity'
  | 'customerDistrict'
  | 'customerStreet'
  | 'customerAddress'
  | 'customerOfficePhone'
  | 'customerHomePhone'
  | 'customerMobilePhone'
  | 'customerMobilePhone2'
  | 'faultDescription'
  | 'method'
  | 'handling'
  | 'newUnitPrice'
  | 'oldUnitPrice'
  | 'priceDifference'
>;

/** Values of an application that come from barcodes, master data and the work order. */
export interface FilledFacts {
  workOrder: LinkedWorkOrder | null;
  indoor: ParsedBarcode | null;
  outdoor: ParsedBarcode | null;
  indoorModel: string | null;
  outdoorModel: string | null;
  wholeUnitModel: string | null;
  brand: string | null;
  category: string | null;
  areaCode: string | null;
}

/** Builds the stored columns of an application: trimmed texts, filled facts, computed difference. */
export function applicationColumns(
  input: ReturnReportInput,
  filled: FilledFacts,
): ApplicationColumns {
  const original = input.originalUnit;
  const customer = input.customer;
  const newPrice = input.newUnitPrice == null ? null : normaliseDecimal(input.newUnitPrice);
  const oldPrice = input.oldUnitPrice == null ? null : normaliseDecimal(input.oldUnitPrice);
  return {
    type: input.type,
    workOrderId: filled.workOrder?.id ?? null,
    workOrderCode: filled.workOrder?.code ?? null,
    brand: cleanText(original.brand) ?? filled.brand,
    category: cleanText(original.category) ?? filled.category,
    wholeUnitModel: filled.wholeUnitModel,
    invoiceNumber: cleanText(original.invoiceNumber),
    indoorBarcode: filled.indoor?.barcode ?? null,
    indoorModel: filled.indoorModel,
    outdoorBarcode: filled.outdoor?.barcode ?? null,
    outdoorModel: filled.outdoorModel,
    installerName: cleanText(original.installerName),
    purchaseChannel: original.purchaseChannel ?? null,
    sellerName: cleanText(original.sellerName),
    storeType: cleanText(original.storeType),
    purchaseDate: original.purchaseDate ?? null,
    placeOfUse: original.placeOfUse ?? null,
    customerName: customer.name.trim(),
    customerType: customer.type ?? null,
    customerAreaCode: filled.areaCode,
    customerProvince: cleanText(customer.province),
    customerCity: cleanText(customer.city),
    customerDistrict: cleanText(customer.district),
    customerStreet: cleanText(customer.street),
    customerAddress: cleanText(customer.address),
    customerOfficePhone: cleanText(customer.officePhone),
    customerHomePhone: cleanText(customer.homePhone),
    customerMobilePhone: cleanText(customer.mobilePhone),
    customerMobilePhone2: cleanText(customer.mobilePhone2),
    faultDescription: cleanText(input.faultDescription),
    method: input.method,
    handling: cleanText(input.handling),
    newUnitPrice: newPrice,
    oldUnitPrice: oldPrice,
    priceDifference:
      newPrice !== null && oldPrice !== null ? subtractDecimals(newPrice, oldPrice) : null,
  };
}
