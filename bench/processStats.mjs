// Loaded with `node --import` into a benchmarked command: when the process ends, it writes its
// own CPU time and peak resident set size to stderr as one line the benchmark parses.
process.on('exit', () => {
  const cpu = process.cpuUsage();
  const stats = { cpuMs: (cpu.user + cpu.system) / 1000, peakRssMiB: process.resourceUsage().maxRSS / 1024 };
  process.stderr.write(`\n__process_stats__ ${JSON.stringify(stats)}\n`);
});
