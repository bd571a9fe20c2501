import { ApolloServer, BaseContext, HeaderMap, HTTPGraphQLRequest } from '@apollo/server';
import { randomUUID } from 'node:crypto';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { Logger } from 'pino';

const MAX_BODY_BYTES = 1024 * 1024;

export interface HttpEndpoints<C extends BaseContext> {
  apollo: ApolloServer<C>;
  logger: Logger;
  /** Builds the GraphQL context; receives the request id assigned to this request. */
  context: (request: IncomingMessage, requestId: string) => Promise<C>;
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

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error(`Request body exceeds ${MAX_BODY_BYTES} bytes`));
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
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
        const text = await readBody(request);
        try {
          body = text === '' ? {} : JSON.parse(text);
        } catch {
          sendJson(response, 400, {
            errors: [
              {
                message: 'Invalid JSON in the request body',
                extensions: { code: 'BAD_USER_INPUT', reason: 'BAD_REQUEST' },
              },
            ],
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
        context: () => endpoints.context(request, requestId),
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
