import { describe, expect, it } from 'vitest';
import { PROGRESS_MIN_BYTES, stageProgress } from '../../src/cli/progress.js';

function sink(isTTY: boolean) {
  const chunks: string[] = [];
  return {
    isTTY,
    columns: 80,
    chunks,
    write(s: string) {
      chunks.push(s);
      return true;
    },
    cursorTo() {
      return true;
    },
    clearLine() {
      return true;
    },
    moveCursor() {
      return true;
    },
    on() {},
    removeListener() {},
  };
}

describe('stageProgress', () => {
  it('prints nothing when stderr is not a terminal (pipes, CI logs)', () => {
    const s = sink(false);
    const p = stageProgress(s, PROGRESS_MIN_BYTES * 10, 3);
    p.stage('a');
    p.stop();
    expect(s.chunks).toEqual([]);
  });

  it('prints nothing for small input even on a terminal', () => {
    const s = sink(true);
    const p = stageProgress(s, 100, 3);
    p.stage('a');
    p.stop();
    expect(s.chunks).toEqual([]);
  });

  it('shows the stage names on a terminal for large input', () => {
    const s = sink(true);
    const p = stageProgress(s, PROGRESS_MIN_BYTES, 2);
    p.stage('reading and normalising');
    p.stage('metrics');
    p.stop();
    expect(s.chunks.join('')).toMatch(/partner-synergy/);
  });
});
