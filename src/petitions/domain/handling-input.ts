import { PetitionAction as A } from './petition-status';
import type { PetitionRule } from './petition-errors';

/** The details a handling request may carry besides the action and the version. */
export type HandlingDetail =
  | 'items'
  | 'inCompetence'
  | 'resolutionStatus'
  | 'body'
  | 'ground'
  | 'denouncerNotifiedOn'
  | 'reply'
  | 'note';

const NOTE = 'note' as const;

/** Which details each action takes; anything else sent with it is refused (400). */
const ALLOWED: Readonly<Record<A, readonly HandlingDetail[]>> = {
  [A.Check]: ['items', 'inCompetence', 'resolutionStatus', NOTE],
  [A.ExtendCheck]: [NOTE],
  [A.ProposeAcceptance]: [NOTE],
  [A.ProposeResolution]: [NOTE],
  [A.NotAcceptable]: ['ground', NOTE], // Luật KN 2011 Điều 11: the notice states its ground
  [A.Guide]: ['body', NOTE], // the competent body the citizen is guided to
  [A.Forward]: ['body', 'denouncerNotifiedOn', NOTE], // Luật TC 2018 Điều 24(2)
  [A.Urge]: ['body', NOTE],
  [A.ReturnOriginals]: [NOTE],
  [A.ReturnMisrouted]: ['body', NOTE],
  [A.ReferInvestigation]: ['body', NOTE],
  [A.ReferParty]: ['body', NOTE],
  [A.File]: [NOTE],
  [A.Split]: [],
  [A.Accept]: [],
  [A.RecordReply]: ['reply'],
};

const REQUIRED: Partial<Record<A, readonly HandlingDetail[]>> = {
  [A.Check]: ['items', 'inCompetence'],
  [A.NotAcceptable]: ['ground'],
  [A.Guide]: ['body'],
  [A.Forward]: ['body'],
  [A.Urge]: ['body'],
  [A.ReferInvestigation]: ['body'],
  [A.ReferParty]: ['body'],
  [A.RecordReply]: ['reply'],
};

const MISSING_RULE: Partial<Record<HandlingDetail, PetitionRule>> = {
  items: 'checkItemsMissing',
  inCompetence: 'checkItemsMissing',
  ground: 'groundRequired',
  body: 'bodyRequired',
};

/**
 * Pure: the first problem with the details sent for `action` (field and rule), or null. A
 * denunciation forwarded to the competent body needs the day its denouncer was told (Luật TC
 * 2018 Điều 24(2)); an anonymous one has nobody to tell.
 */
export function handlingInputProblem(
  action: A,
  given: readonly HandlingDetail[],
  notifyDenouncer: boolean,
): { field: HandlingDetail; rule: PetitionRule } | null {
  const extra = given.find((d) => !ALLOWED[action].includes(d));
  if (extra) return { field: extra, rule: 'detailNotForAction' };
  const required = [...(REQUIRED[action] ?? [])];
  if (action === A.Forward && notifyDenouncer) required.push('denouncerNotifiedOn');
  const missing = required.find((d) => !given.includes(d));
  if (missing === 'denouncerNotifiedOn') {
    return { field: missing, rule: 'denouncerNotificationRequired' };
  }
  if (missing) return { field: missing, rule: MISSING_RULE[missing] ?? 'detailRequired' };
  return null;
}
