/** Every Vietnamese user-facing message of the common layer, in one place. */
export const messagesVi = {
  validationFailed: 'Dữ liệu không hợp lệ',
  malformedJson: 'Nội dung gửi lên không phải JSON hợp lệ',
  jsonTooDeep: 'Nội dung gửi lên lồng nhau quá nhiều cấp',
  payloadTooLarge: (limitBytes: number) =>
    `Nội dung gửi lên vượt quá dung lượng cho phép (${Math.floor(limitBytes / 1024)} KB)`,
  unsupportedMediaType: 'Định dạng nội dung không được hỗ trợ (cần application/json)',
  badRequest: 'Yêu cầu không hợp lệ',
  unauthenticated: 'Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn',
  forbidden: 'Không có quyền thực hiện thao tác này',
  notFound: (entity: string) => `Không tìm thấy ${entity}`,
  routeNotFound: 'Không tìm thấy đường dẫn yêu cầu',
  methodNotAllowed: 'Phương thức không được hỗ trợ',
  conflict: 'Xung đột dữ liệu',
  uniqueViolation: 'Giá trị đã tồn tại',
  referenceViolation: 'Dữ liệu tham chiếu không tồn tại hoặc đang được sử dụng',
  checkViolation: 'Giá trị vi phạm ràng buộc dữ liệu',
  invalidValue: 'Giá trị không hợp lệ',
  staleVersion: 'Bản ghi đã được người khác cập nhật; vui lòng tải lại và thực hiện lại',
  serializationFailure: 'Thao tác bị xung đột với thao tác đồng thời; vui lòng thử lại',
  unprocessable: 'Yêu cầu không thể xử lý',
  tooManyRequests: 'Quá nhiều yêu cầu; vui lòng thử lại sau',
  serviceUnavailable: 'Dịch vụ tạm thời không khả dụng',
  internalError: 'Lỗi hệ thống; vui lòng thử lại hoặc liên hệ quản trị viên',
  unsafeText: 'chứa ký tự không hợp lệ (ký tự điều khiển hoặc mã Unicode lỗi)',
  fieldMessage: (field: string, text: string) => `Trường "${field}" ${text}`,
  idempotencyKeyInvalid: 'phải gồm 1–255 ký tự ASCII in được, không có khoảng trắng',
  idempotencyKeyReused:
    'Khóa Idempotency-Key đã được dùng cho một yêu cầu khác; hãy dùng khóa mới cho yêu cầu mới',
  idempotencyInProgress:
    'Yêu cầu cùng khóa Idempotency-Key đang được xử lý; vui lòng thử lại sau giây lát',
} as const;

type ArgsMessage = (args: readonly unknown[]) => string;

const list = (values: unknown): string =>
  (Array.isArray(values) ? values : Object.values(values ?? {})).map(String).join(', ');

/** class-validator constraint name → Vietnamese predicate (completed by the field name). */
export const validationMessagesVi: Record<string, ArgsMessage> = {
  isDefined: () => 'là bắt buộc',
  isNotEmpty: () => 'không được để trống',
  isString: () => 'phải là chuỗi ký tự',
  isBoolean: () => 'phải là true hoặc false',
  isInt: () => 'phải là số nguyên',
  isNumber: () => 'phải là số',
  isNumberString: () => 'phải là chuỗi số',
  isDecimal: () => 'phải là số thập phân',
  min: ([n]) => `phải lớn hơn hoặc bằng ${String(n)}`,
  max: ([n]) => `phải nhỏ hơn hoặc bằng ${String(n)}`,
  minLength: ([n]) => `phải dài ít nhất ${String(n)} ký tự`,
  maxLength: ([n]) => `dài tối đa ${String(n)} ký tự`,
  length: ([a, b]) => `phải dài từ ${String(a)} đến ${String(b)} ký tự`,
  isIn: ([values]) => `phải là một trong các giá trị: ${list(values)}`,
  isEnum: ([values]) => `phải là một trong các giá trị: ${list(values)}`,
  isUuid: () => 'phải là mã UUID hợp lệ',
  isEmail: () => 'phải là địa chỉ email hợp lệ',
  isArray: () => 'phải là danh sách',
  arrayMinSize: ([n]) => `phải có ít nhất ${String(n)} phần tử`,
  arrayMaxSize: ([n]) => `có tối đa ${String(n)} phần tử`,
  arrayUnique: () => 'không được có phần tử trùng nhau',
  isObject: () => 'phải là một đối tượng',
  nestedValidation: () => 'phải là một đối tượng hợp lệ',
  isDateString: () => 'phải là thời điểm hợp lệ (ISO 8601)',
  isISO8601: () => 'phải là thời điểm hợp lệ (ISO 8601)',
  isLocalDate: () => 'phải là ngày hợp lệ dạng YYYY-MM-DD',
  matches: () => 'không đúng định dạng',
  isIdNumber: () =>
    'không đúng định dạng của loại giấy tờ (CCCD: 12 chữ số; CMND: 9 hoặc 12 chữ số; hộ chiếu: 6–9 chữ cái hoặc chữ số; mã số thuế: 10 chữ số, có thể thêm "-" và 3 chữ số)',
  whitelistValidation: () => 'không được phép gửi (trường không tồn tại)',
  unknownValue: () => 'không hợp lệ',
};

export function validationMessageVi(constraint: string, args: readonly unknown[]): string {
  const make = validationMessagesVi[constraint];
  return make ? make(args) : 'không hợp lệ';
}
