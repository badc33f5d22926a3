/** Syllables of invented names ("Comelf", "Martela"), as many companies, agencies and clubs have. */
const SYLLABLES =
  'co fin ec mel mar te la pe to fi mul ti ra vo den ka lo sa ni tek gen ar ex in tra bor vel da no ri sto ma nor vik al par zen or eq ux'.split(
    ' ',
  );

/**
 * A made-up capitalised word of two or three syllables: a name that no list holds, so that only
 * the words around it can tell what it names.
 */
export function inventedName(random: () => number): string {
  const count = random() < 0.5 ? 2 : 3;
  const word = Array.from(
    { length: count },
    () => SYLLABLES[Math.floor(random() * SYLLABLES.length)] as string,
  ).join('');
  return word.charAt(0).toUpperCase() + word.slice(1);
}
