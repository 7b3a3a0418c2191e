// The columns of the people roster and how one row is read into a person.

import {
  allowedLabels,
  genderLabels,
  labelIndex,
  noWords,
  targetGroupLabels,
  vulnerabilityLabels,
  yesWords,
} from '../../../lib/labels.ts';
import { foldVietnamese, normaliseEmail, tidyName } from '../../../lib/text.ts';
import { emailField, fullNameField } from '../../people/people.schemas.ts';
import {
  byZod,
  listOf,
  oneOf,
  parseBirthYear,
  parseNationalId,
  parsePastDay,
  parsePhone,
  type RowReader,
  yesNo,
} from '../roster.cells.ts';
import { communeOf, organisationOf } from '../roster.places.ts';
import type { CommuneRow, OrganisationRef } from '../roster.repository.ts';
import type { ColumnSpec } from '../roster.types.ts';
import type { HouseholdRef } from './households.repository.ts';

const groups = allowedLabels(targetGroupLabels);
const vulnerable = allowedLabels(vulnerabilityLabels);
const genders = allowedLabels(genderLabels);

export const peopleColumns: ColumnSpec[] = [
  {
    key: 'fullName',
    header: 'Họ và tên',
    aliases: ['Họ tên', 'Tên'],
    required: true,
    help: 'Họ, tên đệm và tên, có dấu.',
    example: 'Nguyễn Thị Hồng Nhung',
    width: 28,
  },
  {
    key: 'birthDate',
    header: 'Ngày sinh',
    aliases: ['Ngày tháng năm sinh'],
    help: 'Dạng ngày/tháng/năm, ví dụ 25/03/1968. Nếu không rõ ngày, điền cột Năm sinh.',
    example: '25/03/1968',
    width: 13,
    text: true,
  },
  {
    key: 'birthYear',
    header: 'Năm sinh',
    help: '4 chữ số. Không cần nếu đã có Ngày sinh (nếu có cả hai thì phải khớp).',
    example: '1968',
    width: 10,
  },
  {
    key: 'gender',
    header: 'Giới tính',
    values: genders,
    pick: true,
    help: 'Một trong các giá trị bên.',
    example: 'Nữ',
    width: 10,
  },
  {
    key: 'phone',
    header: 'Số điện thoại',
    aliases: ['Điện thoại', 'SĐT', 'Số ĐT', 'Di động', 'Số di động'],
    help: 'Số di động, ví dụ 0912345678 hoặc +84 912 345 678. Mỗi người một số, không trùng người khác.',
    example: '0912345678',
    width: 15,
    text: true,
  },
  {
    key: 'email',
    header: 'Email',
    aliases: ['Thư điện tử'],
    help: 'Không bắt buộc.',
    example: 'nhung.nt@example.vn',
    width: 24,
  },
  {
    key: 'nationalId',
    header: 'Số CCCD',
    aliases: ['CCCD', 'Số căn cước', 'Số căn cước công dân', 'Số định danh cá nhân', 'Số CMND', 'CCCD/CMND'],
    help: '12 chữ số (CMND cũ: 9). Được mã hóa khi lưu. Cần Số CCCD, Số điện thoại hoặc Ngày sinh để nhận ra người này khi nhập lại.',
    example: '019168001234',
    width: 15,
    text: true,
  },
  {
    key: 'unitCode',
    header: 'Mã xã/phường',
    aliases: ['Mã xã', 'Mã phường', 'Mã đơn vị hành chính', 'Mã ĐVHC'],
    required: true,
    help: 'Mã 5 chữ số của xã/phường nơi cư trú theo danh mục đơn vị hành chính (xem trang Đơn vị hành chính).',
    example: '05443',
    width: 14,
    text: true,
  },
  {
    key: 'organisationTaxCode',
    header: 'Mã số thuế cơ quan/tổ chức',
    aliases: ['Mã số thuế', 'MST', 'Mã số thuế cơ quan', 'Mã số thuế tổ chức', 'MST cơ quan/tổ chức'],
    help: 'Nơi làm việc hoặc học tập; tổ chức phải có sẵn trong hệ thống (nhập danh sách tổ chức trước).',
    example: '4601234567',
    width: 18,
    text: true,
  },
  {
    key: 'householdCode',
    header: 'Mã hộ gia đình',
    aliases: ['Mã hộ'],
    help: 'Mã hộ trong xã/phường; hộ phải có sẵn (nhập danh sách hộ gia đình trước).',
    example: 'HGD-0012',
    width: 15,
    text: true,
  },
  {
    key: 'targetGroups',
    header: 'Nhóm đối tượng',
    aliases: ['Đối tượng'],
    values: groups,
    help: 'Một hoặc nhiều giá trị, cách nhau bởi dấu chấm phẩy (;).',
    example: 'Người dân',
    width: 26,
  },
  {
    key: 'vulnerabilities',
    header: 'Nhóm yếu thế',
    aliases: ['Nhóm cần hỗ trợ', 'Đối tượng yếu thế'],
    values: vulnerable,
    help: 'Không bắt buộc; nhiều giá trị cách nhau bởi dấu chấm phẩy (;).',
    example: 'Người cao tuổi',
    width: 22,
  },
  {
    key: 'identityVerified',
    header: 'Đã xác thực VNeID',
    aliases: ['VNeID', 'Xác thực VNeID', 'Định danh mức 2'],
    values: ['Có', 'Không'],
    pick: true,
    help: 'Có: đã có tài khoản định danh điện tử VNeID. Để trống nếu không rõ.',
    example: 'Có',
    width: 12,
  },
];

export interface PersonInput {
  line: number;
  fullName: string;
  searchText: string;
  birthDate: string | null;
  birthYear: number | null;
  gender: string | null;
  phone: string | null;
  email: string | null;
  nationalId: string | null;
  nationalIdHash: string | null;
  unit: CommuneRow;
  organisation: OrganisationRef | null;
  household: HouseholdRef | null;
  targetGroups: string[] | null;
  vulnerabilities: string[] | null;
  verified: boolean | null;
}

export interface PeopleLookups {
  units: Map<string, CommuneRow>;
  organisations: Map<string, OrganisationRef[]>;
  /** By "unit code|household code". */
  households: Map<string, HouseholdRef>;
  hash: (nationalId: string) => string;
}

const normalisedEmail = (email: string | null) => (email ? normaliseEmail(email) : null);
const genderIndex = labelIndex(genderLabels);
const groupIndex = labelIndex(targetGroupLabels);
const vulnerableIndex = labelIndex(vulnerabilityLabels);

/** Reads one row; the parts that could be read are returned even when the row has problems. */
export function readPerson(r: RowReader, l: PeopleLookups): Partial<PersonInput> {
  const name = r.get('fullName', byZod(fullNameField), true);
  const birthDate = r.get('birthDate', parsePastDay);
  const birthYear = r.get('birthYear', parseBirthYear);
  if (birthDate && birthYear && Number(birthDate.slice(0, 4)) !== birthYear)
    r.fail('birthYear', 'Năm sinh không khớp với ngày sinh|The birth year does not match the birth date');
  const phone = r.get('phone', parsePhone);
  const nationalId = r.get('nationalId', parseNationalId);
  if (!r.raw('nationalId') && !r.raw('phone') && !r.raw('birthDate'))
    r.fail(
      'nationalId',
      'Cần Số CCCD, Số điện thoại hoặc Ngày sinh để nhận ra người này khi nhập lại|A national ID, a phone or a birth date is needed to recognise this person again',
    );
  const unit = communeOf(r, 'unitCode', l.units);
  const householdCode = r.text('householdCode', 50);
  const household =
    unit && householdCode ? (l.households.get(`${unit.code}|${householdCode}`) ?? null) : null;
  if (unit && householdCode && !household)
    r.fail(
      'householdCode',
      `Không có hộ gia đình mã ${householdCode} ở ${unit.fullName} (hãy nhập danh sách hộ gia đình trước)|No household ${householdCode} in ${unit.fullName} (import households first)`,
    );
  return {
    line: r.line,
    fullName: name ? tidyName(name) : undefined,
    searchText: name ? foldVietnamese(name) : undefined,
    birthDate,
    birthYear: birthDate ? Number(birthDate.slice(0, 4)) : birthYear,
    gender: r.get('gender', oneOf(genderIndex, genders)),
    phone,
    email: normalisedEmail(r.get('email', byZod(emailField))),
    nationalId,
    nationalIdHash: nationalId ? l.hash(nationalId) : null,
    unit: unit ?? undefined,
    organisation: organisationOf(r, 'organisationTaxCode', l.organisations),
    household,
    targetGroups: r.get('targetGroups', listOf(groupIndex, groups)),
    vulnerabilities: r.get('vulnerabilities', listOf(vulnerableIndex, vulnerable)),
    verified: r.get('identityVerified', yesNo(yesWords, noWords)),
  };
}
