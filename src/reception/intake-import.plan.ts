import { normaliseIdNumber } from '../persons/domain/identity-number';
import type { RegisterPetitionDto } from '../petitions/dto/register-petition.dto';
import type { CreateVisitDto } from './dto/create-visit.dto';
import { isPresent } from './present';
import type { ActionContext } from '../auth/action-context';
import type { AuthenticatedOfficer } from '../auth/authenticated-officer';

/** One desk's visits and petitions to record at once (an import of historical records). */
export interface IntakeBatch {
  visits: readonly CreateVisitDto[];
  petitions: readonly RegisterPetitionDto[];
}

/** Per record: written by the batch path (true) or through the services one by one (false). */
export interface IntakePlan {
  visits: boolean[];
  petitions: boolean[];
}

const typedNumbers = (people: readonly { identity?: { idNumber?: string | null } }[]) =>
  people.flatMap((p) => (p.identity?.idNumber ? [normaliseIdNumber(p.identity.idNumber)] : []));

/** The ID numbers typed in a record's identities (visitors, signatories). */
export const visitNumbers = (dto: CreateVisitDto) => typedNumbers(dto.visitors);
export const petitionNumbers = (dto: RegisterPetitionDto) => typedNumbers(dto.signatories ?? []);

/**
 * Which records the batch path can write: visitors and signatories given as new identities (or,
 * for a visit, as persons by id), a visit without a session or handed-over documents, a petition
 * opening its case. Every other record — and every record typing an ID number already typed by an
 * earlier record of the batch, which must find that person, not register it twice — goes through
 * the services one by one, after the batch path's records, in the same transaction. Pure.
 */
export function planIntake(batch: IntakeBatch): IntakePlan {
  const seen = new Set<string>();
  const fresh = (numbers: string[]) => {
    if (new Set(numbers).size !== numbers.length || numbers.some((n) => seen.has(n))) return false;
    return true;
  };
  const claim = (ok: boolean, numbers: string[]) => {
    if (ok) numbers.forEach((n) => seen.add(n));
    return ok;
  };
  const visits = batch.visits.map((dto) => {
    const shape =
      !isPresent(dto.sessionId) &&
      (dto.handedOverDocuments ?? []).length === 0 &&
      dto.visitors.every(
        (v) => !isPresent(v.idNumber) && isPresent(v.identity) !== isPresent(v.personId),
      );
    const numbers = visitNumbers(dto);
    return claim(shape && fresh(numbers), numbers);
  });
  const petitions = batch.petitions.map((dto) => {
    const shape =
      dto.newCase === true &&
      (dto.signatories ?? []).every(
        (s) => isPresent(s.identity) && !isPresent(s.personId) && !isPresent(s.idNumber),
      );
    const numbers = petitionNumbers(dto);
    return claim(shape && fresh(numbers), numbers);
  });
  return { visits, petitions };
}

export interface ImportedVisit {
  id: string;
  caseId: string;
  personIds: string[];
  petitionId: string | null;
}

export interface ImportedPetition {
  id: string;
  caseId: string;
  personIds: string[];
}

export interface ImportedIntake {
  visits: ImportedVisit[];
  petitions: ImportedPetition[];
}

export interface VisitTimes {
  receivedAt: Date;
  visitOn: string;
}

/** What the batch path works out for its records, filled in step by step. */
export interface IntakeWork {
  ctx: ActionContext;
  actor: AuthenticatedOfficer;
  batch: IntakeBatch;
  times: VisitTimes[];
  bulkVisits: number[];
  bulkPetitions: number[];
  visitPersons: Map<number, string[]>;
  petitionPersons: Map<number, string[]>;
}
