import {
  checkHeldOn,
  nextSessionStatus,
  SESSION_ACTIONS,
  SESSION_STATUSES,
  SessionAction,
  SessionStatus,
} from './reception-session-status';

const ALLOWED: [SessionStatus, SessionAction, SessionStatus][] = [
  [SessionStatus.Planned, SessionAction.Hold, SessionStatus.Held],
  [SessionStatus.Planned, SessionAction.Cancel, SessionStatus.Cancelled],
];

describe('reception sessions of the head (Luật Tiếp công dân 2013 Điều 12, 13, 15, 18)', () => {
  const pairs = SESSION_STATUSES.flatMap((s) => SESSION_ACTIONS.map((a) => [s, a] as const));

  it.each(pairs)('from %s, action %s', (status, action) => {
    const allowed = ALLOWED.find(([s, a]) => s === status && a === action);
    expect(nextSessionStatus(status, action)).toBe(allowed ? allowed[2] : null);
  });

  it('a held or cancelled session is final', () => {
    for (const action of SESSION_ACTIONS) {
      expect(nextSessionStatus(SessionStatus.Held, action)).toBeNull();
      expect(nextSessionStatus(SessionStatus.Cancelled, action)).toBeNull();
    }
  });
});

describe('marking a session held', () => {
  it.each([
    ['2026-03-09', null],
    ['2026-03-10', null],
    ['2026-03-11', 'heldInFuture'],
  ])('held on %s when today is 2026-03-10 → %s', (heldOn, rule) => {
    const v = checkHeldOn(heldOn, '2026-03-10');
    expect(v?.rule ?? null).toBe(rule);
    if (v) expect(v.field).toBe('heldOn');
  });
});
