/**
 * Puts "a" or "an" before a word that a message fills in at run time, such as a unit kind or an
 * organisation type. The choice follows the first letter, which suits the English words and enum
 * names used here but not words like "hour" or "unit".
 */
export function withArticle(word: string): string {
  return /^[aeiou]/i.test(word) ? `an ${word}` : `a ${word}`;
}
