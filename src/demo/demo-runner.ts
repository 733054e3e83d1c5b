import type { INestApplicationContext } from '@nestjs/common';

import type { FixedClock } from '../common/time/clock';
import { VisitOutcome } from '../reception/domain/reception-enums';
import { addDays } from './demo-calendar';
import { DemoEnforcement } from './demo-enforcement-steps';
import { DemoIntake, type Recorded } from './demo-intake-steps';
import type { UnitTeam } from './demo-officers';
import { DemoProceedings, type OpenProceeding } from './demo-proceeding-steps';
import { DemoTimeline } from './demo-timeline';
import type { Scenario } from './scenario';
import type { ProceedingEnd, ProceedingSpec } from './scenario-proceedings';

export interface RunOptions {
  workers: number;
  progress: (line: string) => void;
}

export interface RunContext {
  app: INestApplicationContext;
  clock: FixedClock;
  teams: readonly UnitTeam[];
}

const later = (a: string, b: string) => (a > b ? a : b);
type Decision = Extract<ProceedingEnd, { kind: 'decision' }>;

/** A desk's intake recorded at once: its last day, and the scenario's visits and petitions. */
interface IntakeBatch {
  unit: number;
  day: string;
  days: number;
  visits: number[];
  petitions: number[];
}
/** Working days and records a desk's intake batch spans at most. */
const BATCH_DAYS = 5;
const BATCH_RECORDS = 80;

/** Turns the scenario into service calls, in time order. */
class ScenarioRun {
  readonly timeline: DemoTimeline;
  private readonly intake: DemoIntake;
  private readonly steps: DemoProceedings;
  private readonly enforcement: DemoEnforcement;
  private readonly visits: Recorded[] = [];
  private readonly started = Date.now();

  constructor(
    private readonly ctx: RunContext,
    private readonly options: RunOptions,
  ) {
    this.intake = new DemoIntake(ctx.app);
    this.steps = new DemoProceedings(ctx.app);
    this.enforcement = new DemoEnforcement(ctx.app);
    this.timeline = new DemoTimeline(ctx.clock, options.workers, (day) => this.progress(day));
  }

  private progress(day: string): void {
    const s = ((Date.now() - this.started) / 1000).toFixed(1);
    const t = this.timeline;
    this.options.progress(`${day}: ${t.done}/${t.scheduled} thao tác, ${s} s`);
  }

  /**
   * Each unit's visits and petitions, recorded a few days at a time as that desk's batch
   * (IntakeImportService: the services' rules and rows, a table at a time), on the batch's last
   * day: a batch closes before a visit that comes back about a matter of its own, after
   * BATCH_DAYS working days or BATCH_RECORDS records.
   */
  scheduleIntake(scenario: Scenario): void {
    const byUnit = new Map<number, Map<string, { visits: number[]; petitions: number[] }>>();
    const dayOf = (unit: number, day: string) => {
      const days = byUnit.get(unit) ?? new Map<string, { visits: number[]; petitions: number[] }>();
      byUnit.set(unit, days);
      const d = days.get(day) ?? { visits: [], petitions: [] };
      days.set(day, d);
      return d;
    };
    scenario.visits.forEach((v, i) => dayOf(v.unit, v.day).visits.push(i));
    scenario.petitions.forEach((p, n) => dayOf(p.unit, p.day).petitions.push(n));
    for (const [unit, days] of byUnit) {
      let open: IntakeBatch = { unit, day: '', days: 0, visits: [], petitions: [] };
      const close = () => {
        if (open.visits.length + open.petitions.length > 0) this.scheduleBatch(scenario, open);
        open = { unit, day: '', days: 0, visits: [], petitions: [] };
      };
      for (const day of [...days.keys()].sort()) {
        const d = days.get(day)!;
        const inOpen = new Set(open.visits);
        const dependent = d.visits.some((i) => {
          const original = scenario.visits[i]!.repeatOf;
          return original !== null && inOpen.has(original);
        });
        if (dependent) close();
        open.visits.push(...d.visits);
        open.petitions.push(...d.petitions);
        open.day = day;
        open.days += 1;
        if (
          open.days >= BATCH_DAYS ||
          open.visits.length + open.petitions.length >= BATCH_RECORDS
        ) {
          close();
        }
      }
      close();
    }
  }

  private scheduleBatch(scenario: Scenario, b: IntakeBatch): void {
    this.timeline.at(b.unit, b.day, async () => {
      const visits = b.visits.map((i) => {
        const v = scenario.visits[i]!;
        const repeat = v.repeatOf === null ? null : this.visits[v.repeatOf]!;
        return { ...v, minute: i % 480, outcome: v.outcome as VisitOutcome, repeat };
      });
      const petitions = b.petitions.map((n) => {
        const p = scenario.petitions[n]!;
        return { ...p, source: p.source === 'press' ? ('post' as const) : p.source, n };
      });
      const recorded = await this.intake.batch(this.ctx.teams[b.unit]!.desk, visits, petitions);
      b.visits.forEach((i, k) => (this.visits[i] = recorded[k]!));
    });
  }

  /** Day of acceptance: the petition (visit or post), its check and proposal, the proceeding. */
  lifecycle(p: ProceedingSpec, n: number) {
    return async () => {
      const team = this.ctx.teams[p.unit]!;
      const day = p.acceptedOn;
      let petition: { id: string; version: number };
      if (p.via === 'visit') {
        const r = await this.intake.visit(team.desk, {
          day,
          minute: n % 480,
          persons: 1,
          outcome: VisitOutcome.ReceivedForHandling,
          content: p.type,
          headPresiding: false,
          repeat: null,
        });
        petition = { id: r.petitionId!, version: 1 };
      } else {
        const input = { day, content: p.type, source: 'post', anonymous: false, n } as const;
        petition = await this.intake.petition(team.desk, input);
      }
      await this.intake.propose(team.desk, petition.id, petition.version);
      const open = await this.steps.accept(team, p.type, petition.id, day);
      this.scheduleEnd(p, open);
    };
  }

  private scheduleEnd(p: ProceedingSpec, open: OpenProceeding): void {
    const end = p.end;
    const team = this.ctx.teams[p.unit]!;
    if (!end) return;
    if (end.kind === 'withdrawal') {
      this.timeline.at(p.unit, end.on, () => this.steps.withdraw(team, p.type, open, end.on));
      return;
    }
    this.timeline.at(p.unit, end.on, () => this.decide(p, open, end));
  }

  /** Decision day; a complaint decision with measures takes effect on its D9 date (Luật KN Đ44). */
  private async decide(p: ProceedingSpec, open: OpenProceeding, end: Decision): Promise<void> {
    const team = this.ctx.teams[p.unit]!;
    const d = await this.steps.decide(team, p.type, open, end);
    const complete = (from: string) => {
      if (!end.completeOn) return;
      const on = later(end.completeOn, addDays(from, 1));
      this.timeline.at(p.unit, on, () => this.enforcement.complete(team, d.decisionId, on));
    };
    // a denunciation conclusion takes effect when issued (Luật TC 2018 Đ35–36; docs/enforcement.md)
    if (p.type === 'denunciation') return complete(end.on);
    if (!end.enforce) return;
    const effectOn = later(d.legalEffectOn ?? addDays(end.on, 30), addDays(end.on, 1));
    this.timeline.at(p.unit, effectOn, async () => {
      await this.steps.takeLegalEffect(team, { id: open.id, version: d.version });
      complete(effectOn);
    });
  }
}

export async function runScenario(
  ctx: RunContext,
  scenario: Scenario,
  options: RunOptions,
): Promise<{ tasks: number }> {
  const run = new ScenarioRun(ctx, options);
  run.scheduleIntake(scenario);
  scenario.proceedings.forEach((p, n) =>
    run.timeline.at(p.unit, p.acceptedOn, run.lifecycle(p, n)),
  );
  await run.timeline.run();
  return { tasks: run.timeline.done };
}
