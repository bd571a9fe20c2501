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

/**
 * Counts every statement TypeORM sends. Queries and query errors are never printed, because their
 * parameters carry customer data. Migration and schema messages go to standard output, so the
 * TypeORM CLI can report them.
 */
export class StatementCountingLogger extends AbstractLogger {
  private readonly printedLevels: Set<LogLevel>;

  constructor(printedLevels: LogLevel[]) {
    super(printedLevels);
    this.printedLevels = new Set(printedLevels);
  }

  logQuery(): void {
    processTotal += 1;
    const counter = requestCounters.getStore();
    if (counter) counter.statements += 1;
  }

  protected writeLog(level: LogLevel, message: LogMessage | LogMessage[]): void {
    if (!this.printedLevels.has(level)) return;
    for (const entry of Array.isArray(message) ? message : [message]) {
      console.log(String(entry.message));
    }
  }
}
