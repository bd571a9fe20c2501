import { Actor, Role } from '../../platform/auth/actor';
import { AppError } from '../../platform/errors';
import { DismantleScope } from '../../subgraphs/work-orders/entities/service-order';
import {
  assertMatchesReturnReport,
  assertRepairUnit,
  LinkedReturnReport,
  scopeForReturnType,
  SubmittedUnit,
} from '../../subgraphs/work-orders/services/return-report-checks';

const REPAIR_UNIT: Actor = {
  userId: 'outlet-023293',
  name: '刘芳华',
  organizationCode: '023293',
  roles: [Role.OUTLET],
};

function report(overrides: Partial<LinkedReturnReport> = {}): LinkedReturnReport {
  return {
    id: '00000000-0000-4000-8002-000000000001',
    code: '023293201407140001',
    status: 'ENDED',
    type: 'AFTER_SALE_WHOLE',
    originalUnit: { indoorBarcode: '111974001403150931', outdoorBarcode: '114390001403270814' },
    repairProgress: { repairUnit: { code: '023293' } },
    ...overrides,
  };
}

function unit(overrides: Partial<SubmittedUnit> = {}): SubmittedUnit {
  return {
    serviceNumber: '02329399',
    scope: DismantleScope.WHOLE,
    indoorBarcode: '111974001403150931',
    outdoorBarcode: '114390001403270814',
    ...overrides,
  };
}

/** Runs a check and returns the error it throws, or null. */
function errorOf(check: () => void): AppError | null {
  try {
    check();
    return null;
  } catch (error) {
    return error as AppError;
  }
}

describe('return report checks', () => {
  it('accepts a matching order', () => {
    expect(errorOf(() => assertMatchesReturnReport(unit(), report()))).toBeNull();
  });

  it('accepts a report waiting for repair', () => {
    const pending = report({ status: 'REPAIR_PENDING' });
    expect(errorOf(() => assertMatchesReturnReport(unit(), pending))).toBeNull();
  });

  it.each(['DRAFT', 'CENTER_REVIEW', 'HQ_APPROVAL', 'RESULT_PENDING', 'RESULT_REVIEW', 'REJECTED'])(
    'rejects report status %s',
    (status) => {
      const error = errorOf(() => assertMatchesReturnReport(unit(), report({ status })));
      expect(error?.extensions.code).toBe('CONFLICT');
      expect(error?.extensions.reason).toBe('RESULT_REVIEW_PENDING');
      expect(error?.message).toContain(status);
      expect(error?.message).toContain('023293201407140001');
    },
  );

  it('rejects an indoor scope on a whole-unit return', () => {
    const error = errorOf(() =>
      assertMatchesReturnReport(unit({ scope: DismantleScope.INDOOR }), report()),
    );
    expect(error?.extensions.reason).toBe('SCOPE_MISMATCH');
    expect(error?.extensions.expected).toBe('WHOLE');
    expect(error?.extensions.actual).toBe('INDOOR');
  });

  it('maps return types to scopes', () => {
    expect(scopeForReturnType('PRE_SALE_INDOOR')).toBe(DismantleScope.INDOOR);
    expect(scopeForReturnType('AFTER_SALE_OUTDOOR')).toBe(DismantleScope.OUTDOOR);
    expect(scopeForReturnType('AFTER_SALE_WHOLE')).toBe(DismantleScope.WHOLE);
  });

  it('rejects another indoor barcode', () => {
    const error = errorOf(() =>
      assertMatchesReturnReport(unit({ indoorBarcode: '111974001403150999' }), report()),
    );
    expect(error?.extensions.reason).toBe('BARCODE_MISMATCH');
    expect(error?.extensions.expected).toBe('111974001403150931');
    expect(error?.extensions.actual).toBe('111974001403150999');
    expect(error?.message).toContain('111974001403150999');
  });

  it('rejects another outdoor barcode', () => {
    const error = errorOf(() =>
      assertMatchesReturnReport(unit({ outdoorBarcode: '114390001403270000' }), report()),
    );
    expect(error?.extensions.reason).toBe('BARCODE_MISMATCH');
    expect(error?.extensions.field).toBe('outdoorBarcode');
  });

  it('rejects a barcode the report lacks', () => {
    const indoorOnly = report({
      type: 'AFTER_SALE_OUTDOOR',
      originalUnit: { indoorBarcode: '111974001403150931', outdoorBarcode: null },
    });
    const order = unit({ scope: DismantleScope.OUTDOOR, outdoorBarcode: '114390001403270814' });
    const error = errorOf(() => assertMatchesReturnReport(order, indoorOnly));
    expect(error?.extensions.reason).toBe('BARCODE_MISMATCH');
    expect(error?.extensions.expected).toBeNull();
  });

  it.each([
    ['AFTER_SALE_INDOOR', DismantleScope.INDOOR, 'indoorBarcode', '111974001403150931'],
    ['AFTER_SALE_OUTDOOR', DismantleScope.OUTDOOR, 'outdoorBarcode', '114390001403270814'],
    ['AFTER_SALE_WHOLE', DismantleScope.WHOLE, 'indoorBarcode', '111974001403150931'],
  ])('rejects a missing barcode for %s', (type, scope, field, expected) => {
    const order = unit({ scope, indoorBarcode: null, outdoorBarcode: null });
    const error = errorOf(() => assertMatchesReturnReport(order, report({ type })));
    expect(error?.extensions.code).toBe('CONFLICT');
    expect(error?.extensions.reason).toBe('BARCODE_MISMATCH');
    expect(error?.extensions.field).toBe(field);
    expect(error?.extensions.expected).toBe(expected);
    expect(error?.extensions.actual).toBeNull();
  });

  it('lists both missing barcodes of a whole unit', () => {
    const order = unit({ indoorBarcode: null, outdoorBarcode: null });
    const error = errorOf(() => assertMatchesReturnReport(order, report()));
    expect(error?.extensions.mismatches).toEqual([
      { field: 'indoorBarcode', expected: '111974001403150931', actual: null },
      { field: 'outdoorBarcode', expected: '114390001403270814', actual: null },
    ]);
  });

  it('rejects a missing outdoor barcode of a whole unit', () => {
    const error = errorOf(() =>
      assertMatchesReturnReport(unit({ outdoorBarcode: null }), report()),
    );
    expect(error?.extensions.reason).toBe('BARCODE_MISMATCH');
    expect(error?.extensions.field).toBe('outdoorBarcode');
    expect(error?.extensions.expected).toBe('114390001403270814');
  });

  it('accepts an indoor order without outdoor barcode', () => {
    const indoor = report({ type: 'AFTER_SALE_INDOOR' });
    const order = unit({ scope: DismantleScope.INDOOR, outdoorBarcode: null });
    expect(errorOf(() => assertMatchesReturnReport(order, indoor))).toBeNull();
  });

  it('accepts the repair unit', () => {
    expect(errorOf(() => assertRepairUnit(REPAIR_UNIT, report()))).toBeNull();
  });

  it('rejects another outlet as repair unit', () => {
    const other = { ...REPAIR_UNIT, organizationCode: '023156' };
    const error = errorOf(() => assertRepairUnit(other, report()));
    expect(error?.extensions.code).toBe('FORBIDDEN');
    expect(error?.extensions.reason).toBe('NOT_REPAIR_UNIT');
  });

  it('rejects a report without repair progress', () => {
    const error = errorOf(() =>
      assertRepairUnit(REPAIR_UNIT, report({ status: 'REPAIR_PENDING', repairProgress: null })),
    );
    expect(error?.extensions.code).toBe('CONFLICT');
    expect(error?.extensions.reason).toBe('REPAIR_PROGRESS_PENDING');
  });
});
