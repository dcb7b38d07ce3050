import { createHmac } from "node:crypto";

export interface InitDataUser {
  id: number;
  first_name: string;
  last_name?: string;
  username?: string;
  language_code?: string;
}

/**
 * Signs Mini App initData the way Telegram does (written from Telegram's documentation, not
 * from the server's code, so the two check each other). Objects become JSON, as `user` does.
 */
export function signInitData(
  fields: Record<string, string | number | object>,
  botToken: string,
): string {
  const values = Object.entries(fields).map(([key, value]): [string, string] => [
    key,
    typeof value === "object" ? JSON.stringify(value) : String(value),
  ]);
  const dataCheckString = [...values]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, value]) => `${key}=${value}`)
    .join("\n");
  const secretKey = createHmac("sha256", "WebAppData").update(botToken).digest();
  const hash = createHmac("sha256", secretKey).update(dataCheckString).digest("hex");
  return new URLSearchParams([...values, ["hash", hash]]).toString();
}

/** initData for this user as a Telegram client would send it now (or at `authDate`). */
export function initDataFor(user: InitDataUser, botToken: string, authDate = new Date()): string {
  return signInitData(
    {
      query_id: "AAHdF6IQAAAAAN0XohDhrOrc",
      user,
      auth_date: Math.floor(authDate.getTime() / 1000),
    },
    botToken,
  );
}
