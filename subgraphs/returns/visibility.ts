import { Actor } from '../../platform/auth/actor';
import { documentScope, isVisible, visibilityCondition } from '../../platform/auth/visibility';
import { RequestContext } from '../../platform/server/context';
import { SelectQueryBuilder } from 'typeorm';
import { ReturnReport } from './entities/return-report';

/**
 * Columns that decide who may read a report. An outlet may read the reports it submitted and
 * those naming it as repair unit, and a center those of its region. HQ and analysts may read
 * all, and departments none.
 */
const VISIBILITY_COLUMNS = {
  outlet: ['report.submittingOrganizationCode', 'report.repairUnitCode'],
  center: 'report.centerCode',
};

/** Starts a query over the reports that the caller may read, aliased `report`. */
export function visibleReports(context: RequestContext): SelectQueryBuilder<ReturnReport> {
  const condition = visibilityCondition(documentScope(context.actor), VISIBILITY_COLUMNS);
  return context.db
    .getRepository(ReturnReport)
    .createQueryBuilder('report')
    .where(condition.sql, condition.params);
}

export function canReadReport(
  actor: Actor,
  report: Pick<ReturnReport, 'submittingOrganizationCode' | 'repairUnitCode' | 'centerCode'>,
): boolean {
  return isVisible(documentScope(actor), {
    outlets: [report.submittingOrganizationCode, report.repairUnitCode],
    center: report.centerCode,
  });
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}
