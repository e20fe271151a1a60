import { checkValues, invalidPresentFields, valuesFromParams, type FormValues } from '@/lib/form-values';

export type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** What a route needs from its address: the answers' text, the query to carry on, and what is wrong in it. */
export async function readQuery(searchParams: SearchParams) {
  const params = await searchParams;
  const values: FormValues = valuesFromParams(params);
  const from = params.from === 'check' ? 'check' : undefined;
  return { values, from, invalid: invalidPresentFields(values), ...checkValues(values) };
}
