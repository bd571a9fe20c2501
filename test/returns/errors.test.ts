import { chinaDate } from '../../platform/china-time';
import { randomUUID } from 'node:crypto';
import { demoId } from '../../demo/work-orders';
import { graphql } from '../support/client';
import {
  applicationInput,
  BarcodeFactory,
  createReport,
  fieldPaths,
  firstError,
  MATERIAL,
  reportAt,
  Report,
  reviewAtCenter,
  tryMutateReport,
} from './support';

const barcodes = new BarcodeFactory(1);
const NINGBO = { outlet: 'outlet-574225', center: 'center-574001' };

function tryCreate(input: Record<string, unknown>, as = 'outlet-574225') {
  return tryMutateReport('createReturnReport', 'input: $input', { input }, as);
}

describe('return report errors', () => {
  it('step in wrong status names the status', async () => {
    const report = await createReport(applicationInput(barcodes), 'outlet-574225', true);
    const { errors } = await tryMutateReport(
      'submitReturnReport',
      'id: $id',
      { id: report.id },
      'outlet-574225',
    );
    const error = firstError(errors);
    expect(error.extensions?.code).toBe('CONFLICT');
    expect(error.extensions?.reason).toBe('INVALID_TRANSITION');
    expect(error.extensions?.currentStatus).toBe('CENTER_REVIEW');
    expect(error.message).toContain('CENTER_REVIEW');
  });

  it('delete of a submitted report', async () => {
    const report = await createReport(applicationInput(barcodes), 'outlet-574225', true);
    const deleted = await graphql(
      'mutation($id: ID!) { deleteReturnReport(id: $id) }',
      { id: report.id },
      { as: 'outlet-574225' },
    );
    expect(firstError(deleted.errors).extensions?.reason).toBe('INVALID_TRANSITION');
  });

  it('outlet review is not its turn', async () => {
    const report = await createReport(applicationInput(barcodes), 'outlet-574225', true);
    const { errors } = await tryMutateReport(
      'reviewReturnReport',
      'id: $id, input: $input',
      {
        id: report.id,
        input: { decision: 'APPROVE', hasProductionRecord: true, isCommonQualityIssue: false },
      },
      'outlet-574225',
    );
    const error = firstError(errors);
    expect(error.extensions?.code).toBe('FORBIDDEN');
    expect(error.extensions?.reason).toBe('NOT_YOUR_TURN');
    expect(error.message).toContain('the marketing center');
  });

  it('HQ approval by a center is not its turn', async () => {
    const report = await createReport(applicationInput(barcodes), 'outlet-574225', true);
    await reviewAtCenter(report.id, 'center-574001', {
      decision: 'APPROVE',
      hasProductionRecord: false,
    });
    const { errors } = await tryMutateReport(
      'approveReturnReportAtHq',
      'id: $id, decision: $decision',
      { id: report.id, decision: 'APPROVE' },
      'center-574001',
    );
    expect(firstError(errors).extensions?.code).toBe('FORBIDDEN');
  });

  it('other center cannot find the report', async () => {
    const report = await createReport(applicationInput(barcodes), 'outlet-574225', true);
    const { errors } = await tryMutateReport(
      'reviewReturnReport',
      'id: $id, input: $input',
      {
        id: report.id,
        input: { decision: 'REJECT', hasProductionRecord: true, isCommonQualityIssue: false },
      },
      'center-571001',
    );
    expect(firstError(errors).extensions?.code).toBe('NOT_FOUND');
  });

  it('analyst may not write', async () => {
    const { errors } = await tryCreate(applicationInput(barcodes), 'analyst');
    const error = firstError(errors);
    expect(error.extensions?.code).toBe('FORBIDDEN');
    expect(error.extensions?.reason).toBe('READ_ONLY_ROLE');
  });

  it('HQ may not raise a report', async () => {
    const { errors } = await tryCreate(applicationInput(barcodes), 'hq');
    expect(firstError(errors).extensions?.code).toBe('FORBIDDEN');
  });

  it('after-sale type without work order', async () => {
    const { report, errors } = await tryCreate(
      applicationInput(barcodes, { type: 'AFTER_SALE_INDOOR' }),
    );
    expect(report).toBeNull();
    const error = firstError(errors);
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.extensions?.reason).toBe('WORK_ORDER_REQUIRED');
    expect(fieldPaths(error)).toEqual(['input.workOrderId']);
  });

  it('work order that does not exist', async () => {
    const missing = randomUUID();
    const { errors } = await tryCreate(
      applicationInput(barcodes, { type: 'AFTER_SALE_INDOOR', workOrderId: missing }),
    );
    const error = firstError(errors);
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(fieldPaths(error)).toEqual(['input.workOrderId']);
    expect(error.message).toContain(missing);
  });

  it('several invalid fields at once', async () => {
    const input = applicationInput(barcodes, {
      type: 'PRE_SALE_WHOLE',
      originalUnit: { indoorBarcode: '11140880130805109', outdoorBarcode: null },
      customer: { name: '', mobilePhone: '2395740000' },
      faultCauseCodes: [],
      newUnitPrice: '-1.00',
      oldUnitPrice: '12.345',
    });
    const { errors } = await tryCreate(input);
    const error = firstError(errors);
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.extensions?.reason).toBe('VALIDATION_FAILED');
    const paths = fieldPaths(error);
    for (const path of [
      'input.originalUnit.indoorBarcode',
      'input.originalUnit.outdoorBarcode',
      'input.customer.name',
      'input.customer.mobilePhone',
      'input.faultCauseCodes',
      'input.newUnitPrice',
      'input.oldUnitPrice',
    ]) {
      expect(paths).toContain(path);
    }
    const barcodeError = error.extensions?.fields?.find(
      (field) => field.path === 'input.originalUnit.indoorBarcode',
    );
    expect(barcodeError?.message).toContain('11140880130805109');
    expect(barcodeError?.message).toContain('18 digits');
  });

  it('barcode of the wrong unit kind', async () => {
    const outdoorCode = barcodes.barcode(MATERIAL.outdoor35);
    const { errors } = await tryCreate(
      applicationInput(barcodes, { originalUnit: { indoorBarcode: outdoorCode } }),
    );
    const error = firstError(errors);
    expect(fieldPaths(error)).toEqual(['input.originalUnit.indoorBarcode']);
    expect(error.extensions?.fields?.[0].message).toContain('OUTDOOR');
  });

  it('impossible production date', async () => {
    const { errors } = await tryCreate(
      applicationInput(barcodes, { originalUnit: { indoorBarcode: '111408801313321096' } }),
    );
    expect(firstError(errors).extensions?.fields?.[0].message).toContain(
      'impossible production date',
    );
  });

  it('unknown fault cause', async () => {
    const { errors } = await tryCreate(
      applicationInput(barcodes, { faultCauseCodes: ['050507', '999999'] }),
    );
    const error = firstError(errors);
    expect(fieldPaths(error)).toEqual(['input.faultCauseCodes.1']);
    expect(error.message).toContain('999999');
  });

  it('unknown faulty part', async () => {
    const { errors } = await tryCreate(
      applicationInput(barcodes, { faultyParts: [{ partCode: '00000000' }] }),
    );
    expect(fieldPaths(firstError(errors))).toEqual(['input.faultyParts.0.partCode']);
  });

  it('negative price', async () => {
    const { errors } = await tryCreate(applicationInput(barcodes, { oldUnitPrice: '-5' }));
    const error = firstError(errors);
    expect(fieldPaths(error)).toEqual(['input.oldUnitPrice']);
    expect(error.extensions?.fields?.[0].message).toContain('must not be negative');
  });

  it('barcode already on another report', async () => {
    const first = await createReport(applicationInput(barcodes), 'outlet-574225');
    const { report, errors } = await tryCreate(
      applicationInput(barcodes, {
        originalUnit: { indoorBarcode: first.originalUnit.indoorBarcode },
      }),
      'outlet-574307',
    );
    expect(report).toBeNull();
    const error = firstError(errors);
    expect(error.extensions?.code).toBe('CONFLICT');
    expect(error.extensions?.reason).toBe('BARCODE_ALREADY_USED');
    expect(error.extensions?.reportCode).toBe(first.code);
    expect(error.message).toContain(first.code);
  });

  it('update names the other report', async () => {
    const other = await createReport(
      applicationInput(barcodes, { type: 'PRE_SALE_OUTDOOR' }),
      'outlet-574225',
    );
    const draft = await createReport(applicationInput(barcodes), 'outlet-574225');
    const { errors } = await tryMutateReport(
      'updateReturnReport',
      'id: $id, input: $input',
      {
        id: draft.id,
        input: applicationInput(barcodes, {
          type: 'PRE_SALE_WHOLE',
          originalUnit: {
            indoorBarcode: draft.originalUnit.indoorBarcode,
            outdoorBarcode: other.originalUnit.outdoorBarcode,
          },
        }),
      },
      'outlet-574225',
    );
    const error = firstError(errors);
    expect(error.extensions?.reason).toBe('BARCODE_ALREADY_USED');
    expect(error.extensions?.reportCode).toBe(other.code);
  });

  it('rejected report keeps its barcode', async () => {
    const rejected = await createReport(applicationInput(barcodes), 'outlet-574225', true);
    await reviewAtCenter(rejected.id, 'center-574001', {
      decision: 'REJECT',
      hasProductionRecord: true,
    });
    const { errors } = await tryCreate(
      applicationInput(barcodes, {
        originalUnit: { indoorBarcode: rejected.originalUnit.indoorBarcode },
      }),
    );
    expect(firstError(errors).extensions?.reason).toBe('BARCODE_ALREADY_USED');
  });

  it('stale version on update', async () => {
    const draft = await createReport(applicationInput(barcodes), 'outlet-574225');
    await tryMutateReport(
      'updateReturnReport',
      'id: $id, input: $input',
      { id: draft.id, input: applicationInput(barcodes) },
      'outlet-574225',
    );
    const { errors } = await tryMutateReport(
      'updateReturnReport',
      'id: $id, input: $input, version: $version',
      { id: draft.id, input: applicationInput(barcodes), version: draft.version },
      'outlet-574225',
    );
    const error = firstError(errors);
    expect(error.extensions?.code).toBe('CONFLICT');
    expect(error.extensions?.reason).toBe('STALE_VERSION');
  });

  it('update of another outlet is not found', async () => {
    const draft = await createReport(applicationInput(barcodes), 'outlet-574225');
    const { errors } = await tryMutateReport(
      'updateReturnReport',
      'id: $id, input: $input',
      { id: draft.id, input: applicationInput(barcodes) },
      'outlet-574307',
    );
    expect(firstError(errors).extensions?.code).toBe('NOT_FOUND');
  });

  it('exchange result without new barcode', async () => {
    const pending = await reportAt('RESULT_PENDING', applicationInput(barcodes), NINGBO);
    const { errors } = await tryMutateReport(
      'recordReturnResult',
      'id: $id, input: $input',
      { id: pending.id, input: { description: '已换机', enteredByOutlet: true } },
      'outlet-574225',
    );
    const error = firstError(errors);
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(fieldPaths(error)).toEqual(['input.newIndoorBarcode']);
  });

  it('result review cannot reject', async () => {
    const inReview = await reportAt('RESULT_REVIEW', applicationInput(barcodes), NINGBO);
    const { errors } = await tryMutateReport(
      'reviewReturnResult',
      'id: $id, decision: $decision',
      { id: inReview.id, decision: 'REJECT' },
      'center-574001',
    );
    const error = firstError(errors);
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(fieldPaths(error)).toEqual(['decision']);
    expect(error.message).toContain('REJECT');
  });

  it('result review sends back to result entry', async () => {
    const inReview = await reportAt('RESULT_REVIEW', applicationInput(barcodes), NINGBO);
    const { report } = await tryMutateReport(
      'reviewReturnResult',
      'id: $id, decision: $decision, comment: $comment',
      { id: inReview.id, decision: 'SEND_BACK', comment: '新机条码有误' },
      'center-574001',
    );
    expect(report?.status).toBe('RESULT_PENDING');
  });

  it('repair unit without capability', async () => {
    const repairPending = await reportAt('REPAIR_PENDING', applicationInput(barcodes), NINGBO);
    for (const code of ['574118', '574001', '999999']) {
      const { errors } = await tryMutateReport(
        'recordRepairProgress',
        'id: $id, input: $input',
        {
          id: repairPending.id,
          input: { repairUnitCode: code, disposition: 'WRITE_OFF', completedOn: chinaDate() },
        },
        'center-574001',
      );
      const error = firstError(errors);
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      expect(fieldPaths(error)).toEqual(['input.repairUnitCode']);
      expect(error.message).toContain(code);
    }
  });

  it('repair completion in the future', async () => {
    const repairPending = await reportAt('REPAIR_PENDING', applicationInput(barcodes), NINGBO);
    const { errors } = await tryMutateReport(
      'recordRepairProgress',
      'id: $id, input: $input',
      {
        id: repairPending.id,
        input: { repairUnitCode: '574225', disposition: 'WRITE_OFF', completedOn: '2099-01-01' },
      },
      'center-574001',
    );
    expect(fieldPaths(firstError(errors))).toEqual(['input.completedOn']);
  });

  it('report query needs id or code', async () => {
    const result = await graphql('{ returnReport { id } }', {}, { as: 'hq' });
    expect(firstError(result.errors).extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('report query rejects id with code', async () => {
    const report = await createReport(applicationInput(barcodes), 'outlet-574225');
    const other = await createReport(applicationInput(barcodes), 'outlet-574225');
    const query = 'query($id: ID, $code: String) { returnReport(id: $id, code: $code) { id } }';
    for (const code of [report.code, other.code]) {
      const result = await graphql(query, { id: report.id, code }, { as: 'outlet-574225' });
      const error = firstError(result.errors);
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      expect(fieldPaths(error)).toEqual(['id']);
      expect(error.extensions?.fields?.[0].message).toContain('code');
    }
  });

  it('too many fault causes', async () => {
    const codes = Array.from({ length: 20_000 }, (_, index) => String(index).padStart(6, '0'));
    const { errors } = await tryCreate(applicationInput(barcodes, { faultCauseCodes: codes }));
    const error = firstError(errors);
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(fieldPaths(error)).toEqual(['input.faultCauseCodes']);
    expect(error.extensions?.fields?.[0].message).toContain('20000');
    expect(error.message.length).toBeLessThan(500);
  });

  it('too many faulty parts', async () => {
    const faultyParts = Array.from({ length: 20_000 }, (_, index) => ({
      partCode: String(index).padStart(8, '0'),
    }));
    const { errors } = await tryCreate(applicationInput(barcodes, { faultyParts }));
    const error = firstError(errors);
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(fieldPaths(error)).toEqual(['input.faultyParts']);
    expect(error.extensions?.fields?.[0].message).toContain('20000');
    expect(error.message.length).toBeLessThan(500);
  });

  it('overlong codes are not looked up', async () => {
    const longCode = '0'.repeat(100_000);
    const { errors } = await tryCreate(
      applicationInput(barcodes, {
        faultCauseCodes: ['050507', longCode],
        faultyParts: [{ partCode: longCode }],
      }),
    );
    const error = firstError(errors);
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(fieldPaths(error)).toEqual(['input.faultCauseCodes.1', 'input.faultyParts.0.partCode']);
    expect(error.message.length).toBeLessThan(1000);
  });

  it('malformed fault-cause code', async () => {
    const { errors } = await tryCreate(applicationInput(barcodes, { faultCauseCodes: ['05050'] }));
    const error = firstError(errors);
    expect(fieldPaths(error)).toEqual(['input.faultCauseCodes.0']);
    expect(error.message).toContain('"05050"');
    expect(error.message).toContain('2, 4 or 6 digits');
  });

  it('pre-sale revision stays pre-sale', async () => {
    const pending = await reportAt('RESULT_PENDING', applicationInput(barcodes), NINGBO);
    const { errors } = await tryMutateReport(
      'reviseReturnReport',
      'id: $id, input: $input',
      {
        id: pending.id,
        input: applicationInput(barcodes, {
          type: 'AFTER_SALE_INDOOR',
          workOrderId: demoId(1, 0),
          originalUnit: { indoorBarcode: pending.originalUnit.indoorBarcode },
        }),
      },
      'outlet-574225',
    );
    const error = firstError(errors);
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(fieldPaths(error)).toContain('input.type');
    expect(fieldPaths(error)).toContain('input.workOrderId');
  });

  it('recording a result on a revision', async () => {
    const pending = await reportAt('RESULT_PENDING', applicationInput(barcodes), NINGBO);
    await tryMutateReport(
      'reviseReturnReport',
      'id: $id, input: $input',
      { id: pending.id, input: applicationInput(barcodes, { method: 'REFUND' }) },
      'outlet-574225',
    );
    const { errors } = await tryMutateReport(
      'recordReturnResult',
      'id: $id, input: $input',
      {
        id: pending.id,
        input: { newIndoorBarcode: '123', description: '已换机', enteredByOutlet: true },
      },
      'outlet-574225',
    );
    const error = firstError(errors);
    expect(error.extensions?.code).toBe('CONFLICT');
    expect(error.extensions?.reason).toBe('INVALID_TRANSITION');
    expect(error.extensions?.currentStatus).toBe('CENTER_REVIEW');
  });
});

describe('step checks before input checks', () => {
  const longComment = '长'.repeat(3000);
  let centerReview: Report;
  let resultPending: Report;
  let repairPending: Report;

  beforeAll(async () => {
    centerReview = await reportAt('CENTER_REVIEW', applicationInput(barcodes), NINGBO);
    resultPending = await reportAt('RESULT_PENDING', applicationInput(barcodes), NINGBO);
    repairPending = await reportAt('REPAIR_PENDING', applicationInput(barcodes), NINGBO);
  });

  /** Steps with invalid input, each sent to a report whose status does not allow the step. */
  const wrongStatusCases: {
    step: string;
    report: () => Report;
    argumentsText: string;
    variables: () => Record<string, unknown>;
    as: string;
  }[] = [
    {
      step: 'updateReturnReport',
      report: () => centerReview,
      argumentsText: 'id: $id, input: $input',
      variables: () => ({ input: applicationInput(barcodes, { faultCauseCodes: [] }) }),
      as: 'outlet-574225',
    },
    {
      step: 'reviseReturnReport',
      report: () => centerReview,
      argumentsText: 'id: $id, input: $input',
      variables: () => ({ input: applicationInput(barcodes, { faultCauseCodes: [] }) }),
      as: 'outlet-574225',
    },
    {
      step: 'reviewReturnReport',
      report: () => resultPending,
      argumentsText: 'id: $id, input: $input',
      variables: () => ({
        input: {
          decision: 'APPROVE',
          hasProductionRecord: true,
          isCommonQualityIssue: false,
          comment: longComment,
        },
      }),
      as: 'center-574001',
    },
    {
      step: 'approveReturnReportAtHq',
      report: () => centerReview,
      argumentsText: 'id: $id, decision: $decision, comment: $comment',
      variables: () => ({ decision: 'APPROVE', comment: longComment }),
      as: 'hq',
    },
    {
      step: 'recordReturnResult',
      report: () => centerReview,
      argumentsText: 'id: $id, input: $input',
      variables: () => ({
        input: { newIndoorBarcode: '123', description: '已换机', enteredByOutlet: true },
      }),
      as: 'outlet-574225',
    },
    {
      step: 'reviewReturnResult',
      report: () => resultPending,
      argumentsText: 'id: $id, decision: $decision',
      variables: () => ({ decision: 'REJECT' }),
      as: 'center-574001',
    },
    {
      step: 'recordRepairProgress',
      report: () => resultPending,
      argumentsText: 'id: $id, input: $input',
      variables: () => ({
        input: { repairUnitCode: '574118', disposition: 'WRITE_OFF', completedOn: '2099-01-01' },
      }),
      as: 'center-574001',
    },
    {
      step: 'changeRepairUnit',
      report: () => repairPending,
      argumentsText: 'id: $id, repairUnitCode: $repairUnitCode',
      variables: () => ({ repairUnitCode: 'not-a-code' }),
      as: 'center-574001',
    },
  ];

  it.each(wrongStatusCases)('$step in the wrong status', async (testCase) => {
    const report = testCase.report();
    const { errors } = await tryMutateReport(
      testCase.step,
      testCase.argumentsText,
      { id: report.id, ...testCase.variables() },
      testCase.as,
    );
    const error = firstError(errors);
    expect(error.extensions?.code).toBe('CONFLICT');
    expect(error.extensions?.reason).toBe('INVALID_TRANSITION');
    expect(error.extensions?.currentStatus).toBe(report.status);
  });

  it('wrong party before input checks', async () => {
    const review = await tryMutateReport(
      'reviewReturnReport',
      'id: $id, input: $input',
      {
        id: centerReview.id,
        input: {
          decision: 'APPROVE',
          hasProductionRecord: true,
          isCommonQualityIssue: false,
          comment: longComment,
        },
      },
      'outlet-574225',
    );
    expect(firstError(review.errors).extensions?.code).toBe('FORBIDDEN');

    const result = await tryMutateReport(
      'recordReturnResult',
      'id: $id, input: $input',
      {
        id: resultPending.id,
        input: { newIndoorBarcode: '123', description: '已换机', enteredByOutlet: true },
      },
      'center-574001',
    );
    expect(firstError(result.errors).extensions?.code).toBe('FORBIDDEN');
  });

  it('invisible report before the step check', async () => {
    const { errors } = await tryMutateReport(
      'recordReturnResult',
      'id: $id, input: $input',
      {
        id: centerReview.id,
        input: { newIndoorBarcode: '123', description: '已换机', enteredByOutlet: true },
      },
      'outlet-571212',
    );
    expect(firstError(errors).extensions?.code).toBe('NOT_FOUND');
  });

  it('analyst before the step check', async () => {
    const { errors } = await tryMutateReport(
      'recordReturnResult',
      'id: $id, input: $input',
      {
        id: centerReview.id,
        input: { newIndoorBarcode: '123', description: '已换机', enteredByOutlet: true },
      },
      'analyst',
    );
    expect(firstError(errors).extensions?.reason).toBe('READ_ONLY_ROLE');
  });
});
