import { isParsedBarcode, parseBarcode } from '../../../platform/barcode';
import { FieldErrors } from '../../../platform/errors';
import { MasterDataFacts } from '../../../platform/master-data-client';
import { withArticle } from './articles';

/** The barcodes of one air conditioner: an indoor and an outdoor unit, either may be unknown. */
export interface UnitBarcodes {
  indoorBarcode: string | null;
  outdoorBarcode: string | null;
}

/** Models of the units as master data lists them, null where a material code is not listed. */
export interface UnitModels {
  indoorModel: string | null;
  outdoorModel: string | null;
  wholeUnitModel: string | null;
}

const SIDES = [
  { field: 'indoorBarcode', kind: 'INDOOR', name: 'indoor' },
  { field: 'outdoorBarcode', kind: 'OUTDOOR', name: 'outdoor' },
] as const;

/** Trims both barcodes and turns blank ones into null. */
export function normaliseBarcodes(
  input: { indoorBarcode?: string | null; outdoorBarcode?: string | null } | null | undefined,
): UnitBarcodes {
  const clean = (value: string | null | undefined) => {
    const trimmed = value?.trim();
    return trimmed ? trimmed : null;
  };
  return {
    indoorBarcode: clean(input?.indoorBarcode),
    outdoorBarcode: clean(input?.outdoorBarcode),
  };
}

/** Adds a field error under `prefix` for each barcode that is not a well-formed unit barcode. */
export function checkBarcodeFormat(
  barcodes: UnitBarcodes,
  prefix: string,
  errors: FieldErrors,
): void {
  for (const side of SIDES) {
    const barcode = barcodes[side.field];
    if (barcode === null) continue;
    const parsed = parseBarcode(barcode);
    if (!isParsedBarcode(parsed)) errors.add(`${prefix}.${side.field}`, parsed.error);
  }
}

/** Returns the material codes (first eight digits) of the well-formed barcodes. */
export function materialCodesOf(barcodes: UnitBarcodes): string[] {
  const codes: string[] = [];
  for (const side of SIDES) {
    const barcode = barcodes[side.field];
    if (barcode === null) continue;
    const parsed = parseBarcode(barcode);
    if (isParsedBarcode(parsed)) codes.push(parsed.materialCode);
  }
  return codes;
}

/**
 * Adds a field error where master data lists a barcode's material code as the other kind of
 * unit, e.g. an outdoor unit typed as the indoor barcode. Unlisted material codes are accepted.
 */
export function checkUnitKinds(
  barcodes: UnitBarcodes,
  facts: MasterDataFacts,
  prefix: string,
  errors: FieldErrors,
): void {
  for (const side of SIDES) {
    const barcode = barcodes[side.field];
    if (barcode === null) continue;
    const model = facts.productModels.get(barcode.slice(0, 8));
    if (model && model.unitKind !== side.kind) {
      const kind = model.unitKind.toLowerCase();
      errors.add(
        `${prefix}.${side.field}`,
        `barcode "${barcode}" belongs to ${withArticle(kind)} unit (${model.model}), not ${withArticle(side.name)} unit; give it as the ${kind} barcode, or give the barcode of the ${side.name} unit here`,
      );
    }
  }
}

/** Returns the unit models of the barcodes. The whole-unit model comes from either unit. */
export function describeUnits(barcodes: UnitBarcodes, facts: MasterDataFacts): UnitModels {
  const modelOf = (barcode: string | null) =>
    barcode === null ? null : (facts.productModels.get(barcode.slice(0, 8)) ?? null);
  const indoor = modelOf(barcodes.indoorBarcode);
  const outdoor = modelOf(barcodes.outdoorBarcode);
  return {
    indoorModel: indoor?.model ?? null,
    outdoorModel: outdoor?.model ?? null,
    wholeUnitModel: indoor?.wholeUnitModel ?? outdoor?.wholeUnitModel ?? null,
  };
}
