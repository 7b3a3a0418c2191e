// Practice rubrics: realistic Vietnamese submissions against each criterion type, weighting, schema errors.
import { describe, expect, it } from 'vitest';
import { type Criterion, CriterionSchema, gradePractice, type RubricInput, RubricSchema } from './rubric.ts';

/** The "strong password and two-factor authentication" practice task from the authoring guide. */
const passwordRubric = RubricSchema.parse({
  passScore: 0.6,
  criteria: [
    { id: 'buoc', type: 'structure', kind: 'steps', minItems: 3, weight: 1, label: 'Có đủ 3 bước' },
    {
      id: 'y-chinh',
      type: 'concepts',
      weight: 2,
      label: 'Nêu đúng ý chính',
      concepts: [
        { name: 'mật khẩu mạnh', synonyms: ['mật khẩu khó đoán'] },
        { name: 'xác thực hai lớp', synonyms: ['xác thực 2 lớp', '2FA', 'mã OTP'] },
      ],
    },
    { id: 'do-dai', type: 'length', minWords: 30, maxWords: 200, label: 'Độ dài phù hợp' },
    { id: 'tieng-viet', type: 'language', language: 'vi', label: 'Viết bằng tiếng Việt' },
  ],
} satisfies RubricInput);

const goodPasswordAnswer = `Bước 1: Đặt mật khẩu mạnh, dài ít nhất 12 ký tự, có chữ hoa, chữ thường, số và ký hiệu.
Bước 2: Không dùng ngày sinh hay số điện thoại làm mật khẩu, và không đưa mật khẩu cho ai.
Bước 3: Vào Cài đặt của Zalo, chọn Tài khoản và bảo mật, bật xác thực hai lớp để nhận mã khi đăng nhập.`;

const byId = (result: ReturnType<typeof gradePractice>, id: string) =>
  result.criteria.find((c) => c.id === id);

describe('gradePractice: strong password and two-factor authentication', () => {
  it('gives full marks to a complete answer, with encouraging feedback', () => {
    const result = gradePractice(passwordRubric, { text: goodPasswordAnswer });
    expect(result.score).toBe(1);
    expect(result.passed).toBe(true);
    expect(result.criteria.map((c) => c.score)).toEqual([1, 1, 1, 1]);
    expect(byId(result, 'y-chinh')).toMatchObject({
      label: 'Nêu đúng ý chính',
      weight: 2,
      feedback: { vi: 'Tốt lắm! Bài làm đã nêu đủ các ý chính.' },
    });
    expect(byId(result, 'buoc')?.feedback.vi).toBe('Bài làm đã chia thành các bước rõ ràng.');
  });

  it('accepts the same answer typed without diacritics, suggesting to type them', () => {
    const plain = `Buoc 1: dat mat khau manh, dai it nhat 12 ky tu, co chu hoa, chu thuong, so va ky hieu.
Buoc 2: khong dung ngay sinh lam mat khau va khong dua mat khau cho ai.
Buoc 3: vao Cai dat cua Zalo, bat xac thuc 2 lop de nhan ma khi dang nhap.`;
    const result = gradePractice(passwordRubric, { text: plain });
    expect(result).toMatchObject({ score: 1, passed: true });
    expect(byId(result, 'tieng-viet')?.feedback.vi).toBe(
      'Bài làm viết bằng tiếng Việt. Nếu được, hãy gõ có dấu để dễ đọc hơn.',
    );
  });

  it('finds a concept through a synonym', () => {
    const text = goodPasswordAnswer.replace('bật xác thực hai lớp', 'bật 2FA');
    expect(byId(gradePractice(passwordRubric, { text }), 'y-chinh')?.score).toBe(1);
  });

  it('scores a short, unstructured answer partly and names what is missing', () => {
    const result = gradePractice(passwordRubric, { text: 'Tôi đặt mật khẩu khó đoán cho Zalo và Facebook.' });
    expect(byId(result, 'buoc')).toMatchObject({ score: 0 });
    expect(byId(result, 'y-chinh')).toMatchObject({
      score: 0.5,
      feedback: {
        vi: 'Bài làm còn thiếu: xác thực hai lớp. Hãy viết thêm về những ý này nhé.',
        en: 'Your answer is missing: xác thực hai lớp. Try adding these points.',
      },
    });
    expect(byId(result, 'do-dai')).toMatchObject({
      score: 0.3333,
      feedback: { vi: 'Bài làm hơi ngắn (10 từ). Hãy viết thêm để có ít nhất 30 từ nhé.' },
    });
    expect(byId(result, 'tieng-viet')).toMatchObject({ score: 1 });
    // (0×1 + 0.5×2 + 0.3333×1 + 1×1) / 5
    expect(result.score).toBeCloseTo(0.4667, 4);
    expect(result.passed).toBe(false);
  });

  it('lists every missing concept in the learner’s plain words', () => {
    const result = gradePractice(passwordRubric, { text: 'Tôi cài ứng dụng diệt virus cho điện thoại.' });
    expect(byId(result, 'y-chinh')?.feedback.vi).toBe(
      'Bài làm còn thiếu: mật khẩu mạnh, xác thực hai lớp. Hãy viết thêm về những ý này nhé.',
    );
  });

  it('does not pass an English answer on the language criterion', () => {
    const english = `1. Create a strong password with at least 12 characters.
2. Never share it with anyone, even family.
3. Turn on two-factor authentication in the Zalo security settings and use the code from SMS.`;
    const result = gradePractice(passwordRubric, { text: english });
    expect(byId(result, 'tieng-viet')).toMatchObject({
      score: 0,
      feedback: {
        vi: 'Hãy viết bài làm bằng tiếng Việt nhé.',
        en: 'Please write your answer in Vietnamese.',
      },
    });
    expect(byId(result, 'buoc')?.score).toBe(1);
    expect(result.passed).toBe(false);
  });

  it.each(['', '   \n\t ', '...'])('scores an empty submission (%j) 0 everywhere, kindly', (text) => {
    const result = gradePractice(passwordRubric, { text });
    expect(result).toMatchObject({ score: 0, passed: false });
    for (const criterion of result.criteria) {
      expect(criterion.score).toBe(0);
      expect(criterion.feedback.vi).toBe('Bạn chưa viết gì. Hãy viết bài làm rồi gửi lại nhé.');
    }
  });

  it('does not throw on a submission without text', () => {
    expect(gradePractice(passwordRubric, {} as { text: string })).toMatchObject({ score: 0, passed: false });
  });
});

/** "Write a prompt for an AI assistant" practice task. */
const promptRubric = RubricSchema.parse({
  criteria: [
    {
      id: 'thanh-phan',
      type: 'concepts',
      label: 'Câu lệnh có đủ thành phần',
      minimum: 3,
      concepts: [
        { name: 'vai trò', synonyms: ['bạn là', 'đóng vai'] },
        { name: 'nhiệm vụ', synonyms: ['hãy viết', 'hãy soạn', 'viết giúp'] },
        { name: 'người đọc', synonyms: ['gửi cho', 'dành cho'] },
        { name: 'định dạng', synonyms: ['gạch đầu dòng', 'dưới 150 từ', 'độ dài'] },
      ],
    },
    { id: 'yeu-cau', type: 'structure', kind: 'list', minItems: 2, label: 'Liệt kê yêu cầu' },
    { id: 'ngan-gon', type: 'length', minWords: 15, maxWords: 60, label: 'Ngắn gọn' },
    { id: 'tieng-viet', type: 'language', label: 'Viết bằng tiếng Việt' },
  ],
});

const goodPrompt = `Bạn là trợ lý văn phòng của UBND xã. Hãy viết giúp tôi một thông báo gửi cho người dân về lịch tiêm chủng cho trẻ em tháng 6. Yêu cầu:
- Giọng văn lịch sự, dễ hiểu
- Dưới 150 từ
- Có ngày, giờ và địa điểm`;

describe('gradePractice: a prompt written for an AI assistant', () => {
  it('fills in defaults: weight 1, pass score 0.6, language vi', () => {
    expect(promptRubric.passScore).toBe(0.6);
    expect(promptRubric.criteria.map((c) => c.weight)).toEqual([1, 1, 1, 1]);
    expect(promptRubric.criteria[3]).toMatchObject({ language: 'vi' });
  });

  it('gives full marks to a complete prompt', () => {
    const result = gradePractice(promptRubric, { text: goodPrompt });
    expect(result).toMatchObject({ score: 1, passed: true });
    expect(result.criteria.map((c) => c.score)).toEqual([1, 1, 1, 1]);
  });

  it('is satisfied with the minimum number of concepts, suggesting the rest', () => {
    const text = goodPrompt.replace('gửi cho người dân', 'về việc');
    const criterion = byId(gradePractice(promptRubric, { text }), 'thanh-phan');
    expect(criterion).toMatchObject({
      score: 1,
      feedback: { vi: 'Tốt lắm! Bài làm đã đủ ý. Bạn có thể nói thêm về: người đọc.' },
    });
  });

  it('asks for the number of concepts still needed below the minimum', () => {
    const result = gradePractice(promptRubric, {
      text: 'Bạn là trợ lý. Hãy viết thông báo về lịch tiêm chủng.',
    });
    expect(byId(result, 'thanh-phan')).toMatchObject({
      score: 0.6667,
      feedback: { vi: 'Bài làm cần thêm 1 ý nữa. Bạn có thể viết về: người đọc, định dạng.' },
    });
    expect(byId(result, 'yeu-cau')).toMatchObject({
      score: 0,
      feedback: { vi: 'Hãy liệt kê ít nhất 2 ý, mỗi ý một dòng, bắt đầu bằng dấu "-".' },
    });
  });

  it('tells how many list items there are when there are too few', () => {
    const text = 'Bạn là trợ lý. Hãy viết thông báo gửi cho người dân.\n- Dưới 150 từ';
    expect(byId(gradePractice(promptRubric, { text }), 'yeu-cau')).toMatchObject({
      score: 0.5,
      feedback: { vi: 'Hãy liệt kê ít nhất 2 ý, mỗi ý một dòng, bắt đầu bằng dấu "-". Bài làm hiện có 1 ý.' },
    });
  });

  it('penalises a long prompt gently', () => {
    const words = (n: number) => Array.from({ length: n }, () => 'và').join(' ');
    const lengthOf = (n: number) => byId(gradePractice(promptRubric, { text: words(n) }), 'ngan-gon');
    expect(lengthOf(60)?.score).toBe(1);
    expect(lengthOf(75)).toMatchObject({
      score: 0.875,
      feedback: { vi: 'Bài làm hơi dài (75 từ). Hãy viết gọn lại, không quá 60 từ.' },
    });
    expect(lengthOf(120)?.score).toBe(0.5);
    expect(lengthOf(1000)?.score).toBe(0.5);
  });
});

describe('structure and length criteria on their own', () => {
  const paragraphs = RubricSchema.parse({
    criteria: [{ id: 'doan', type: 'structure', kind: 'paragraphs', minItems: 2, label: 'Có hai đoạn' }],
  });

  it('paragraphs need a blank line between them', () => {
    const oneBlock = 'Tôi dùng điện thoại để gọi video cho con.\nTôi cũng xem tin tức.';
    expect(gradePractice(paragraphs, { text: oneBlock })).toMatchObject({
      score: 0.5,
      passed: false,
      criteria: [
        {
          feedback: {
            vi: 'Hãy viết ít nhất 2 đoạn, giữa hai đoạn để một dòng trống. Bài làm hiện có 1 đoạn.',
          },
        },
      ],
    });
    expect(gradePractice(paragraphs, { text: oneBlock.replace('\n', '\n\n') })).toMatchObject({
      score: 1,
      passed: true,
    });
  });

  it('asks for steps with an example when none are written', () => {
    const steps = RubricSchema.parse({
      criteria: [{ id: 'b', type: 'structure', kind: 'steps', minItems: 3, label: 'Ba bước' }],
    });
    expect(gradePractice(steps, { text: 'Mở Zalo rồi vào cài đặt.' }).criteria[0]?.feedback.vi).toBe(
      'Hãy chia bài làm thành ít nhất 3 bước, mỗi bước một dòng, ví dụ: "Bước 1: …".',
    );
  });

  it('a length criterion with only a maximum accepts short answers', () => {
    const short = RubricSchema.parse({ criteria: [{ id: 'l', type: 'length', maxWords: 5, label: 'Ngắn' }] });
    expect(gradePractice(short, { text: 'Bật xác thực hai lớp.' }).score).toBe(1);
  });
});

describe('RubricSchema rejects broken rubrics', () => {
  const problemsOf = (input: unknown) => {
    const result = RubricSchema.safeParse(input);
    return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };
  const language = { id: 'vi', type: 'language', label: 'Tiếng Việt' };

  it('no criteria, or a pass score outside 0..1', () => {
    expect(problemsOf({ criteria: [] })).toEqual(['criteria: cần ít nhất một tiêu chí']);
    expect(problemsOf({ criteria: [language], passScore: 60 })).toEqual([
      'passScore: pass_score là tỉ lệ từ 0 đến 1, ví dụ 0.6',
    ]);
  });

  it('repeated criterion ids', () => {
    expect(problemsOf({ criteria: [language, language] })).toEqual([
      'criteria.1.id: mã tiêu chí "vi" bị trùng',
    ]);
  });

  it('a weight of 0 or an empty label', () => {
    expect(problemsOf({ criteria: [{ ...language, weight: 0 }] })).toEqual([
      'criteria.0.weight: trọng số phải lớn hơn 0',
    ]);
    expect(problemsOf({ criteria: [{ ...language, label: '' }] })).toEqual([
      'criteria.0.label: cần tên tiêu chí, viết bằng tiếng Việt',
    ]);
  });

  it('a minimum above the number of concepts', () => {
    const concepts = { id: 'c', type: 'concepts', label: 'Ý', concepts: [{ name: 'a' }], minimum: 2 };
    expect(problemsOf({ criteria: [concepts] })).toEqual([
      'criteria.0.minimum: chỉ có 1 ý, không thể yêu cầu 2',
    ]);
  });

  it('a length criterion without bounds, or with min above max', () => {
    expect(problemsOf({ criteria: [{ id: 'l', type: 'length', label: 'Độ dài' }] })).toEqual([
      'criteria.0: cần min_words hoặc max_words',
    ]);
    expect(
      problemsOf({ criteria: [{ id: 'l', type: 'length', label: 'Độ dài', minWords: 50, maxWords: 10 }] }),
    ).toEqual(['criteria.0.maxWords: max_words phải lớn hơn hoặc bằng min_words']);
  });

  it('an unknown structure kind, a missing min_items, or another language', () => {
    const structure = { id: 's', type: 'structure', label: 'Cấu trúc', minItems: 2 };
    expect(problemsOf({ criteria: [{ ...structure, kind: 'table' }] })).toEqual([
      'criteria.0.kind: kind phải là steps, list hoặc paragraphs',
    ]);
    expect(problemsOf({ criteria: [{ ...structure, kind: 'list', minItems: 0 }] })).toEqual([
      'criteria.0.minItems: min_items phải là số nguyên dương',
    ]);
    expect(problemsOf({ criteria: [{ ...language, language: 'en' }] })).toEqual([
      'criteria.0.language: hiện chỉ hỗ trợ tiếng Việt (vi)',
    ]);
  });

  it('a misspelt field', () => {
    expect(problemsOf({ criteria: [{ ...language, wieght: 2 }] })).toHaveLength(1);
  });

  it('parses a single criterion on its own', () => {
    const criterion: Criterion = CriterionSchema.parse(language);
    expect(criterion).toEqual({ id: 'vi', type: 'language', label: 'Tiếng Việt', weight: 1, language: 'vi' });
  });
});
