// The household fields the sensitivity view draws (plain data: the benchmark reads it in Node).

/** The numeric fields whose curves the sensitivity view draws (the engine skips a partner's when there is none). */
export const SENSITIVITY_FIELDS = [
  'adults[0].earnings',
  'adults[0].otherIncome',
  'adults[0].aah',
  'adults[1].earnings',
  'adults[1].otherIncome',
  'housing.rent',
  'alimony',
  'history.monthsWorked12',
  'history.rentChanges18m',
  'adults[0].age',
];
