import { readFileSync } from "node:fs";
import { join } from "node:path";
import { isNode, LineCounter, parseDocument } from "yaml";
import { type Catalog, catalogSchema } from "../../domain/catalog/schema.ts";

/** The catalog shipped with the product, imported on first start. */
export const DEFAULT_CATALOG_PATH = join(
  import.meta.dirname,
  "../../../prisma/catalog/msoko-catalog.yaml",
);

/** A catalog file that cannot be used; `problems` holds one `path.to.field: message` per line. */
export class CatalogError extends Error {
  override name = "CatalogError";
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(problems.join("\n"));
  }
}

/**
 * Reads and validates a catalog file. Kept apart from the pure schema because it touches the
 * file system; the importer takes the parsed catalog, so tests can build catalogs in memory.
 */
export function loadCatalogFile(path: string): Catalog {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new CatalogError(path, [`${path}: cannot read the file (${reason})`]);
  }
  return parseCatalogText(text, path);
}

/** Parses catalog YAML text; problems name the field path and, where known, the line. */
export function parseCatalogText(text: string, file = "catalog"): Catalog {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  if (document.errors.length > 0) {
    throw new CatalogError(
      file,
      document.errors.map((error) => {
        const { line, col } = lineCounter.linePos(error.pos[0]);
        return `line ${line}, column ${col}: ${error.message.split("\n")[0]}`;
      }),
    );
  }
  const result = catalogSchema.safeParse(document.toJS());
  if (result.success) return result.data;

  const lineOf = (path: PropertyKey[]): number | undefined => {
    // A missing field has no node of its own: point at the nearest parent that exists.
    for (let length = path.length; length >= 0; length--) {
      const node = document.getIn(path.slice(0, length), true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    return undefined;
  };
  throw new CatalogError(
    file,
    result.error.issues.map((issue) => {
      const where = issue.path.length > 0 ? issue.path.map(String).join(".") : "(root)";
      const line = lineOf(issue.path);
      return `${where}: ${issue.message}${line ? ` (line ${line})` : ""}`;
    }),
  );
}
