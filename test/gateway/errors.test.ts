import { graphql } from '../support/client';

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
    const deep = `{ me { organization { center { center { center { center { center { center { center { center { center { center { center { code } } } } } } } } } } } } } }`;
    const result = await graphql(deep, {}, { as: 'hq' });
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
