// Problems in a model file: JSON syntax, the model format, coefficient tables (CSV), model variables given directly.
export const fr = {} as const;

export const en: Record<keyof typeof fr, string> = {};
