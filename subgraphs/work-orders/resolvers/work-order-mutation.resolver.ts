import { Arg, Ctx, Directive, ID, Mutation, Resolver } from 'type-graphql';
import { requireInternalCall } from '../../../platform/auth/internal-call';
import { DateTimeScalar } from '../../../platform/scalars';
import { RequestContext } from '../../../platform/server/context';
import { WorkOrder } from '../entities/work-order';
import {
  CreateWorkOrderInput,
  EngineerInput,
  UpdateWorkOrderInput,
} from '../graphql/work-order.types';
import { remoteReturnReportGate } from '../services/completion-guard';
import { holdWorkOrderForReturn, releaseWorkOrderForReturn } from '../services/return-report-holds';
import {
  acceptWorkOrder,
  addWorkOrderNote,
  assignEngineer,
  cancelWorkOrder,
  closeWorkOrder,
  confirmWorkOrderCompletion,
  dispatchWorkOrder,
  recordRepeatCall,
  rejectWorkOrder,
  scheduleVisit,
} from '../services/work-order-actions';
import { updateWorkOrder } from '../services/work-order-update';
import { createWorkOrder } from '../services/work-order-creation';
import { VersionArg } from '../../../platform/graphql/version-arg';

@Resolver()
export class WorkOrderMutationResolver {
  @Mutation(() => WorkOrder, {
    description: 'Creates an order in stage CREATED (center for itself, or headquarters).',
  })
  createWorkOrder(
    @Arg('input', () => CreateWorkOrderInput) input: CreateWorkOrderInput,
    @Ctx() context: RequestContext,
  ): Promise<WorkOrder> {
    return createWorkOrder(context, input);
  }

  @Mutation(() => WorkOrder, {
    description:
      "Dispatches a CREATED order to one of its center's outlets (the center or headquarters).",
  })
  dispatchWorkOrder(
    @Arg('id', () => ID) id: string,
    @Arg('outletCode') outletCode: string,
    @Arg('comment', () => String, { nullable: true }) comment: string | null,
    @VersionArg() version: number | null,
    @Ctx() context: RequestContext,
  ): Promise<WorkOrder> {
    return dispatchWorkOrder(context, { id, outletCode, comment, version });
  }

  @Mutation(() => WorkOrder, {
    description:
      'Accepts a dispatched order (the outlet): stage ACCEPTED, or DISPATCHED_TO_ENGINEER when an engineer is named.',
  })
  acceptWorkOrder(
    @Arg('id', () => ID) id: string,
    @Arg('engineer', () => EngineerInput, { nullable: true }) engineer: EngineerInput | null,
    @VersionArg() version: number | null,
    @Ctx() context: RequestContext,
  ): Promise<WorkOrder> {
    return acceptWorkOrder(context, { id, engineer, version });
  }

  @Mutation(() => WorkOrder, {
    description:
      'Rejects a dispatched order (the outlet): it returns to CREATED without outlet, for the center to dispatch again.',
  })
  rejectWorkOrder(
    @Arg('id', () => ID) id: string,
    @Arg('reason') reason: string,
    @VersionArg() version: number | null,
    @Ctx() context: RequestContext,
  ): Promise<WorkOrder> {
    return rejectWorkOrder(context, { id, reason, version });
  }

  @Mutation(() => WorkOrder, { description: 'Names or changes the engineer (the outlet).' })
  assignEngineer(
    @Arg('id', () => ID) id: string,
    @Arg('engineer', () => EngineerInput) engineer: EngineerInput,
    @VersionArg() version: number | null,
    @Ctx() context: RequestContext,
  ): Promise<WorkOrder> {
    return assignEngineer(context, { id, engineer, version });
  }

  @Mutation(() => WorkOrder, {
    description: 'Sets or changes the visit time (the outlet), which must not be in the past.',
  })
  scheduleVisit(
    @Arg('id', () => ID) id: string,
    @Arg('appointmentAt', () => DateTimeScalar) appointmentAt: Date,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @VersionArg() version: number | null,
    @Ctx() context: RequestContext,
  ): Promise<WorkOrder> {
    return scheduleVisit(context, { id, appointmentAt, note, version });
  }

  @Mutation(() => WorkOrder, {
    description: 'Records that the customer called again (the center or headquarters).',
  })
  recordRepeatCall(
    @Arg('id', () => ID) id: string,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @VersionArg() version: number | null,
    @Ctx() context: RequestContext,
  ): Promise<WorkOrder> {
    return recordRepeatCall(context, { id, note, version });
  }

  @Mutation(() => WorkOrder, { description: 'Adds a note to the history (the outlet or center).' })
  addWorkOrderNote(
    @Arg('id', () => ID) id: string,
    @Arg('note') note: string,
    @VersionArg() version: number | null,
    @Ctx() context: RequestContext,
  ): Promise<WorkOrder> {
    return addWorkOrderNote(context, { id, note, version });
  }

  @Mutation(() => WorkOrder, {
    description:
      "Confirms completion (the outlet). Rejected with CONFLICT/RESULT_REVIEW_PENDING while a linked return report has not passed the center's result review.",
  })
  confirmWorkOrderCompletion(
    @Arg('id', () => ID) id: string,
    @VersionArg() version: number | null,
    @Ctx() context: RequestContext,
  ): Promise<WorkOrder> {
    return confirmWorkOrderCompletion(context, { id, version }, remoteReturnReportGate);
  }

  @Mutation(() => WorkOrder, {
    description: 'Changes an order that is not yet completed (改单, the center).',
  })
  updateWorkOrder(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateWorkOrderInput) input: UpdateWorkOrderInput,
    @VersionArg() version: number | null,
    @Ctx() context: RequestContext,
  ): Promise<WorkOrder> {
    return updateWorkOrder(context, { id, input, version });
  }

  @Mutation(() => WorkOrder, { description: 'Closes a COMPLETED order (the center).' })
  closeWorkOrder(
    @Arg('id', () => ID) id: string,
    @Arg('comment', () => String, { nullable: true }) comment: string | null,
    @VersionArg() version: number | null,
    @Ctx() context: RequestContext,
  ): Promise<WorkOrder> {
    return closeWorkOrder(context, { id, comment, version });
  }

  @Mutation(() => WorkOrder, {
    description: 'Cancels an order that no outlet has accepted yet (the center).',
  })
  cancelWorkOrder(
    @Arg('id', () => ID) id: string,
    @Arg('reason') reason: string,
    @VersionArg() version: number | null,
    @Ctx() context: RequestContext,
  ): Promise<WorkOrder> {
    return cancelWorkOrder(context, { id, reason, version });
  }

  @Mutation(() => Boolean, {
    description:
      'Holds an open work order for one return report of its outlet or center, before the returns subgraph saves the report; completion is rejected while any hold remains. CONFLICT INVALID_TRANSITION unless the order is ACCEPTED or DISPATCHED_TO_ENGINEER, FORBIDDEN for any other organisation.',
  })
  @Directive('@inaccessible')
  holdWorkOrderForReturn(
    @Arg('workOrderId', () => ID) workOrderId: string,
    @Ctx() context: RequestContext,
  ): Promise<boolean> {
    requireInternalCall(context, 'holdWorkOrderForReturn');
    return holdWorkOrderForReturn(context, workOrderId);
  }

  @Mutation(() => Boolean, {
    description:
      'Releases one return report hold on a work order, after the report stopped blocking completion or could not be saved. The count never goes below zero.',
  })
  @Directive('@inaccessible')
  releaseWorkOrderForReturn(
    @Arg('workOrderId', () => ID) workOrderId: string,
    @Ctx() context: RequestContext,
  ): Promise<boolean> {
    requireInternalCall(context, 'releaseWorkOrderForReturn');
    return releaseWorkOrderForReturn(context, workOrderId);
  }
}
