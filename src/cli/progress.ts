import cliProgress from 'cli-progress';
import type { Lang } from '../country/labels.js';
import { toolMessage } from '../messages/toolCatalogue.js';
import { showsProgress } from './progressGate.js';

export { PROGRESS_MIN_BYTES } from './progressGate.js';

/** Reports the pipeline stage on stderr. */
export interface StageProgress {
  /** Mark the start of the next stage. */
  stage(name: string): void;
  /** Finish and remove the bar. */
  stop(): void;
}

/**
 * A stage progress bar on stderr (cli-progress), shown only when stderr is a TTY and the input
 * is large; otherwise a no-op, so pipes, CI logs and tests stay clean.
 *
 * @example
 * const progress = stageProgress(process.stderr, totalBytes, 4);
 * progress.stage('reading'); progress.stage('metrics'); progress.stop();
 */
export function stageProgress(
  stderr: { isTTY?: boolean; write(s: string): unknown },
  inputBytes: number,
  stages: number,
  lang: Lang = 'en',
): StageProgress {
  if (!showsProgress(stderr, inputBytes)) return { stage() {}, stop() {} };
  const bar = new cliProgress.SingleBar(
    {
      format: 'partner-synergy {bar} {value}/{total} {stage}',
      stream: stderr as NodeJS.WriteStream,
      clearOnComplete: true,
      hideCursor: true,
    },
    cliProgress.Presets.shades_classic,
  );
  let done = 0;
  bar.start(stages, 0, { stage: '' });
  return {
    stage(name) {
      bar.update(done, { stage: name });
      done += 1;
    },
    stop() {
      bar.update(stages, { stage: toolMessage(lang, 'progress.done') });
      bar.stop();
    },
  };
}
