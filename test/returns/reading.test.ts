import { graphql, sqlStatements } from '../support/client';
import {
  applicationInput,
  BarcodeFactory,
  createReport,
  MATERIAL,
  reviewAtCenter,
} from './support';

const barcodes = new BarcodeFactory(4);

async function codesMatching(filter: Record<string, unknown>, as = 'center-574001') {
  const result = await graphql(
    `
      query ($filter: ReturnReportFilter) {
        returnReports(filter: $filter, first: 100) {
          totalCount
          edges {
            node {
              code
            }
          }
        }
      }
    `,
    { filter },
    { as },
  );
  expect(result.errors).toBeUndefined();
  return result.data.returnReports.edges.map((edge: any) => edge.node.code) as string[];
}

async function desk(as: string): Promise<{ awaitingMyAction: number; open: number }> {
  const result = await graphql(
    '{ myDesk { returnReports { awaitingMyAction open } } }',
    {},
    { as },
  );
  expect(result.errors).toBeUndefined();
  return result.data.myDesk.returnReports;
}

describe('return report reading', () => {
  it('demo reports of the domain examples', async () => {
    const query = `query($code: String) { returnReport(code: $code) {
      status type method workOrder { code }
      originalUnit { indoorBarcode outdoorBarcode wholeUnitModel }
      faultCauses { faultCause { code description } }
      result { newIndoorBarcode }
      repairProgress { repairUnit { code } disposition }
      reviews { stage } history { action }
    } }`;
    const ningbo = (await graphql(query, { code: '574225201406200001' }, { as: 'hq' })).data
      .returnReport;
    expect(ningbo.status).toBe('RESULT_REVIEW');
    expect(ningbo.type).toBe('PRE_SALE_INDOOR');
    expect(ningbo.method).toBe('EXCHANGE');
    expect(ningbo.originalUnit.indoorBarcode).toBe('111408801308051096');
    expect(ningbo.originalUnit.wholeUnitModel).toBe('KFR-35GW/BpDA-3');
    expect(ningbo.faultCauses[0].faultCause.description).toBe('挂机底座破裂、变形');
    expect(ningbo.result.newIndoorBarcode).not.toBeNull();

    const chongqing = (await graphql(query, { code: '023293201407140001' }, { as: 'hq' })).data
      .returnReport;
    expect(chongqing.status).toBe('ENDED');
    expect(chongqing.type).toBe('AFTER_SALE_WHOLE');
    expect(chongqing.workOrder.code).toBe('12014071200518');
    expect(chongqing.originalUnit.outdoorBarcode).toBe('114390001403270814');
    expect(chongqing.originalUnit.wholeUnitModel).toBe('KFR-26GW/BpVMA+3');
    expect(chongqing.repairProgress).toEqual({
      repairUnit: { code: '023293' },
      disposition: 'REPAIR_TO_STOCK',
    });
    expect(chongqing.reviews.map((review: any) => review.stage)).toEqual([
      'CENTER',
      'HQ',
      'RESULT',
    ]);
    expect(chongqing.history).toHaveLength(7);
  });

  it('demo data covers every status', async () => {
    const statuses = [
      'DRAFT',
      'CENTER_REVIEW',
      'SENT_BACK',
      'REJECTED',
      'HQ_APPROVAL',
      'RESULT_PENDING',
      'RESULT_REVIEW',
      'REPAIR_PENDING',
      'ENDED',
    ];
    const fields = statuses
      .map((status) => `${status}: returnReports(filter: { status: [${status}] }) { totalCount }`)
      .join(' ');
    const result = await graphql(
      `{ all: returnReports { totalCount } ${fields} }`,
      {},
      { as: 'hq' },
    );
    expect(result.data.all.totalCount).toBeGreaterThanOrEqual(100);
    for (const status of statuses) {
      expect(result.data[status].totalCount).toBeGreaterThanOrEqual(10);
    }
  });

  it('filters by every criterion', async () => {
    const indoor = barcodes.barcode(MATERIAL.indoor26);
    const outdoor = barcodes.barcode(MATERIAL.outdoor26);
    const report = await createReport(
      applicationInput(barcodes, {
        type: 'PRE_SALE_WHOLE',
        originalUnit: { indoorBarcode: indoor, outdoorBarcode: outdoor },
        faultCauseCodes: ['020102'],
        faultyParts: [{ partCode: '30148610' }],
      }),
      'outlet-574225',
      true,
    );
    const today = report.submittedAt.slice(0, 10);
    const matching: Record<string, unknown>[] = [
      { code: report.code },
      { code: report.code.slice(0, 14) },
      { indoorBarcode: indoor },
      { outdoorBarcode: outdoor },
      { wholeUnitModel: 'kfr-26gw/bpvma' },
      { faultyPartModel: 'BP-220' },
      { faultCauseText: '变频模块' },
      { faultCauseText: '0201' },
      { status: ['CENTER_REVIEW', 'DRAFT'] },
      { submittingOrganizationCode: '574225' },
      { centerCode: '574001' },
      { submittedFrom: today, submittedTo: today },
    ];
    for (const filter of matching) {
      expect({ filter, found: (await codesMatching(filter)).includes(report.code) }).toEqual({
        filter,
        found: true,
      });
    }
    const excluding: Record<string, unknown>[] = [
      { indoorBarcode: outdoor },
      { wholeUnitModel: 'KFR-35GW' },
      { faultyPartModel: 'QXF' },
      { faultCauseText: '压缩机' },
      { status: ['DRAFT'] },
      { submittingOrganizationCode: '574307' },
      { centerCode: '571001' },
      { submittedTo: '2026-01-01' },
      { workOrderCode: '12014071200518' },
    ];
    for (const filter of excluding) {
      expect({ filter, found: (await codesMatching(filter)).includes(report.code) }).toEqual({
        filter,
        found: false,
      });
    }
  });

  it('filters by work order and submission day', async () => {
    expect(await codesMatching({ workOrderCode: '12014071200518' }, 'hq')).toEqual([
      '023293201407140001',
    ]);
    expect(
      await codesMatching({ submittedFrom: '2014-06-20', submittedTo: '2014-06-20' }, 'hq'),
    ).toEqual(['574225201406200001']);
  });

  it('pages newest first by cursor and offset', async () => {
    const query = `query($after: String, $offset: Int) {
      returnReports(filter: { submittedTo: "2026-11-30" }, first: 5, after: $after, offset: $offset) {
        totalCount pageInfo { hasNextPage endCursor } edges { node { code createdAt } }
      }
    }`;
    const first = (await graphql(query, {}, { as: 'hq' })).data.returnReports;
    expect(first.edges).toHaveLength(5);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const byCursor = (await graphql(query, { after: first.pageInfo.endCursor }, { as: 'hq' })).data
      .returnReports;
    const byOffset = (await graphql(query, { offset: 5 }, { as: 'hq' })).data.returnReports;
    expect(byCursor.edges).toEqual(byOffset.edges);
    expect(byCursor.totalCount).toBe(first.totalCount);
    const instants = [...first.edges, ...byCursor.edges].map((edge: any) =>
      Date.parse(edge.node.createdAt),
    );
    expect(instants).toEqual([...instants].sort((a, b) => b - a));
  });

  it('rejects a page size over 100', async () => {
    const result = await graphql('{ returnReports(first: 101) { totalCount } }', {}, { as: 'hq' });
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('desk counts follow the workflow', async () => {
    const centerBefore = await desk('center-574001');
    const outletBefore = await desk('outlet-574225');
    const hqBefore = await desk('hq');

    const draft = await createReport(applicationInput(barcodes), 'outlet-574225');
    const submitted = await createReport(applicationInput(barcodes), 'outlet-574225', true);
    expect(await desk('outlet-574225')).toEqual({
      awaitingMyAction: outletBefore.awaitingMyAction + 1,
      open: outletBefore.open + 2,
    });
    expect(await desk('center-574001')).toEqual({
      awaitingMyAction: centerBefore.awaitingMyAction + 1,
      open: centerBefore.open + 2,
    });

    await reviewAtCenter(submitted.id, 'center-574001', {
      decision: 'APPROVE',
      hasProductionRecord: false,
    });
    expect((await desk('hq')).awaitingMyAction).toBe(hqBefore.awaitingMyAction + 1);
    expect((await desk('center-574001')).awaitingMyAction).toBe(centerBefore.awaitingMyAction);
    expect(draft.status).toBe('DRAFT');

    const analyst = await desk('analyst');
    expect(analyst.awaitingMyAction).toBe(0);
    expect(analyst.open).toBeGreaterThan(0);
  });

  it('list SQL does not grow with its length', async () => {
    const query = `query($first: Int) {
      returnReports(first: $first, filter: { submittedTo: "2026-11-24" }) {
        edges { node {
          code
          workOrder { code stage outlet { code } }
          submitter { name } submittingOrganization { name } center { name }
          customer { name }
          faultCauses { faultCause { description } }
          faultyParts { part { name } }
          reviews { decision reviewer { name } organization { name } }
          result { description enteredBy { name } }
          repairProgress { repairUnit { name } }
          history { action actor { name } }
        } }
      }
    }`;
    const measure = async (first: number) => {
      const before = {
        returns: await sqlStatements('returns'),
        workOrders: await sqlStatements('work-orders'),
        masterData: await sqlStatements('master-data'),
      };
      const result = await graphql(query, { first }, { as: 'hq' });
      expect(result.errors).toBeUndefined();
      const edges = result.data.returnReports.edges;
      expect(edges).toHaveLength(first);
      expect(edges.some((edge: any) => edge.node.workOrder !== null)).toBe(true);
      expect(edges.some((edge: any) => edge.node.workOrder?.code)).toBe(true);
      return {
        returns: (await sqlStatements('returns')) - before.returns,
        workOrders: (await sqlStatements('work-orders')) - before.workOrders,
        masterData: (await sqlStatements('master-data')) - before.masterData,
      };
    };
    const small = await measure(5);
    const large = await measure(50);
    expect(large.returns).toBe(small.returns);
    expect(large.workOrders).toBe(small.workOrders);
    expect(large.masterData).toBe(small.masterData);
    expect(large.returns).toBeLessThanOrEqual(8);
  });
});
