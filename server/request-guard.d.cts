export interface Verdict {
  status: 400 | 405 | 413;
  allow?: string;
}
export function check(method: string | undefined, url: string | undefined, contentLength?: string): Verdict | null;
export function allowedMethods(pathname: string): string[];
