import { z } from "zod";
import type { SchoolType } from "../db/people/organisation.ts";
import { choice, code, optionalText, requiredText, timezone, yesNo } from "./row-schema.ts";
import type { ColumnSpec } from "./table-file.ts";

/** Columns of a schools file; Russian or English headers. */
export const SCHOOL_COLUMNS = [
  {
    field: "municipality_code",
    headers: ["municipality_code", "Код МО", "Код муниципалитета"],
    required: true,
  },
  {
    field: "municipality_name",
    headers: ["municipality_name", "Муниципалитет", "Наименование МО", "Муниципальное образование"],
  },
  { field: "timezone", headers: ["timezone", "Часовой пояс"] },
  { field: "code", headers: ["code", "Код ОО", "Код организации"], required: true },
  {
    field: "name",
    headers: ["name", "Наименование", "Наименование ОО", "Полное наименование"],
    required: true,
  },
  {
    field: "short_name",
    headers: ["short_name", "Краткое наименование", "Сокращённое наименование"],
  },
  { field: "type", headers: ["type", "Тип", "Тип ОО", "Тип организации"], required: true },
  { field: "low_results", headers: ["low_results", "Низкие результаты", "ШНОР"] },
  {
    field: "unfavourable_conditions",
    headers: ["unfavourable_conditions", "Неблагоприятные условия"],
  },
  { field: "address", headers: ["address", "Адрес"] },
] as const satisfies readonly ColumnSpec<string>[];
export type SchoolField = (typeof SCHOOL_COLUMNS)[number]["field"];

export const SCHOOL_TYPE_WORDS: Record<SchoolType, readonly string[]> = {
  general: [
    "ОО",
    "школа",
    "общеобразовательная",
    "общеобразовательная организация",
    "СОШ",
    "ООШ",
    "НОШ",
  ],
  kindergarten: [
    "ДОО",
    "ДОУ",
    "детский сад",
    "дошкольная",
    "дошкольная образовательная организация",
  ],
  additional: [
    "УДО",
    "ОДО",
    "доп. образование",
    "дополнительное образование",
    "организация дополнительного образования",
  ],
};

export const schoolRow = z.object({
  municipality_code: code,
  municipality_name: optionalText(300),
  timezone,
  code,
  name: requiredText(500),
  short_name: optionalText(200),
  type: choice(SCHOOL_TYPE_WORDS, "cli-import-error-school-type"),
  low_results: yesNo,
  unfavourable_conditions: yesNo,
  address: optionalText(500),
});
export type SchoolRow = z.output<typeof schoolRow> & { rowNumber: number };
