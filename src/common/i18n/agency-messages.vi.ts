/** Vietnamese messages of the agency tree (cơ quan, đơn vị). */
export const agencyMessagesVi = {
  notFound: 'Không tìm thấy cơ quan, đơn vị',
  referenceNotFound: 'Cơ quan, đơn vị được tham chiếu không tồn tại',
  codeTaken: 'Mã cơ quan, đơn vị đã được dùng cho một đơn vị khác trong cùng thời gian hiệu lực',
  invalidValidity: 'Ngày hết hiệu lực không được trước ngày bắt đầu hiệu lực',
  mergeTooEarly: 'Ngày sáp nhập phải sau ngày bắt đầu hiệu lực của mọi đơn vị bị sáp nhập',
  outsideParentValidity:
    'Thời gian hiệu lực của đơn vị phải nằm trong thời gian hiệu lực của đơn vị cấp trên',
  invalidParent: 'Cấp hành chính của đơn vị không phù hợp với đơn vị cấp trên',
  rootMustBeProvince: 'Đơn vị không có cấp trên phải là đơn vị cấp tỉnh',
  districtLevelAbolished:
    'Từ ngày 01/7/2025 không còn đơn vị hành chính cấp huyện; đơn vị cấp huyện phải hết hiệu lực chậm nhất ngày 30/6/2025',
  alreadyClosed: 'Cơ quan, đơn vị đã hết hiệu lực',
  hasActiveChildren:
    'Cơ quan, đơn vị còn đơn vị trực thuộc có hiệu lực sau ngày kết thúc; hãy kết thúc hoặc chuyển các đơn vị đó trước',
  parentAmongPredecessors: 'Đơn vị cấp trên của đơn vị kế thừa không được là đơn vị bị sáp nhập',
} as const;
