import {
  AccessRequestAction,
  AccessRequestStatus,
  IDENTITY_GRANT_DAYS,
  grantExpiresAt,
  isAccessReasonSufficient,
  isGrantDaysAllowed,
  nextAccessRequestStatus,
} from './access-request-status';

const S = AccessRequestStatus;
const A = AccessRequestAction;

describe('identity access requests (Luật Tố cáo 2018 Điều 56; DESIGN.md §7: request and approval are records)', () => {
  it.each([
    [S.Requested, A.Approve, S.Approved],
    [S.Requested, A.Refuse, S.Refused],
    [S.Approved, A.Approve, null],
    [S.Approved, A.Refuse, null],
    [S.Refused, A.Approve, null],
    [S.Refused, A.Refuse, null],
  ])('%s + %s → %s', (status, action, next) => {
    expect(nextAccessRequestStatus(status, action)).toBe(next);
  });

  it(`an approval lasts ${IDENTITY_GRANT_DAYS} days from the moment it is given`, () => {
    const at = new Date('2026-03-10T02:00:00Z');
    expect(grantExpiresAt(at).toISOString()).toBe('2026-04-09T02:00:00.000Z');
  });

  it('a leader may grant fewer days: 3 days end 72 hours after the approval', () => {
    const at = new Date('2026-03-10T02:00:00Z');
    expect(grantExpiresAt(at, 3).toISOString()).toBe('2026-03-13T02:00:00.000Z');
    expect(grantExpiresAt(at, 1).toISOString()).toBe('2026-03-11T02:00:00.000Z');
  });

  it.each([
    [1, true],
    [30, true],
    [0, false],
    [31, false],
    [2.5, false],
    [-3, false],
  ])('a grant of %p days is allowed: %s (whole days, 1 to 30)', (days, ok) => {
    expect(isGrantDaysAllowed(days)).toBe(ok);
    if (!ok) expect(() => grantExpiresAt(new Date(), days)).toThrow(RangeError);
  });

  it.each([
    ['Xác minh nội dung tố cáo số 12/2026', true],
    ['  ngắn quá  ', false],
    ['          ', false],
    ['Đối chiếu', false],
    ['Đối chiếu 1', true],
  ])('a reason %j is sufficient: %s (at least 10 characters besides blanks)', (reason, ok) => {
    expect(isAccessReasonSufficient(reason)).toBe(ok);
  });
});
