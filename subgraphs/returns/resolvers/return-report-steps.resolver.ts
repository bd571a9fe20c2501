import { Arg, Ctx, Directive, ID, Mutation, Resolver } from 'type-graphql';
import { ReviewDecision } from '../../../platform/graphql/common-types';
import { RequestContext } from '../../../platform/server/context';
import { ReturnReport } from '../entities/return-report';
import {
  RepairProgressInput,
  ReturnReportInput,
  ReturnResultInput,
  ReturnReviewInput,
} from '../graphql/inputs';
import {
  createReport,
  deleteReport,
  replaceApplication,
  submitReport,
} from '../services/application-service';
import { requireInternalCall } from '../../../platform/auth/internal-call';
import { VersionArg } from '../../../platform/graphql/version-arg';
import {
  changeRepairUnit,
  recordRepairProgress,
  releaseRepairOrder,
  reserveRepairOrder,
} from '../services/repair-service';
import { recordResult } from '../services/result-service';
import { approveAtHq, reviewAtCenter, reviewResult } from '../services/review-service';

/** Every step of a return report's life, one mutation each. */
@Resolver(() => ReturnReport)
export class ReturnReportStepsResolver {
  @Mutation(() => ReturnReport, {
    description:
      "Saves a new report for the caller's organisation as a draft, or submits it at once with `submit: true`.",
  })
  createReturnReport(
    @Arg('input', () => ReturnReportInput) input: ReturnReportInput,
    @Arg('submit', () => Boolean, { nullable: true }) submit: boolean | null,
    @Ctx() context: RequestContext,
  ): Promise<ReturnReport> {
    return createReport(context, input, submit ?? false);
  }

  @Mutation(() => ReturnReport, {
    description: 'Replaces the application of a draft or sent-back report.',
  })
  updateReturnReport(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => ReturnReportInput) input: ReturnReportInput,
    @VersionArg()
    version: number | null,
    @Ctx() context: RequestContext,
  ): Promise<ReturnReport> {
    return replaceApplication(context, 'update', id, input, version);
  }

  @Mutation(() => ReturnReport, {
    description: 'Submits a draft or sent-back report for center review.',
  })
  submitReturnReport(
    @Arg('id', () => ID) id: string,
    @VersionArg()
    version: number | null,
    @Ctx() context: RequestContext,
  ): Promise<ReturnReport> {
    return submitReport(context, id, version);
  }

  @Mutation(() => ID, {
    description: 'Deletes a draft, freeing its barcodes; returns its id. Its number is not reused.',
  })
  deleteReturnReport(
    @Arg('id', () => ID) id: string,
    @VersionArg()
    version: number | null,
    @Ctx() context: RequestContext,
  ): Promise<string> {
    return deleteReport(context, id, version);
  }

  @Mutation(() => ReturnReport, {
    description:
      'Center review: approve (to HQ approval without a production record, else to result entry), send back, or reject.',
  })
  reviewReturnReport(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => ReturnReviewInput) input: ReturnReviewInput,
    @VersionArg()
    version: number | null,
    @Ctx() context: RequestContext,
  ): Promise<ReturnReport> {
    return reviewAtCenter(context, id, input, version);
  }

  @Mutation(() => ReturnReport, {
    description:
      'HQ approval of a report without production record: approve, send back, or reject.',
  })
  approveReturnReportAtHq(
    @Arg('id', () => ID) id: string,
    @Arg('decision', () => ReviewDecision) decision: ReviewDecision,
    @Arg('comment', () => String, { nullable: true }) comment: string | null,
    @VersionArg()
    version: number | null,
    @Ctx() context: RequestContext,
  ): Promise<ReturnReport> {
    return approveAtHq(context, id, decision, comment, version);
  }

  @Mutation(() => ReturnReport, { description: 'Records the result; the center reviews it next.' })
  recordReturnResult(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => ReturnResultInput) input: ReturnResultInput,
    @VersionArg()
    version: number | null,
    @Ctx() context: RequestContext,
  ): Promise<ReturnReport> {
    return recordResult(context, id, input, version);
  }

  @Mutation(() => ReturnReport, {
    description:
      'Changes the application while the result is pending; the report goes back to center review as a revision.',
  })
  reviseReturnReport(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => ReturnReportInput) input: ReturnReportInput,
    @VersionArg()
    version: number | null,
    @Ctx() context: RequestContext,
  ): Promise<ReturnReport> {
    return replaceApplication(context, 'revise', id, input, version);
  }

  @Mutation(() => ReturnReport, {
    description: 'Center review of the result: APPROVE or SEND_BACK; REJECT is not allowed here.',
  })
  reviewReturnResult(
    @Arg('id', () => ID) id: string,
    @Arg('decision', () => ReviewDecision) decision: ReviewDecision,
    @Arg('comment', () => String, { nullable: true }) comment: string | null,
    @VersionArg()
    version: number | null,
    @Ctx() context: RequestContext,
  ): Promise<ReturnReport> {
    return reviewResult(context, id, decision, comment, version);
  }

  @Mutation(() => ReturnReport, {
    description: 'Records repair unit, disposition and completion date; the report ends.',
  })
  recordRepairProgress(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => RepairProgressInput) input: RepairProgressInput,
    @VersionArg()
    version: number | null,
    @Ctx() context: RequestContext,
  ): Promise<ReturnReport> {
    return recordRepairProgress(context, id, input, version);
  }

  @Mutation(() => ReturnReport, {
    description: 'Names another repair unit on an ended report that has no repair order yet.',
  })
  changeRepairUnit(
    @Arg('id', () => ID) id: string,
    @Arg('repairUnitCode', () => String) repairUnitCode: string,
    @VersionArg()
    version: number | null,
    @Ctx() context: RequestContext,
  ): Promise<ReturnReport> {
    return changeRepairUnit(context, id, repairUnitCode, version);
  }

  @Mutation(() => Boolean, {
    description:
      'Reserves one repair order on an ended report for its repair unit, before the work-orders subgraph inserts it. CONFLICT REPAIR_PROGRESS_PENDING before the repair progress is recorded, FORBIDDEN NOT_REPAIR_UNIT for any other organisation.',
  })
  @Directive('@inaccessible')
  reserveRepairOrder(
    @Arg('returnReportId', () => ID) returnReportId: string,
    @Ctx() context: RequestContext,
  ): Promise<boolean> {
    requireInternalCall(context, 'reserveRepairOrder');
    return reserveRepairOrder(context, returnReportId);
  }

  @Mutation(() => Boolean, {
    description:
      'Releases one repair order reserved on a report, after the repair order was deleted or could not be inserted. Only for the repair unit; the count never goes below zero.',
  })
  @Directive('@inaccessible')
  releaseRepairOrder(
    @Arg('returnReportId', () => ID) returnReportId: string,
    @Ctx() context: RequestContext,
  ): Promise<boolean> {
    requireInternalCall(context, 'releaseRepairOrder');
    return releaseRepairOrder(context, returnReportId);
  }
}
