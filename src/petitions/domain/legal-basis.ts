import { ContentType } from '../../cases/domain/case-enums';
import { PetitionAction as A } from './petition-status';

const TT05 = 'Thông tư 05/2021/TT-TTCP';

/** The legal basis recorded with each action in the petition's history (DOMAIN §3). */
const BASIS: Readonly<Record<A, string>> = {
  [A.Check]: `${TT05} (phân loại đơn, điều kiện xử lý đơn)`,
  [A.ExtendCheck]: 'Luật Tố cáo 2018, Điều 24 khoản 1',
  [A.ProposeAcceptance]: `${TT05}; Luật Khiếu nại 2011, Điều 27; Luật Tố cáo 2018, Điều 29`,
  [A.ProposeResolution]: `${TT05} (đơn kiến nghị, phản ánh thuộc thẩm quyền)`,
  [A.NotAcceptable]: 'Luật Khiếu nại 2011, Điều 11',
  [A.Guide]: `${TT05} (hướng dẫn một lần)`,
  [A.Forward]: `${TT05} (chuyển đơn)`,
  [A.Urge]: `${TT05} (đôn đốc giải quyết)`,
  [A.ReturnOriginals]: `${TT05} (trả lại giấy tờ, tài liệu gốc)`,
  [A.ReturnMisrouted]: `${TT05} (trả lại đơn chuyển không đúng thẩm quyền)`,
  [A.ReferInvestigation]: 'Luật Tố cáo 2018, Điều 24; Bộ luật Tố tụng hình sự 2015, Điều 145',
  [A.ReferParty]: `${TT05} (chuyển cơ quan Đảng)`,
  [A.File]: `${TT05} (lưu đơn)`,
  [A.Split]: `${TT05} (đơn có nhiều nội dung khác nhau)`,
  [A.Accept]: 'Luật Khiếu nại 2011, Điều 27; Luật Tố cáo 2018, Điều 29',
  [A.RecordReply]: `${TT05} (văn bản phúc đáp đơn chuyển)`,
};

/** The basis of `action` for a petition of `type` (a few actions depend on it). */
export function legalBasisOf(action: A, type: ContentType, isAnonymous: boolean): string {
  if (type === ContentType.Denunciation) {
    // Luật TC 2018 Điều 24(2): forwarded within 5 working days, the denouncer notified.
    if (action === A.Forward) return 'Luật Tố cáo 2018, Điều 24 khoản 2';
    // Luật TC 2018 Điều 25: an anonymous denunciation is not processed as a denunciation.
    if (isAnonymous && action === A.File) return 'Luật Tố cáo 2018, Điều 25 khoản 1';
    if (isAnonymous) return `Luật Tố cáo 2018, Điều 25 khoản 2; ${BASIS[action]}`;
  }
  return BASIS[action];
}
