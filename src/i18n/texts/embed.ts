// The embed's texts added with its first paint and its reasons by range (French, then English).

export const frEmbed = {
  /** A reason whose direction depends on a weight nobody knows (its range crosses zero). */
  embedEither: 'peut faire monter ou baisser',
  /** The last line of dist/embed-default.svg, the still image for hosts that strip scripts. */
  embedImageNote:
    'Image fixe du foyer par défaut ({month}). Pour décrire un autre foyer, ouvrez le simulateur : tout y est calculé sur votre appareil.',
} as const;

export const enEmbed: { [K in keyof typeof frEmbed]: string } = {
  embedEither: 'can raise or lower the score',
  embedImageNote:
    'Still image of the default household ({month}). To describe another household, open the simulator: everything is computed on your device.',
};
