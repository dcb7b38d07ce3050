import type { SchoolType } from "../db/people/organisation.ts";
import type { DemoSchoolProfile } from "./demo-answers.ts";

/**
 * The demo municipality: a district in Bashkortostan's time zone with the mix a real one has —
 * a lyceum and a gymnasium, town and rural schools (some with low results or in unfavourable
 * conditions), kindergartens and additional-education centres. Names are invented.
 */
export const DEMO_MUNICIPALITY = {
  code: "demo",
  name: "Демонстрационный муниципальный округ",
  timezone: "Asia/Yekaterinburg",
} as const;

export const DEMO_COORDINATOR = {
  fullName: "Ахметова Гульнара Рашитовна",
  position: "Главный специалист управления образования",
} as const;

export interface DemoSchool {
  code: string;
  name: string;
  shortName: string;
  type: SchoolType;
  lowResults: boolean;
  unfavourableConditions: boolean;
  address: string;
  profile: DemoSchoolProfile;
  director: string;
  deputy: string;
}

const school = (
  code: string,
  shortName: string,
  name: string,
  type: SchoolType,
  flags: { low?: boolean; unfavourable?: boolean },
  address: string,
  profile: DemoSchoolProfile,
  people: [director: string, deputy: string],
): DemoSchool => ({
  code,
  name,
  shortName,
  type,
  lowResults: flags.low ?? false,
  unfavourableConditions: flags.unfavourable ?? false,
  address,
  profile,
  director: people[0],
  deputy: people[1],
});

export const DEMO_SCHOOLS: readonly DemoSchool[] = [
  school(
    "demo-01",
    "Лицей № 1",
    "Муниципальное бюджетное общеобразовательное учреждение «Лицей № 1»",
    "general",
    {},
    "г. Демоград, ул. Ленина, 12",
    { students: 980, teachers: 62, hasSeniorGrades: true, quality: 0.92 },
    ["Галиев Ринат Маратович", "Соколова Елена Викторовна"],
  ),
  school(
    "demo-02",
    "Гимназия № 2",
    "Муниципальное бюджетное общеобразовательное учреждение «Гимназия № 2»",
    "general",
    {},
    "г. Демоград, ул. Гагарина, 5",
    { students: 760, teachers: 51, hasSeniorGrades: true, quality: 0.84 },
    ["Кузнецова Ирина Александровна", "Хабибуллина Алсу Ильдаровна"],
  ),
  school(
    "demo-03",
    "СОШ № 3",
    "Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 3»",
    "general",
    {},
    "г. Демоград, ул. Школьная, 3",
    { students: 640, teachers: 40, hasSeniorGrades: true, quality: 0.6 },
    ["Морозов Андрей Николаевич", "Васильева Ольга Сергеевна"],
  ),
  school(
    "demo-04",
    "СОШ № 4",
    "Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 4»",
    "general",
    { low: true },
    "г. Демоград, ул. Нефтяников, 21",
    { students: 520, teachers: 33, hasSeniorGrades: true, quality: 0.22 },
    ["Исмагилова Лилия Фаритовна", "Петрова Наталья Ивановна"],
  ),
  school(
    "demo-05",
    "СОШ с. Верхнеарметово",
    "Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа с. Верхнеарметово»",
    "general",
    { unfavourable: true },
    "с. Верхнеарметово, ул. Центральная, 8",
    { students: 180, teachers: 19, hasSeniorGrades: true, quality: 0.45 },
    ["Юсупов Айдар Рифович", "Гарипова Эльвира Маратовна"],
  ),
  school(
    "demo-06",
    "ООШ д. Кызыл-Яр",
    "Муниципальное бюджетное общеобразовательное учреждение «Основная общеобразовательная школа д. Кызыл-Яр»",
    "general",
    { low: true, unfavourable: true },
    "д. Кызыл-Яр, ул. Речная, 2",
    { students: 64, teachers: 11, hasSeniorGrades: false, quality: 0.18 },
    ["Никитина Светлана Петровна", "Ибрагимова Гульшат Ринатовна"],
  ),
  school(
    "demo-07",
    "СОШ с. Петровское",
    "Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа с. Петровское»",
    "general",
    { low: true },
    "с. Петровское, ул. Мира, 14",
    { students: 240, teachers: 22, hasSeniorGrades: true, quality: 0.33 },
    ["Фёдоров Сергей Владимирович", "Смирнова Татьяна Юрьевна"],
  ),
  school(
    "demo-08",
    "Детский сад № 7",
    "Муниципальное бюджетное дошкольное образовательное учреждение «Детский сад № 7 „Солнышко“»",
    "kindergarten",
    {},
    "г. Демоград, ул. Садовая, 7",
    { students: 210, teachers: 18, hasSeniorGrades: false, quality: 0.72 },
    ["Абдуллина Резеда Фанисовна", "Орлова Марина Геннадьевна"],
  ),
  school(
    "demo-09",
    "Детский сад № 12",
    "Муниципальное автономное дошкольное образовательное учреждение «Детский сад № 12 „Берёзка“»",
    "kindergarten",
    {},
    "г. Демоград, ул. Берёзовая, 12",
    { students: 160, teachers: 14, hasSeniorGrades: false, quality: 0.55 },
    ["Белова Анна Михайловна", "Шарафутдинова Алина Радиковна"],
  ),
  school(
    "demo-10",
    "Детский сад с. Верхнеарметово",
    "Муниципальное бюджетное дошкольное образовательное учреждение «Детский сад с. Верхнеарметово»",
    "kindergarten",
    { unfavourable: true },
    "с. Верхнеарметово, ул. Центральная, 10",
    { students: 45, teachers: 5, hasSeniorGrades: false, quality: 0.4 },
    ["Зайнуллина Венера Рашитовна", "Ковалёва Юлия Олеговна"],
  ),
  school(
    "demo-11",
    "ЦДТ",
    "Муниципальное бюджетное учреждение дополнительного образования «Центр детского творчества»",
    "additional",
    {},
    "г. Демоград, ул. Пионерская, 1",
    { students: 1200, teachers: 38, hasSeniorGrades: false, quality: 0.66 },
    ["Попова Людмила Анатольевна", "Мухаметов Артур Ильдусович"],
  ),
  school(
    "demo-12",
    "ДЮСШ",
    "Муниципальное бюджетное учреждение дополнительного образования «Детско-юношеская спортивная школа»",
    "additional",
    {},
    "г. Демоград, ул. Спортивная, 4",
    { students: 650, teachers: 22, hasSeniorGrades: false, quality: 0.5 },
    ["Волков Дмитрий Евгеньевич", "Сафина Динара Азатовна"],
  ),
];

/** Positions as the schools' staff lists write them. */
export const DEMO_POSITIONS: Record<SchoolType, { director: string; deputy: string }> = {
  general: {
    director: "Директор",
    deputy: "Заместитель директора по учебно-воспитательной работе",
  },
  kindergarten: {
    director: "Заведующий",
    deputy: "Заместитель заведующего по воспитательно-методической работе",
  },
  additional: {
    director: "Директор",
    deputy: "Заместитель директора по учебно-воспитательной работе",
  },
};

/**
 * Which schools answered which form in the demo's past campaigns: the school types the catalog
 * names for the form (none = every type), and two things the catalog cannot say — the
 * methodological centre's own form (no school answers it) and the risk-list form, collected only
 * from the schools with low results or unfavourable conditions.
 */
export function formTargets(
  form: { code: string; schoolTypes: readonly string[] },
  school: DemoSchool,
): boolean {
  if (form.code === "dpo-programmes") return false;
  if (form.schoolTypes.length > 0 && !form.schoolTypes.includes(school.type)) return false;
  if (form.code === "low-results-schools")
    return school.lowResults || school.unfavourableConditions;
  return true;
}
