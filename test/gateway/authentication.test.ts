import { SignJWT } from 'jose';
import { graphql, subgraphUrl, tokenFor } from '../support/client';

const ME = '{ me { id } }';
const ENTITIES =
  '{ _entities(representations: [{ __typename: "User", id: "hq" }]) { ... on User { name } } }';

async function forgedToken(): Promise<string> {
  return tokenFor('hq', { secret: 'not-the-secret-of-this-system' });
}

async function expiredToken(): Promise<string> {
  const issuedAt = Math.floor(Date.now() / 1000) - 7200;
  return tokenFor('hq', { issuedAt, expiresIn: issuedAt + 60 });
}

async function tokenWithoutRoles(): Promise<string> {
  return new SignJWT({ name: 'Nobody', org: '574225' })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('nobody')
    .setExpirationTime('1h')
    .sign(new TextEncoder().encode(process.env.TEST_JWT_SECRET as string));
}

describe.each([
  ['gateway', () => undefined],
  ['master-data subgraph', () => subgraphUrl('master-data')],
])('authentication at the %s', (_target, url) => {
  test('missing token is UNAUTHENTICATED', async () => {
    const result = await graphql(ME, {}, { token: '', url: url() });
    expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  test('forged token is UNAUTHENTICATED', async () => {
    const result = await graphql(ME, {}, { token: await forgedToken(), url: url() });
    expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  test('expired token is UNAUTHENTICATED', async () => {
    const result = await graphql(ME, {}, { token: await expiredToken(), url: url() });
    expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  test('expired token message says so', async () => {
    const result = await graphql(ME, {}, { token: await expiredToken(), url: url() });
    expect(result.errors?.[0].message).toMatch(/expired/);
  });

  test('token without roles is UNAUTHENTICATED', async () => {
    const result = await graphql(ME, {}, { token: await tokenWithoutRoles(), url: url() });
    expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  test('unauthenticated request gets no data', async () => {
    const result = await graphql(ME, {}, { token: '', url: url() });
    expect(result.data ?? null).toBeNull();
  });

  test('valid token is accepted', async () => {
    const result = await graphql(ME, {}, { as: 'hq', url: url() });
    expect(result.data.me.id).toBe('hq');
  });
});

describe('direct subgraph access', () => {
  test('_entities without a token is refused', async () => {
    const result = await graphql(ENTITIES, {}, { token: '', url: subgraphUrl('master-data') });
    expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  test('_entities with a forged token is refused', async () => {
    const result = await graphql(
      ENTITIES,
      {},
      {
        token: await forgedToken(),
        url: subgraphUrl('master-data'),
      },
    );
    expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  test('_entities with a valid token resolves', async () => {
    const result = await graphql(ENTITIES, {}, { as: 'hq', url: subgraphUrl('master-data') });
    expect(result.data._entities[0].name).toBeTruthy();
  });

  test('_service is open without a token', async () => {
    const result = await graphql(
      '{ _service { sdl } }',
      {},
      { token: '', url: subgraphUrl('master-data') },
    );
    expect(result.data._service.sdl).toContain('type Organization');
  });

  test('_service with another field is refused', async () => {
    const result = await graphql(
      '{ _service { sdl } me { id } }',
      {},
      {
        token: '',
        url: subgraphUrl('master-data'),
      },
    );
    expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('token without expiry', () => {
  test('is UNAUTHENTICATED', async () => {
    const token = await new SignJWT({ name: 'No Expiry', org: '756000', roles: ['HQ'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('hq')
      .sign(new TextEncoder().encode(process.env.TEST_JWT_SECRET as string));
    const result = await graphql(ME, {}, { token });
    expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
