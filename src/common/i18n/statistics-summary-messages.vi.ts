/** Messages of the statistics summary, comparison, trend and drill-down endpoints. */
export const statisticsSummaryMessagesVi = {
  figureUnknown: 'Chỉ tiêu (figure) không tồn tại trong báo cáo thống kê',
  periodsInvalid: (max: number) => `Số kỳ (periods) phải là số nguyên từ 1 đến ${max}`,
} as const;
