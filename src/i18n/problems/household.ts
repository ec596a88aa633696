// Problems in a household: the app's form and share links, saved households, the `droits` CLI's input.
export const fr = {} as const;

export const en: Record<keyof typeof fr, string> = {};
