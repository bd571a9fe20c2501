import { formatChinaInstant } from '../../../platform/china-time';
import { FieldErrors, Reason } from '../../../platform/errors';
import { lookupMasterData, OrganizationFacts } from '../../../platform/master-data-client';
import { RequestContext } from '../../../platform/server/context';
import { collectInputErrors } from '../../../platform/validation';
import { WorkOrder } from '../entities/work-order';
import { EngineerInput } from '../graphql/work-order.types';
import { withArticle } from './articles';
import {
  assertCompletionAllowed,
  assertNoReturnReportHolds,
  ReturnReportGate,
} from './completion-guard';
import { lockWorkOrderHolds } from './return-report-holds';
import { runWorkOrderStep } from './work-order-steps';

/** The order id and the optional expected version that every step takes. */
interface StepTarget {
  id: string;
  version?: number | null;
}

const MAX_NOTE_LENGTH = 500;

/** Adds an error when optional free text is longer than a note may be. */
function checkNoteLength(text: string | null | undefined, path: string, errors: FieldErrors): void {
  if (text != null && text.length > MAX_NOTE_LENGTH) {
    errors.add(path, `must be at most ${MAX_NOTE_LENGTH} characters (got ${text.length})`);
  }
}

/** Adds an error when required free text is blank or longer than a note may be. */
function checkRequiredText(
  text: string | null | undefined,
  path: string,
  errors: FieldErrors,
): void {
  if (!text?.trim()) errors.add(path, `must not be blank (got ${JSON.stringify(text ?? null)})`);
  else checkNoteLength(text, path, errors);
}

/** Trims free text and turns blank text into null. */
function cleanText(text: string | null | undefined): string | null {
  const trimmed = text?.trim();
  return trimmed ? trimmed : null;
}

/**
 * Adds an error when the organisation is not an active outlet of the order's marketing center.
 * Returns `OUTLET_OF_OTHER_CENTER` for an active outlet of another center, the error's reason.
 */
function checkOutletOfCenter(
  outlet: OrganizationFacts | null | undefined,
  outletCode: string,
  order: WorkOrder,
  errors: FieldErrors,
): Reason | undefined {
  if (!outlet) {
    errors.add(
      'outletCode',
      `organisation "${outletCode}" was not found in master data; give the code of one of center ${order.centerCode}'s outlets`,
    );
  } else if (outlet.type !== 'SERVICE_OUTLET') {
    errors.add(
      'outletCode',
      `organisation ${outlet.code} (${outlet.name}) is ${withArticle(outlet.type)}, not a SERVICE_OUTLET; give the code of one of center ${order.centerCode}'s outlets`,
    );
  } else if (!outlet.active) {
    errors.add(
      'outletCode',
      `outlet ${outlet.code} (${outlet.name}) is inactive; dispatch to an active outlet`,
    );
  } else if (outlet.center?.code !== order.centerCode) {
    errors.add(
      'outletCode',
      `outlet ${outlet.code} belongs to center ${outlet.center?.code ?? 'none'}, but work order ${order.code} belongs to center ${order.centerCode}; dispatch only to that center's outlets`,
    );
    return Reason.OUTLET_OF_OTHER_CENTER;
  }
  return undefined;
}

/**
 * Dispatches a CREATED order to an outlet of its center. The outlet code, the comment and master
 * data's record of the outlet are checked after the stage and turn, and reported in one error.
 */
export async function dispatchWorkOrder(
  context: RequestContext,
  target: StepTarget & { outletCode: string; comment?: string | null },
): Promise<WorkOrder> {
  return runWorkOrderStep(context, target.id, target.version, {
    action: 'dispatchWorkOrder',
    async plan(order) {
      const errors = new FieldErrors();
      checkNoteLength(target.comment, 'comment', errors);
      let reason: Reason | undefined;
      if (/^\d{6}$/.test(target.outletCode)) {
        const facts = await lookupMasterData(
          context,
          { organizationCodes: [target.outletCode] },
          'the work order was not dispatched',
        );
        const outlet = facts.organizations.get(target.outletCode);
        reason = checkOutletOfCenter(outlet, target.outletCode, order, errors);
      } else {
        errors.add(
          'outletCode',
          `must be a six-digit organisation code (got "${target.outletCode}")`,
        );
      }
      errors.throwIfAny(reason);
      return {
        changes: { outletCode: target.outletCode },
        activity: `Dispatched to outlet ${target.outletCode}`,
        comment: cleanText(target.comment),
      };
    },
  });
}

/** Accepts an order for the outlet. With an engineer it is dispatched to that engineer at once. */
export async function acceptWorkOrder(
  context: RequestContext,
  target: StepTarget & { engineer?: EngineerInput | null },
): Promise<WorkOrder> {
  const { engineer } = target;
  return runWorkOrderStep(context, target.id, target.version, {
    action: engineer ? 'acceptWorkOrderWithEngineer' : 'acceptWorkOrder',
    async plan(order) {
      if (!engineer) return { activity: `Accepted by outlet ${order.outletCode}` };
      const errors = new FieldErrors();
      await collectInputErrors(engineer, 'engineer', errors);
      errors.throwIfAny();
      const name = engineer.name.trim();
      return {
        changes: { engineerName: name, engineerPhone: engineer.phone ?? null },
        activity: `Accepted by outlet ${order.outletCode} and dispatched to engineer ${name}`,
        comment: `Engineer ${name}`,
      };
    },
  });
}

/** Sends an order back to its center for dispatch again. The history keeps the reason. */
export async function rejectWorkOrder(
  context: RequestContext,
  target: StepTarget & { reason: string },
): Promise<WorkOrder> {
  return runWorkOrderStep(context, target.id, target.version, {
    action: 'rejectWorkOrder',
    plan(order) {
      const errors = new FieldErrors();
      checkRequiredText(target.reason, 'reason', errors);
      errors.throwIfAny();
      const reason = target.reason.trim();
      return {
        changes: { outletCode: null, engineerName: null, engineerPhone: null, appointmentAt: null },
        activity: `Rejected by outlet ${order.outletCode}: ${reason}`,
        comment: reason,
      };
    },
  });
}

export async function assignEngineer(
  context: RequestContext,
  target: StepTarget & { engineer: EngineerInput },
): Promise<WorkOrder> {
  return runWorkOrderStep(context, target.id, target.version, {
    action: 'assignEngineer',
    async plan() {
      const errors = new FieldErrors();
      await collectInputErrors(target.engineer, 'engineer', errors);
      errors.throwIfAny();
      const name = target.engineer.name.trim();
      return {
        changes: { engineerName: name, engineerPhone: target.engineer.phone ?? null },
        activity: `Dispatched to engineer ${name}`,
        comment: `Engineer ${name}`,
      };
    },
  });
}

/** Adds an error when a visit time is in the past or more than one year ahead. */
function checkAppointmentTime(appointmentAt: Date, errors: FieldErrors): void {
  const now = new Date();
  const latest = new Date(now);
  latest.setFullYear(latest.getFullYear() + 1);
  const got = formatChinaInstant(appointmentAt);
  if (appointmentAt.getTime() < now.getTime()) {
    errors.add('appointmentAt', `must not be in the past (got ${got})`);
  } else if (appointmentAt.getTime() > latest.getTime()) {
    errors.add(
      'appointmentAt',
      `must be at most one year ahead, no later than ${formatChinaInstant(latest)} (got ${got})`,
    );
  }
}

/** Sets or changes the visit time agreed with the customer. The history keeps time and note. */
export async function scheduleVisit(
  context: RequestContext,
  target: StepTarget & { appointmentAt: Date; note?: string | null },
): Promise<WorkOrder> {
  return runWorkOrderStep(context, target.id, target.version, {
    action: 'scheduleVisit',
    plan() {
      const errors = new FieldErrors();
      checkAppointmentTime(target.appointmentAt, errors);
      checkNoteLength(target.note, 'note', errors);
      errors.throwIfAny();
      const when = formatChinaInstant(target.appointmentAt);
      const note = cleanText(target.note);
      return {
        changes: { appointmentAt: target.appointmentAt },
        activity: `Visit scheduled for ${when}`,
        comment: note ? `Visit at ${when}: ${note}` : `Visit at ${when}`,
      };
    },
  });
}

/** Records that the customer called again (重电), with the time of the call. */
export async function recordRepeatCall(
  context: RequestContext,
  target: StepTarget & { note?: string | null },
): Promise<WorkOrder> {
  return runWorkOrderStep(context, target.id, target.version, {
    action: 'recordRepeatCall',
    plan() {
      const errors = new FieldErrors();
      checkNoteLength(target.note, 'note', errors);
      errors.throwIfAny();
      const note = cleanText(target.note);
      return {
        changes: { repeatCallAt: () => 'now()' },
        activity: note ? `Customer called again: ${note}` : 'Customer called again',
        comment: note,
      };
    },
  });
}

export async function addWorkOrderNote(
  context: RequestContext,
  target: StepTarget & { note: string },
): Promise<WorkOrder> {
  return runWorkOrderStep(context, target.id, target.version, {
    action: 'addWorkOrderNote',
    plan() {
      const errors = new FieldErrors();
      checkRequiredText(target.note, 'note', errors);
      errors.throwIfAny();
      const note = cleanText(target.note) as string;
      return { activity: `Note: ${note}`, comment: note };
    },
  });
}

/**
 * Confirms completion for the outlet. The gate is asked after the turn checks, and any linked
 * return report that has not passed the center's result review rejects the step. Inside the
 * transaction the order row is locked and the step is rejected while a return report holds it,
 * which covers a report saved after the gate returned.
 */
export async function confirmWorkOrderCompletion(
  context: RequestContext,
  target: StepTarget,
  gate: ReturnReportGate,
): Promise<WorkOrder> {
  return runWorkOrderStep(context, target.id, target.version, {
    action: 'confirmWorkOrderCompletion',
    async plan(order) {
      // The gate also covers reports saved before holds were counted, such as the demo data.
      await assertCompletionAllowed(gate, context, order);
      return {
        changes: { completedAt: () => 'now()' },
        activity: `Completion confirmed by outlet ${order.outletCode}`,
      };
    },
    async checkInTransaction(manager, order) {
      const locked = await lockWorkOrderHolds(manager, order.id);
      assertNoReturnReportHolds(order, locked.open_return_reports);
    },
  });
}

export async function closeWorkOrder(
  context: RequestContext,
  target: StepTarget & { comment?: string | null },
): Promise<WorkOrder> {
  return runWorkOrderStep(context, target.id, target.version, {
    action: 'closeWorkOrder',
    plan() {
      const errors = new FieldErrors();
      checkNoteLength(target.comment, 'comment', errors);
      errors.throwIfAny();
      return { activity: 'Closed by the center', comment: cleanText(target.comment) };
    },
  });
}

export async function cancelWorkOrder(
  context: RequestContext,
  target: StepTarget & { reason: string },
): Promise<WorkOrder> {
  return runWorkOrderStep(context, target.id, target.version, {
    action: 'cancelWorkOrder',
    plan() {
      const errors = new FieldErrors();
      checkRequiredText(target.reason, 'reason', errors);
      errors.throwIfAny();
      const reason = target.reason.trim();
      return { activity: `Cancelled: ${reason}`, comment: reason };
    },
  });
}
