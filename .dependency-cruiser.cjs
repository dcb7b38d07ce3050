/**
 * The layers of src/ and which way their imports may point (see README, "How it is built").
 * `npm run lint` runs this; a broken rule fails the lint with the rule's name and comment.
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
  forbidden: [
    {
      name: "domain-imports-only-domain",
      comment:
        "src/domain is pure logic shared by every surface: it may import only src/domain, never db, bot, server, jobs, cli or config.",
      severity: "error",
      from: { path: "^src/domain/" },
      to: { path: "^src/", pathNot: "^src/domain/" },
    },
    {
      name: "domain-no-packages",
      comment:
        "src/domain does no I/O and knows no framework: of the npm packages it may use only zod (pure validation).",
      severity: "error",
      from: { path: "^src/domain/" },
      to: {
        dependencyTypes: ["npm", "npm-dev", "npm-optional", "npm-peer"],
        pathNot: "node_modules/zod/",
      },
    },
    {
      name: "domain-no-io",
      comment:
        "src/domain does no I/O: files, network, processes and threads belong to db, server, jobs or cli.",
      severity: "error",
      from: { path: "^src/domain/" },
      to: {
        dependencyTypes: ["core"],
        path: "^(node:)?(fs|fs/promises|net|http|https|http2|tls|dgram|dns|child_process|cluster|worker_threads|readline|os|process|vm|inspector|repl|sqlite)$",
      },
    },
    {
      name: "only-bot-knows-grammy",
      comment:
        "Only src/bot speaks Telegram: everything else talks in neutral terms so another messenger (MAX) can be added beside it.",
      severity: "error",
      from: { path: "^src/", pathNot: "^src/bot/" },
      to: { path: "node_modules/(grammy|@grammyjs/)" },
    },
    {
      name: "db-is-below-the-surfaces",
      comment:
        "src/db serves bot, server, jobs and cli; it must not import them (data flows feature → domain → db, never back).",
      severity: "error",
      from: { path: "^src/db/" },
      to: { path: "^src/(bot|server|jobs|cli|demo)/|^src/main\\.ts$" },
    },
    {
      name: "cli-not-bot",
      comment:
        "The administrator's CLI runs without the bot: it gets what it needs from src/db, src/domain or its own modules.",
      severity: "error",
      from: { path: "^src/cli/" },
      to: { path: "^src/(bot|server|jobs)/" },
    },
    {
      name: "exports-not-surfaces",
      comment:
        "src/exports makes the files the system produces (the acknowledgement sheet…) from src/db, src/domain and src/i18n; bot, server, jobs and cli call it, never the other way.",
      severity: "error",
      from: { path: "^src/exports/" },
      to: { path: "^src/(bot|server|jobs|cli|demo)/|^src/main\\.ts$" },
    },
    {
      name: "jobs-not-bot",
      comment:
        "The worker gets the messenger's sender injected by main.ts; it must not import src/bot or src/server.",
      severity: "error",
      from: { path: "^src/jobs/" },
      to: { path: "^src/(bot|server|cli)/" },
    },
    {
      name: "server-not-bot",
      comment:
        "The HTTP server gets the bot's webhook handler injected by main.ts; it must not import src/bot, src/jobs or src/cli.",
      severity: "error",
      from: { path: "^src/server/" },
      to: { path: "^src/(bot|jobs|cli)/" },
    },
    {
      name: "bot-views-render-only",
      comment:
        "Bot views render data passed in; they may import types from src/db but never query: the feature or conversation reads the data and hands it over.",
      severity: "error",
      from: { path: "^src/bot/views/" },
      to: { path: "^src/db/", dependencyTypesNot: ["type-only"] },
    },
    {
      name: "demo-only-from-cli",
      comment:
        "The demo generator is an administrator's command: only src/cli runs it, so demo code never ships in the bot, server or worker.",
      severity: "error",
      from: { path: "^src/", pathNot: "^src/(cli|demo)/" },
      to: { path: "^src/demo/" },
    },
    {
      name: "nothing-imports-the-composition-root",
      comment: "src/main.ts wires the application together; no module may import it.",
      severity: "error",
      from: { path: "^src/" },
      to: { path: "^src/main\\.ts$" },
    },
    {
      name: "not-to-unresolvable",
      comment: "This import does not resolve to a file or an installed package.",
      severity: "error",
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^src/db/generated/" },
    // Keep type-only imports in the graph: bot-views-render-only tells them apart.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      mainFields: ["module", "main", "types", "typings"],
    },
    reporterOptions: {
      text: { highlightFocused: true },
    },
  },
};
