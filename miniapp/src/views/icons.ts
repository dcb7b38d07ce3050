/**
 * Line icons as inline SVG: emoji fonts are missing on some desktops and older Android
 * WebViews, and an icon needs no translation.
 */
const SHAPES = {
  mail: [
    ["rect", { x: "3", y: "5", width: "18", height: "14", rx: "2" }],
    ["path", { d: "M3 7l9 6 9-6" }],
  ],
  lock: [
    ["rect", { x: "5", y: "11", width: "14", height: "10", rx: "2" }],
    ["path", { d: "M8 11V7a4 4 0 0 1 8 0v4" }],
  ],
  offline: [
    ["path", { d: "M2 8.5a15 15 0 0 1 20 0M5.5 12a10 10 0 0 1 13 0M9 15.5a5 5 0 0 1 6 0" }],
    ["path", { d: "M12 19h.01M3 3l18 18" }],
  ],
  alert: [
    ["circle", { cx: "12", cy: "12", r: "9" }],
    ["path", { d: "M12 7v6M12 16.5h.01" }],
  ],
} satisfies Record<string, [string, Record<string, string>][]>;

export type IconName = keyof typeof SHAPES;

const SVG = "http://www.w3.org/2000/svg";

export function icon(name: IconName): SVGSVGElement {
  const svg = document.createElementNS(SVG, "svg");
  for (const [attribute, value] of Object.entries({
    viewBox: "0 0 24 24",
    fill: "none",
    stroke: "currentColor",
    "stroke-width": "1.8",
    "stroke-linecap": "round",
    "stroke-linejoin": "round",
    "aria-hidden": "true",
  })) {
    svg.setAttribute(attribute, value);
  }
  for (const [tag, attributes] of SHAPES[name]) {
    const shape = document.createElementNS(SVG, tag);
    for (const [attribute, value] of Object.entries(attributes))
      shape.setAttribute(attribute, value);
    svg.append(shape);
  }
  return svg;
}
