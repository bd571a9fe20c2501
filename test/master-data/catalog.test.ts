import { graphql } from '../support/client';

describe('fault causes', () => {
  test('050507 has its description', async () => {
    const result = await graphql(
      '{ faultCause(code: "050507") { description level } }',
      {},
      { as: 'outlet-574225' },
    );
    expect(result.data.faultCause).toEqual({ description: '挂机底座破裂、变形', level: 3 });
  });

  test('050507 sits under 0505 under 05', async () => {
    const result = await graphql(
      '{ faultCause(code: "050507") { parent { code parent { code parent { code } } } } }',
      {},
      { as: 'outlet-574225' },
    );
    expect(result.data.faultCause.parent).toEqual({
      code: '0505',
      parent: { code: '05', parent: null },
    });
  });

  test('top level lists only two-digit codes', async () => {
    const result = await graphql('{ faultCauses { code level } }', {}, { as: 'outlet-574225' });
    const levels = new Set(result.data.faultCauses.map((cause: { level: number }) => cause.level));
    expect([...levels]).toEqual([1]);
  });

  test('children of 0505 include 050507', async () => {
    const result = await graphql(
      '{ faultCauses(parentCode: "0505") { code } }',
      {},
      { as: 'outlet-574225' },
    );
    expect(result.data.faultCauses.map((cause: { code: string }) => cause.code)).toContain(
      '050507',
    );
  });

  test('search finds a description', async () => {
    const result = await graphql(
      '{ faultCauses(search: "底座") { code } }',
      {},
      { as: 'outlet-574225' },
    );
    expect(result.data.faultCauses.map((cause: { code: string }) => cause.code)).toContain(
      '050507',
    );
  });

  test('dictionary has at least thirty codes', async () => {
    const result = await graphql(
      '{ faultCauses { code children { code children { code } } } }',
      {},
      { as: 'outlet-574225' },
    );
    const count = result.data.faultCauses.reduce(
      (sum: number, top: { children: { children: unknown[] }[] }) =>
        sum + 1 + top.children.reduce((inner, middle) => inner + 1 + middle.children.length, 0),
      0,
    );
    expect(count).toBeGreaterThanOrEqual(30);
  });
});

describe('parts and regions', () => {
  test('parts carry their supplier', async () => {
    const result = await graphql(
      '{ parts { code supplier { code name } } }',
      {},
      { as: 'outlet-574225' },
    );
    expect(result.data.parts.every((part: { supplier: unknown }) => part.supplier !== null)).toBe(
      true,
    );
  });

  test('at least twenty parts', async () => {
    const result = await graphql('{ parts { code } }', {}, { as: 'outlet-574225' });
    expect(result.data.parts.length).toBeGreaterThanOrEqual(20);
  });

  test.each([
    ['杭州市', '0571'],
    ['宁波市', '0574'],
    ['重庆市', '023'],
  ])('%s has area code %s', async (city, areaCode) => {
    const result = await graphql(
      'query City($name: String!) { regions(name: $name) { areaCode level: __typename } }',
      { name: city },
      { as: 'outlet-574225' },
    );
    const codes = result.data.regions.map((region: { areaCode: string | null }) => region.areaCode);
    expect(codes).toContain(areaCode);
  });

  test('provinces have cities with districts', async () => {
    const result = await graphql(
      '{ regions { code children { code areaCode children { code } } } }',
      {},
      { as: 'outlet-574225' },
    );
    const zhejiang = result.data.regions.find(
      (region: { code: string }) => region.code === '330000',
    );
    expect(
      zhejiang.children.every((city: { children: unknown[] }) => city.children.length > 0),
    ).toBe(true);
  });
});

describe('organizations', () => {
  test('outlets of a center', async () => {
    const result = await graphql(
      '{ organizations(filter: { centerCode: "574001" }) { edges { node { code } } } }',
      {},
      { as: 'hq' },
    );
    const codes = result.data.organizations.edges.map(
      (edge: { node: { code: string } }) => edge.node.code,
    );
    expect(codes).toContain('574225');
  });

  test('cursor pages do not overlap', async () => {
    const query = `query Page($after: String) {
      organizations(first: 4, after: $after) { edges { node { code } } pageInfo { endCursor hasNextPage } }
    }`;
    const first = await graphql(query, {}, { as: 'hq' });
    const second = await graphql(
      query,
      { after: first.data.organizations.pageInfo.endCursor },
      { as: 'hq' },
    );
    const firstCodes = first.data.organizations.edges.map(
      (edge: { node: { code: string } }) => edge.node.code,
    );
    const secondCodes = second.data.organizations.edges.map(
      (edge: { node: { code: string } }) => edge.node.code,
    );
    expect(secondCodes.filter((code: string) => firstCodes.includes(code))).toEqual([]);
  });

  test('offset page matches cursor page', async () => {
    const query = `query Page($after: String, $offset: Int) {
      organizations(first: 4, after: $after, offset: $offset) { edges { node { code } } pageInfo { endCursor } }
    }`;
    const first = await graphql(query, {}, { as: 'hq' });
    const byCursor = await graphql(
      query,
      { after: first.data.organizations.pageInfo.endCursor },
      { as: 'hq' },
    );
    const byOffset = await graphql(query, { offset: 4 }, { as: 'hq' });
    expect(byOffset.data.organizations.edges).toEqual(byCursor.data.organizations.edges);
  });

  test('defective-unit capable outlets', async () => {
    const result = await graphql(
      '{ organizations(filter: { canHandleDefectiveUnits: true }) { edges { node { code } } } }',
      {},
      { as: 'hq' },
    );
    const codes = result.data.organizations.edges.map(
      (edge: { node: { code: string } }) => edge.node.code,
    );
    expect(codes).toEqual(expect.arrayContaining(['574225', '023293']));
  });
});
