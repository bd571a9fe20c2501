import { ChildProcess, spawn } from 'node:child_process';
import http from 'node:http';
import { join } from 'node:path';
import { tokenFor } from '../support/client';

const ROOT = join(__dirname, '..', '..');
const PORT = Number(process.env.TEST_GATEWAY_PORT ?? 4600) + 90;

async function waitForReady(url: string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const response = await fetch(url).catch(() => null);
    if (response?.ok) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not become ready`);
}

describe('graceful shutdown', () => {
  let child: ChildProcess;
  let output = '';

  beforeAll(async () => {
    child = spawn('node', [join(ROOT, 'dist/subgraphs/master-data/main.js')], {
      env: {
        ...process.env,
        PORT: String(PORT),
        DATABASE_URL: process.env.TEST_DATABASE_URL_RESOLVED,
        JWT_SECRET: process.env.TEST_JWT_SECRET,
      },
    });
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await waitForReady(`http://127.0.0.1:${PORT}/ready`);
  });

  afterAll(() => {
    if (child.exitCode === null) child.kill('SIGKILL');
  });

  test('SIGTERM lets an in-flight request finish', async () => {
    const token = await tokenFor('hq');
    const body = JSON.stringify({ query: '{ organizations(first: 100) { totalCount } }' });
    // The body is sent in two parts around the signal, so the request is surely in flight.
    const request = http.request({
      host: '127.0.0.1',
      port: PORT,
      path: '/graphql',
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(body),
        authorization: `Bearer ${token}`,
      },
    });
    const response = new Promise<{ status: number; text: string }>((resolve, reject) => {
      request.on('response', (incoming) => {
        let text = '';
        incoming.on('data', (chunk: Buffer) => (text += chunk.toString()));
        incoming.on('end', () => resolve({ status: incoming.statusCode ?? 0, text }));
      });
      request.on('error', reject);
    });
    request.write(body.slice(0, 10));
    await new Promise((resolve) => setTimeout(resolve, 200));
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 200));
    request.end(body.slice(10));

    const { status, text } = await response;
    expect(status).toBe(200);
    expect(JSON.parse(text).data.organizations.totalCount).toBeGreaterThan(0);
    expect(await exited).toBe(0);
    expect(output).toContain('master-data subgraph stopped');
  });
});
