import type { INestApplicationContext } from '@nestjs/common';

import type { AuthenticatedOfficer } from '../auth/authenticated-officer';
import { ComplaintAcceptanceService } from '../complaints/complaint-acceptance.service';
import { ComplaintClosureService } from '../complaints/complaint-closure.service';
import { ComplaintDecisionService } from '../complaints/complaint-decision.service';
import { ComplaintFinalityService } from '../complaints/complaint-finality.service';
import { ComplaintLifecycleService } from '../complaints/complaint-lifecycle.service';
import { ComplaintVerificationService } from '../complaints/complaint-verification.service';
import { DecisionOutcome } from '../decisions/domain/decision-outcome';
import { DenunciationAcceptanceService } from '../denunciations/denunciation-acceptance.service';
import { DenunciationClosureService } from '../denunciations/denunciation-closure.service';
import { DenunciationConclusionService } from '../denunciations/denunciation-conclusion.service';
import { DenunciationIntakeService } from '../denunciations/denunciation-intake.service';
import { DenunciationLifecycleService } from '../denunciations/denunciation-lifecycle.service';
import { DenunciationVerificationService } from '../denunciations/denunciation-verification.service';
import { VerificationRecordKind } from '../resolutions/domain/proceeding-enums';
import type { UnitTeam } from './demo-officers';
import { SIGNER, TEXT } from './demo-texts.vi';
import type { MeasureSpec, ProceedingSpec } from './scenario-proceedings';

// The steps of a complaint (Luật KN 2011 Đ27–31, 44) and a denunciation (Luật TC 2018 Đ29–36),
// through the services the resolution controllers call.

const NO_GROUNDS = {
  not_complainable: false,
  not_directly_affected: false,
  no_capacity_no_representative: false,
  unlawful_representative: false,
  not_signed: false,
  second_round_decided: false,
  termination_not_pursued: false,
  court_seized: false,
};
const ALL_CONDITIONS = {
  proper_form: true,
  denouncer_capacity: true,
  within_competence: true,
  identifiable_violation: true,
};

export interface OpenProceeding {
  id: string;
  version: number;
}

type Ctx = { actor: AuthenticatedOfficer; requestId: null };
const as = (actor: AuthenticatedOfficer): Ctx => ({ actor, requestId: null });

function report(day: string) {
  return {
    kind: VerificationRecordKind.VerificationReport,
    recordedOn: day,
    summary: TEXT.reportSummary,
    recommendation: TEXT.reportRecommendation,
  };
}

export class DemoProceedings {
  constructor(private readonly app: INestApplicationContext) {}

  private get<T>(type: new (...args: never[]) => T): T {
    return this.app.get(type);
  }

  /** Open, accept, assign the verification, record its report (and draft, for a complaint). */
  async accept(team: UnitTeam, type: ProceedingSpec['type'], petitionId: string, day: string) {
    const leader = as(team.leader);
    const assign = { leadId: team.investigator.id, scope: TEXT.verificationScope, signer: SIGNER };
    if (type === 'complaint') {
      const a = this.get(ComplaintAcceptanceService);
      const opened = await a.open(leader, { petitionId });
      const accepted = await a.accept(leader, opened.id, {
        version: opened.version,
        grounds: NO_GROUNDS,
        decisionKnownOn: day,
        signer: SIGNER,
      });
      const assigned = await this.get(ComplaintLifecycleService).assignVerification(
        leader,
        opened.id,
        {
          version: accepted.version,
          ...assign,
        },
      );
      const v = this.get(ComplaintVerificationService);
      const inv = as(team.investigator);
      const rec = await v.recordVerification(inv, opened.id, {
        version: assigned.version,
        ...report(day),
        demandsDifferFromVerification: false,
      });
      const drafted = await v.startDrafting(inv, opened.id, { version: rec.version });
      return { id: opened.id, version: drafted.version };
    }
    const opened = await this.get(DenunciationIntakeService).open(leader, { petitionId });
    const accepted = await this.get(DenunciationAcceptanceService).accept(leader, opened.id, {
      version: opened.version,
      conditions: ALL_CONDITIONS,
      signer: SIGNER,
    });
    const assigned = await this.get(DenunciationLifecycleService).assignVerification(
      leader,
      opened.id,
      {
        version: accepted.version,
        ...assign,
      },
    );
    const rec = await this.get(DenunciationVerificationService).record(
      as(team.investigator),
      opened.id,
      {
        version: assigned.version,
        ...report(day),
      },
    );
    return { id: opened.id, version: rec.version };
  }

  async withdraw(team: UnitTeam, type: ProceedingSpec['type'], p: OpenProceeding, on: string) {
    const leader = as(team.leader);
    if (type === 'complaint') {
      await this.get(ComplaintClosureService).withdraw(leader, p.id, {
        version: p.version,
        withdrawal: { on, inWriting: true },
        signer: SIGNER,
      });
      return;
    }
    await this.get(DenunciationClosureService).withdraw(leader, p.id, {
      version: p.version,
      withdrawal: { on, inWriting: true, entire: true, signsOfViolation: false, coerced: false },
      signer: SIGNER,
    });
  }

  /** Decides (complaint) or concludes (denunciation); returns the decision and its D9 date. */
  async decide(
    team: UnitTeam,
    type: ProceedingSpec['type'],
    p: OpenProceeding,
    d: { outcome: string; measures: MeasureSpec[] },
  ) {
    const body = {
      version: p.version,
      outcome: d.outcome as DecisionOutcome,
      reasoning: TEXT.reasoning,
      measures: d.measures,
      signer: SIGNER,
    };
    const r =
      type === 'complaint'
        ? await this.get(ComplaintDecisionService).decide(as(team.leader), p.id, body)
        : await this.get(DenunciationConclusionService).conclude(as(team.leader), p.id, body);
    const kinds = ['complaint_first_round', 'denunciation_conclusion'];
    const decision = r.decisions.find((x) => kinds.includes(x.kind))!;
    return { version: r.version, decisionId: decision.id, legalEffectOn: decision.legalEffectOn };
  }

  async takeLegalEffect(team: UnitTeam, p: OpenProceeding): Promise<void> {
    await this.get(ComplaintFinalityService).takeLegalEffect(as(team.leader), p.id, {
      version: p.version,
    });
  }
}
