import { AppError } from '../../common/errors/app-error';
import { EnforcementType as T, QuantityUnit } from './enforcement-item';
import { moneyEntry, moneyItem } from './enforcement-samples';
import { itemCompletedOn, ItemStatus, itemStatus } from './item-status';
import { recordProgress } from './record-progress';
import { type ReopenInput, reopenItem } from './reopen-item';

function thrown(fn: () => unknown): AppError {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected an AppError');
}

const item = moneyItem(T.RecoverMoney, '10000000');
const progress = [
  moneyEntry('2025-02-01', '4000000', 'e1'),
  moneyEntry('2025-03-01', '6000000', 'e2'),
];
const leader = { officerId: 'leader-1', isLeader: true };
const input: ReopenInput = {
  on: '2025-04-02',
  actor: leader,
  reason: 'Biên lai số 0012345 bị Kho bạc trả lại: chưa thu được tiền',
  voidEntryIds: ['e2'],
};

describe('reopening a completed item: only a leader, with a reason, audited (issue 8)', () => {
  it('returns the item with the reopening and the event; the voided entry no longer counts', () => {
    const { item: reopened, reopening, event } = reopenItem(item, progress, input);
    expect(reopened.reopenings).toEqual([
      { on: '2025-04-02', byOfficerId: 'leader-1', reason: input.reason, voidedEntryIds: ['e2'] },
    ]);
    expect(reopening).toEqual(reopened.reopenings?.[0]);
    expect(event).toEqual({
      type: 'enforcement_item_reopened',
      itemId: item.id,
      on: '2025-04-02',
      byOfficerId: 'leader-1',
      voidedEntryIds: ['e2'],
      previousCompletedOn: '2025-03-01',
    });
    expect(itemStatus(reopened, progress)).toBe(ItemStatus.Reopened);
    expect(item.reopenings).toEqual([]); // the input is not mutated
  });

  it('keeps the free-text reason on the reopening, trimmed, and out of the audited event', () => {
    const padded = { ...input, reason: `  ${input.reason}  ` };
    const { reopening, event } = reopenItem(item, progress, padded);
    expect(reopening.reason).toBe(input.reason);
    expect(JSON.stringify(event)).not.toContain('Kho bạc');
  });

  it('accepts new progress after reopening and completes again on the new date', () => {
    const { item: reopened } = reopenItem(item, progress, input);
    const again = recordProgress(reopened, progress, {
      id: 'e3',
      on: '2025-07-15',
      documentRef: 'Biên lai 0012399',
      amount: '6000000',
      unit: QuantityUnit.Vnd,
    });
    expect(again).toMatchObject({ status: ItemStatus.Completed, completedOn: '2025-07-15' });
    expect(itemCompletedOn(reopened, [...progress, again.entry])).toBe('2025-07-15');
  });

  it.each<[string, Partial<ReopenInput>, number, string, string[]]>([
    [
      'an officer who is not a leader',
      { actor: { officerId: 'o-1', isLeader: false } },
      403,
      'ENFORCEMENT_REOPEN_LEADER_ONLY',
      [],
    ],
    ['no reason', { reason: '   ' }, 400, 'ENFORCEMENT_REOPEN_INVALID', ['reason:blank']],
    [
      'no entry to void',
      { voidEntryIds: [] },
      400,
      'ENFORCEMENT_REOPEN_INVALID',
      ['voidEntryIds:required'],
    ],
    [
      'an unknown entry',
      { voidEntryIds: ['e2', 'x'] },
      400,
      'ENFORCEMENT_REOPEN_INVALID',
      ['voidEntryIds.1:unknownEntry'],
    ],
    [
      'a date before completion',
      { on: '2025-02-28' },
      400,
      'ENFORCEMENT_REOPEN_INVALID',
      ['on:reopenBeforeCompletion'],
    ],
  ])('refuses %s', (_label, change, status, code, fields) => {
    const error = thrown(() => reopenItem(item, progress, { ...input, ...change }));
    expect(error).toMatchObject({ httpStatus: status, code });
    expect(error.errors.map((e) => `${e.field}:${e.code}`)).toEqual(fields);
  });

  it('refuses to reopen an item that is not complete: 409', () => {
    const error = thrown(() =>
      reopenItem(item, progress.slice(0, 1), { ...input, voidEntryIds: ['e1'] }),
    );
    expect(error).toMatchObject({ httpStatus: 409, code: 'ENFORCEMENT_ITEM_NOT_COMPLETED' });
  });

  it('refuses a reopening that leaves the item complete (over-collected), naming voidEntryIds', () => {
    const over = [...progress, moneyEntry('2025-03-05', '6000000', 'e4')];
    const error = thrown(() => reopenItem(item, over, input));
    expect(error.errors.map((e) => `${e.field}:${e.code}`)).toEqual(['voidEntryIds:stillComplete']);
  });

  it('refuses to void an entry voided by an earlier reopening', () => {
    const { item: reopened } = reopenItem(item, progress, input);
    const again = recordProgress(reopened, progress, {
      id: 'e3',
      on: '2025-05-01',
      documentRef: 'BL 3',
      amount: '6000000',
      unit: QuantityUnit.Vnd,
    });
    const later = { ...input, on: '2025-06-01', voidEntryIds: ['e2'] };
    const error = thrown(() => reopenItem(reopened, [...progress, again.entry], later));
    expect(error.errors.map((e) => `${e.field}:${e.code}`)).toEqual([
      'voidEntryIds.0:unknownEntry',
    ]);
  });
});
