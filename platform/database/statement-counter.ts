import { AsyncLocalStorage } from 'node:async_hooks';
import { AbstractLogger, LogLevel, LogMessage } from 'typeorm';

interface RequestCounter {
  statements: number;
}

const requestCounters = new AsyncLocalStorage<RequestCounter>();
let processTotal = 0;

/** Runs `work` with its own statement counter, so the request log can report its SQL count. */
export function withStatementCounter<T>(work: () => T): T {
  return requestCounters.run({ statements: 0 }, work);
}

/** Returns the SQL statements issued so far by the current request. */
export function requestStatementCount(): number {
  return requestCounters.getStore()?.statements ?? 0;
}

/** Returns the SQL statements issued by this process since it started. */
export function processStatementCount(): number {
  return processTotal;
}

/** Counts every statement TypeORM sends; prints nothing, because queries carry customer data. */
export class StatementCountingLogger extends AbstractLogger {
  logQuery(): void {
    processTotal += 1;
    const counter = requestCounters.getStore();
    if (counter) counter.statements += 1;
  }

  protected writeLog(_level: LogLevel, _message: LogMessage | LogMessage[]): void {}
}
