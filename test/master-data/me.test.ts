import { graphql } from '../support/client';

const ME = `{
  me {
    id
    name
    roles
    organization { code name type center { code name type } }
  }
}`;

describe('me', () => {
  test('outlet user has its id', async () => {
    const result = await graphql(ME, {}, { as: 'outlet-574225' });
    expect(result.data.me.id).toBe('outlet-574225');
  });

  test('outlet user has the OUTLET role', async () => {
    const result = await graphql(ME, {}, { as: 'outlet-574225' });
    expect(result.data.me.roles).toEqual(['OUTLET']);
  });

  test('outlet user has its organisation', async () => {
    const result = await graphql(ME, {}, { as: 'outlet-574225' });
    expect(result.data.me.organization.code).toBe('574225');
  });

  test('outlet organisation has its center', async () => {
    const result = await graphql(ME, {}, { as: 'outlet-574225' });
    expect(result.data.me.organization.center).toMatchObject({
      code: '574001',
      type: 'MARKETING_CENTER',
    });
  });

  test('center user has no center above it', async () => {
    const result = await graphql(ME, {}, { as: 'center-571001' });
    expect(result.data.me.organization.center).toBeNull();
  });

  test('myDesk is keyed by the user', async () => {
    const result = await graphql('{ myDesk { __typename } }', {}, { as: 'hq' });
    expect(result.data.myDesk.__typename).toBe('Desk');
  });
});
