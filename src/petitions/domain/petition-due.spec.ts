import { ContentType } from '../../cases/domain/case-enums';
import { isOverdue, worklistDueOn } from './petition-due';
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
  it.each([
    [PetitionStatus.Received, '2026-03-09', '2026-03-10', true],
    [PetitionStatus.Checked, '2026-03-09', '2026-03-10', true],
    [PetitionStatus.Received, '2026-03-10', '2026-03-10', false],
    [PetitionStatus.Filed, '2026-03-01', '2026-03-10', false],
    [PetitionStatus.ProposedForAcceptance, '2026-03-01', '2026-03-10', false],
  ])('%s due %s, today %s → overdue %s', (status, due, today, overdue) => {
    expect(isOverdue(status, due, today)).toBe(overdue);
  });
});
