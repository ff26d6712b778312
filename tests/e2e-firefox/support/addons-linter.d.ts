// addons-linter ships no types: the slice of its API (README, "Linter API Usage") the test uses.
declare module 'addons-linter' {
  export interface LinterMessage {
    code: string;
    file?: string;
    line?: number;
    message: string;
  }
  export interface LinterOutput {
    errors: LinterMessage[];
    warnings: LinterMessage[];
    notices: LinterMessage[];
  }
  export function createInstance(options: { config: Record<string, unknown>; runAsBinary: boolean }): { run(): Promise<LinterOutput> };
}
