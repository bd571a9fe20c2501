import { chinaDate } from '../../platform/china-time';
import { graphql, GraphQLErrorShape, sql, subgraphUrl } from '../support/client';
import {
  applicationInput,
  BarcodeFactory,
  fieldPaths,
  firstError,
  reportAt,
  tryMutateReport,
} from './support';

/**
 * Repair orders against changes of repair unit: the returns subgraph serialises both on the
 * report row, and a repair unit must be an outlet of the report's center.
 */

const barcodes = new BarcodeFactory(6);
const NINGBO = { outlet: 'outlet-574225', center: 'center-574001' };
let nextServiceNumber = 20_000_000 + Math.floor(Math.random() * 70_000_000);

function endedReport() {
  return reportAt('ENDED', applicationInput(barcodes), NINGBO);
}

function changeRepairUnit(id: string, repairUnitCode: string) {
  return tryMutateReport(
    'changeRepairUnit',
    'id: $id, repairUnitCode: $repairUnitCode',
    { id, repairUnitCode },
    'center-574001',
  );
}

async function createRepairOrder(
  report: { id: string; originalUnit: { indoorBarcode: string } },
  as = 'outlet-574225',
): Promise<{ id: string | null; error: GraphQLErrorShape | null }> {
  nextServiceNumber += 1;
  const result = await graphql(
    'mutation($input: ServiceOrderInput!) { createServiceOrder(input: $input) { id } }',
    {
      input: {
        serviceNumber: String(nextServiceNumber),
        kind: 'REPAIR',
        returnReportId: report.id,
        scope: 'INDOOR',
        indoorBarcode: report.originalUnit.indoorBarcode,
      },
    },
    { as },
  );
  if (result.errors) return { id: null, error: result.errors[0] };
  return { id: result.data.createServiceOrder.id as string, error: null };
}

/** Moves a draft to `report` as a repair order, without a version. */
function moveRepairOrder(
  id: string,
  serviceNumber: string,
  report: { id: string; originalUnit: { indoorBarcode: string } },
) {
  return graphql(
    'mutation($id: ID!, $input: ServiceOrderInput!) { updateServiceOrder(id: $id, input: $input) { id } }',
    {
      id,
      input: {
        serviceNumber,
        kind: 'REPAIR',
        returnReportId: report.id,
        scope: 'INDOOR',
        indoorBarcode: report.originalUnit.indoorBarcode,
      },
    },
    { as: 'outlet-574225' },
  );
}

async function reservedCount(reportId: string): Promise<number> {
  const rows = await sql<{ repair_orders_reserved: number }>(
    'SELECT repair_orders_reserved FROM returns.return_report WHERE id = $1',
    [reportId],
  );
  return rows[0].repair_orders_reserved;
}

async function repairOrderCount(reportId: string): Promise<number> {
  const rows = await sql<{ count: string }>(
    "SELECT count(*) FROM work_orders.service_order WHERE return_report_id = $1 AND kind = 'REPAIR'",
    [reportId],
  );
  return Number(rows[0].count);
}

/** Calls a reservation mutation on the returns subgraph as the work-orders subgraph would. */
function callReturns(
  mutation: 'reserveRepairOrder' | 'releaseRepairOrder',
  id: string,
  as: string,
  internal = true,
) {
  return graphql(
    `mutation($id: ID!) { ${mutation}(returnReportId: $id) }`,
    { id },
    { as, url: subgraphUrl('returns'), internal },
  );
}

describe('repair order reservation', () => {
  it('parallel change and repair order never both succeed', async () => {
    for (let round = 0; round < 8; round += 1) {
      const report = await endedReport();
      const [changed, created] = await Promise.all([
        changeRepairUnit(report.id, '574307'),
        createRepairOrder(report as never),
      ]);
      const changeSucceeded = changed.errors === undefined;
      const createSucceeded = created.error === null;
      expect(changeSucceeded && createSucceeded).toBe(false);
      expect(changeSucceeded || createSucceeded).toBe(true);
      if (createSucceeded) {
        expect(firstError(changed.errors).extensions?.reason).toBe('REPAIR_ORDER_EXISTS');
      } else {
        expect(created.error?.extensions?.reason).toBe('NOT_REPAIR_UNIT');
      }
    }
  });

  it('change succeeds after repair draft deleted', async () => {
    const report = await endedReport();
    const created = await createRepairOrder(report as never);
    expect(created.error).toBeNull();
    const blocked = await changeRepairUnit(report.id, '574307');
    expect(firstError(blocked.errors).extensions?.reason).toBe('REPAIR_ORDER_EXISTS');

    const deleted = await graphql(
      'mutation($id: ID!) { deleteServiceOrder(id: $id) }',
      { id: created.id },
      { as: 'outlet-574225' },
    );
    expect(deleted.errors).toBeUndefined();
    const changed = await changeRepairUnit(report.id, '574307');
    expect(changed.errors).toBeUndefined();
    expect(changed.report?.repairProgress.repairUnit.code).toBe('574307');
  });

  it('parallel moves to another report reserve once', async () => {
    for (let round = 0; round < 5; round += 1) {
      const [from, to] = await Promise.all([endedReport(), endedReport()]);
      const created = await createRepairOrder(from as never);
      expect(created.error).toBeNull();
      const serviceNumber = String(nextServiceNumber);

      const moves = await Promise.all([
        moveRepairOrder(created.id!, serviceNumber, to as never),
        moveRepairOrder(created.id!, serviceNumber, to as never),
      ]);
      const succeeded = moves.filter((move) => move.errors === undefined);
      for (const move of moves.filter((candidate) => candidate.errors !== undefined)) {
        expect(firstError(move.errors).extensions?.code).toBe('CONFLICT');
      }
      expect(succeeded.length).toBeGreaterThanOrEqual(1);
      expect(await reservedCount(to.id)).toBe(await repairOrderCount(to.id));
      expect(await reservedCount(from.id)).toBe(await repairOrderCount(from.id));

      const deleted = await graphql(
        'mutation($id: ID!) { deleteServiceOrder(id: $id) }',
        { id: created.id },
        { as: 'outlet-574225' },
      );
      expect(deleted.errors).toBeUndefined();
      expect(await reservedCount(to.id)).toBe(0);
      const changed = await changeRepairUnit(to.id, '574307');
      expect(changed.errors).toBeUndefined();
    }
  });

  it('delete racing a move releases the deleted report', async () => {
    for (let round = 0; round < 5; round += 1) {
      const [from, to] = await Promise.all([endedReport(), endedReport()]);
      const created = await createRepairOrder(from as never);
      expect(created.error).toBeNull();
      const serviceNumber = String(nextServiceNumber);

      await Promise.all([
        moveRepairOrder(created.id!, serviceNumber, to as never),
        graphql(
          'mutation($id: ID!) { deleteServiceOrder(id: $id) }',
          { id: created.id },
          { as: 'outlet-574225' },
        ),
      ]);
      expect(await reservedCount(from.id)).toBe(await repairOrderCount(from.id));
      expect(await reservedCount(to.id)).toBe(await repairOrderCount(to.id));
    }
  });

  it('refusal names one repair order in the singular', async () => {
    const report = await endedReport();
    expect((await createRepairOrder(report as never)).error).toBeNull();
    const { errors } = await changeRepairUnit(report.id, '574307');
    const error = firstError(errors);
    expect(error.extensions?.repairOrderCount).toBe(1);
    expect(error.message).toContain('1 repair order was');
    expect(error.message).not.toContain('(s)');
  });

  it('reserve by another outlet is forbidden', async () => {
    const report = await endedReport();
    const result = await callReturns('reserveRepairOrder', report.id, 'center-574001');
    const error = firstError(result.errors);
    expect(error.extensions?.code).toBe('FORBIDDEN');
    expect(error.extensions?.reason).toBe('NOT_REPAIR_UNIT');
  });

  it('reserve before repair progress conflicts', async () => {
    const report = await reportAt('REPAIR_PENDING', applicationInput(barcodes), NINGBO);
    const result = await callReturns('reserveRepairOrder', report.id, 'outlet-574225');
    const error = firstError(result.errors);
    expect(error.extensions?.code).toBe('CONFLICT');
    expect(error.extensions?.reason).toBe('REPAIR_PROGRESS_PENDING');
  });

  it('release never goes below zero', async () => {
    const report = await endedReport();
    const released = await callReturns('releaseRepairOrder', report.id, 'outlet-574225');
    expect(released.errors).toBeUndefined();
    const changed = await changeRepairUnit(report.id, '574307');
    expect(changed.errors).toBeUndefined();
  });

  it('direct reservation by a client is forbidden', async () => {
    const report = await endedReport();
    const result = await callReturns('reserveRepairOrder', report.id, 'outlet-574225', false);
    expect(result.errors?.[0].extensions?.reason).toBe('INTERNAL_ONLY');
  });

  it('direct release by a client is forbidden', async () => {
    const report = await endedReport();
    const result = await callReturns('releaseRepairOrder', report.id, 'outlet-574225', false);
    expect(result.errors?.[0].extensions?.reason).toBe('INTERNAL_ONLY');
  });

  it('reservation mutations are hidden from the gateway', async () => {
    const report = await endedReport();
    const result = await graphql(
      'mutation($id: ID!) { reserveRepairOrder(returnReportId: $id) }',
      { id: report.id },
      { as: 'outlet-574225' },
    );
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.data ?? null).toBeNull();
  });
});

describe('repair unit of another center', () => {
  it('repair progress rejects it', async () => {
    const report = await reportAt('REPAIR_PENDING', applicationInput(barcodes), NINGBO);
    const { errors } = await tryMutateReport(
      'recordRepairProgress',
      'id: $id, input: $input',
      {
        id: report.id,
        input: { repairUnitCode: '571105', disposition: 'WRITE_OFF', completedOn: chinaDate() },
      },
      'center-574001',
    );
    const error = firstError(errors);
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(fieldPaths(error)).toEqual(['input.repairUnitCode']);
    expect(error.extensions?.fields?.[0].message).toContain('571001');
  });

  it('change of repair unit rejects it', async () => {
    const report = await endedReport();
    const { errors } = await changeRepairUnit(report.id, '571105');
    const error = firstError(errors);
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(fieldPaths(error)).toEqual(['repairUnitCode']);
    expect(error.extensions?.fields?.[0].message).toContain('574001');
  });
});
