import { AgencyErrorCode } from './agency-errors';
import { checkMerge, mergeClosingDay } from './agency-merge';

const a = { id: 'a', validFrom: '2008-08-01', validTo: null };
const b = { id: 'b', validFrom: '2014-04-01', validTo: null };

describe('merging units (sáp nhập, DOMAIN.md Product decision 7)', () => {
  it('closes the predecessors the day before the successor starts', () => {
    expect(mergeClosingDay('2025-07-01')).toBe('2025-06-30');
  });

  it('accepts open predecessors that started before the closing day', () => {
    expect(checkMerge([a, b], '2025-07-01', 'city')).toBeNull();
    expect(checkMerge([a, b], '2014-04-02', null)).toBeNull();
  });

  it('refuses a predecessor that already ended, naming its index', () => {
    const ended = { ...b, validTo: '2020-01-01' };
    expect(checkMerge([a, ended], '2025-07-01', null)).toEqual({
      code: AgencyErrorCode.AlreadyClosed,
      field: 'predecessorIds.1',
      rule: 'alreadyClosed',
    });
  });

  it('refuses an effective date on or before a predecessor’s first day', () => {
    expect(checkMerge([a, b], '2014-04-01', null)).toMatchObject({
      code: AgencyErrorCode.InvalidValidity,
      field: 'effectiveOn',
      rule: 'mergeTooEarly',
    });
  });

  it('refuses a successor placed under one of the units that end', () => {
    expect(checkMerge([a, b], '2025-07-01', 'b')).toMatchObject({
      code: AgencyErrorCode.InvalidParent,
      field: 'successor.parentId',
    });
  });
});
