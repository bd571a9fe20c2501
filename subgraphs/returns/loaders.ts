import { In } from 'typeorm';
import { DocumentEventRow, loadHistories } from '../../platform/history';
import { alignByKey, groupByKey, loaderFor, RequestContext } from '../../platform/server/context';
import { ReturnFaultCause, ReturnFaultyPart } from './entities/return-lines';
import { ReturnReport } from './entities/return-report';
import { ReturnReview } from './entities/return-review';
import { isUuid, visibleReports } from './visibility';

/** Per-request batched look-ups: one statement per kind of row, whatever the list length. */

/** Reports by id, null where missing or not visible to the caller. */
export function visibleReportLoader(context: RequestContext) {
  return loaderFor<string, ReturnReport | null>(context, 'visibleReport', async (ids) => {
    const valid = ids.filter(isUuid);
    if (valid.length === 0) return ids.map(() => null);
    const rows = await visibleReports(context)
      .andWhere('report.id IN (:...ids)', { ids: valid })
      .getMany();
    return alignByKey(ids, rows, (row) => row.id, null);
  });
}

/** Visible reports per work order id, newest first. */
export function workOrderReportsLoader(context: RequestContext) {
  return loaderFor<string, ReturnReport[]>(context, 'workOrderReports', async (ids) => {
    const valid = ids.filter(isUuid);
    if (valid.length === 0) return ids.map(() => []);
    const rows = await visibleReports(context)
      .andWhere('report.workOrderId IN (:...ids)', { ids: valid })
      .orderBy('report.createdAt', 'DESC')
      .addOrderBy('report.id', 'DESC')
      .getMany();
    return groupByKey(ids, rows, (row) => row.workOrderId as string);
  });
}

export function reviewsLoader(context: RequestContext) {
  return loaderFor<string, ReturnReview[]>(context, 'reviews', async (reportIds) => {
    const rows = await context.db
      .getRepository(ReturnReview)
      .find({ where: { reportId: In([...reportIds]) }, order: { id: 'ASC' } });
    return groupByKey(reportIds, rows, (row) => row.reportId);
  });
}

export function faultCauseLinesLoader(context: RequestContext) {
  return loaderFor<string, ReturnFaultCause[]>(context, 'faultCauseLines', async (reportIds) => {
    const rows = await context.db
      .getRepository(ReturnFaultCause)
      .find({ where: { reportId: In([...reportIds]) }, order: { position: 'ASC' } });
    return groupByKey(reportIds, rows, (row) => row.reportId);
  });
}

export function faultyPartLinesLoader(context: RequestContext) {
  return loaderFor<string, ReturnFaultyPart[]>(context, 'faultyPartLines', async (reportIds) => {
    const rows = await context.db
      .getRepository(ReturnFaultyPart)
      .find({ where: { reportId: In([...reportIds]) }, order: { position: 'ASC' } });
    return groupByKey(reportIds, rows, (row) => row.reportId);
  });
}

export function historyLoader(context: RequestContext) {
  return loaderFor<string, DocumentEventRow[]>(context, 'history', (reportIds) =>
    loadHistories(context.db.manager, 'returns', reportIds),
  );
}
