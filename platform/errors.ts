import { GraphQLError, GraphQLFormattedError } from 'graphql';

/** The only values of `extensions.code` that clients see. */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

/** Stable words in `extensions.reason` that tell clients why a request was refused. */
export enum Reason {
  INVALID_TRANSITION = 'INVALID_TRANSITION',
  STALE_VERSION = 'STALE_VERSION',
  NOT_YOUR_TURN = 'NOT_YOUR_TURN',
  READ_ONLY_ROLE = 'READ_ONLY_ROLE',
  VALIDATION_FAILED = 'VALIDATION_FAILED',
  DEPENDENCY_UNAVAILABLE = 'DEPENDENCY_UNAVAILABLE',
  RESULT_REVIEW_PENDING = 'RESULT_REVIEW_PENDING',
  DUPLICATE_SERVICE_NUMBER = 'DUPLICATE_SERVICE_NUMBER',
  SCOPE_MISMATCH = 'SCOPE_MISMATCH',
  BARCODE_MISMATCH = 'BARCODE_MISMATCH',
  NOT_REPAIR_UNIT = 'NOT_REPAIR_UNIT',
  REPAIR_PROGRESS_PENDING = 'REPAIR_PROGRESS_PENDING',
  REPAIR_ORDER_EXISTS = 'REPAIR_ORDER_EXISTS',
  BARCODE_ALREADY_USED = 'BARCODE_ALREADY_USED',
  WORK_ORDER_REQUIRED = 'WORK_ORDER_REQUIRED',
  NOT_EDITABLE = 'NOT_EDITABLE',
  OUTLET_OF_OTHER_CENTER = 'OUTLET_OF_OTHER_CENTER',
  INTERNAL_ONLY = 'INTERNAL_ONLY',
}

/** One invalid input field: its path from the argument (`input.customer.name`) and the rule. */
export interface FieldError {
  path: string;
  message: string;
}

/** An error raised on purpose: its message is written for the client and is never hidden. */
export class AppError extends GraphQLError {
  constructor(message: string, code: ErrorCode, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extensions } });
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

export function badUserInput(fields: FieldError[], reason?: Reason | string): AppError {
  const summary = fields.map((field) => `${field.path}: ${field.message}`).join('; ');
  return new AppError(`Invalid input. ${summary}`, ErrorCode.BAD_USER_INPUT, {
    reason: reason ?? Reason.VALIDATION_FAILED,
    fields,
  });
}

export function invalidField(path: string, message: string, reason?: Reason): AppError {
  return badUserInput([{ path, message }], reason);
}

export function unauthenticated(message: string): AppError {
  return new AppError(message, ErrorCode.UNAUTHENTICATED, { http: { status: 401 } });
}

export function forbidden(message: string, reason: Reason = Reason.NOT_YOUR_TURN): AppError {
  return new AppError(message, ErrorCode.FORBIDDEN, { reason });
}

export function notFound(what: string, key: string): AppError {
  return new AppError(
    `${what} "${key}" was not found or is not visible to you`,
    ErrorCode.NOT_FOUND,
  );
}

export function conflict(
  reason: Reason,
  message: string,
  details: Record<string, unknown> = {},
): AppError {
  return new AppError(message, ErrorCode.CONFLICT, { reason, ...details });
}

export function dependencyUnavailable(service: string, consequence: string): AppError {
  return new AppError(
    `The ${service} service could not be reached, so ${consequence}. Try again shortly.`,
    ErrorCode.INTERNAL_SERVER_ERROR,
    { reason: Reason.DEPENDENCY_UNAVAILABLE, service },
  );
}

/** Collects every invalid field of one input, so a client sees all of them in one response. */
export class FieldErrors {
  private readonly errors: FieldError[] = [];

  add(path: string, message: string): void {
    this.errors.push({ path, message });
  }

  get isEmpty(): boolean {
    return this.errors.length === 0;
  }

  /** Throws one `BAD_USER_INPUT` error listing every collected field, if there is any. */
  throwIfAny(reason?: Reason): void {
    if (this.errors.length > 0) throw badUserInput(this.errors, reason);
  }
}

const MAX_QUOTED_LENGTH = 60;

/** Quotes a rejected value for a message, cutting long text and summarising long lists. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return `a list of ${value.length} items`;
  if (typeof value === 'string' && value.length > MAX_QUOTED_LENGTH) {
    return `${JSON.stringify(value.slice(0, MAX_QUOTED_LENGTH))}… (${value.length} characters)`;
  }
  const text = JSON.stringify(value) ?? String(value);
  return text.length > MAX_QUOTED_LENGTH ? `${text.slice(0, MAX_QUOTED_LENGTH)}…` : text;
}

interface ClassValidatorError {
  property: string;
  value?: unknown;
  constraints?: Record<string, string>;
  children?: ClassValidatorError[];
}

/** Flattens nested class-validator errors into one `{ path, message }` per failed rule. */
export function flattenValidationErrors(
  errors: ClassValidatorError[],
  prefix: string,
): FieldError[] {
  const fields: FieldError[] = [];
  for (const error of errors) {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    for (const message of Object.values(error.constraints ?? {})) {
      fields.push({
        path,
        message: `${message} (got ${describeValue(error.value)})`,
      });
    }
    fields.push(...flattenValidationErrors(error.children ?? [], path));
  }
  return fields;
}

const GRAPHQL_REQUEST_ERRORS = new Set([
  'INVALID_GRAPHQL',
  'PERSISTED_QUERY_HASH_MISMATCH',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * Normalises an error for the client: known codes pass with their extensions, request errors of
 * the GraphQL layer become `BAD_USER_INPUT`, and anything unexpected becomes a generic
 * `INTERNAL_SERVER_ERROR` after `logUnexpected` has recorded it.
 */
export function formatClientError(
  formatted: GraphQLFormattedError,
  error: unknown,
  logUnexpected: (error: unknown) => void,
): GraphQLFormattedError {
  const extensions = { ...(formatted.extensions ?? {}) };
  delete extensions.stacktrace;
  const code = String(extensions.code ?? '');
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;

  if (code in ErrorCode && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
    return { ...formatted, extensions };
  }
  if (code === ErrorCode.INTERNAL_SERVER_ERROR && extensions.reason) {
    return { ...formatted, extensions };
  }
  // A subgraph called directly with a mutation it does not define, or with a subscription.
  if (/^Schema is not configured to execute \w+ operation/.test(formatted.message)) {
    return {
      ...formatted,
      extensions: { code: ErrorCode.BAD_USER_INPUT, reason: 'OPERATION_NOT_SUPPORTED' },
    };
  }
  if (GRAPHQL_REQUEST_ERRORS.has(code)) {
    // graphql-armor words its limit errors as syntax errors, so the message states the limit instead.
    const limit = /^Syntax Error: (.*(?:limit|exceeded).*)$/i.exec(formatted.message);
    return {
      ...formatted,
      message: limit
        ? `Query rejected: ${limit[1]} Simplify the query or split it into several requests.`
        : formatted.message,
      extensions: {
        ...extensions,
        code: ErrorCode.BAD_USER_INPUT,
        reason: limit ? 'QUERY_LIMIT_EXCEEDED' : code,
      },
    };
  }
  logUnexpected(original);
  return {
    message:
      'Internal server error. The error was logged; quote extensions.requestId when reporting it.',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}
