import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { type Catalog, catalogSchema } from "../../../src/domain/catalog/schema.ts";
import {
  type FormDef,
  formDefFromCatalog,
  type IndicatorDef,
} from "../../../src/domain/form-engine/index.ts";

const CATALOG_PATH = join(import.meta.dirname, "../../../prisma/catalog/msoko-catalog.yaml");

let cached: Catalog | undefined;

/** The real МСОКО catalog, validated by the catalog schema. */
export function loadCatalog(): Catalog {
  cached ??= catalogSchema.parse(parse(readFileSync(CATALOG_PATH, "utf8")));
  return cached;
}

/** A real catalog form as the engine sees it, with the indicators of its direction. */
export function catalogForm(code: string): { form: FormDef; indicators: IndicatorDef[] } {
  for (const direction of loadCatalog().directions) {
    const found = direction.forms.find((candidate) => candidate.code === code);
    if (!found) continue;
    return {
      form: formDefFromCatalog(found),
      indicators: direction.indicators.map((indicator) => ({
        code: indicator.code,
        name: indicator.name,
        nameEn: indicator.nameEn,
        formula: indicator.formula,
        unit: indicator.unit,
        better: indicator.better,
        target: indicator.target ?? null,
        risk: indicator.risk ?? null,
      })),
    };
  }
  throw new Error(`the catalog has no form "${code}"`);
}
