import { chinaDate, chinaDateCompact } from '../../platform/china-time';
import { graphql } from '../support/client';
import {
  applicationInput,
  approveAtHq,
  BarcodeFactory,
  createReport,
  mutateReport,
  recordRepairProgress,
  recordResult,
  replacementOf,
  reportAt,
  reviewAtCenter,
  reviewResult,
} from './support';

const barcodes = new BarcodeFactory(0);

describe('return report workflow', () => {
  it('runs from application to end through HQ approval', async () => {
    const input = applicationInput(barcodes, { type: 'PRE_SALE_WHOLE' });
    const draft = await createReport(input, 'outlet-574225');
    expect(draft.status).toBe('DRAFT');
    expect(draft.code).toMatch(new RegExp(`^574225${chinaDateCompact()}\\d{4}$`));
    expect(draft.center.code).toBe('574001');
    expect(draft.originalUnit.indoorModel).toBe('KFR-35G/BpDA-3');
    expect(draft.originalUnit.outdoorModel).toBe('KFR-35W/BpDA-3');
    expect(draft.originalUnit.wholeUnitModel).toBe('KFR-35GW/BpDA-3');
    expect(draft.originalUnit.brand).toBe('凌风');
    expect(draft.customer.areaCode).toBe('0574');
    expect(draft.priceDifference).toBe('199.50');
    expect(draft.submittedAt).toBeNull();

    const submitted = await mutateReport(
      'submitReturnReport',
      'id: $id',
      { id: draft.id },
      'outlet-574225',
    );
    expect(submitted.status).toBe('CENTER_REVIEW');
    expect(submitted.submittedAt).not.toBeNull();

    const reviewed = await reviewAtCenter(draft.id, 'center-574001', {
      decision: 'APPROVE',
      hasProductionRecord: false,
      isCommonQualityIssue: true,
      comment: '无生产记录',
    });
    expect(reviewed.status).toBe('HQ_APPROVAL');
    expect(reviewed.isCommonQualityIssue).toBe(true);
    expect(reviewed.hasProductionRecord).toBe(false);

    const approved = await approveAtHq(draft.id);
    expect(approved.status).toBe('RESULT_PENDING');

    const newIndoor = replacementOf(input.originalUnit.indoorBarcode);
    const withResult = await recordResult(draft.id, 'outlet-574225', {
      newIndoorBarcode: newIndoor,
      description: '已换新机',
      enteredByOutlet: true,
    });
    expect(withResult.status).toBe('RESULT_REVIEW');
    expect(withResult.result.newIndoorBarcode).toBe(newIndoor);
    expect(withResult.result.newIndoorModel).toBe('KFR-35G/BpDA-3');
    expect(withResult.result.newWholeUnitModel).toBe('KFR-35GW/BpDA-3');
    expect(withResult.result.enteredBy.id).toBe('outlet-574225');

    const resultApproved = await reviewResult(draft.id, 'center-574001');
    expect(resultApproved.status).toBe('REPAIR_PENDING');

    const ended = await recordRepairProgress(draft.id, 'center-574001', '574307');
    expect(ended.status).toBe('ENDED');
    expect(ended.repairProgress.repairUnit.code).toBe('574307');
    expect(ended.repairProgress.disposition).toBe('REPAIR_TO_STOCK');
    expect(ended.repairProgress.completedOn).toBe(chinaDate());
    expect(ended.version).toBe(7);

    expect(ended.reviews.map((review: any) => `${review.stage}:${review.decision}`)).toEqual([
      'CENTER:APPROVE',
      'HQ:APPROVE',
      'RESULT:APPROVE',
    ]);
    expect(ended.reviews[0].reviewer.id).toBe('center-574001');
    expect(ended.reviews[0].organization.code).toBe('574001');
    expect(ended.reviews[0].comment).toBe('无生产记录');
    expect(ended.reviews[1].organization.code).toBe('756000');
    expect(ended.history.map((event: any) => event.action)).toEqual([
      'create',
      'submit',
      'approveAtCenter',
      'approveAtHq',
      'recordResult',
      'approveResult',
      'recordRepairProgress',
    ]);
    expect(ended.history[6].toStatus).toBe('ENDED');
  });

  it('skips HQ when a production record is found', async () => {
    const report = await createReport(applicationInput(barcodes), 'outlet-574225', true);
    expect(report.status).toBe('CENTER_REVIEW');
    expect(report.history.map((event: any) => event.action)).toEqual(['create', 'submit']);

    const approved = await reviewAtCenter(report.id, 'center-574001', {
      decision: 'APPROVE',
      hasProductionRecord: true,
    });
    expect(approved.status).toBe('RESULT_PENDING');

    const withResult = await recordResult(report.id, 'outlet-574225', {
      newIndoorBarcode: replacementOf(report.originalUnit.indoorBarcode),
      description: '已换新机',
      enteredByOutlet: false,
    });
    expect(withResult.result.enteredByOutlet).toBe(false);
    await reviewResult(report.id, 'center-574001');
    const ended = await recordRepairProgress(report.id, 'center-574001', '574225', 'WRITE_OFF');
    expect(ended.status).toBe('ENDED');
    expect(ended.reviews.map((review: any) => review.stage)).toEqual(['CENTER', 'RESULT']);
  });

  it('lets a center raise a report for itself', async () => {
    const report = await createReport(applicationInput(barcodes), 'center-574001', true);
    expect(report.code.startsWith(`574001${chinaDateCompact()}`)).toBe(true);
    expect(report.center.code).toBe('574001');
    const approved = await reviewAtCenter(report.id, 'center-574001', {
      decision: 'APPROVE',
      hasProductionRecord: true,
    });
    expect(approved.status).toBe('RESULT_PENDING');
  });

  it('returns to result entry after a revision', async () => {
    const pending = await reportAt('RESULT_PENDING', applicationInput(barcodes), {
      outlet: 'outlet-574225',
      center: 'center-574001',
    });
    const revisedInput = applicationInput(barcodes, { method: 'REFUND', newUnitPrice: null });
    const revised = await mutateReport(
      'reviseReturnReport',
      'id: $id, input: $input, version: $version',
      { id: pending.id, input: revisedInput, version: pending.version },
      'outlet-574225',
    );
    expect(revised.status).toBe('CENTER_REVIEW');
    expect(revised.revision).toBe(true);
    expect(revised.method).toBe('REFUND');
    expect(revised.priceDifference).toBeNull();
    expect(revised.originalUnit.indoorBarcode).toBe(revisedInput.originalUnit.indoorBarcode);

    // Approval of a revision goes straight back to result entry, even without production record.
    const approved = await reviewAtCenter(pending.id, 'center-574001', {
      decision: 'APPROVE',
      hasProductionRecord: false,
    });
    expect(approved.status).toBe('RESULT_PENDING');
    expect(approved.revision).toBe(false);

    const refunded = await recordResult(pending.id, 'outlet-574225', {
      description: '已退款',
      enteredByOutlet: true,
    });
    expect(refunded.status).toBe('RESULT_REVIEW');
    expect(refunded.result.newIndoorBarcode).toBeNull();
    expect(refunded.history.map((event: any) => event.action)).toContain('revise');
  });

  it('revision keeps its shortcut after a send-back', async () => {
    const pending = await reportAt('RESULT_PENDING', applicationInput(barcodes), {
      outlet: 'outlet-574225',
      center: 'center-574001',
    });
    await mutateReport(
      'reviseReturnReport',
      'id: $id, input: $input',
      { id: pending.id, input: applicationInput(barcodes) },
      'outlet-574225',
    );
    const sentBack = await reviewAtCenter(pending.id, 'center-574001', {
      decision: 'SEND_BACK',
      hasProductionRecord: false,
      comment: '请补充照片',
    });
    expect(sentBack.status).toBe('SENT_BACK');
    await mutateReport('submitReturnReport', 'id: $id', { id: pending.id }, 'outlet-574225');
    const approved = await reviewAtCenter(pending.id, 'center-574001', {
      decision: 'APPROVE',
      hasProductionRecord: false,
    });
    expect(approved.status).toBe('RESULT_PENDING');
  });

  it('sends back, edits and resubmits', async () => {
    const report = await createReport(applicationInput(barcodes), 'outlet-574225', true);
    const sentBack = await reviewAtCenter(report.id, 'center-574001', {
      decision: 'SEND_BACK',
      hasProductionRecord: true,
      comment: '缺少发票号',
    });
    expect(sentBack.status).toBe('SENT_BACK');
    const edited = await mutateReport(
      'updateReturnReport',
      'id: $id, input: $input, version: $version',
      {
        id: report.id,
        input: applicationInput(barcodes, { customer: { name: '改后客户', city: '杭州市' } }),
        version: sentBack.version,
      },
      'outlet-574225',
    );
    expect(edited.status).toBe('SENT_BACK');
    expect(edited.customer.name).toBe('改后客户');
    expect(edited.customer.areaCode).toBe('0571');
    const resubmitted = await mutateReport(
      'submitReturnReport',
      'id: $id',
      { id: report.id },
      'outlet-574225',
    );
    expect(resubmitted.status).toBe('CENTER_REVIEW');
    expect(resubmitted.submittedAt).toBe(report.submittedAt);
  });

  it('HQ sends back, then rejects', async () => {
    const report = await createReport(applicationInput(barcodes), 'outlet-574225', true);
    const toHq = { decision: 'APPROVE', hasProductionRecord: false };
    await reviewAtCenter(report.id, 'center-574001', toHq);
    const sentBack = await approveAtHq(report.id, 'SEND_BACK', '请核实购机日期');
    expect(sentBack.status).toBe('SENT_BACK');

    await mutateReport('submitReturnReport', 'id: $id', { id: report.id }, 'outlet-574225');
    await reviewAtCenter(report.id, 'center-574001', toHq);
    const rejected = await approveAtHq(report.id, 'REJECT', '超出退换期限');
    expect(rejected.status).toBe('REJECTED');
    expect(rejected.reviews.map((review: any) => `${review.stage}:${review.decision}`)).toEqual([
      'CENTER:APPROVE',
      'HQ:SEND_BACK',
      'CENTER:APPROVE',
      'HQ:REJECT',
    ]);
    expect(rejected.reviews[3].comment).toBe('超出退换期限');
  });

  it('rejects finally at the center', async () => {
    const report = await createReport(applicationInput(barcodes), 'outlet-574225', true);
    const rejected = await reviewAtCenter(report.id, 'center-574001', {
      decision: 'REJECT',
      hasProductionRecord: true,
      comment: '人为损坏',
    });
    expect(rejected.status).toBe('REJECTED');
    expect(rejected.reviews[0].decision).toBe('REJECT');
  });

  it('deletes a draft and frees its barcode', async () => {
    const input = applicationInput(barcodes);
    const draft = await createReport(input, 'outlet-574225');
    const deleted = await graphql(
      'mutation($id: ID!) { deleteReturnReport(id: $id) }',
      { id: draft.id },
      { as: 'outlet-574225' },
    );
    expect(deleted.data.deleteReturnReport).toBe(draft.id);
    const again = await createReport(input, 'outlet-574225');
    expect(again.originalUnit.indoorBarcode).toBe(input.originalUnit.indoorBarcode);
    expect(Number(again.code.slice(-4))).toBeGreaterThan(Number(draft.code.slice(-4)));
    const afterDelete = await graphql(
      'query($id: ID) { returnReport(id: $id) { id } }',
      { id: draft.id },
      { as: 'outlet-574225' },
    );
    expect(afterDelete.data.returnReport).toBeNull();
  });
});
