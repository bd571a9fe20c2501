import { SelectQueryBuilder } from 'typeorm';
import { chinaDayEnd, chinaDayStart } from '../../../platform/china-time';
import { invalidField } from '../../../platform/errors';
import { ReturnReport } from '../entities/return-report';
import { ReturnReportFilter } from '../graphql/inputs';

/** Escapes `%`, `_` and `\` so user text matches literally inside a LIKE pattern. */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

function containing(text: string): string {
  return `%${escapeLike(text.trim())}%`;
}

/**
 * Narrows a query over reports (alias `report`) to those matching every given criterion. Throws
 * BAD_USER_INPUT when the submission date range is reversed.
 */
export function applyReportFilter(
  query: SelectQueryBuilder<ReturnReport>,
  filter: ReturnReportFilter | null | undefined,
): SelectQueryBuilder<ReturnReport> {
  if (!filter) return query;
  const text = (value: string | null | undefined) => value?.trim() || null;

  if (filter.submittedFrom && filter.submittedTo && filter.submittedFrom > filter.submittedTo) {
    throw invalidField(
      'filter.submittedTo',
      `must not be before submittedFrom (got submittedFrom "${filter.submittedFrom}" and submittedTo "${filter.submittedTo}"). Swap the two dates`,
    );
  }
  const code = text(filter.code);
  if (code) query.andWhere('report.code LIKE :codePrefix', { codePrefix: `${escapeLike(code)}%` });
  if (filter.submittedFrom) {
    query.andWhere('report.submittedAt >= :submittedFrom', {
      submittedFrom: chinaDayStart(filter.submittedFrom),
    });
  }
  if (filter.submittedTo) {
    query.andWhere('report.submittedAt < :submittedBefore', {
      submittedBefore: chinaDayEnd(filter.submittedTo),
    });
  }
  const exact: [string | null, string, string][] = [
    [text(filter.indoorBarcode), 'report.indoorBarcode', 'indoorBarcode'],
    [text(filter.outdoorBarcode), 'report.outdoorBarcode', 'outdoorBarcode'],
    [text(filter.submittingOrganizationCode), 'report.submittingOrganizationCode', 'submitter'],
    [text(filter.centerCode), 'report.centerCode', 'centerCode'],
    [text(filter.workOrderCode), 'report.workOrderCode', 'workOrderCode'],
    [text(filter.repairUnitCode), 'report.repairUnitCode', 'repairUnitCode'],
  ];
  for (const [value, column, parameter] of exact) {
    if (value) query.andWhere(`${column} = :${parameter}`, { [parameter]: value });
  }
  const wholeUnitModel = text(filter.wholeUnitModel);
  if (wholeUnitModel) {
    query.andWhere('report.wholeUnitModel ILIKE :wholeUnitModel', {
      wholeUnitModel: containing(wholeUnitModel),
    });
  }
  const partModel = text(filter.faultyPartModel);
  if (partModel) {
    query.andWhere(
      `EXISTS (SELECT 1 FROM "returns".return_faulty_part part
                WHERE part.report_id = report.id AND part.part_model ILIKE :partModel)`,
      { partModel: containing(partModel) },
    );
  }
  const causeText = text(filter.faultCauseText);
  if (causeText) {
    query.andWhere(
      `EXISTS (SELECT 1 FROM "returns".return_fault_cause cause
                WHERE cause.report_id = report.id
                  AND (cause.fault_cause_code LIKE :causeText OR cause.description LIKE :causeText))`,
      { causeText: containing(causeText) },
    );
  }
  if (filter.status && filter.status.length > 0) {
    query.andWhere('report.status IN (:...statuses)', { statuses: filter.status });
  }
  return query;
}
