// `npm run bench -- <name> [options]`: runs one benchmark and prints its figures; the last line is
// machine-readable. The options after the name go to the benchmark (form-step, broadcast: `--db sqlite|postgres`).
const BENCHMARKS: Record<string, (args: string[]) => Promise<void>> = {
  "form-step": async (args) => (await import("./form-step.ts")).runFormStepBenchmark(args),
  broadcast: async (args) => (await import("./broadcast.ts")).runBroadcastBenchmark(args),
};

const name = process.argv[2] ?? "";
const run = BENCHMARKS[name];
if (!run) {
  console.error(`Unknown benchmark "${name}". Available: ${Object.keys(BENCHMARKS).join(", ")}`);
  process.exit(2);
}
await run(process.argv.slice(3));
process.exit(0);
