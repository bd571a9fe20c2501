import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gatewayUrl, subgraphUrl, tokenFor } from '../support/client';

const run = promisify(execFile);
const ROOT = join(__dirname, '..', '..');

function endpoint(graphqlUrl: string, path: string): string {
  const url = new URL(graphqlUrl);
  url.pathname = path;
  return url.toString();
}

describe.each([
  ['gateway', () => gatewayUrl()],
  ['master-data', () => subgraphUrl('master-data')],
])('%s process', (_name, url) => {
  test('answers /health', async () => {
    const response = await fetch(endpoint(url(), '/health'));
    expect(response.status).toBe(200);
  });

  test('answers /ready', async () => {
    const response = await fetch(endpoint(url(), '/ready'));
    expect(response.status).toBe(200);
  });
});

describe('request id', () => {
  test('gateway echoes the request id', async () => {
    const response = await fetch(gatewayUrl(), {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${await tokenFor('hq')}`,
        'x-request-id': 'echo-check-1',
      },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    expect(response.headers.get('x-request-id')).toBe('echo-check-1');
  });

  test('subgraph logs the id the gateway passed on', async () => {
    const requestId = `log-check-${Date.now()}`;
    await fetch(gatewayUrl(), {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${await tokenFor('hq')}`,
        'x-request-id': requestId,
      },
      body: JSON.stringify({ query: 'query WhoAmI { me { id } }', operationName: 'WhoAmI' }),
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const lines = readFileSync(join(ROOT, '.data/test-logs/system.log'), 'utf8')
      .split('\n')
      .filter((line) => line.includes(requestId))
      .map((line) => JSON.parse(line));
    const services = lines.map((line) => line.service).sort();
    expect(services).toEqual(['gateway', 'master-data']);
  });
});

describe('refused requests', () => {
  test('gateway logs a refused login without the token', async () => {
    const requestId = `refused-${Date.now()}`;
    await fetch(gatewayUrl(), {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: 'Bearer not.a.token',
        'x-request-id': requestId,
      },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const line = readFileSync(join(ROOT, '.data/test-logs/system.log'), 'utf8')
      .split('\n')
      .find((entry) => entry.includes(requestId) && entry.includes('not authenticated'));
    expect(line).toBeDefined();
    expect(line).not.toContain('not.a.token');
  });
});

describe('schema files', () => {
  test('committed supergraph and API schema are current', async () => {
    const result = await run('node', [join(ROOT, 'dist/scripts/compose.js'), '--check']).then(
      () => 'current',
      (error: { stderr: string }) => error.stderr,
    );
    expect(result).toBe('current');
  });
});

describe('production start', () => {
  test('refuses to start without key configuration', async () => {
    const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', PORT: '0' };
    delete env.JWT_SECRET;
    delete env.JWT_JWKS_URL;
    const outcome = await run('node', [join(ROOT, 'dist/subgraphs/master-data/main.js')], {
      env,
      timeout: 20_000,
    }).then(
      () => 'started',
      (error: { stdout: string }) => error.stdout,
    );
    expect(outcome).toContain('Missing key configuration');
  });
});
