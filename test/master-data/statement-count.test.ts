import { graphql, sql, sqlStatements } from '../support/client';

const ORGANIZATIONS_WITH_CENTERS = `query OutletsWithCenters($first: Int!) {
  organizations(first: $first, filter: { type: SERVICE_OUTLET }) {
    edges { node { code center { code name center { code } } } }
  }
}`;

/** Returns the SQL statements master data sends for one page of outlets with their centers. */
async function statementsForPage(first: number): Promise<number> {
  const before = await sqlStatements('master-data');
  const result = await graphql(ORGANIZATIONS_WITH_CENTERS, { first }, { as: 'hq' });
  expect(result.data.organizations.edges).toHaveLength(first);
  return (await sqlStatements('master-data')) - before;
}

describe('organization list statement count', () => {
  beforeAll(async () => {
    // Enough outlets for a page of 50, spread over the three centers.
    const centers = ['571001', '574001', '023001'];
    for (let index = 0; index < 60; index += 1) {
      const center = centers[index % centers.length];
      await sql(
        `INSERT INTO master_data.organization (code, name, type, center_code)
         VALUES ($1, $2, 'SERVICE_OUTLET', $3) ON CONFLICT (code) DO NOTHING`,
        [`${center.slice(0, 3)}9${String(index).padStart(2, '0')}`, `测试网点${index}`, center],
      );
    }
  });

  afterAll(async () => {
    await sql(`DELETE FROM master_data.organization WHERE name LIKE '测试网点%'`);
  });

  test('does not grow from 5 to 50 organisations', async () => {
    const forFive = await statementsForPage(5);
    const forFifty = await statementsForPage(50);
    expect(forFifty).toBe(forFive);
  });
});
