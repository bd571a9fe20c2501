import { isParsedBarcode, parseBarcode, ParsedBarcode } from '../../../platform/barcode';
import { FieldErrors } from '../../../platform/errors';
import { ProductModelFacts } from '../../../platform/master-data-client';

export type UnitKind = 'INDOOR' | 'OUTDOOR';

/** Trims an optional text and turns an empty one into null. */
export function cleanText(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

/** Parses an optional barcode field, adding the broken rule to `errors` when it is invalid. */
export function parseBarcodeField(
  value: string | null | undefined,
  path: string,
  errors: FieldErrors,
): ParsedBarcode | null {
  const barcode = cleanText(value);
  if (barcode === null) return null;
  const parsed = parseBarcode(barcode);
  if (isParsedBarcode(parsed)) return parsed;
  errors.add(path, parsed.error);
  return null;
}

/**
 * Returns the catalog entry of a barcode's material code, or null when the code is unknown (an
 * unknown code is accepted without a model). Adds an error when the catalog lists the material code
 * under the other unit kind.
 */
export function modelOfBarcode(
  barcode: ParsedBarcode | null,
  expected: UnitKind,
  models: Map<string, ProductModelFacts | null>,
  path: string,
  errors: FieldErrors,
): ProductModelFacts | null {
  if (!barcode) return null;
  const model = models.get(barcode.materialCode) ?? null;
  if (model && model.unitKind !== expected) {
    errors.add(
      path,
      `barcode "${barcode.barcode}" is of model ${model.model}, whose unit kind is ${model.unitKind}, but this field takes a barcode of unit kind ${expected}`,
    );
    return null;
  }
  return model;
}

/**
 * Returns the whole-unit model of a unit known by its indoor and outdoor models, adding an error
 * when the two belong to different whole units.
 */
export function wholeUnitModelOf(
  indoor: ProductModelFacts | null,
  outdoor: ProductModelFacts | null,
  outdoorPath: string,
  errors: FieldErrors,
): string | null {
  if (indoor && outdoor && indoor.wholeUnitModel !== outdoor.wholeUnitModel) {
    errors.add(
      outdoorPath,
      `the outdoor unit ${outdoor.model} belongs to whole unit ${outdoor.wholeUnitModel}, but the indoor unit ${indoor.model} to ${indoor.wholeUnitModel}`,
    );
  }
  return indoor?.wholeUnitModel ?? outdoor?.wholeUnitModel ?? null;
}
