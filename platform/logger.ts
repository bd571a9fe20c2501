import pino, { Logger } from 'pino';

export type { Logger };

/**
 * Creates the JSON logger of one process. Variables, customer names and phone numbers are never
 * logged; the redaction list is a second line of defence for fields that slip into log objects.
 */
export function createLogger(service: string): Logger {
  return pino({
    name: service,
    level: process.env.LOG_LEVEL ?? 'info',
    base: { service, pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: {
      paths: [
        'variables',
        '*.variables',
        'authorization',
        '*.authorization',
        'headers.authorization',
        '*.customer',
        '*.phone',
        '*.mobilePhone',
        '*.callerPhone',
        // Database errors carry the statement's parameters, which hold customer data.
        'err.parameters',
        'err.driverError.parameters',
      ],
      censor: '[redacted]',
    },
  });
}
