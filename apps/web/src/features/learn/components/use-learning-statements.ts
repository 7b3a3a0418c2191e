import { useEffect, useRef } from 'react';
import { queueStatements, type Statement } from '../api/statement-queue';

// Records what the learner sees in the player as statements:
// - `experienced` block <module>/<block> each time a block comes on screen (this also moves the
//   resume point forward on the server);
// - `progressed` when the app goes to the background, `completed` on the finish screen and
//   `terminated` when the learner leaves mid-lesson.
// Each statement's durationSeconds is the time on screen since the previous statement, so the
// durations of one visit add up to the time actually spent (time in the background is left out).

const MAX_SECONDS_PER_STATEMENT = 15 * 60; // a phone left on the table does not count as study

export interface TrackedModule {
  personId: string;
  moduleId: string;
  moduleVersion: number;
  blockIds: string[];
}

export function useLearningStatements(tracked: TrackedModule, blockIndex: number, finished: boolean): void {
  const since = useRef(Date.now());
  const hidden = useRef(false);
  const lastKey = useRef<string | null>(null);
  const latest = useRef({ tracked, blockIndex, finished });
  latest.current = { tracked, blockIndex, finished };

  const elapsed = useRef((): number => {
    const now = Date.now();
    const seconds = hidden.current ? 0 : Math.round((now - since.current) / 1000);
    since.current = now;
    return Math.min(MAX_SECONDS_PER_STATEMENT, Math.max(0, seconds));
  }).current;

  const record = useRef((verb: Statement['verb'], durationSeconds: number): void => {
    const { tracked: t, blockIndex: index } = latest.current;
    queueStatements(t.personId, [
      {
        id: crypto.randomUUID(),
        verb,
        object:
          verb === 'experienced'
            ? { type: 'block', id: `${t.moduleId}/${t.blockIds[index] ?? index}` }
            : { type: 'module', id: t.moduleId },
        context: { moduleId: t.moduleId, moduleVersion: t.moduleVersion, blockIndex: index },
        result: verb === 'completed' ? { durationSeconds, completion: true } : { durationSeconds },
        timestamp: new Date().toISOString(),
      },
    ]);
  }).current;

  useEffect(() => {
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') {
        // The app may be killed in the background: report the time so far right away.
        const seconds = elapsed();
        hidden.current = true;
        if (seconds > 0) record('progressed', seconds);
      } else {
        hidden.current = false;
        since.current = Date.now();
      }
    };
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      const seconds = elapsed();
      // StrictMode's trial unmount happens at once: there is nothing to report then.
      if (!latest.current.finished && seconds > 0) record('terminated', seconds);
    };
  }, [elapsed, record]);

  useEffect(() => {
    const key = `${blockIndex}:${finished}`;
    if (lastKey.current === key) return; // StrictMode runs effects twice; one statement per view
    lastKey.current = key;
    record(finished ? 'completed' : 'experienced', elapsed());
  }, [blockIndex, finished, elapsed, record]);
}
