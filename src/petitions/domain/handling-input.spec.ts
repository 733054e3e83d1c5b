import { handlingInputProblem } from './handling-input';
import { PetitionAction as A } from './petition-status';

describe('the details each handling action takes (Luật KN 2011 Điều 11; Luật TC 2018 Điều 24(2))', () => {
  it.each([
    [A.Check, ['items', 'inCompetence'], false, null],
    [A.Check, ['items'], false, { field: 'inCompetence', rule: 'checkItemsMissing' }],
    [A.NotAcceptable, ['ground', 'note'], false, null],
    [A.NotAcceptable, [], false, { field: 'ground', rule: 'groundRequired' }],
    [A.Guide, [], false, { field: 'body', rule: 'bodyRequired' }],
    [A.File, ['ground'], false, { field: 'ground', rule: 'detailNotForAction' }],
    [A.Forward, ['body'], false, null],
    [
      A.Forward,
      ['body'],
      true,
      { field: 'denouncerNotifiedOn', rule: 'denouncerNotificationRequired' },
    ],
    [A.Forward, ['body', 'denouncerNotifiedOn'], true, null],
    [A.RecordReply, [], false, { field: 'reply', rule: 'detailRequired' }],
    [A.RecordReply, ['reply', 'note'], false, { field: 'note', rule: 'detailNotForAction' }],
    [A.ExtendCheck, ['note'], false, null],
  ] as const)('%s with %j (notify denouncer %s) → %j', (action, given, notify, problem) => {
    expect(handlingInputProblem(action, given, notify)).toEqual(problem);
  });
});
