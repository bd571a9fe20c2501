import { withArticle } from '../../subgraphs/work-orders/services/articles';

describe('withArticle', () => {
  it.each([
    ['indoor', 'an indoor'],
    ['outdoor', 'an outdoor'],
    ['SERVICE_OUTLET', 'a SERVICE_OUTLET'],
    ['HEADQUARTERS', 'a HEADQUARTERS'],
    ['DEPARTMENT', 'a DEPARTMENT'],
  ])('puts the article before %s', (word, expected) => {
    expect(withArticle(word)).toBe(expected);
  });
});
