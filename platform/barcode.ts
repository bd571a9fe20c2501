import { chinaDate } from './china-time';
import { describeValue } from './errors';
import { isCalendarDate } from './scalars';

/** The parts of an 18-digit unit barcode: material code, production date `yymmdd`, serial. */
export interface ParsedBarcode {
  barcode: string;
  materialCode: string;
  productionDate: string;
  serial: string;
}

/**
 * Parses a unit barcode, or returns the rule it breaks. Two-digit years are read as 2000-2099,
 * because the product line's barcodes start after 2000; a unit cannot be produced after `today`
 * (a UTC+8 date).
 */
export function parseBarcode(
  barcode: string,
  today: string = chinaDate(),
): ParsedBarcode | { error: string } {
  if (barcode === '') {
    return { error: 'barcode is empty: scan or type the 18-digit unit barcode' };
  }
  if (!/^\d+$/.test(barcode)) {
    return { error: `barcode ${describeValue(barcode)} must contain digits only` };
  }
  if (barcode.length !== 18) {
    return {
      error: `barcode ${describeValue(barcode)} must have 18 digits, not ${barcode.length}`,
    };
  }
  const yy = barcode.slice(8, 10);
  const mm = barcode.slice(10, 12);
  const dd = barcode.slice(12, 14);
  const productionDate = `20${yy}-${mm}-${dd}`;
  if (!isCalendarDate(productionDate)) {
    return {
      error: `barcode "${barcode}" has an impossible production date ${yy}${mm}${dd} (digits 9-14, yymmdd)`,
    };
  }
  if (productionDate > today) {
    return {
      error: `barcode "${barcode}" has a production date ${productionDate} after today (${today}); check the digits 9-14 (yymmdd)`,
    };
  }
  return { barcode, materialCode: barcode.slice(0, 8), productionDate, serial: barcode.slice(14) };
}

export function isParsedBarcode(value: ParsedBarcode | { error: string }): value is ParsedBarcode {
  return !('error' in value);
}
