import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, type Client, createTestApp, type TestApp } from '../../test/harness.ts';
import { findAccountByLogin, loadGrants } from '../identity/identity.repository.ts';
import { peopleImporter } from './kinds/people.ts';
import { INTERRUPTED, runImportJob } from './roster.job.ts';
import { getJob, insertJob } from './roster.repository.ts';
import { csv, importFile, upload, waitForJob, XLSX_TYPE } from './roster.test-helpers.ts';

const HEADER = [
  'Họ và tên *',
  'Ngày sinh',
  'Năm sinh',
  'Giới tính',
  'Số điện thoại',
  'Email',
  'Số CCCD',
  'Mã xã/phường *',
  'Mã số thuế cơ quan/tổ chức',
  'Mã hộ gia đình',
  'Nhóm đối tượng',
  'Nhóm yếu thế',
  'Đã xác thực VNeID',
];

describe.each(backends)('roster import of people (%s)', (backend) => {
  let t: TestApp;
  let tinh: Client;
  let xa: Client;

  const names = async (c: Client, q: string) =>
    (
      (await c.get(`/api/people?q=${encodeURIComponent(q)}&pageSize=100`)).json().items as {
        fullName: string;
      }[]
    ).map((p) => p.fullName);

  beforeAll(async () => {
    t = await createTestApp(backend);
    tinh = await t.login('tinh@lantoa.demo');
    xa = await t.login('xa@lantoa.demo');
  }, 120_000);
  afterAll(() => t?.close());

  it('serves the XLSX template, and imports it filled in', async () => {
    const res = await tinh.get('/api/imports/templates/people');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toContain('mau-nhap-nguoi-dan.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Danh sách', 'Hướng dẫn']);
    const sheet = wb.getWorksheet('Danh sách') as ExcelJS.Worksheet;
    expect((sheet.getRow(1).values as string[]).slice(1)).toEqual(HEADER);
    const guide = wb.getWorksheet('Hướng dẫn') as ExcelJS.Worksheet;
    const guideText = JSON.stringify(guide.getSheetValues());
    expect(guideText).toContain('Người lao động trong doanh nghiệp');
    expect(guideText).toContain('Mã xã/phường');

    sheet.addRow(['Lương Thị Mẫu', '17/05/1990', null, 'Nữ', '0977000101', null, '019190000101', '05443']);
    sheet.addRow([
      'Hà Văn Mẫu',
      null,
      1975,
      'Nam',
      977000102,
      null,
      19175000102,
      5443,
      null,
      null,
      'Người dân',
      'Người dân tộc thiểu số',
      'Có',
    ]);
    const file = Buffer.from(await wb.xlsx.writeBuffer());
    const job = await importFile(tinh, 'people', file, { fileName: 'mau.xlsx', type: XLSX_TYPE });
    expect(job).toMatchObject({ status: 'completed', total: 2, created: 2, failed: 0, errors: [] });
    const found = (await tinh.get('/api/people?nationalId=019175000102')).json().items;
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      fullName: 'Hà Văn Mẫu',
      birthYear: 1975,
      gender: 'male',
      phone: '0977000102',
      unitName: 'Phường Phan Đình Phùng',
      targetGroups: ['citizen'],
      vulnerabilities: ['ethnic_minority'],
    });
    const lan = (await tinh.get('/api/people?q=0977000101')).json().items[0];
    expect(lan).toMatchObject({ fullName: 'Lương Thị Mẫu', birthDate: '1990-05-17', birthYear: 1990 });
  });

  it('serves the CSV template in UTF-8 with BOM, and accepts it back', async () => {
    const res = await tinh.get('/api/imports/templates/people?format=csv');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.body.startsWith('\uFEFF"Họ và tên *","Ngày sinh"')).toBe(true);
    const filled = `${res.body}"Vi Thị Mẫu","01/02/2003",,"Nữ","0977000103",,,"05443",,,"Sinh viên",,\r\n`;
    const job = await importFile(tinh, 'people', filled);
    expect(job).toMatchObject({ status: 'completed', created: 1, failed: 0 });
    expect(await names(tinh, 'vi thi mau')).toEqual(['Vi Thị Mẫu']);
  });

  const ROWS = [
    ['Đinh Thị Tốt', '', '1980', 'Nữ', '0977000201', '', '', '05443', '', '', 'Người dân', '', ''],
    ['A', '', '1980', 'Nam', '0977000202', '', '', '05443', '', '', '', '', ''],
    [
      'Lò Văn Tốt',
      '02/09/1985',
      '',
      'nam',
      '',
      'lvt@example.vn',
      '019085000204',
      '5443',
      '',
      '',
      'Cán bộ, công chức, viên chức',
      '',
      'Có',
    ],
    ['Mạc Văn Sai', '', '1990', 'Nam', '12345', '', '', '99999', '', '', '', '', ''],
    ['Tống Thị Trùng', '', '1991', 'Nữ', '', '', '019085000204', '05443', '', '', '', '', ''],
    [
      'Nông Thị Tốt',
      '',
      '2009',
      'Nữ',
      '0977000207',
      '',
      '',
      '05443',
      '',
      '',
      'Học sinh; Người dân',
      'Hộ nghèo',
      'Không',
    ],
    ['Quan Văn Tỉnh', '', '1970', 'Nam', '0977000208', '', '', '19', '', '', '', '', ''],
    ['Kha Văn Giới', '', '1970', 'X', '0977000209', '', '', '05443', '', '', '', '', ''],
    ['Khổng Thị Ngày', '31/02/1990', '', 'Nữ', '', '', '', '05443', '', '', '', '', ''],
    ['Lục Văn Nhóm', '', '1960', 'Nam', '0977000211', '', '', '05443', '', '', 'Nông dân', '', ''],
    ['Ninh Văn Danh', '', '1960', 'Nam', '', '', '', '05443', '', '', '', '', ''],
    ['Âu Thị Hộ', '', '1960', 'Nữ', '0977000213', '', '', '05443', '', 'KHONG-CO', '', '', ''],
    ['Yên Văn Thuế', '', '1960', 'Nam', '0977000214', '', '', '05443', '0100000000', '', '', '', ''],
    ['Đàm Thị Máy', '', '1960', 'Nữ', '0977000201', '', '', '05443', '', '', '', '', ''],
  ];
  const GOOD = ['Đinh Thị Tốt', 'Lò Văn Tốt', 'Nông Thị Tốt'];
  const ERRORS = [
    { row: 3, column: 'Họ và tên', message: 'Họ và tên cần ít nhất 2 ký tự' },
    { row: 5, column: 'Số điện thoại', message: 'Số điện thoại di động không hợp lệ (ví dụ 0912345678)' },
    { row: 5, column: 'Mã xã/phường', message: 'Không có xã/phường mã 99999' },
    { row: 6, column: 'Số CCCD', message: 'Trùng Số CCCD với dòng 4' },
    {
      row: 8,
      column: 'Mã xã/phường',
      message: 'Mã 19 là Tỉnh Thái Nguyên, không phải xã/phường: cần mã xã/phường (5 chữ số)',
    },
    { row: 9, column: 'Giới tính', message: 'Không rõ "X". Dùng một trong: Nam; Nữ; Khác' },
    { row: 10, column: 'Ngày sinh', message: 'Không có ngày 31/02/1990' },
    {
      row: 11,
      column: 'Nhóm đối tượng',
      message:
        'Không rõ "Nông dân". Các giá trị, cách nhau bởi dấu ;: Cán bộ, công chức, viên chức; Học sinh; Sinh viên; Người lao động trong doanh nghiệp; Lao động tự do; Người dân',
    },
    {
      row: 12,
      column: 'Số CCCD',
      message: 'Cần Số CCCD, Số điện thoại hoặc Ngày sinh để nhận ra người này khi nhập lại',
    },
    {
      row: 13,
      column: 'Mã hộ gia đình',
      message:
        'Không có hộ gia đình mã KHONG-CO ở Phường Phan Đình Phùng (hãy nhập danh sách hộ gia đình trước)',
    },
    {
      row: 14,
      column: 'Mã số thuế cơ quan/tổ chức',
      message: 'Không có tổ chức nào mã số thuế 0100000000 (hãy nhập danh sách tổ chức trước)',
    },
    { row: 15, column: 'Số điện thoại', message: 'Trùng số điện thoại với dòng 2' },
  ];
  const file = csv([HEADER, ...ROWS]);
  let firstJob: string;

  it('imports the good rows and reports every problem of the bad ones by row and column', async () => {
    const res = await upload(tinh, 'people', file, { fileName: 'danh-sach.csv' });
    expect(res.statusCode, res.body).toBe(202);
    expect(res.json()).toMatchObject({ kind: 'people', fileName: 'danh-sach.csv', status: 'queued' });
    firstJob = res.json().id;
    const job = await waitForJob(tinh, firstJob);
    expect(job).toMatchObject({
      status: 'completed',
      total: 14,
      processed: 14,
      created: 3,
      updated: 0,
      unchanged: 0,
      failed: 11,
      errorCount: 12,
      message: null,
    });
    expect(job.errors).toEqual(ERRORS);
    for (const name of GOOD) expect(await names(tinh, name)).toEqual([name]);
    for (const name of ['Mạc Văn Sai', 'Tống Thị Trùng', 'Đàm Thị Máy', 'Ninh Văn Danh'])
      expect(await names(tinh, name)).toEqual([]);
    const lo = (await tinh.get('/api/people?nationalId=019085000204')).json().items[0];
    expect(lo).toMatchObject({
      fullName: 'Lò Văn Tốt',
      birthDate: '1985-09-02',
      gender: 'male',
      email: 'lvt@example.vn',
      targetGroups: ['official'],
      nationalIdMasked: '••••••••0204',
    });
    const nong = (await tinh.get('/api/people?q=0977000207')).json().items[0];
    expect(nong).toMatchObject({ targetGroups: ['pupil', 'citizen'], vulnerabilities: ['poor_household'] });
  });

  it('downloads the error report as CSV and XLSX, in Vietnamese or English', async () => {
    const res = await tinh.get(`/api/imports/${firstJob}/errors`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain('loi-nhap-danh-sach.csv');
    const lines = res.body.split('\r\n');
    expect(lines[0]).toBe('\uFEFF"Dòng","Cột","Lỗi"');
    expect(lines[1]).toBe('"3","Họ và tên","Họ và tên cần ít nhất 2 ký tự"');
    expect(lines).toHaveLength(ERRORS.length + 2);
    const en = await tinh.request({
      method: 'GET',
      url: `/api/imports/${firstJob}/errors`,
      headers: { 'accept-language': 'en' },
    });
    expect(en.body.split('\r\n')[1]).toBe('"3","Họ và tên","The full name needs at least 2 characters"');
    const xlsx = await tinh.get(`/api/imports/${firstJob}/errors?format=xlsx`);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0] as ExcelJS.Worksheet;
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(['Dòng', 'Cột', 'Lỗi']);
    expect((ws.getRow(6).values as unknown[]).slice(1)).toEqual([8, 'Mã xã/phường', ERRORS[4]?.message]);
  });

  it('changes nothing when the same file is imported again', async () => {
    const before = (await tinh.get('/api/people?nationalId=019085000204')).json().items[0];
    const job = await importFile(tinh, 'people', file);
    expect(job).toMatchObject({ status: 'completed', created: 0, updated: 0, unchanged: 3, failed: 11 });
    const after = (await tinh.get('/api/people?nationalId=019085000204')).json().items[0];
    expect(after.updatedAt).toBe(before.updatedAt);
    // One cell changed: that person is updated, an empty cell erases nothing.
    const edited = csv([
      HEADER,
      ['Lò Văn Tốt', '', '', '', '0977000204', '', '019085000204', '05443', '', '', '', '', ''],
    ]);
    const changed = await importFile(tinh, 'people', edited);
    expect(changed).toMatchObject({ created: 0, updated: 1, unchanged: 0, failed: 0 });
    const updated = (await tinh.get('/api/people?nationalId=019085000204')).json().items[0];
    expect(updated).toMatchObject({ phone: '0977000204', email: 'lvt@example.vn', birthDate: '1985-09-02' });
    expect(updated.updatedAt > before.updatedAt).toBe(true);
  });

  it("matches by phone and name without a national ID, and refuses a phone that is someone else's", async () => {
    const rows = [
      ['Đinh Thị Tốt', '', '1980', 'Nữ', '0977000201', '', '019180000201', '05443', '', '', '', '', ''],
      ['Người Khác Tên', '', '1981', 'Nữ', '0977000207', '', '', '05443', '', '', '', '', ''],
    ];
    const job = await importFile(tinh, 'people', csv([HEADER, ...rows]));
    expect(job).toMatchObject({ created: 0, updated: 1, failed: 1 });
    expect(job.errors).toEqual([
      { row: 3, column: 'Số điện thoại', message: 'Số điện thoại đã được dùng cho người khác' },
    ]);
    expect((await tinh.get('/api/people?nationalId=019180000201')).json().items[0].fullName).toBe(
      'Đinh Thị Tốt',
    );
  });

  it("rejects the rows outside a commune officer's scope", async () => {
    await importFile(
      tinh,
      'people',
      csv([
        HEADER,
        ['Hứa Văn Ngoài', '', '1970', 'Nam', '0977000301', '', '019070000301', '05503', '', '', '', '', ''],
      ]),
    );
    const rows = [
      ['Hứa Thị Trong', '', '1972', 'Nữ', '0977000302', '', '', '05443', '', '', '', '', ''],
      ['Hứa Văn Xa', '', '1972', 'Nam', '0977000303', '', '', '05503', '', '', '', '', ''],
      ['Hứa Văn Ngoài', '', '1970', 'Nam', '', '', '019070000301', '05443', '', '', '', '', ''],
    ];
    const job = await importFile(xa, 'people', csv([HEADER, ...rows]));
    expect(job).toMatchObject({ status: 'completed', created: 1, failed: 2 });
    expect(job.errors).toEqual([
      { row: 3, column: 'Mã xã/phường', message: 'Ngoài phạm vi quản lý của bạn' },
      { row: 4, column: 'Số CCCD', message: 'Người này đã có trong hệ thống, ngoài phạm vi quản lý của bạn' },
    ]);
    expect(await names(tinh, 'hua van xa')).toEqual([]);
    expect((await tinh.get('/api/people?nationalId=019070000301')).json().items[0].unitName).toBe(
      'Xã Tân Cương',
    );
  });

  it('shows a job to its creator and to system administrators only', async () => {
    const mine = (await xa.get('/api/imports')).json();
    expect(mine.items.length).toBeGreaterThan(0);
    const id = mine.items[0].id;
    expect((await xa.get(`/api/imports/${id}`)).statusCode).toBe(200);
    expect((await tinh.get(`/api/imports/${id}`)).json().error.code).toBe('IMPORT_NOT_FOUND');
    expect((await tinh.get(`/api/imports/${id}/errors`)).statusCode).toBe(404);
    expect((await tinh.get('/api/imports')).json().items.map((j: { id: string }) => j.id)).not.toContain(id);
    const admin = await t.login('admin@lantoa.demo');
    expect((await admin.get(`/api/imports/${id}`)).statusCode).toBe(200);
    const learner = await t.login('hocvien@lantoa.demo');
    expect((await learner.get(`/api/imports/${id}`)).statusCode).toBe(403);
    expect((await upload(learner, 'people', file)).statusCode).toBe(403);
  });

  it('records the import in the audit log with its counts', async () => {
    const admin = await t.login('admin@lantoa.demo');
    const log = (await admin.get(`/api/audit-log?action=roster.import&targetId=${firstJob}`)).json();
    expect(log.items).toHaveLength(1);
    expect(log.items[0].details).toMatchObject({
      kind: 'people',
      fileName: 'danh-sach.csv',
      status: 'completed',
      total: 14,
      created: 3,
      updated: 0,
      unchanged: 0,
      failed: 11,
    });
  });

  it('explains what is wrong with a file that cannot be imported', async () => {
    const missing = await importFile(
      tinh,
      'people',
      csv([
        ['Họ và tên', 'Năm sinh'],
        ['Ai Đó', '1990'],
      ]),
    );
    expect(missing).toMatchObject({
      status: 'failed',
      message: 'Thiếu cột bắt buộc: Mã xã/phường. Hãy dùng tệp mẫu',
    });
    const ansi = Buffer.from([
      ...Buffer.from('Ho va ten,Ma xa/phuong\r\nNguy'),
      0xea,
      0xd2,
      0x6e,
      0x2c,
      0x30,
    ]);
    expect((await importFile(tinh, 'people', ansi)).message).toContain('không ở mã UTF-8');
    const semicolons = 'Họ và tên;Năm sinh;Số điện thoại;Mã xã/phường\nKiều Thị Chấm;1999;0977000401;05443\n';
    expect(await importFile(tinh, 'people', semicolons)).toMatchObject({ status: 'completed', created: 1 });
    const unknown = await importFile(tinh, 'people', 'Họ tên,Mã xã,Ghi chú\nKiều Văn Phẩy,05443,x\n');
    expect(unknown).toMatchObject({
      status: 'completed',
      failed: 1,
      message: 'Đã bỏ qua các cột không dùng: Ghi chú',
    });

    const json = await tinh.request({
      method: 'POST',
      url: '/api/imports?kind=people&fileName=a.json',
      payload: { a: 1 },
    });
    expect(json.statusCode).toBe(415);
    expect(json.json().error.code).toBe('IMPORT_FILE_TYPE');
    const noCsrf = await t.app.inject({
      method: 'POST',
      url: '/api/imports?kind=people&fileName=a.csv',
      headers: { cookie: tinh.cookie as string, 'content-type': 'text/csv' },
      payload: file,
    });
    expect(noCsrf.json().error.code).toBe('CSRF_INVALID');
    const huge = await upload(tinh, 'people', Buffer.alloc(31 * 1024 * 1024, 0x41));
    expect(huge.statusCode).toBe(413);
    expect(huge.json().error.code).toBe('PAYLOAD_TOO_LARGE');
    expect((await upload(tinh, 'martians', file)).statusCode).toBe(400);
    expect((await tinh.get('/api/imports/templates/martians')).statusCode).toBe(400);
  });

  it('never leaves half a chunk: a failing write rolls back and the job says it failed', async () => {
    const account = await findAccountByLogin(t.ctx.db, { email: 'tinh@lantoa.demo' });
    const actor = {
      accountId: account?.id as string,
      personId: account?.personId as string,
      grants: await loadGrants(t.ctx.db, account?.id as string),
    };
    const errors: unknown[] = [];
    const run = async (file: string, importer: typeof peopleImporter, stopped = false) => {
      const jobId = await insertJob(t.ctx.db, {
        kind: 'people',
        fileName: 'x.csv',
        fileHash: 'x',
        createdBy: actor.accountId,
      });
      await runImportJob(
        { ctx: t.ctx, actor, jobId },
        {
          importer: importer as never,
          file: Buffer.from(file),
          fileName: 'x.csv',
          meta: { ip: null, requestId: null },
          log: { error: (o) => errors.push(o) },
        },
        { stopped },
      );
      return getJob(t.ctx.db, jobId);
    };
    const file = csv([
      HEADER,
      ['Phí Văn Rơi', '', '1970', 'Nam', '0977000901', '', '', '05443', '', '', '', '', ''],
    ]);
    const failing = {
      ...peopleImporter,
      write: async (...args: Parameters<typeof peopleImporter.write>) => {
        await peopleImporter.write(...args);
        throw new Error('the database went away');
      },
    };
    const job = await run(file, failing);
    expect(job).toMatchObject({ status: 'failed', processed: 0, created: 0 });
    expect(job?.message).toContain('Lỗi hệ thống khi nhập');
    expect(errors).toHaveLength(1);
    expect(await names(tinh, 'phi van roi')).toEqual([]);
    const stopped = await run(file, peopleImporter, true);
    expect(stopped).toMatchObject({ status: 'failed', message: INTERRUPTED });
    expect(await names(tinh, 'phi van roi')).toEqual([]);
  });
});
