/** Vietnamese messages of login, tokens and accounts. */
export const authMessagesVi = {
  invalidCredentials: 'Tên đăng nhập hoặc mật khẩu không đúng',
  accountLocked: (minutes: number) =>
    `Đăng nhập sai quá nhiều lần; vui lòng thử lại sau ${minutes} phút`,
  totpRequired: 'Cần nhập mã xác thực hai lớp (6 chữ số) từ ứng dụng xác thực',
  totpInvalid: 'Mã xác thực hai lớp không đúng hoặc đã được dùng',
  totpEnrolmentRequired:
    'Tài khoản quản trị và lãnh đạo phải đăng ký xác thực hai lớp trước khi sử dụng hệ thống',
  totpNotStarted: 'Chưa bắt đầu đăng ký xác thực hai lớp',
  totpAlreadyEnabled: 'Xác thực hai lớp đã được bật cho tài khoản này',
  totpResetRequired:
    'Không mở được khóa xác thực hai lớp (khóa bảo mật đã thay đổi); quản trị viên cần cho đăng ký lại',
  routeWithoutPermission: 'Đường dẫn chưa khai báo quyền truy cập',
  officerNotFound: 'cán bộ',
  usernameTaken: 'Tên đăng nhập đã được sử dụng',
  agencyUnknown: 'Cơ quan không tồn tại hoặc không còn hiệu lực',
  adminAlone:
    'Vai trò quản trị hệ thống không được kết hợp với vai trò nghiệp vụ (tiếp dân, xử lý đơn, giải quyết, lãnh đạo, giám sát)',
  selfChange:
    'Không thể tự thay đổi vai trò, mật khẩu hoặc trạng thái tài khoản của chính mình tại đây',
} as const;
