/**
 * First names that name the same person across sites: one site prints the given name, another the nickname
 * ("Guillermo" / "Willy" Hernangomez, "Maurice" / "Moe" Harkless, "Mohamed" / "Mo" Bamba). A modest hand-kept
 * table of common English nicknames plus the Spanish and other given names DFS sites shorten; no well-kept package
 * holds one for JavaScript. Names are normalized (normalizePlayerName: lower case, no accents or periods). A name may
 * sit in several groups ("mo": Maurice, Mohamed, Moritz).
 */
export const NICKNAME_GROUPS: readonly (readonly string[])[] = [
  ['william', 'will', 'willie', 'willy', 'bill', 'billy', 'guillermo', 'guille'],
  ['maurice', 'moe', 'mo'],
  ['mohamed', 'mohammed', 'muhammad', 'mohammad', 'mo'],
  ['moritz', 'mo'],
  ['michael', 'mike', 'mikey'],
  ['robert', 'rob', 'robbie', 'bob', 'bobby'],
  ['james', 'jim', 'jimmy', 'jamie'],
  ['joseph', 'joe', 'joey'],
  ['joshua', 'josh'],
  ['matthew', 'matt', 'matty'],
  ['christopher', 'chris', 'kris'],
  ['nicholas', 'nicolas', 'nick', 'nic', 'nico', 'nicky'],
  ['anthony', 'tony'],
  ['daniel', 'dan', 'danny'],
  ['david', 'dave', 'davey'],
  ['thomas', 'tom', 'tommy'],
  ['benjamin', 'ben', 'benny'],
  ['samuel', 'sam', 'sammy'],
  ['alexander', 'alex', 'alexandre', 'alejandro', 'sasha'],
  ['andrew', 'andy', 'drew'],
  ['edward', 'ed', 'eddie', 'eddy', 'ted'],
  ['gabriel', 'gabe'],
  ['jonathan', 'jon', 'jonny', 'johnny'],
  ['john', 'johnny', 'jack'],
  ['kenneth', 'ken', 'kenny'],
  ['patrick', 'pat', 'patty'],
  ['richard', 'rich', 'richie', 'rick', 'ricky', 'dick'],
  ['ronald', 'ron', 'ronnie'],
  ['stephen', 'steven', 'steve', 'stevie'],
  ['timothy', 'tim', 'timmy'],
  ['zachary', 'zach', 'zack', 'zak'],
  ['jacob', 'jake'],
  ['nathaniel', 'nathan', 'nate'],
  ['cameron', 'cam'],
  ['mitchell', 'mitch'],
  ['jeffrey', 'jeff'],
  ['gregory', 'greg'],
  ['lawrence', 'larry'],
  ['douglas', 'doug'],
  ['frederick', 'fred', 'freddie', 'freddy'],
  ['francisco', 'frank', 'frankie', 'pancho', 'cisco', 'paco'],
  ['francis', 'frank', 'frankie'],
  ['eugene', 'gene'],
  ['gerald', 'jerry'],
  ['charles', 'charlie', 'chuck', 'chaz'],
  ['henry', 'hank'],
  ['philip', 'phillip', 'phil'],
  ['raymond', 'ray'],
  ['walter', 'walt'],
  ['vincent', 'vince', 'vinny'],
  ['dominic', 'dominick', 'dom'],
  ['theodore', 'theo', 'teddy'],
  ['enrique', 'kike', 'quique'],
  ['ignacio', 'nacho'],
  ['jose', 'pepe'],
  ['giovanni', 'gio'],
  ['herbert', 'herb'],
  ['terrence', 'terence', 'terry'],
  ['bradley', 'brad'],
  ['jeremy', 'jeremiah', 'jerry'],
  ['kristopher', 'kris'],
  ['maximilian', 'max'],
  ['oluwafemi', 'femi'],
];

const groupsOf = new Map<string, (readonly string[])[]>();
for (const group of NICKNAME_GROUPS) for (const name of group) groupsOf.set(name, [...(groupsOf.get(name) ?? []), group]);

/** Other first names the same person may go by ("willy" → guillermo, william, bill, ...); empty when none known. */
export function firstNameVariants(first: string): string[] {
  return [...new Set((groupsOf.get(first) ?? []).flat())].filter((n) => n !== first);
}

/** Whether two normalized first names name the same person (equal, or nickname and given name). */
export function sameFirstName(a: string, b: string): boolean {
  return a === b || firstNameVariants(a).includes(b);
}

/**
 * Normalized full names a person may be stored under: the first name swapped for each of its variants
 * ("willy hernangomez" → "guillermo hernangomez", "william hernangomez", ...). Empty for one-word names.
 */
export function nicknameKeys(normalizedName: string): string[] {
  const space = normalizedName.indexOf(' ');
  if (space <= 0) return [];
  const rest = normalizedName.slice(space);
  return firstNameVariants(normalizedName.slice(0, space)).map((first) => `${first}${rest}`);
}
