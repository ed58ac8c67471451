// Types for the deep module paths of `natural` that postlint imports. Its top-level entry is
// never imported: it loads database drivers, takes most of a second and prints (SPEC §1).
declare module "natural/lib/natural/stemmers/porter_stemmer.js" {
  const PorterStemmer: { stem(word: string): string };
  export default PorterStemmer;
}
declare module "natural/lib/natural/distance/jaro-winkler_distance.js" {
  const JaroWinklerDistance: (a: string, b: string, options?: { ignoreCase?: boolean }) => number;
  export default JaroWinklerDistance;
}
declare module "natural/lib/natural/distance/levenshtein_distance.js" {
  export function LevenshteinDistance(a: string, b: string): number;
}
