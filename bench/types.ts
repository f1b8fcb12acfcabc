/** One measured benchmark case: a row of the results table. */
export interface BenchRow {
  /** What was measured. */
  readonly case: string;
  /** Number of members. */
  readonly n: number;
  /** Median wall time of the measured call(s), milliseconds. */
  readonly ms: number;
  /** Median CPU time (user + system, all threads) of the measured call(s), milliseconds. */
  readonly cpuMs: number;
  /** Number of timed repetitions. */
  readonly runs: number;
  /** Peak resident set size of the process that ran the case (MiB), process.resourceUsage().maxRSS. */
  readonly peakRssMiB: number;
  /** The target, e.g. '< 1000 ms', or '' when none. */
  readonly target: string;
  /** Whether the target was met (null when there is no target). */
  readonly met: boolean | null;
  /** Anything a reader needs to interpret the row. */
  readonly note: string;
}

/** A benchmark module: bench/run.ts runs every Bench in its list. */
export interface Bench {
  /** Short name, printed as a section header. */
  readonly name: string;
  /** Run every case and return one row per case. */
  run(): Promise<BenchRow[]>;
}
