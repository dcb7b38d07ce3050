import type { UploadedFile } from "./types.ts";

export interface MultipartForm {
  fields: Map<string, string>;
  files: UploadedFile[];
}

const CRLF = Buffer.from("\r\n");
const HEADER_END = Buffer.from("\r\n\r\n");

/**
 * Parses multipart/form-data leniently: grammY writes headers without spaces
 * (`content-disposition:form-data;name="x";filename=plan.pdf`) and leaves the
 * file name unquoted, which strict parsers such as undici's reject.
 */
export function parseMultipart(body: Buffer, boundary: string): MultipartForm {
  const form: MultipartForm = { fields: new Map(), files: [] };
  for (const part of splitParts(body, boundary)) {
    const headerEnd = part.indexOf(HEADER_END);
    if (headerEnd === -1) continue;
    const headers = parseHeaders(part.subarray(0, headerEnd).toString("utf8"));
    const data = part.subarray(headerEnd + HEADER_END.length);
    const disposition = headers.get("content-disposition") ?? "";
    const name = dispositionParam(disposition, "name");
    if (name === undefined) continue;
    const fileName = dispositionParam(disposition, "filename");
    if (fileName === undefined) {
      form.fields.set(name, data.toString("utf8"));
    } else {
      form.files.push({
        partName: name,
        fileName,
        size: data.length,
        contentType: headers.get("content-type") ?? "application/octet-stream",
        data: Buffer.from(data),
      });
    }
  }
  return form;
}

function splitParts(body: Buffer, boundary: string): Buffer[] {
  const delimiter = Buffer.from(`--${boundary}`);
  const parts: Buffer[] = [];
  let position = body.indexOf(delimiter);
  while (position !== -1) {
    let start = position + delimiter.length;
    if (body.subarray(start, start + 2).toString() === "--") break;
    if (body.subarray(start, start + 2).equals(CRLF)) start += 2;
    const next = body.indexOf(delimiter, start);
    if (next === -1) break;
    const end = body.subarray(next - 2, next).equals(CRLF) ? next - 2 : next;
    parts.push(body.subarray(start, end));
    position = next;
  }
  return parts;
}

function parseHeaders(block: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const line of block.split("\r\n")) {
    const colon = line.indexOf(":");
    if (colon > 0)
      headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return headers;
}

function dispositionParam(disposition: string, key: "name" | "filename"): string | undefined {
  const match = new RegExp(`(?:^|;)\\s*${key}=`, "i").exec(disposition);
  if (match === null) return undefined;
  const rest = disposition.slice(match.index + match[0].length);
  if (rest.startsWith('"')) return rest.slice(1, rest.indexOf('"', 1));
  // grammY puts an unquoted filename last, and it may itself contain ';'.
  return key === "filename" ? rest.trim() : (rest.split(";")[0] ?? "").trim();
}
