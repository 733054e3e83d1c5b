/** Vietnamese messages of the audit trail's endpoints. */
export const auditMessagesVi = {
  /** Completes `Trường "entity" …` when the former name of the same filter holds another value. */
  aliasConflict: (formerName: string) =>
    `mâu thuẫn với "${formerName}" (tên cũ của cùng bộ lọc); chỉ gửi một trong hai`,
} as const;
