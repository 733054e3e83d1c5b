/**
 * Age buckets of the backlog chart: days from acceptance (thụ lý) to the end of the period. The
 * statutory time limits are 30 days for a complaint (45 when complex; Luật Khiếu nại 2011 Điều 28)
 * and 30 days for a denunciation, extendable twice by 30 (Luật Tố cáo 2018 Điều 30): the buckets
 * show what is within a first limit, within an extension, and beyond.
 */
export const BACKLOG_LIMITS = [30, 60, 90] as const;
