import pino from 'pino';
import { DataSource } from 'typeorm';
import { Role } from '../../platform/auth/actor';
import { createSubgraphDataSource } from '../../platform/database/data-source';
import { AppError, dependencyUnavailable } from '../../platform/errors';
import { RequestContext } from '../../platform/server/context';
import { ServiceOrder } from '../../subgraphs/work-orders/entities/service-order';
import { WorkOrder } from '../../subgraphs/work-orders/entities/work-order';
import {
  BlockingReturnReport,
  ReturnReportGate,
} from '../../subgraphs/work-orders/services/completion-guard';
import { confirmWorkOrderCompletion } from '../../subgraphs/work-orders/services/work-order-actions';
import { sql } from '../support/client';
import { acceptWithEngineer, orderAtOutlet574225 } from './support';

/** A gate that returns fixed reports, or throws, and records the work orders it was asked about. */
class GateDouble implements ReturnReportGate {
  readonly requestedWorkOrderIds: string[] = [];

  constructor(private readonly answer: BlockingReturnReport[] | Error) {}

  async blockingReports(_context: RequestContext, workOrderId: string) {
    this.requestedWorkOrderIds.push(workOrderId);
    if (this.answer instanceof Error) throw this.answer;
    return this.answer;
  }
}

describe('completion guard', () => {
  let db: DataSource;
  let context: RequestContext;

  beforeAll(async () => {
    db = createSubgraphDataSource({
      url: process.env.TEST_DATABASE_URL_RESOLVED as string,
      schema: 'work_orders',
      entities: [WorkOrder, ServiceOrder],
      migrations: [],
      poolSize: 2,
    });
    await db.initialize();
    context = {
      requestId: 'completion-guard-test',
      actor: {
        userId: 'outlet-574225',
        name: '孙敏慧',
        organizationCode: '574225',
        roles: [Role.OUTLET],
      },
      token: '',
      logger: pino({ level: 'silent' }),
      db,
      loaders: new Map(),
    };
  });

  afterAll(async () => {
    await db.destroy();
  });

  async function orderWithEngineer(): Promise<string> {
    const order = await orderAtOutlet574225();
    await acceptWithEngineer(order.id, 'outlet-574225');
    return order.id;
  }

  async function stageOf(id: string): Promise<string> {
    const [row] = await sql<{ status: string }>(
      'SELECT status FROM work_orders.work_order WHERE id = $1',
      [id],
    );
    return row.status;
  }

  it('rejects while a report is under review', async () => {
    const id = await orderWithEngineer();
    const gate = new GateDouble([
      { id: 'r1', code: '574225202601010001', status: 'RESULT_REVIEW' },
      { id: 'r2', code: '574225202601010002', status: 'CENTER_REVIEW' },
    ]);
    const error = await confirmWorkOrderCompletion(context, { id }, gate).catch((e) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error.extensions.code).toBe('CONFLICT');
    expect(error.extensions.reason).toBe('RESULT_REVIEW_PENDING');
    expect(error.extensions.reportCode).toBe('574225202601010001');
    expect(error.extensions.reportStatus).toBe('RESULT_REVIEW');
    expect(error.message).toContain('574225202601010001');
    expect(error.message).toContain('RESULT_REVIEW');
    expect(gate.requestedWorkOrderIds).toEqual([id]);
    expect(await stageOf(id)).toBe('DISPATCHED_TO_ENGINEER');
  });

  it('rejects when the gate fails', async () => {
    const id = await orderWithEngineer();
    const gate = new GateDouble(
      dependencyUnavailable('returns', 'the work order was not completed'),
    );
    const error = await confirmWorkOrderCompletion(context, { id }, gate).catch((e) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error.extensions.reason).toBe('DEPENDENCY_UNAVAILABLE');
    expect(await stageOf(id)).toBe('DISPATCHED_TO_ENGINEER');
  });

  it('completes without blocking reports', async () => {
    const id = await orderWithEngineer();
    const gate = new GateDouble([]);
    const order = await confirmWorkOrderCompletion(context, { id }, gate);
    expect(order.status).toBe('COMPLETED');
    expect(order.completedAt).not.toBeNull();
    expect(await stageOf(id)).toBe('COMPLETED');
  });

  it('checks the stage before the gate', async () => {
    const order = await orderAtOutlet574225();
    const gate = new GateDouble([]);
    const error = await confirmWorkOrderCompletion(context, { id: order.id }, gate).catch((e) => e);
    expect(error.extensions.reason).toBe('INVALID_TRANSITION');
    expect(gate.requestedWorkOrderIds).toEqual([]);
  });
});
