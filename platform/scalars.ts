import { GraphQLScalarType, Kind, ValueNode } from 'graphql';
import { AppError, ErrorCode } from './errors';
import { formatChinaInstant } from './china-time';

function invalid(scalar: string, value: unknown, rule: string): AppError {
  return new AppError(
    `Invalid ${scalar} ${JSON.stringify(value)}: ${rule}`,
    ErrorCode.BAD_USER_INPUT,
    { reason: 'INVALID_SCALAR' },
  );
}

function literalString(scalar: string, ast: ValueNode): string {
  if (ast.kind !== Kind.STRING) throw invalid(scalar, ast.kind, 'expected a string');
  return ast.value;
}

const INSTANT =
  /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2}))$/;

function parseInstant(value: unknown): Date {
  const match = typeof value === 'string' ? INSTANT.exec(value) : null;
  if (!match) {
    throw invalid(
      'DateTime',
      value,
      'expected ISO 8601 with an offset, e.g. 2014-06-20T09:30:00+08:00',
    );
  }
  const [, date, hours, minutes, seconds = '00', offsetHours = '00', offsetMinutes = '00'] = match;
  const inRange =
    isCalendarDate(date) &&
    Number(hours) <= 23 &&
    Number(minutes) <= 59 &&
    Number(seconds) <= 59 &&
    Number(offsetHours) <= 14 &&
    Number(offsetMinutes) <= 59;
  const parsed = new Date(match[0]);
  if (!inRange || Number.isNaN(parsed.getTime())) {
    throw invalid('DateTime', value, 'not a real date and time');
  }
  return parsed;
}

/** Instant with offset; served in UTC+8, accepted in any offset. */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'Instant with offset, ISO 8601, e.g. 2014-06-20T09:30:00+08:00.',
  serialize(value) {
    const date = value instanceof Date ? value : new Date(String(value));
    if (Number.isNaN(date.getTime())) throw new TypeError(`DateTime cannot represent ${value}`);
    return formatChinaInstant(date);
  },
  parseValue: parseInstant,
  parseLiteral: (ast) => parseInstant(literalString('DateTime', ast)),
});

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Returns true when `value` is a real calendar date written `YYYY-MM-DD`. */
export function isCalendarDate(value: string): boolean {
  const match = CALENDAR_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

function parseCalendarDate(value: unknown): string {
  if (typeof value !== 'string' || !isCalendarDate(value)) {
    throw invalid('Date', value, 'expected a real calendar date as YYYY-MM-DD');
  }
  return value;
}

/** Calendar date kept as the string `YYYY-MM-DD`, so no time zone can shift it. */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'Calendar date, YYYY-MM-DD.',
  serialize(value) {
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    return parseCalendarDate(value);
  },
  parseValue: parseCalendarDate,
  parseLiteral: (ast) => parseCalendarDate(literalString('Date', ast)),
});

const NUMBER_TEXT = /^-?\d{1,20}(\.\d{1,20})?$/;
/** Amounts are stored as numeric(12,2): at most ten digits before the point. */
const MAX_WHOLE_DIGITS = 10;

/**
 * Accepts any plain decimal number, so the rules of an amount (non-negative, at most two
 * decimals) are reported by input validation together with every other invalid field.
 */
function parseDecimal(value: unknown): string {
  const text = typeof value === 'number' ? String(value) : value;
  if (typeof text !== 'string' || !NUMBER_TEXT.test(text)) {
    throw invalid('Decimal', value, 'expected a decimal number as a string, e.g. "2599.00"');
  }
  return text;
}

/**
 * Returns the rule an amount breaks, or null when it is non-negative, below ten billion yuan and
 * has at most two decimals. `value` has already passed the Decimal scalar's number format.
 */
export function amountRuleBroken(value: string): string | null {
  if (value.startsWith('-')) return `must not be negative (got "${value}")`;
  const [whole, fraction = ''] = value.split('.');
  if (whole.replace(/^0+(?=\d)/, '').length > MAX_WHOLE_DIGITS) {
    return `must be less than 10000000000 yuan (got "${value}")`;
  }
  if (fraction.length > 2) return `must have at most two decimals (got "${value}")`;
  return null;
}

/** Normalises an amount with at most two decimals to exactly two, without passing through a float. */
export function normaliseDecimal(value: string): string {
  const negative = value.startsWith('-');
  const [whole, fraction = ''] = value.replace(/^-/, '').split('.');
  return `${negative ? '-' : ''}${BigInt(whole).toString()}.${fraction.padEnd(2, '0').slice(0, 2)}`;
}

/** Amount in yuan as a string; never a float, so no rounding on the way in or out. */
export const DecimalScalar = new GraphQLScalarType<string, string>({
  name: 'Decimal',
  description: 'Amount in yuan as a string with at most two decimals, e.g. "2599.00".',
  serialize(value) {
    return normaliseDecimal(String(value));
  },
  parseValue: parseDecimal,
  parseLiteral: (ast) =>
    parseDecimal(
      ast.kind === Kind.INT || ast.kind === Kind.FLOAT ? ast.value : literalString('Decimal', ast),
    ),
});

/** Subtracts two non-negative two-decimal amounts exactly, in fen. */
export function subtractDecimals(minuend: string, subtrahend: string): string {
  const toFen = (amount: string) => BigInt(normaliseDecimal(amount).replace('.', ''));
  const fen = toFen(minuend) - toFen(subtrahend);
  const sign = fen < 0n ? '-' : '';
  const digits = (fen < 0n ? -fen : fen).toString().padStart(3, '0');
  return `${sign}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}
