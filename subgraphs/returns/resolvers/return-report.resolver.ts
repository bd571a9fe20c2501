import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { documentScope, freeTextFor } from '../../../platform/auth/visibility';
import { invalidField } from '../../../platform/errors';
import {
  Attachment,
  Customer,
  customerFromColumns,
  DocumentEvent,
  toDocumentEvents,
} from '../../../platform/graphql/common-types';
import {
  FaultCauseLine,
  FaultyPartLine,
  OrganizationReference,
  UserReference,
} from '../../../platform/graphql/references';
import { paginate } from '../../../platform/pagination';
import { RequestContext } from '../../../platform/server/context';
import { ReturnReport } from '../entities/return-report';
import { ReturnReview } from '../entities/return-review';
import { ReturnReportConnection } from '../graphql/connection';
import { listArgsType } from '../../../platform/graphql/connection';
import { WorkOrderReference } from '../graphql/federation-types';
import { ReturnReportFilter } from '../graphql/inputs';
import { OriginalUnit, RepairProgress, ReturnResult } from '../graphql/report-parts';
import {
  faultCauseLinesLoader,
  faultyPartLinesLoader,
  historyLoader,
  reviewsLoader,
  visibleReportLoader,
} from '../loaders';
import { applyReportFilter } from '../services/report-search';
import { visibleReports } from '../visibility';

/** Returns free text as the caller may read it: with phone numbers masked for analysts. */
const ReturnReportsArgs = listArgsType(ReturnReportFilter);
type ReturnReportsArgs = InstanceType<typeof ReturnReportsArgs>;

@Resolver(() => ReturnReport)
export class ReturnReportResolver {
  @Query(() => ReturnReport, {
    nullable: true,
    description:
      'A report by id or by number (give exactly one); null when it does not exist or is not visible.',
  })
  async returnReport(
    @Arg('id', () => ID, { nullable: true }) id: string | null,
    @Arg('code', () => String, { nullable: true }) code: string | null,
    @Ctx() context: RequestContext,
  ): Promise<ReturnReport | null> {
    if ((id == null) === (code == null)) {
      const got = id == null ? 'got neither' : 'got both';
      throw invalidField('id', `give exactly one of the arguments id and code (${got})`);
    }
    if (id != null) return visibleReportLoader(context).load(id);
    return visibleReports(context)
      .andWhere('report.code = :code', { code: (code as string).trim() })
      .getOne();
  }

  @Query(() => ReturnReportConnection, {
    description: 'Reports visible to the caller, newest first; 20 a page by default.',
  })
  async returnReports(
    @Args(() => ReturnReportsArgs) args: ReturnReportsArgs,
    @Ctx() context: RequestContext,
  ): Promise<ReturnReportConnection> {
    const query = applyReportFilter(visibleReports(context), args.filter);
    return paginate(query, 'report', args);
  }

  @FieldResolver(() => WorkOrderReference, {
    nullable: true,
    description:
      'The work order the return came from; required for after-sale types. Null for a repair unit that did not submit the report, because work orders are visible only to the outlet they are dispatched to.',
  })
  workOrder(
    @Root() report: ReturnReport,
    @Ctx() context: RequestContext,
  ): WorkOrderReference | null {
    if (!report.workOrderId) return null;
    // The linked order was in the submitting outlet's hands when linked, so another outlet (a
    // repair unit) cannot see it. A reference to it would make the gateway report an error.
    const scope = documentScope(context.actor);
    if (scope.kind === 'outlet' && scope.organizationCode !== report.submittingOrganizationCode) {
      return null;
    }
    return { id: report.workOrderId };
  }

  @FieldResolver(() => UserReference)
  submitter(@Root() report: ReturnReport): UserReference {
    return { id: report.submitterId };
  }

  @FieldResolver(() => OrganizationReference)
  submittingOrganization(@Root() report: ReturnReport): OrganizationReference {
    return { code: report.submittingOrganizationCode };
  }

  @FieldResolver(() => OrganizationReference, {
    description: 'The marketing center that reviews the report.',
  })
  center(@Root() report: ReturnReport): OrganizationReference {
    return { code: report.centerCode };
  }

  @FieldResolver(() => OriginalUnit)
  originalUnit(@Root() report: ReturnReport): OriginalUnit {
    return {
      brand: report.brand,
      category: report.category,
      wholeUnitModel: report.wholeUnitModel,
      invoiceNumber: report.invoiceNumber,
      indoorBarcode: report.indoorBarcode,
      indoorModel: report.indoorModel,
      outdoorBarcode: report.outdoorBarcode,
      outdoorModel: report.outdoorModel,
      installerName: report.installerName,
      purchaseChannel: report.purchaseChannel,
      sellerName: report.sellerName,
      storeType: report.storeType,
      purchaseDate: report.purchaseDate,
      placeOfUse: report.placeOfUse,
    };
  }

  @FieldResolver(() => Customer, { description: 'Phones are masked for the ANALYST role.' })
  customer(@Root() report: ReturnReport, @Ctx() context: RequestContext): Customer {
    return customerFromColumns(context.actor, report);
  }

  @FieldResolver(() => String, { nullable: true })
  faultDescription(@Root() report: ReturnReport, @Ctx() context: RequestContext): string | null {
    return freeTextFor(context.actor, report.faultDescription);
  }

  @FieldResolver(() => String, { nullable: true })
  handling(@Root() report: ReturnReport, @Ctx() context: RequestContext): string | null {
    return freeTextFor(context.actor, report.handling);
  }

  @FieldResolver(() => [FaultCauseLine])
  async faultCauses(
    @Root() report: ReturnReport,
    @Ctx() context: RequestContext,
  ): Promise<FaultCauseLine[]> {
    const lines = await faultCauseLinesLoader(context).load(report.id);
    return lines.map((line) => ({ faultCause: { code: line.faultCauseCode } }));
  }

  @FieldResolver(() => [FaultyPartLine])
  async faultyParts(
    @Root() report: ReturnReport,
    @Ctx() context: RequestContext,
  ): Promise<FaultyPartLine[]> {
    const lines = await faultyPartLinesLoader(context).load(report.id);
    return lines.map((line) => ({
      part: { code: line.partCode },
      missing: line.missing,
      missingOnUnboxing: line.missingOnUnboxing,
    }));
  }

  @FieldResolver(() => [ReturnReview], { description: 'Every review decision, oldest first.' })
  async reviews(
    @Root() report: ReturnReport,
    @Ctx() context: RequestContext,
  ): Promise<ReturnReview[]> {
    return reviewsLoader(context).load(report.id);
  }

  @FieldResolver(() => ReturnResult, { nullable: true })
  result(@Root() report: ReturnReport, @Ctx() context: RequestContext): ReturnResult | null {
    if (!report.resultEnteredAt || !report.resultEnteredBy) return null;
    const description = report.resultDescription ?? '';
    return {
      newIndoorBarcode: report.resultNewIndoorBarcode,
      newOutdoorBarcode: report.resultNewOutdoorBarcode,
      newWholeUnitModel: report.resultNewWholeUnitModel,
      newIndoorModel: report.resultNewIndoorModel,
      newOutdoorModel: report.resultNewOutdoorModel,
      description: freeTextFor(context.actor, description) ?? '',
      enteredByOutlet: report.resultEnteredByOutlet ?? false,
      enteredBy: { id: report.resultEnteredBy },
      enteredAt: report.resultEnteredAt,
    };
  }

  @FieldResolver(() => RepairProgress, { nullable: true })
  repairProgress(@Root() report: ReturnReport): RepairProgress | null {
    if (
      !report.repairUnitCode ||
      !report.repairDisposition ||
      !report.repairCompletedOn ||
      !report.repairEnteredBy ||
      !report.repairEnteredAt
    ) {
      return null;
    }
    return {
      repairUnit: { code: report.repairUnitCode },
      disposition: report.repairDisposition,
      completedOn: report.repairCompletedOn,
      enteredBy: { id: report.repairEnteredBy },
      enteredAt: report.repairEnteredAt,
    };
  }

  @FieldResolver(() => [DocumentEvent])
  async history(
    @Root() report: ReturnReport,
    @Ctx() context: RequestContext,
  ): Promise<DocumentEvent[]> {
    return toDocumentEvents(await historyLoader(context).load(report.id), context.actor);
  }

  @FieldResolver(() => [Attachment], {
    description: 'Photos and documents of the report; none can be attached yet.',
  })
  attachments(): Attachment[] {
    // TODO: serve stored attachments once uploading exists; until then every report has none.
    return [];
  }
}

@Resolver(() => ReturnReview)
export class ReturnReviewResolver {
  @FieldResolver(() => UserReference)
  reviewer(@Root() review: ReturnReview): UserReference {
    return { id: review.reviewerId };
  }

  @FieldResolver(() => OrganizationReference)
  organization(@Root() review: ReturnReview): OrganizationReference {
    return { code: review.organizationCode };
  }

  @FieldResolver(() => String, { nullable: true })
  comment(@Root() review: ReturnReview, @Ctx() context: RequestContext): string | null {
    return freeTextFor(context.actor, review.comment);
  }
}
