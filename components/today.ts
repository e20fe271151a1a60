/** Today's date (ISO, YYYY-MM-DD): the one place the app reads the clock. lib/ takes the date as an argument. */
export const today = (): string => new Date().toISOString().slice(0, 10);
