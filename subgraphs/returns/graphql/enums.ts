import { registerEnumType } from 'type-graphql';

/** Whether the unit was still in a dealer's stock (pre-sale) or with a customer, and which unit. */
export enum ReturnType {
  PRE_SALE_INDOOR = 'PRE_SALE_INDOOR',
  PRE_SALE_OUTDOOR = 'PRE_SALE_OUTDOOR',
  PRE_SALE_WHOLE = 'PRE_SALE_WHOLE',
  AFTER_SALE_INDOOR = 'AFTER_SALE_INDOOR',
  AFTER_SALE_OUTDOOR = 'AFTER_SALE_OUTDOOR',
  AFTER_SALE_WHOLE = 'AFTER_SALE_WHOLE',
}
registerEnumType(ReturnType, {
  name: 'ReturnType',
  description: 'Pre-sale or after-sale, and the unit returned: indoor, outdoor or whole unit.',
});

export enum ReturnMethod {
  EXCHANGE = 'EXCHANGE',
  REFUND = 'REFUND',
  PRE_SALE_REPAIR = 'PRE_SALE_REPAIR',
}
registerEnumType(ReturnMethod, { name: 'ReturnMethod' });

export enum ReturnStatus {
  DRAFT = 'DRAFT',
  CENTER_REVIEW = 'CENTER_REVIEW',
  SENT_BACK = 'SENT_BACK',
  REJECTED = 'REJECTED',
  HQ_APPROVAL = 'HQ_APPROVAL',
  RESULT_PENDING = 'RESULT_PENDING',
  RESULT_REVIEW = 'RESULT_REVIEW',
  REPAIR_PENDING = 'REPAIR_PENDING',
  ENDED = 'ENDED',
}
registerEnumType(ReturnStatus, { name: 'ReturnStatus' });

/** The fate of the returned unit once repaired. */
export enum Disposition {
  DISCOUNT_BUYOUT = 'DISCOUNT_BUYOUT',
  REPAIR_TO_STOCK = 'REPAIR_TO_STOCK',
  WRITE_OFF = 'WRITE_OFF',
}
registerEnumType(Disposition, { name: 'Disposition' });

export enum PurchaseChannel {
  CHANNEL = 'CHANNEL',
  RETAIL_STORE = 'RETAIL_STORE',
  ONLINE = 'ONLINE',
  OTHER = 'OTHER',
}
registerEnumType(PurchaseChannel, { name: 'PurchaseChannel' });

/** The review step that produced a review record. */
export enum ReviewStage {
  CENTER = 'CENTER',
  HQ = 'HQ',
  RESULT = 'RESULT',
}
registerEnumType(ReviewStage, {
  name: 'ReviewStage',
  description: 'CENTER review of the application, HQ approval, or the center review of the result.',
});

/** The unit that a return type concerns. */
export type ReturnedUnit = 'INDOOR' | 'OUTDOOR' | 'WHOLE';

export function returnedUnit(type: ReturnType): ReturnedUnit {
  if (type.endsWith('_INDOOR')) return 'INDOOR';
  if (type.endsWith('_OUTDOOR')) return 'OUTDOOR';
  return 'WHOLE';
}

export function isAfterSale(type: ReturnType): boolean {
  return type.startsWith('AFTER_SALE_');
}
