// The embed's texts added with its first paint and its reasons by range (French, then English).

export const frEmbed = {
  /** A reason whose direction depends on a weight nobody knows (its range crosses zero). */
  embedEither: 'peut faire monter ou baisser',
} as const;

export const enEmbed: { [K in keyof typeof frEmbed]: string } = {
  embedEither: 'can raise or lower the score',
};
