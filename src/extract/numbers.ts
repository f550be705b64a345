// Counts written in digits or words ("17,000", "four", "a dozen"), shared by the equipment and
// quantity steps.

const WORD_NUMBERS: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100, dozen: 12,
};

/** Regex source for one count: digits with thousands commas, or a number word. */
export const COUNT_RE = '\\d{1,3}(?:,\\d{3})+|\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a hundred|a dozen';

/** The value of a count token or phrase, or null: "3,080" -> 3080, "four" -> 4, "a dozen" -> 12. */
export function countValue(text: string): number | null {
  const word = text.toLowerCase().replace(/^a /, '');
  if (word in WORD_NUMBERS) return WORD_NUMBERS[word]!;
  return /^\d{1,3}(?:,\d{3})+$|^\d+$/.test(word) ? Number(word.replace(/,/g, '')) : null;
}
