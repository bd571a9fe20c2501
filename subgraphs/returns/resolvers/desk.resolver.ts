import { Ctx, FieldResolver, Resolver } from 'type-graphql';
import { hasRole, Role } from '../../../platform/auth/actor';
import { DeskCount } from '../../../platform/graphql/references';
import { RequestContext } from '../../../platform/server/context';
import { SqlCondition } from '../../../platform/workflow';
import { ReturnReportDesk } from '../graphql/federation-types';
import { visibleReports } from '../visibility';
import { ReturnParty, returnWorkflow } from '../workflow';

@Resolver(() => ReturnReportDesk)
export class ReturnReportDeskResolver {
  @FieldResolver(() => DeskCount, {
    description:
      "Return reports waiting for the caller's organisation, and the open ones it can see.",
  })
  async returnReports(@Ctx() context: RequestContext): Promise<DeskCount> {
    const actor = context.actor;
    const ownOrganization = { deskOrganization: actor.organizationCode };
    const parties: Record<ReturnParty, SqlCondition | null> = {
      SUBMITTER: hasRole(actor, Role.OUTLET, Role.CENTER)
        ? { sql: 'report.submittingOrganizationCode = :deskOrganization', params: ownOrganization }
        : null,
      CENTER: hasRole(actor, Role.CENTER)
        ? { sql: 'report.centerCode = :deskOrganization', params: ownOrganization }
        : null,
      HQ: hasRole(actor, Role.HQ) ? { sql: 'TRUE', params: {} } : null,
    };
    const awaiting = returnWorkflow.awaitingCondition('report.status', parties);
    const open = returnWorkflow.openCondition('report.status');
    const counts = await visibleReports(context)
      .select(`COUNT(*) FILTER (WHERE ${awaiting.sql})`, 'awaiting')
      .addSelect(`COUNT(*) FILTER (WHERE ${open.sql})`, 'open')
      .setParameters({ ...awaiting.params, ...open.params })
      .getRawOne<{ awaiting: string; open: string }>();
    return { awaitingMyAction: Number(counts?.awaiting ?? 0), open: Number(counts?.open ?? 0) };
  }
}
