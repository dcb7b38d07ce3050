import type { MeResponse } from "../api.ts";
import type { Translate } from "../i18n.ts";
import { h } from "./dom.ts";

type Role = MeResponse["roles"][number];

/** The first screen: who the signed-in person is in MSOKO, and where they act. */
export function whoAmIView(me: MeResponse, t: Translate): HTMLElement {
  const { person, roles } = me;
  return h("main", { class: "screen who-am-i" }, [
    h("h1", { class: "screen-title" }, [t("app-who-am-i-title")]),
    h("section", { class: "card person" }, [
      h("div", { class: "avatar", attrs: { "aria-hidden": "true" } }, [initials(person.fullName)]),
      h("div", {}, [
        h("h2", { class: "person-name", attrs: { "data-testid": "person-name" } }, [
          person.fullName,
        ]),
        h("p", { class: "hint" }, [
          `${t("app-language-label")}: ${t(`app-language-${person.language}`)}`,
        ]),
      ]),
    ]),
    h("h3", { class: "section-title" }, [t("app-roles-title")]),
    roles.length > 0
      ? h(
          "ul",
          { class: "roles" },
          roles.map((role) => roleCard(role, t)),
        )
      : h("p", { class: "card hint" }, [t("app-no-roles")]),
    h("p", { class: "footnote" }, [t("app-language-hint")]),
  ]);
}

function roleCard(role: Role, t: Translate): HTMLElement {
  const schoolType = role.school ? optional(t, `app-school-type-${role.school.type}`) : undefined;
  return h("li", { class: "card role", attrs: { "data-role": role.role } }, [
    h("p", { class: "role-name" }, [optional(t, `app-role-${role.role}`) ?? role.role]),
    role.school &&
      h("div", { class: "field" }, [
        h("span", { class: "label" }, [t("app-school-label")]),
        h("span", { class: "value school-name" }, [role.school.name]),
        schoolType && h("span", { class: "hint" }, [schoolType]),
      ]),
    h("div", { class: "field" }, [
      h("span", { class: "label" }, [t("app-municipality-label")]),
      h("span", { class: "value" }, [role.municipality.name]),
    ]),
    // Directions limit coordinators and viewers only; school roles act on the whole school.
    !role.school &&
      h("p", { class: "hint" }, [
        role.directions.length > 0
          ? t("app-directions", {
              directions: role.directions.map((direction) => direction.label).join("; "),
            })
          : t("app-directions-all"),
      ]),
  ]);
}

/** The translation, or undefined when the catalog has no such key (e.g. a new school type). */
function optional(t: Translate, key: string): string | undefined {
  const text = t(key);
  return text === key ? undefined : text;
}

function initials(fullName: string): string {
  return fullName
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => word[0]?.toUpperCase() ?? "")
    .join("");
}
