import { gatewayUrl, graphql, subgraphUrl, tokenFor } from '../support/client';

const ORGANIZATIONS = `query Organizations($first: Int, $offset: Int, $after: String) {
  organizations(first: $first, offset: $offset, after: $after) { totalCount }
}`;

describe('error shape through the gateway', () => {
  test('validation failure lists every bad field at once', async () => {
    const result = await graphql(
      ORGANIZATIONS,
      { first: 101, offset: -1, after: 'not-a-cursor' },
      { as: 'hq' },
    );
    const paths = result.errors?.[0].extensions?.fields?.map((field) => field.path);
    expect(paths).toEqual(['first', 'offset', 'after']);
  });

  test('validation failure has code BAD_USER_INPUT', async () => {
    const result = await graphql(ORGANIZATIONS, { first: 101 }, { as: 'hq' });
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  test('validation failure has a reason', async () => {
    const result = await graphql(ORGANIZATIONS, { first: 101 }, { as: 'hq' });
    expect(result.errors?.[0].extensions?.reason).toBe('VALIDATION_FAILED');
  });

  test('field message names the value and the rule', async () => {
    const result = await graphql(ORGANIZATIONS, { first: 101 }, { as: 'hq' });
    expect(result.errors?.[0].extensions?.fields?.[0].message).toBe(
      'must be from 1 to 100 (got 101)',
    );
  });

  test('unknown field is BAD_USER_INPUT', async () => {
    const result = await graphql('{ noSuchField }', {}, { as: 'hq' });
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  test('too deep a query is refused', async () => {
    const deep = `{ me { organization ${'{ center '.repeat(14)}{ code }${' }'.repeat(14)} } }`;
    const result = await graphql(deep, {}, { as: 'hq' });
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('query limits', () => {
  const deepQuery = `{ me { organization ${'{ center '.repeat(16)}{ code }${' }'.repeat(16)} } }`;
  const manyAliases = `{ ${Array.from({ length: 40 }, (_, index) => `a${index}: me { id }`).join(' ')} }`;

  test('subgraph refuses a too deep query', async () => {
    const result = await graphql(deepQuery, {}, { as: 'hq', url: subgraphUrl('master-data') });
    expect(result.errors?.[0].extensions?.reason).toBe('QUERY_LIMIT_EXCEEDED');
  });

  test('subgraph refuses too many aliases', async () => {
    const result = await graphql(manyAliases, {}, { as: 'hq', url: subgraphUrl('master-data') });
    expect(result.errors?.[0].extensions?.reason).toBe('QUERY_LIMIT_EXCEEDED');
  });

  test('limit message does not call itself a syntax error', async () => {
    const result = await graphql(manyAliases, {}, { as: 'hq' });
    expect(result.errors?.[0].message).toMatch(/^Query rejected: /);
  });

  test('unauthenticated caller gets no validation detail', async () => {
    const result = await graphql(
      '{ noSuchField }',
      {},
      { token: '', url: subgraphUrl('master-data') },
    );
    expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('input the database cannot store', () => {
  test('NUL character is BAD_USER_INPUT naming the variable', async () => {
    const result = await graphql(
      'query Find($name: String) { organizations(filter: { nameContains: $name }) { totalCount } }',
      { name: 'a\u0000b' },
      { as: 'hq' },
    );
    expect(result.errors?.[0].extensions?.fields).toEqual([
      { path: 'variables.name', message: 'must not contain the NUL character (U+0000)' },
    ]);
  });

  test('body over one megabyte is refused with 413', async () => {
    const response = await fetch(gatewayUrl(), {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${await tokenFor('hq')}`,
      },
      body: JSON.stringify({
        query: '{ me { id } }',
        variables: { padding: 'x'.repeat(1_100_000) },
      }),
    });
    expect(response.status).toBe(413);
  });
});

describe('scalar errors from a subgraph', () => {
  const WORK_ORDERS_FROM = `query From($from: Date) {
    workOrders(filter: { createdFrom: $from }) { totalCount }
  }`;

  test('impossible date reaches the client as BAD_USER_INPUT', async () => {
    const result = await graphql(WORK_ORDERS_FROM, { from: '2026-02-30' }, { as: 'hq' });
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  test('impossible date message names the value', async () => {
    const result = await graphql(WORK_ORDERS_FROM, { from: '2026-02-30' }, { as: 'hq' });
    expect(result.errors?.[0].message).toContain('2026-02-30');
  });
});

describe('hostile input', () => {
  test('NUL escape in a query literal is BAD_USER_INPUT', async () => {
    const result = await graphql(
      '{ organizations(filter: { nameContains: "a\\u0000" }) { totalCount } }',
      {},
      { as: 'hq' },
    );
    expect(result.errors?.[0].extensions?.fields?.[0].path).toBe('query');
  });

  test.each([
    ['an unknown sort value', { value: 'garbage', id: '00000000-0000-4000-8001-000000000001' }],
    ['an id that is no UUID', { value: '2026-12-04T16:31:39.679Z', id: 'not-a-uuid' }],
  ])('tampered cursor with %s is BAD_USER_INPUT', async (_case, position) => {
    const after = Buffer.from(JSON.stringify(position)).toString('base64url');
    const result = await graphql(
      'query Page($after: String) { workOrders(after: $after) { totalCount } }',
      { after },
      { as: 'hq' },
    );
    expect(result.errors?.[0].extensions?.fields?.[0].path).toBe('after');
  });

  test('two operations without operationName is BAD_USER_INPUT', async () => {
    const result = await graphql('query A { me { id } } query B { me { name } }', {}, { as: 'hq' });
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('direct subgraph calls', () => {
  test('mutation on a subgraph without mutations is BAD_USER_INPUT', async () => {
    const result = await graphql(
      'mutation { __typename }',
      {},
      {
        as: 'hq',
        url: subgraphUrl('master-data'),
      },
    );
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
