/** Permissions `area.action[.qualifier]`; every route declares exactly one (or is public). */
export enum Permission {
  AuthSelf = 'auth.self',
  AgencyRead = 'agency.read',
  AgencyManage = 'agency.manage',
  OfficerRead = 'officer.read',
  OfficerManage = 'officer.manage',
  AuditRead = 'audit.read',
  AuditVerify = 'audit.verify',
  LegalRead = 'legal.read',
  LegalManage = 'legal.manage',
  /** Register a person (citizen or organisation) at the desk. */
  PersonCreate = 'person.create',
  /** See persons by pseudonym; the identity only where the vault's rules allow (DESIGN.md §7). */
  PersonRead = 'person.read',
  /** May ever read a decrypted identity (checked by the vault, on top of the relationship rules). */
  IdentityRead = 'identity.read',
  /** Ask a leader for time-limited access to one person's identity, with a reason. */
  IdentityRequest = 'identity.request',
  /** Approve or refuse those requests (leaders in scope). */
  IdentityGrant = 'identity.grant',
  /** See visits, reception sessions and the reception book of agencies in scope. */
  ReceptionRead = 'reception.read',
  /** Record a visit at the reception desk (tiếp công dân). */
  ReceptionWrite = 'reception.write',
  /** Plan, hold and cancel a head's periodic reception sessions (kỳ tiếp). */
  ReceptionSessionManage = 'reception.session.manage',
  /** See petitions (đơn), their deadlines, documents and files (redacted copies for investigators). */
  PetitionRead = 'petition.read',
  /** Register a petition from any source, with its files. */
  PetitionWrite = 'petition.write',
  /** Handle a petition (xử lý đơn): check, choose the outcome, split, record replies. */
  PetitionHandle = 'petition.handle',
  /** Assign a petition to a handler (leaders). */
  PetitionAssign = 'petition.assign',
  /** See cases (vụ việc) and their timeline. */
  CaseRead = 'case.read',
  /** Merge two cases of the same matter (leaders). */
  CaseMerge = 'case.merge',
  /** See complaint and denunciation proceedings (investigators: only those assigned to them). */
  ResolutionRead = 'resolution.read',
  /** Work on an assigned proceeding: verification records, dialogues, draft, lawsuit. */
  ResolutionAct = 'resolution.act',
  /** The resolver's steps: acceptance, assignment, extensions, suspension, decisions (leaders). */
  ResolutionApprove = 'resolution.approve',
  /** See enforcement items, their progress and the outstanding (tồn đọng) worklist. */
  EnforcementRead = 'enforcement.read',
  /** Record enforcement progress: amounts collected or returned, discipline, prosecution results. */
  EnforcementRecord = 'enforcement.record',
  /** Open enforcement of a decision, reopen a completed item, import decisions in force (leaders). */
  EnforcementManage = 'enforcement.manage',
  /** The 02/KQGQ and 04/KQGQ enforcement figures (leaders and oversight). */
  EnforcementReport = 'enforcement.report',
  /** Period statistics, the official forms 01/TCD … 04/KQGQ and their drill-down (leaders, oversight, handlers). */
  StatisticsRead = 'statistics.read',
  /** The oversight report (báo cáo) PDF and its saved narrative text (leaders read and edit; oversight reads). */
  ReportRead = 'report.read',
  ReportWrite = 'report.write',
}
