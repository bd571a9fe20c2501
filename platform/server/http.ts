import { ApolloServer, BaseContext, HeaderMap, HTTPGraphQLRequest } from '@apollo/server';
import { randomUUID } from 'node:crypto';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { Logger } from 'pino';

const MAX_BODY_BYTES = 1024 * 1024;

export interface HttpEndpoints<C extends BaseContext> {
  apollo: ApolloServer<C>;
  logger: Logger;
  /** Builds the GraphQL context from the request, its assigned id and its parsed JSON body. */
  context: (request: IncomingMessage, requestId: string, body: unknown) => Promise<C>;
  /** Resolves when the process can serve (database reachable, dependencies ready). */
  ready: () => Promise<boolean>;
  /** Text served at `/metrics` in the Prometheus exposition format. */
  metrics?: () => string;
}

/** Returns the request id sent by the gateway or a client, or a new one. */
export function requestIdOf(request: IncomingMessage): string {
  const header = request.headers['x-request-id'];
  const value = Array.isArray(header) ? header[0] : header;
  return value && /^[\w.:-]{1,100}$/.test(value) ? value : randomUUID();
}

class BodyTooLargeError extends Error {}

/** Reads the body; past `MAX_BODY_BYTES` it stops reading and rejects with `BodyTooLargeError`. */
function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    request.on('data', (chunk: Buffer) => {
      if (tooLarge) return;
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        tooLarge = true;
        reject(new BodyTooLargeError(`Request body exceeds ${MAX_BODY_BYTES} bytes`));
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => {
      if (!tooLarge) resolve(Buffer.concat(chunks).toString('utf8'));
    });
    request.on('error', reject);
  });
}

/**
 * Returns the path of the first string in a request body that contains the NUL character, which
 * PostgreSQL cannot store in text, or null when there is none.
 */
export function findNulCharacter(value: unknown, path: string): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index += 1) {
      const found = findNulCharacter(value[index], `${path}.${index}`);
      if (found) return found;
    }
    return null;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      const found = findNulCharacter(child, path ? `${path}.${key}` : key);
      if (found) return found;
    }
  }
  return null;
}

function badRequest(response: ServerResponse, status: number, message: string, extra = {}): void {
  sendJson(response, status, {
    errors: [{ message, extensions: { code: 'BAD_USER_INPUT', ...extra } }],
  });
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
}

/**
 * Creates the HTTP server of a process: `POST|GET /graphql` through Apollo Server, `GET /health`
 * (the process is alive), `GET /ready` (it can serve) and `GET /metrics`.
 */
export function createHttpServer<C extends BaseContext>(endpoints: HttpEndpoints<C>): Server {
  const { apollo, logger } = endpoints;
  return createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    try {
      if (url.pathname === '/health' && request.method === 'GET') {
        sendJson(response, 200, { status: 'ok' });
        return;
      }
      if (url.pathname === '/ready' && request.method === 'GET') {
        const ready = await endpoints.ready().catch(() => false);
        sendJson(response, ready ? 200 : 503, { status: ready ? 'ready' : 'unavailable' });
        return;
      }
      if (url.pathname === '/metrics' && request.method === 'GET' && endpoints.metrics) {
        response.writeHead(200, { 'content-type': 'text/plain; version=0.0.4' });
        response.end(endpoints.metrics());
        return;
      }
      if (url.pathname !== '/graphql' && url.pathname !== '/') {
        sendJson(response, 404, { error: `No route for ${request.method} ${url.pathname}` });
        return;
      }
      const requestId = requestIdOf(request);
      const headers = new HeaderMap();
      for (const [name, value] of Object.entries(request.headers)) {
        if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
      }
      let body: unknown = undefined;
      if (request.method === 'POST') {
        let text: string;
        try {
          text = await readBody(request);
        } catch (error) {
          if (!(error instanceof BodyTooLargeError)) throw error;
          response.setHeader('connection', 'close');
          badRequest(
            response,
            413,
            `The request body is larger than ${MAX_BODY_BYTES} bytes. Send fewer or smaller values per request.`,
            { reason: 'PAYLOAD_TOO_LARGE' },
          );
          return;
        }
        try {
          body = text === '' ? {} : JSON.parse(text);
        } catch {
          badRequest(response, 400, 'Invalid JSON in the request body', { reason: 'BAD_REQUEST' });
          return;
        }
        const query = (body as { query?: unknown } | null)?.query;
        // A GraphQL string literal may spell the NUL character as the escape \u0000.
        const nulPath =
          typeof query === 'string' && /\\u0000/i.test(query)
            ? 'query'
            : findNulCharacter(body, '');
        if (nulPath) {
          const message = 'must not contain the NUL character (U+0000)';
          badRequest(response, 400, `Invalid input. ${nulPath}: ${message}`, {
            reason: 'VALIDATION_FAILED',
            fields: [{ path: nulPath, message }],
          });
          return;
        }
      }
      const httpGraphQLRequest: HTTPGraphQLRequest = {
        method: request.method?.toUpperCase() ?? 'GET',
        headers,
        search: url.search,
        body,
      };
      const result = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest,
        context: () => endpoints.context(request, requestId, body),
      });
      for (const [name, value] of result.headers) response.setHeader(name, value);
      response.setHeader('x-request-id', requestId);
      response.statusCode = result.status ?? 200;
      if (result.body.kind === 'complete') {
        response.end(result.body.string);
        return;
      }
      for await (const chunk of result.body.asyncIterator) response.write(chunk);
      response.end();
    } catch (error) {
      logger.error({ err: error, path: url.pathname }, 'request failed before GraphQL execution');
      if (!response.headersSent) {
        sendJson(response, 500, {
          errors: [
            { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
          ],
        });
      } else {
        response.end();
      }
    }
  });
}

/** Starts listening on 127.0.0.1 (or `HOST`) and resolves with the bound port. */
export function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, process.env.HOST ?? '127.0.0.1', () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });
}

/**
 * Stops accepting connections, lets in-flight requests finish (up to `graceMs`), and closes each
 * keep-alive socket as soon as it is idle.
 */
export function drain(server: Server, graceMs = 10_000): Promise<void> {
  return new Promise((resolve) => {
    const sweeper = setInterval(() => server.closeIdleConnections(), 50);
    const timer = setTimeout(() => {
      clearInterval(sweeper);
      server.closeAllConnections();
      resolve();
    }, graceMs);
    timer.unref();
    server.close(() => {
      clearInterval(sweeper);
      clearTimeout(timer);
      resolve();
    });
  });
}
