import { ContentType } from '../../cases/domain/case-enums';
import { currentDueOn, isInWorklist, isOverdue, worklistDueOn } from './petition-due';
import { PetitionStatus } from './petition-enums';

const dates = {
  handlingDueOn: '2026-03-23',
  checkDueOn: '2026-03-18',
  transferDueOn: '2026-03-16',
};

describe('the due date of an open petition (DOMAIN §3.6, §11: D1, D11, D12)', () => {
  it('is D1 for a complaint, a petition, a feedback', () => {
    const complaint = {
      type: ContentType.Complaint,
      isInCompetence: null,
      ...dates,
      checkDueOn: null,
      transferDueOn: null,
    };
    expect(worklistDueOn(complaint)).toBe('2026-03-23');
  });

  it('is D12 for a denunciation until the check finds it within competence (Luật TC 2018 Điều 24(2))', () => {
    expect(worklistDueOn({ type: ContentType.Denunciation, isInCompetence: null, ...dates })).toBe(
      '2026-03-16',
    );
    expect(worklistDueOn({ type: ContentType.Denunciation, isInCompetence: false, ...dates })).toBe(
      '2026-03-16',
    );
  });

  it('is D11 once within competence (Luật TC 2018 Điều 24(1))', () => {
    expect(worklistDueOn({ type: ContentType.Denunciation, isInCompetence: true, ...dates })).toBe(
      '2026-03-18',
    );
  });

  it('never passes D1', () => {
    const late = { ...dates, checkDueOn: '2026-04-01' };
    expect(worklistDueOn({ type: ContentType.Denunciation, isInCompetence: true, ...late })).toBe(
      '2026-03-23',
    );
  });
});

describe('overdue is computed, never stored (DESIGN §4)', () => {
  const T = ContentType;
  it.each([
    [PetitionStatus.Received, T.Complaint, '2026-03-09', '2026-03-10', true],
    [PetitionStatus.Checked, T.Denunciation, '2026-03-09', '2026-03-10', true],
    [PetitionStatus.Received, T.Complaint, '2026-03-10', '2026-03-10', false],
    [PetitionStatus.Filed, T.Denunciation, '2026-03-01', '2026-03-10', false],
    // Luật TC 2018 Điều 29: the acceptance decision of a proposed denunciation is still due (D11).
    [PetitionStatus.ProposedForAcceptance, T.Denunciation, '2026-03-09', '2026-03-10', true],
    [PetitionStatus.ProposedForAcceptance, T.Denunciation, '2026-03-10', '2026-03-10', false],
    // A complaint proposed for acceptance is the complaint module's (D4); taken over, it is done.
    [PetitionStatus.ProposedForAcceptance, T.Complaint, '2026-03-01', '2026-03-10', false],
    [PetitionStatus.Accepted, T.Denunciation, '2026-03-01', '2026-03-10', false],
  ])('%s %s due %s, today %s → overdue %s', (status, type, dueOn, today, overdue) => {
    expect(isOverdue({ status, type, dueOn }, today)).toBe(overdue);
  });
});

describe('the worklists keep a denunciation proposed for acceptance until it is accepted (Luật TC 2018 Điều 29, D11)', () => {
  const T = ContentType;
  it.each([
    [PetitionStatus.Received, T.Complaint, true],
    [PetitionStatus.Checked, T.Feedback, true],
    [PetitionStatus.ProposedForAcceptance, T.Denunciation, true],
    [PetitionStatus.ProposedForAcceptance, T.Complaint, false],
    [PetitionStatus.Accepted, T.Denunciation, false],
    [PetitionStatus.Forwarded, T.Denunciation, false],
  ])('%s %s → in the worklists: %s', (status, type, expected) => {
    expect(isInWorklist(status, type)).toBe(expected);
  });

  it('is due on D11 alone once proposed, no longer capped by D1', () => {
    const facts = { type: T.Denunciation, dueOn: '2026-03-16', checkDueOn: '2026-03-18' };
    expect(currentDueOn({ ...facts, status: PetitionStatus.ProposedForAcceptance })).toBe(
      '2026-03-18',
    );
    expect(currentDueOn({ ...facts, status: PetitionStatus.Checked })).toBe('2026-03-16');
    expect(
      currentDueOn({
        ...facts,
        type: T.Complaint,
        checkDueOn: null,
        status: PetitionStatus.ProposedForAcceptance,
      }),
    ).toBe('2026-03-16');
  });
});
