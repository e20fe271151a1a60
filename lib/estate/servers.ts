import { EXCHANGE_BUILDS } from '../facts/exchange-builds';
import { columnIndex, missingColumns, problem, type Table } from './csv';
import type { ExportProblem, ServerRecord } from './types';

/** The columns a server export must have; Edition is read when present. */
export const SERVER_COLUMNS = ['Name', 'AdminDisplayVersion'] as const;

/** AdminDisplayVersion as Exchange writes it ("Version 15.1 (Build 2507.6)") or a dotted build ("15.1.2507.6"). */
const ADMIN_VERSION = /(\d+)\.(\d+)\s*\(\s*Build\s+(\d+)(?:\.(\d+))?/i;
const DOTTED = /^\s*(\d+)\.(\d+)\.(\d+)(?:\.(\d+))?\s*$/;

/**
 * What a build is: product, update level and whether that level is current on `date`, from lib/facts/exchange-builds.
 * @example serverBuild('Version 15.1 (Build 2507.6)', '2026-11-25') // { build: '15.1.2507.6', source: 'exchange-2016', update: 'CU23', current: true }
 */
export function serverBuild(text: string, date: string): Pick<ServerRecord, 'build' | 'source' | 'update' | 'current'> | null {
  const match = ADMIN_VERSION.exec(text) ?? DOTTED.exec(text);
  if (!match) return null;
  const [major, minor, build, revision] = [match[1], match[2], match[3], match[4] ?? '0'].map(Number) as [number, number, number, number];
  const version = `${major}.${minor}`;
  const product = EXCHANGE_BUILDS.find((p) => p.version === version && build >= (p.fromBuild ?? 0));
  const text4 = `${version}.${build}.${revision}`;
  if (!product) return { build: text4, source: null, update: null, current: null };
  const level = [...product.levels].reverse().find((l) => l.build <= build);
  const update = level?.name ?? null;
  return { build: text4, source: product.source, update, current: update === null ? false : product.current(date).includes(update) };
}

/** Reads a Get-ExchangeServer export: each server's name, edition and build. */
export function readServers(table: Table, date: string): { ok: true; servers: ServerRecord[] } | { ok: false; problems: ExportProblem[] } {
  const missing = missingColumns(table, SERVER_COLUMNS, 'server');
  if (missing.length > 0) return { ok: false, problems: missing };
  const [name, version] = SERVER_COLUMNS.map((c) => columnIndex(table, c)) as [number, number];
  const edition = columnIndex(table, 'Edition');
  const servers: ServerRecord[] = [];
  const problems: ExportProblem[] = [];
  table.rows.forEach((row, i) => {
    const raw = row[version] ?? '';
    const build = serverBuild(raw, date);
    if (!build) {
      problems.push(problem(table.file, table.lineOf(i), 'AdminDisplayVersion', `“${raw.slice(0, 40)}” is not an Exchange version: expected one like “Version 15.1 (Build 2507.6)”. Export the file again with the command shown.`));
      return;
    }
    servers.push({ name: (row[name] ?? '').trim(), edition: edition === -1 ? '' : (row[edition] ?? '').trim(), ...build });
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, servers };
}

