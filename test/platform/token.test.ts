import { exportJWK, generateKeyPair, KeyLike, SignJWT } from 'jose';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { TokenVerifier } from '../../platform/auth/token';

const CLAIMS = { name: '测试用户', org: '574225', roles: ['OUTLET'] };

describe('TokenVerifier with a JWKS URL', () => {
  let server: Server;
  let verifier: TokenVerifier;
  let privateKey: KeyLike;

  beforeAll(async () => {
    const pair = await generateKeyPair('RS256');
    privateKey = pair.privateKey;
    const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'test-key', alg: 'RS256', use: 'sig' };
    server = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    verifier = new TokenVerifier({
      jwksUrl: `http://127.0.0.1:${port}/jwks.json`,
      issuer: 'https://idp.example.test',
    });
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  function sign(issuer: string): Promise<string> {
    return new SignJWT(CLAIMS)
      .setProtectedHeader({ alg: 'RS256', kid: 'test-key' })
      .setSubject('idp-user-1')
      .setIssuer(issuer)
      .setExpirationTime('5m')
      .sign(privateKey);
  }

  test('accepts a token signed by a published key', async () => {
    const { actor } = await verifier.verifyHeader(
      `Bearer ${await sign('https://idp.example.test')}`,
    );
    expect(actor).toEqual({
      userId: 'idp-user-1',
      name: '测试用户',
      organizationCode: '574225',
      roles: ['OUTLET'],
    });
  });

  test('rejects a token of another issuer', async () => {
    const header = `Bearer ${await sign('https://other.example.test')}`;
    await expect(verifier.verifyHeader(header)).rejects.toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });
});
