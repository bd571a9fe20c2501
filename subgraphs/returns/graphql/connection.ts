import { connectionType } from '../../../platform/graphql/connection';
import { ReturnReport } from '../entities/return-report';

export const ReturnReportConnection = connectionType(
  'ReturnReport',
  ReturnReport,
  'One page of return reports, newest first, with the total count.',
);
export type ReturnReportConnection = InstanceType<typeof ReturnReportConnection>;
