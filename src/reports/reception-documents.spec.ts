import { pdfPages, pdfText } from '../../test/support/pdf-text';
import { renderGuidanceSlip } from './layouts/guidance-slip.layout';
import { renderOralStatementRecord } from './layouts/oral-statement-record.layout';
import { renderReceptionBook } from './layouts/reception-book.layout';
import { renderReceptionReceipt } from './layouts/reception-receipt.layout';
import { renderReceptionRefusalNotice } from './layouts/reception-refusal-notice.layout';
import { RenderError, strictRenderPolicy } from './render-policy';
import {
  sampleBookMeta,
  sampleBookRows,
  sampleGuidanceSlip,
  sampleOralStatement,
  sampleReceipt,
  sampleRefusalNotice,
} from './samples/reception-samples';

const policy = strictRenderPolicy;
const NATIONAL_TITLE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
const MOTTO = 'Độc lập - Tự do - Hạnh phúc';

describe('reception documents (TT 04/2021) in the NĐ 30/2020 layout', () => {
  const cases = [
    {
      name: 'giấy biên nhận',
      render: () => renderReceptionReceipt(sampleReceipt, policy),
      expected: [
        'Số: 07/GBN-TTTP',
        'Hà Nội, ngày 05 tháng 01 năm 2026',
        'GIẤY BIÊN NHẬN',
        'Thông tin, tài liệu, bằng chứng',
        'Vào hồi 09 giờ 30 phút ngày 05 tháng 01 năm 2026',
        'Đã nhận của ông (bà): Nguyễn Văn Ánh.',
        'Quyết định số 1234/QĐ-UBND ngày 15/11/2025 của UBND quận Ba Đình',
        'Tổng cộng: 3 thông tin, tài liệu, bằng chứng.',
        'người nộp giữ 01 bản, Thanh tra thành phố Hà Nội giữ 01 bản',
        'NGƯỜI NỘP',
        'NGƯỜI NHẬN',
        'Lê Thị Hồng Nhung',
      ],
    },
    {
      name: 'phiếu hướng dẫn',
      render: () => renderGuidanceSlip(sampleGuidanceSlip, policy),
      expected: [
        'Số: 12/PHD-TTTP',
        'Hà Nội, ngày 09 tháng 02 năm 2026',
        'PHIẾU HƯỚNG DẪN',
        'Kính gửi: Ông (bà) Trần Thị Bình',
        'Ngày 06 tháng 02 năm 2026, Thanh tra thành phố Hà Nội đã tiếp ông (bà) Trần Thị Bình',
        'đến Chủ tịch Ủy ban nhân dân xã Đông Anh để được xem xét, giải quyết',
        '(Điều 17 Luật Khiếu nại năm 2011)',
        'Nơi nhận: - Như trên; - Lưu: VT, BTCD.',
        'KT. CHÁNH THANH TRA PHÓ CHÁNH THANH TRA',
        'Phạm Quốc Hưng',
      ],
    },
    {
      name: 'văn bản ghi nội dung trình bày trực tiếp',
      render: () => renderOralStatementRecord(sampleOralStatement, policy),
      expected: [
        'Hà Nội, ngày 02 tháng 3 năm 2026',
        'VĂN BẢN GHI NỘI DUNG KHIẾU NẠI',
        'Trình bày trực tiếp tại nơi tiếp công dân',
        'Người khiếu nại: ông (bà) Hoàng Văn Đức.',
        'CCCD số 001085012345, cấp ngày 10/04/2021, nơi cấp: Cục Cảnh sát',
        'phần diện tích 45,5 m² với lý do đất lấn chiếm.',
        '2. Biên lai nộp thuế nhà đất các năm 1995–2000',
        'kết thúc vào hồi 09 giờ 40 phút cùng ngày',
        'NGƯỜI KHIẾU NẠI (Ký, ghi rõ họ tên hoặc điểm chỉ) Điểm chỉ (nếu không ký được)',
        'NGƯỜI TIẾP CÔNG DÂN',
      ],
    },
    {
      name: 'thông báo từ chối tiếp công dân',
      render: () => renderReceptionRefusalNotice(sampleRefusalNotice, policy),
      expected: [
        'Số: 03/TB-TTTP',
        'Hà Nội, ngày 15 tháng 4 năm 2026',
        'THÔNG BÁO',
        'Về việc từ chối tiếp công dân',
        'Căn cứ Luật Tiếp công dân ngày 25 tháng 11 năm 2013;',
        'Thanh tra thành phố Hà Nội thông báo từ chối tiếp ông (bà) Đỗ Văn Khải.',
        'vẫn cố tình khiếu nại, tố cáo kéo dài (quy định tại khoản 3 Điều 9 Luật Tiếp công dân năm 2013).',
        'Nơi nhận: - Ông (bà) Đỗ Văn Khải; - Ban Tiếp công dân thành phố; - Lưu: VT, BTCD.',
        'PHÓ CHÁNH THANH TRA',
      ],
    },
  ];

  it.each(cases)(
    'renders the $name with the header, title, date line and filled texts',
    async (c) => {
      const pdf = await c.render();
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      const text = await pdfText(pdf);
      expect(text).toContain(
        `UBND THÀNH PHỐ HÀ NỘI THANH TRA THÀNH PHỐ ${NATIONAL_TITLE} ${MOTTO}`,
      );
      for (const expected of c.expected) {
        expect(text).toContain(expected);
      }
      expect(text).not.toMatch(/\{\{|\}\}|…………/);
    },
  );

  it.each(cases)('keeps the $name on one page', async (c) => {
    expect(await pdfPages(await c.render())).toHaveLength(1);
  });

  it('writes the number of an unnumbered document as a blank before the symbol', async () => {
    const text = await pdfText(await renderOralStatementRecord(sampleOralStatement, policy));
    expect(text).toMatch(/Số: \/BB-TTTP/);
  });

  it('titles the record after the kind of statement', async () => {
    const record = { ...sampleOralStatement, kind: 'denunciation' as const };
    const text = await pdfText(await renderOralStatementRecord(record, policy));
    expect(text).toContain('VĂN BẢN GHI NỘI DUNG TỐ CÁO');
    expect(text).toContain('Người tố cáo: ông (bà) Hoàng Văn Đức.');
    expect(text).toContain('NGƯỜI TỐ CÁO');
  });

  it('refuses a refusal notice on "other grounds" without the ground text, and prints it when given', async () => {
    const other = { ...sampleRefusalNotice, ground: 'other' as const };
    await expect(renderReceptionRefusalNotice(other, policy)).rejects.toThrow(RenderError);
    const text = await pdfText(
      await renderReceptionRefusalNotice(
        { ...other, otherGround: 'trường hợp theo quy định X' },
        policy,
      ),
    );
    expect(text).toContain('Lý do: trường hợp theo quy định X (quy định tại khoản 4 Điều 9');
  });

  it('keeps every letter extractable when documents share the cached fonts (ToUnicode of composite glyphs)', async () => {
    // "Ầ", "Ủ", "Ư" are composites of "A" and "U"; rendering them first used to lose "A"/"U" later.
    await renderReceptionBook(sampleBookRows(3), sampleBookMeta, policy);
    await renderReceptionReceipt({ ...sampleReceipt, receptionPlace: 'Ầ Ủ Ư Ặ Ậ Ấ Ừ Ữ' }, policy);
    const text = await pdfText(await renderGuidanceSlip(sampleGuidanceSlip, policy));
    expect(text).toContain('xã Đông Anh');
    expect(text).toContain('UBND THÀNH PHỐ');
  });
});

describe('Sổ tiếp công dân', () => {
  it('prints the nine columns, the period and every visit', async () => {
    const text = await pdfText(
      await renderReceptionBook(sampleBookRows(6), sampleBookMeta, policy),
    );
    expect(text).toContain('SỔ TIẾP CÔNG DÂN Từ ngày 01/01/2026 đến ngày 31/03/2026');
    expect(text).toContain(
      'STT Ngày tiếp Họ tên – địa chỉ – số CMND/CCCD/Hộ chiếu của người được tiếp Nội dung vụ việc',
    );
    expect(text).toContain('(1) (2) (3) (4) (5) (6) (7) (8) (9)');
    expect(text).toContain('Nguyễn Thị Hương 6 phường Láng, Hà Nội CCCD số 001085010005');
    expect(text).toContain('12 người Đoàn đông người');
  });

  it('shows only the pseudonym of a confidential denouncer', async () => {
    const rows = sampleBookRows(5);
    const text = await pdfText(await renderReceptionBook(rows, sampleBookMeta, policy));
    expect(text).toContain('Người tố cáo TC-2026-005');
    expect(text).not.toContain('Nguyễn Thị Hương 5');
    expect(text).not.toContain('001085010004');
  });
});
