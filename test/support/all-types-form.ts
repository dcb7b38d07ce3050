import type { Db } from "../../src/db/client.ts";

/** A form with one question of every type, a condition and cross-question rules. */
export async function createAllTypesForm(prisma: Db, code = "all-types"): Promise<string> {
  type Question = { code: string; type: string; text: string } & Record<string, unknown>;
  const q = (position: number, data: Question) => ({
    position,
    textEn: `EN ${data.text}`,
    ...data,
  });
  await prisma.form.create({
    data: {
      code,
      title: "Проверка всех типов вопросов",
      titleEn: "Every question type",
      periodKind: "school_year",
      rules: JSON.stringify([
        { kind: "lte", left: "girls", right: "students" },
        { kind: "sum_equals", parts: ["girls", "boys"], total: "students" },
      ]),
      questions: {
        create: [
          q(0, {
            code: "students",
            type: "integer",
            text: "Сколько обучающихся?",
            min: 0,
            max: 5000,
          }),
          q(1, {
            code: "girls",
            type: "integer",
            text: "Сколько из них девочек?",
            min: 0,
            max: 5000,
          }),
          q(2, { code: "boys", type: "integer", text: "Сколько мальчиков?", min: 0, max: 5000 }),
          q(3, {
            code: "avg_score",
            type: "decimal",
            text: "Средний балл ОГЭ по математике?",
            min: 2,
            max: 5,
          }),
          q(4, { code: "attendance", type: "percent", text: "Доля посещаемости, %?" }),
          q(5, { code: "has_program", type: "boolean", text: "Есть ли программа развития?" }),
          q(6, {
            code: "program_file",
            type: "file",
            text: "Приложите программу развития",
            fileTypes: "pdf,docx",
            maxFileSizeMb: 5,
            showIf: JSON.stringify({ question: "has_program", equals: true }),
          }),
          q(7, {
            code: "shift",
            type: "single_choice",
            text: "В сколько смен работает ОО?",
            options: JSON.stringify([
              { value: "one", label: "В одну смену", labelEn: "One shift" },
              { value: "two", label: "В две смены", labelEn: "Two shifts" },
            ]),
          }),
          q(8, {
            code: "clubs",
            type: "multiple_choice",
            text: "Какие кружки работают?",
            options: JSON.stringify([
              { value: "robotics", label: "Робототехника", labelEn: "Robotics" },
              { value: "chess", label: "Шахматы", labelEn: "Chess" },
              { value: "choir", label: "Хор", labelEn: "Choir" },
            ]),
          }),
          q(9, { code: "audit_date", type: "date", text: "Дата последней проверки?" }),
          q(10, {
            code: "comment",
            type: "text",
            text: "Комментарий",
            required: false,
            maxLength: 200,
          }),
        ],
      },
    },
  });
  return code;
}
