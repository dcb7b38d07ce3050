// `npm run bench -- <name>`: runs one benchmark and prints its figures; the last line is machine-readable.
const BENCHMARKS: Record<string, () => Promise<void>> = {
  "form-step": async () => (await import("./form-step.ts")).runFormStepBenchmark(),
};

const name = process.argv[2] ?? "";
const run = BENCHMARKS[name];
if (!run) {
  console.error(`Unknown benchmark "${name}". Available: ${Object.keys(BENCHMARKS).join(", ")}`);
  process.exit(2);
}
await run();
process.exit(0);
