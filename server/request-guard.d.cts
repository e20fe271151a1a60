export interface Verdict {
  status: 400 | 405;
  allow?: string;
}
export function check(method: string | undefined, url: string | undefined): Verdict | null;
export function allowedMethods(pathname: string): string[];
