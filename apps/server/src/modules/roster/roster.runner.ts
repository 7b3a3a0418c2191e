// Runs import jobs in the background of this server process, a few at a time, and stops them
// cleanly between two chunks when the server shuts down (every chunk is its own transaction).

/**
 * Lets the server answer other requests (the progress polls among them) before going on. Needed
 * between steps of a long job: with the embedded database a query runs on this very thread, and a
 * chain of awaited queries alone would never give the event loop back.
 */
export const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

export interface StopSignal {
  readonly stopped: boolean;
}

type Task = (signal: StopSignal) => Promise<void>;

export class ImportRunner {
  private readonly waiting: { jobId: string; task: Task }[] = [];
  private readonly running = new Map<string, Promise<void>>();
  private closed = false;
  private readonly signal = { stopped: false };

  constructor(private readonly concurrency = 2) {}

  /** Jobs this process holds (queued or running). */
  get jobIds(): string[] {
    return [...this.running.keys(), ...this.waiting.map((w) => w.jobId)];
  }

  enqueue(jobId: string, task: Task): void {
    if (this.closed) throw new Error('the import runner is closed');
    this.waiting.push({ jobId, task });
    this.next();
  }

  private next(): void {
    while (!this.closed && this.running.size < this.concurrency && this.waiting.length) {
      const { jobId, task } = this.waiting.shift() as { jobId: string; task: Task };
      // A task handles its own failures (it marks its job failed); this only keeps the queue moving.
      const run = task(this.signal)
        .catch(() => {})
        .finally(() => {
          this.running.delete(jobId);
          this.next();
        });
      this.running.set(jobId, run);
    }
  }

  /** Stops after the chunks in progress; queued jobs run once, see the signal and stop at once. */
  async close(): Promise<void> {
    this.closed = true;
    this.signal.stopped = true;
    const waiting = this.waiting.splice(0);
    await Promise.all([...waiting.map((w) => w.task(this.signal).catch(() => {})), ...this.running.values()]);
  }
}
