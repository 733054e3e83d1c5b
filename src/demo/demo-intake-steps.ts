import type { INestApplicationContext } from '@nestjs/common';

import type { AuthenticatedOfficer } from '../auth/authenticated-officer';
import { ContentType } from '../cases/domain/case-enums';
import { IdType } from '../persons/domain/person-enums';
import { PetitionSource, SignatoryKind } from '../petitions/domain/petition-enums';
import { PetitionAction } from '../petitions/domain/petition-status';
import type { RegisterPetitionDto } from '../petitions/dto/register-petition.dto';
import { PetitionHandlingService } from '../petitions/petition-handling.service';
import { PetitionRegistrationService } from '../petitions/petition-registration.service';
import { ReceptionKind, VisitOutcome } from '../reception/domain/reception-enums';
import type { CreateVisitDto } from '../reception/dto/create-visit.dto';
import { IntakeImportService } from '../reception/intake-import.service';
import { VisitIntakeService } from '../reception/visit-intake.service';
import {
  FAMILY,
  FIELD,
  GIVEN,
  GUIDED_TO,
  HEAD,
  MIDDLE,
  RESPONDENT,
  SUMMARY,
} from './demo-texts.vi';
import type { GenericContent } from './scenario-intake';

// Visits and petitions, through the services the reception and petition controllers call.

let serial = 0;

/** A synthetic citizen: invented name, unique 12-digit CCCD number (never a real person). */
function newIdentity(n: number) {
  serial += 1;
  const name = `${FAMILY[n % FAMILY.length]!} ${MIDDLE[(n >> 3) % MIDDLE.length]!} ${GIVEN[(n >> 5) % GIVEN.length]!}`;
  return {
    identity: {
      fullName: name,
      idType: IdType.Cccd,
      idNumber: `0010${String(serial).padStart(8, '0')}`, // unique in the run: one number, one name
      address: `Số ${(n % 200) + 1} đường Thử Nghiệm, Hà Nội`,
    },
  };
}

export interface VisitInput {
  day: string;
  minute: number;
  persons: number;
  outcome: VisitOutcome;
  content: GenericContent;
  headPresiding: boolean;
  repeat: { caseId: string; personId: string } | null;
}

export interface PetitionInput {
  day: string;
  content: GenericContent;
  source: 'post' | 'online';
  anonymous: boolean;
  n: number;
}

export interface Recorded {
  caseId: string;
  personId: string;
  petitionId: string | null;
}

export class DemoIntake {
  private readonly visits: VisitIntakeService;
  private readonly registration: PetitionRegistrationService;
  private readonly handling: PetitionHandlingService;
  private readonly imports: IntakeImportService;

  constructor(app: INestApplicationContext) {
    this.imports = app.get(IntakeImportService);
    this.visits = app.get(VisitIntakeService);
    this.registration = app.get(PetitionRegistrationService);
    this.handling = app.get(PetitionHandlingService);
  }

  async visit(desk: AuthenticatedOfficer, v: VisitInput): Promise<Recorded> {
    const r = await this.visits.record({ actor: desk, requestId: null }, visitDto(v));
    return { caseId: r.case.id, personId: r.visitors[0]!.id, petitionId: r.petition?.id ?? null };
  }

  /** One desk's visits and petitions of a day, recorded at once (IntakeImportService). */
  async batch(
    desk: AuthenticatedOfficer,
    visits: readonly VisitInput[],
    petitions: readonly PetitionInput[],
  ): Promise<Recorded[]> {
    const r = await this.imports.importBatch(
      { actor: desk, requestId: null },
      { visits: visits.map(visitDto), petitions: petitions.map(petitionDto) },
    );
    return r.visits.map((v) => ({
      caseId: v.caseId,
      personId: v.personIds[0]!,
      petitionId: v.petitionId,
    }));
  }

  async petition(
    desk: AuthenticatedOfficer,
    p: PetitionInput,
  ): Promise<{ id: string; version: number }> {
    const r = await this.registration.register({ actor: desk, requestId: null }, petitionDto(p));
    return { id: r.id, version: r.version };
  }

  /** TT 05/2021: every condition checked, within competence, proposed for acceptance. */
  async propose(desk: AuthenticatedOfficer, id: string, version: number): Promise<void> {
    const ctx = { actor: desk, requestId: null };
    const items = {
      vietnamese: true,
      dated: true,
      identified: true,
      signed: true,
      contentClear: true,
      notHandledBefore: true,
    };
    const checked = await this.handling.handle(ctx, id, {
      action: PetitionAction.Check,
      version,
      items,
      inCompetence: true,
    });
    await this.handling.handle(ctx, id, {
      action: PetitionAction.ProposeAcceptance,
      version: checked.version,
    });
  }
}

function visitDto(v: VisitInput): CreateVisitDto {
  const time = `${String(8 + (Math.floor(v.minute / 60) % 8)).padStart(2, '0')}:${String(v.minute % 60).padStart(2, '0')}`;
  const delegation = v.persons >= 5;
  return {
    receivedAt: `${v.day}T${time}:00+07:00`,
    receptionKind: v.headPresiding ? ReceptionKind.HeadUnscheduled : ReceptionKind.Regular,
    ...(v.headPresiding ? { presidingHead: HEAD } : {}),
    personsCount: v.persons,
    isDelegation: delegation,
    visitors: v.repeat ? [{ personId: v.repeat.personId }] : [newIdentity(v.minute)],
    ...(delegation ? { representatives: [0] } : {}),
    contentType: v.content as ContentType,
    field: FIELD[v.content],
    summary: SUMMARY[v.content][v.minute % SUMMARY[v.content].length]!,
    outcome: v.outcome,
    ...(v.outcome === VisitOutcome.Guided ? { guidedTo: GUIDED_TO } : {}),
    ...(v.repeat ? { caseId: v.repeat.caseId } : { newCase: true, respondent: RESPONDENT }),
  };
}

function petitionDto(p: PetitionInput): RegisterPetitionDto {
  return {
    receivedOn: p.day,
    source: p.source === 'post' ? PetitionSource.Post : PetitionSource.Online,
    signatoryKind: p.anonymous ? SignatoryKind.Other : SignatoryKind.One,
    isAnonymous: p.anonymous,
    ...(p.anonymous ? {} : { signatories: [newIdentity(p.n)] }),
    type: p.content as ContentType,
    field: FIELD[p.content],
    respondent: RESPONDENT,
    summary: SUMMARY[p.content][p.n % SUMMARY[p.content].length]!,
    newCase: true,
  };
}
