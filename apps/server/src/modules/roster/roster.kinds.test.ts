import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, type Client, createTestApp, type TestApp } from '../../test/harness.ts';
import { csv, importFile } from './roster.test-helpers.ts';

const rowsOf = <T>(r: unknown) => ((r as { rows?: T[] }).rows ?? (r as T[])) as T[];

describe.each(backends)('roster import of organisations, households, enrolments, figures (%s)', (backend) => {
  let t: TestApp;
  let tinh: Client;
  let xa: Client;
  let donvi: Client;
  const query = async <T>(q: ReturnType<typeof sql>) => rowsOf<T>(await t.ctx.db.execute(q));
  const org = async (q: string) =>
    (await tinh.get(`/api/organisations?q=${encodeURIComponent(q)}`)).json().items[0] as
      | { id: string; parentName: string | null; workerCount: number | null; address: string | null }
      | undefined;

  beforeAll(async () => {
    t = await createTestApp(backend);
    tinh = await t.login('tinh@lantoa.demo');
    xa = await t.login('xa@lantoa.demo');
    donvi = await t.login('donvi@lantoa.demo');
  }, 120_000);
  afterAll(() => t?.close());

  const ORG_HEADER = [
    'Tên cơ quan/tổ chức',
    'Loại hình',
    'Mã xã/phường',
    'Mã số thuế',
    'Địa chỉ',
    'Số lao động',
    'Khu công nghiệp',
    'Mã số thuế cơ quan cấp trên',
  ];
  const ORGS = [
    ['Sở Mẫu tỉnh Thái Nguyên', 'Cơ quan nhà nước', '05443', '4600100100', 'Số 1 Đội Cấn', '', '', ''],
    ['Trường THPT Mẫu', 'Trường phổ thông', '05443', '4600100101', '', '80', '', '4600100100'],
    ['Công ty Mẫu KCN', 'doanh nghiep', '05860', '4600100102', '', '1.500', 'KCN Yên Bình', '4601234567'],
    ['HTX Không Mã', 'HTX', '05503', '', 'Xóm 3', '20', '', ''],
    ['Chùa Mẫu', 'Chùa', '05443', '', '', '', '', ''],
    ['Công ty Mồ Côi', 'Doanh nghiệp', '05443', '', '', '', '', '4699999999'],
    ['Sở Trùng', 'Cơ quan nhà nước', '05443', '4600100100', '', '', '', ''],
    ['Công ty Sai Mã', 'Doanh nghiệp', '05443', '123', '', '', '', ''],
  ];

  it('imports organisations with parents in the file or already stored, and again changes nothing', async () => {
    const file = csv([ORG_HEADER, ...ORGS]);
    const job = await importFile(tinh, 'organisations', file);
    expect(job).toMatchObject({ status: 'completed', total: 8, created: 4, failed: 4 });
    expect(job.errors).toEqual([
      {
        row: 6,
        column: 'Loại hình',
        message:
          'Không rõ "Chùa". Dùng một trong: Cơ quan nhà nước; Doanh nghiệp; Hợp tác xã; Hộ kinh doanh; Trường phổ thông; Trường đại học; Trường nghề; Tổ công nghệ số cộng đồng',
      },
      {
        row: 7,
        column: 'Mã số thuế cơ quan cấp trên',
        message: 'Không có tổ chức nào mã số thuế 4699999999, trong tệp hay trong hệ thống',
      },
      { row: 8, column: 'Mã số thuế', message: 'Trùng mã số thuế với dòng 2' },
      { row: 9, column: 'Mã số thuế', message: 'Mã số thuế gồm 10 chữ số (hoặc 10-3)' },
    ]);
    expect((await org('Truong THPT Mau'))?.parentName).toBe('Sở Mẫu tỉnh Thái Nguyên');
    expect(await org('Cong ty Mau KCN')).toMatchObject({
      parentName: 'Công ty TNHH Điện tử Yên Bình (KCN Yên Bình)',
      workerCount: 1500,
    });
    const [zone] = await query<{ industrial_zone: string }>(
      sql`select industrial_zone from organisations where tax_code = '4600100102'`,
    );
    expect(zone?.industrial_zone).toBe('KCN Yên Bình');
    // The company's officer now reaches the new subsidiary (under the company's path).
    const sub = (await donvi.get('/api/organisations?q=cong%20ty%20mau')).json().items;
    expect(sub.map((o: { name: string }) => o.name)).toContain('Công ty Mẫu KCN');

    expect(await importFile(tinh, 'organisations', file)).toMatchObject({
      created: 0,
      updated: 0,
      unchanged: 4,
    });
    const edited = csv([ORG_HEADER, ['HTX Không Mã', 'Hợp tác xã', '05503', '', 'Xóm 4', '', '', '']]);
    expect(await importFile(tinh, 'organisations', edited)).toMatchObject({ updated: 1, created: 0 });
    expect(await org('HTX Khong Ma')).toMatchObject({ address: 'Xóm 4', workerCount: 20 });
  });

  it("keeps organisation imports inside the officer's scope and refuses parent loops", async () => {
    const rows = [
      ['Tổ CNS Trong', 'Tổ công nghệ số cộng đồng', '05443', '', '', '', '', ''],
      ['Tổ CNS Ngoài', 'Tổ công nghệ số cộng đồng', '05503', '', '', '', '', ''],
      ['Vòng A', 'Doanh nghiệp', '05443', '4600100201', '', '', '', '4600100202'],
      ['Vòng B', 'Doanh nghiệp', '05443', '4600100202', '', '', '', '4600100201'],
    ];
    const job = await importFile(xa, 'organisations', csv([ORG_HEADER, ...rows]));
    expect(job).toMatchObject({ created: 1, failed: 3 });
    expect(job.errors[0]).toEqual({
      row: 3,
      column: 'Mã xã/phường',
      message: 'Ngoài phạm vi quản lý của bạn',
    });
    expect(job.errors.map((e) => e.row)).toEqual([3, 4, 5]);
    expect(job.errors[1]?.message).toContain('Vòng lặp');
    // An organisation officer creates under their organisation, not beside it.
    const mine = [
      ['Phân xưởng Mẫu', 'Doanh nghiệp', '05860', '', '', '50', '', '4601234567'],
      ['Công ty Bên Cạnh', 'Doanh nghiệp', '05860', '', '', '', '', ''],
    ];
    const own = await importFile(donvi, 'organisations', csv([ORG_HEADER, ...mine]));
    expect(own).toMatchObject({ created: 1, failed: 1 });
    expect(own.errors).toEqual([
      { row: 3, column: 'Mã xã/phường', message: 'Ngoài phạm vi quản lý của bạn' },
    ]);
  });

  it('imports households, which people then name by code', async () => {
    const header = ['Mã hộ', 'Mã xã/phường', 'Chủ hộ', 'Địa chỉ'];
    const rows = [
      ['HGD-1', '05443', 'Trần Văn Chủ', 'Tổ 5'],
      ['HGD-1', '05503', 'Lê Thị Chủ', ''],
      ['HGD-1', '05443', 'Người Trùng', ''],
      ['', '05443', 'Không Mã', ''],
    ];
    const job = await importFile(tinh, 'households', csv([header, ...rows]));
    expect(job).toMatchObject({ created: 2, failed: 2 });
    expect(job.errors).toEqual([
      { row: 4, column: 'Mã hộ', message: 'Trùng mã hộ với dòng 2' },
      { row: 5, column: 'Mã hộ', message: 'Bắt buộc, không được để trống' },
    ]);
    const again = await importFile(tinh, 'households', csv([header, ...rows.slice(0, 2)]));
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
    const renamed = await importFile(
      tinh,
      'households',
      csv([header, ['HGD-1', '05443', 'Trần Văn Mới', '']]),
    );
    expect(renamed).toMatchObject({ updated: 1 });
    const [h] = await query<{ id: string; head_name: string; address: string }>(
      sql`select h.id, h.head_name, h.address from households h join units u on u.id = h.unit_id where u.code = '05443' and h.code = 'HGD-1'`,
    );
    expect(h).toMatchObject({ head_name: 'Trần Văn Mới', address: 'Tổ 5' });
    const people = csv([
      ['Họ và tên', 'Số điện thoại', 'Mã xã/phường', 'Mã hộ gia đình'],
      ['Trần Văn Con', '0977000501', '05443', 'HGD-1'],
    ]);
    expect(await importFile(tinh, 'people', people)).toMatchObject({ created: 1 });
    expect((await tinh.get('/api/people?q=0977000501')).json().items[0].householdId).toBe(h?.id);
    // The commune officer of Phan Đình Phùng cannot add households in Tân Cương.
    const out = await importFile(xa, 'households', csv([header, ['HGD-9', '05503', '', '']]));
    expect(out.errors).toEqual([
      { row: 2, column: 'Mã xã/phường', message: 'Ngoài phạm vi quản lý của bạn' },
    ]);
  });

  it('enrols people in catalogue courses by national ID or phone', async () => {
    const people = csv([
      ['Họ và tên', 'Số CCCD', 'Số điện thoại', 'Mã xã/phường'],
      ['Đoàn Thị Học', '019190000601', '0977000601', '05443'],
      ['Đoàn Văn Học', '', '0977000602', '05443'],
      ['Đoàn Văn Xa', '019190000603', '', '05503'],
    ]);
    expect(await importFile(tinh, 'people', people)).toMatchObject({ created: 3 });
    const header = ['Số CCCD', 'Số điện thoại', 'Họ và tên', 'Mã khóa học'];
    const rows = [
      ['019190000601', '', '', 'an-toan'],
      ['', '0977000602', 'Doan Van Hoc', 'An toàn trên mạng'],
      ['019190000601', '', '', 'khong-co'],
      ['019190009999', '', '', 'an-toan'],
      ['', '0977000601', 'Người Khác', 'an-toan'],
      ['', '0977000602', '', 'an-toan'],
    ];
    const file = csv([header, ...rows]);
    const job = await importFile(tinh, 'enrolments', file);
    expect(job).toMatchObject({ created: 2, failed: 4 });
    expect(job.errors).toEqual([
      { row: 4, column: 'Mã khóa học', message: 'Không có khóa học "khong-co" trong danh mục' },
      {
        row: 5,
        column: 'Số CCCD',
        message: 'Không tìm thấy người này trong danh sách người dân (hãy nhập danh sách người dân trước)',
      },
      { row: 6, column: 'Họ và tên', message: 'Không khớp với người có số điện thoại này' },
      { row: 7, column: 'Mã khóa học', message: 'Trùng với dòng 3' },
    ]);
    const stored = await query<{ n: number }>(
      sql`select count(*)::int as n from enrolments where course_id = 'an-toan' and source = 'import'`,
    );
    expect(stored[0]?.n).toBe(2);
    expect(await importFile(tinh, 'enrolments', file)).toMatchObject({ created: 0, unchanged: 2, failed: 4 });
    const out = await importFile(xa, 'enrolments', csv([header, ['019190000603', '', '', 'an-toan']]));
    expect(out.errors).toEqual([
      { row: 2, column: 'Số CCCD', message: 'Người này ngoài phạm vi quản lý của bạn' },
    ]);
  });

  it('imports population figures of communes and organisations, updating a figure in place', async () => {
    const header = [
      'Chỉ số',
      'Mã xã/phường',
      'Mã số thuế tổ chức',
      'Giá trị',
      'Nguồn số liệu',
      'Ngày số liệu',
    ];
    const rows = [
      ['working_age', '05443', '', '12.450', 'Niên giám thống kê 2025', '31/12/2025'],
      ['Cán bộ, công chức, viên chức', '', '4601234567', '35', 'Báo cáo của đơn vị', '01/10/2025'],
      ['households', '05443', '4601234567', '10', 'Nguồn', '01/01/2025'],
      ['workers', '', '', '10', 'Nguồn', '01/01/2025'],
      ['Working Age!', '05443', '', '10', 'Nguồn', '01/01/2025'],
      ['pupils', '05443', '', '10', 'Nguồn', '01/01/2099'],
    ];
    const file = csv([header, ...rows]);
    const job = await importFile(tinh, 'population', file);
    expect(job).toMatchObject({ created: 2, failed: 4 });
    expect(job.errors.map((e) => [e.row, e.column])).toEqual([
      [4, 'Mã số thuế tổ chức'],
      [5, 'Mã xã/phường'],
      [6, 'Chỉ số'],
      [7, 'Ngày số liệu'],
    ]);
    expect(job.errors[0]?.message).toBe('Chỉ điền Mã xã/phường hoặc Mã số thuế tổ chức, không điền cả hai');
    expect(job.errors[1]?.message).toBe('Bắt buộc, không được để trống');
    const figures = await query<{
      key: string;
      value: number;
      as_of: string;
      organisation_id: string | null;
    }>(sql`select key, value, as_of::text, organisation_id from population_figures order by key`);
    expect(figures.map((f) => [f.key, f.value, f.as_of])).toEqual([
      ['officials', 35, '2025-10-01'],
      ['working_age', 12450, '2025-12-31'],
    ]);
    expect(await importFile(tinh, 'population', file)).toMatchObject({
      created: 0,
      updated: 0,
      unchanged: 2,
    });
    const revised = csv([
      header,
      ['working_age', '05443', '', '12.500', 'Niên giám thống kê 2025', '31/12/2025'],
    ]);
    expect(await importFile(tinh, 'population', revised)).toMatchObject({ created: 0, updated: 1 });
    const [wa] = await query<{ value: number }>(
      sql`select value from population_figures where key = 'working_age'`,
    );
    expect(wa?.value).toBe(12500);
    const out = await importFile(
      xa,
      'population',
      csv([header, ['working_age', '05503', '', '1', 'x', '01/01/2025']]),
    );
    expect(out.errors).toEqual([
      { row: 2, column: 'Mã xã/phường', message: 'Ngoài phạm vi quản lý của bạn' },
    ]);
  });
});
