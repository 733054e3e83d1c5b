import { CaseField as F, ContentType as T } from '../../cases/domain/case-enums';
import { splitProblem } from './split-rules';

const parts = [
  { type: T.Complaint, field: F.AdminLandHousing },
  { type: T.Denunciation, field: F.Corruption },
];

describe('splitting a petition with several contents (DOMAIN §3.4)', () => {
  it('splits a mixed petition into parts of one type each', () => {
    expect(splitProblem(T.Mixed, parts)).toBeNull();
  });

  it.each([
    [T.Complaint, parts, 'action', 'splitNotMixed'],
    [T.Mixed, parts.slice(0, 1), 'parts', 'splitTooFewParts'],
    [T.Mixed, [parts[0]!, { type: T.Mixed, field: F.Other }], 'parts.1.type', 'splitPartMixed'],
    [
      T.Mixed,
      [parts[0]!, { type: T.Complaint, field: F.Corruption }],
      'parts.1.field',
      'fieldNotForType',
    ],
  ] as const)('refuses a %s petition split into %j (%s: %s)', (type, given, field, rule) => {
    expect(splitProblem(type, given)).toMatchObject({ field, rule });
  });
});
