import { users } from '../../../demo/catalog';
import { ReportPlan, Status } from './report-plans';

/** The workflow steps of demo reports, replayed into history and review rows. */

export type Step =
  | 'create'
  | 'submit'
  | 'sendBackAtCenter'
  | 'rejectAtCenter'
  | 'approveAtCenter'
  | 'approveWithProductionRecord'
  | 'approveAtHq'
  | 'rejectAtHq'
  | 'recordResult'
  | 'approveResult'
  | 'recordRepairProgress';

/** Status after each step, and who takes it. */
const STEPS: Record<Step, { to: Status; by: 'submitter' | 'center' | 'hq' }> = {
  create: { to: 'DRAFT', by: 'submitter' },
  submit: { to: 'CENTER_REVIEW', by: 'submitter' },
  sendBackAtCenter: { to: 'SENT_BACK', by: 'center' },
  rejectAtCenter: { to: 'REJECTED', by: 'center' },
  approveAtCenter: { to: 'HQ_APPROVAL', by: 'center' },
  approveWithProductionRecord: { to: 'RESULT_PENDING', by: 'center' },
  approveAtHq: { to: 'RESULT_PENDING', by: 'hq' },
  rejectAtHq: { to: 'REJECTED', by: 'hq' },
  recordResult: { to: 'RESULT_REVIEW', by: 'submitter' },
  approveResult: { to: 'REPAIR_PENDING', by: 'center' },
  recordRepairProgress: { to: 'ENDED', by: 'center' },
};

const REVIEWS: Partial<Record<Step, { stage: string; decision: string }>> = {
  sendBackAtCenter: { stage: 'CENTER', decision: 'SEND_BACK' },
  rejectAtCenter: { stage: 'CENTER', decision: 'REJECT' },
  approveAtCenter: { stage: 'CENTER', decision: 'APPROVE' },
  approveWithProductionRecord: { stage: 'CENTER', decision: 'APPROVE' },
  approveAtHq: { stage: 'HQ', decision: 'APPROVE' },
  rejectAtHq: { stage: 'HQ', decision: 'REJECT' },
  approveResult: { stage: 'RESULT', decision: 'APPROVE' },
};

const COMMENTS: Partial<Record<Step, string>> = {
  sendBackAtCenter: '请补充铭牌和故障部位照片后重新提交',
  rejectAtCenter: '经核实属人为损坏，不予退换',
  rejectAtHq: '超出退换期限，不予退换',
  approveAtCenter: '情况属实，无生产出入库记录，报总部审批',
  approveWithProductionRecord: '情况属实，同意退换',
  approveAtHq: '同意',
  approveResult: '结果确认',
};

/**
 * Lists the steps that lead to `status`. With a production record the center approves straight
 * to result entry, without HQ approval.
 */
export function stepsTo(status: Status, productionRecord: boolean): Step[] {
  const approval: Step[] = productionRecord
    ? ['approveWithProductionRecord']
    : ['approveAtCenter', 'approveAtHq'];
  const paths: Record<Status, Step[]> = {
    DRAFT: ['create'],
    CENTER_REVIEW: ['create', 'submit'],
    SENT_BACK: ['create', 'submit', 'sendBackAtCenter'],
    REJECTED: productionRecord
      ? ['create', 'submit', 'rejectAtCenter']
      : ['create', 'submit', 'approveAtCenter', 'rejectAtHq'],
    HQ_APPROVAL: ['create', 'submit', 'approveAtCenter'],
    RESULT_PENDING: ['create', 'submit', ...approval],
    RESULT_REVIEW: ['create', 'submit', ...approval, 'recordResult'],
    REPAIR_PENDING: ['create', 'submit', ...approval, 'recordResult', 'approveResult'],
    ENDED: [
      'create',
      'submit',
      ...approval,
      'recordResult',
      'approveResult',
      'recordRepairProgress',
    ],
  };
  return paths[status];
}

export interface DemoReviewRow {
  stage: string;
  decision: string;
  has_production_record: boolean | null;
  is_common_quality_issue: boolean | null;
  comment: string | null;
  reviewer_id: string;
  organization_code: string;
  at: Date;
}

export interface DemoEventRow {
  actor_id: string;
  actor_name: string;
  organization_code: string;
  action: string;
  from_status: string | null;
  to_status: string;
  comment: string | null;
  at: Date;
}

const HOUR = 60 * 60 * 1000;

function userName(id: string): string {
  return users.find((user) => user.id === id)?.name ?? id;
}

export type Actors = Record<'submitter' | 'center' | 'hq', { id: string; organization: string }>;

/** Builds the history and review rows of `steps`, three hours apart from the report's creation. */
export function replaySteps(
  plan: ReportPlan,
  steps: Step[],
  actors: Actors,
): { events: DemoEventRow[]; reviews: DemoReviewRow[]; stepTimes: Map<Step, Date> } {
  const events: DemoEventRow[] = [];
  const reviews: DemoReviewRow[] = [];
  const stepTimes = new Map<Step, Date>();
  let from: Status | null = null;
  for (const [position, step] of steps.entries()) {
    const at = new Date(plan.createdAt.getTime() + position * 3 * HOUR);
    const { to, by } = STEPS[step];
    const actor = actors[by];
    const comment = COMMENTS[step] ?? null;
    events.push({
      actor_id: actor.id,
      actor_name: userName(actor.id),
      organization_code: actor.organization,
      action: step,
      from_status: from,
      to_status: to,
      comment,
      at,
    });
    const review = REVIEWS[step];
    if (review) {
      const atCenter = review.stage === 'CENTER';
      reviews.push({
        ...review,
        has_production_record: atCenter ? plan.productionRecord : null,
        is_common_quality_issue: atCenter ? plan.commonQualityIssue : null,
        comment,
        reviewer_id: actor.id,
        organization_code: actor.organization,
        at,
      });
    }
    stepTimes.set(step, at);
    from = to;
  }
  return { events, reviews, stepTimes };
}
