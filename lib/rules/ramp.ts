/**
 * A value that changes gradually with a number instead of jumping at a threshold: straight lines between the points
 * given ([x, y], x rising), flat before the first and after the last.
 * @example interpolate(30, [[20, 0], [40, 1]]) // 0.5
 */
export function interpolate(x: number, points: readonly (readonly [number, number])[]): number {
  const first = points[0]!;
  if (x <= first[0]) return first[1];
  for (let i = 1; i < points.length; i++) {
    const [x1, y1] = points[i]!;
    if (x <= x1) {
      const [x0, y0] = points[i - 1]!;
      return y0 + ((y1 - y0) * (x - x0)) / (x1 - x0);
    }
  }
  return points[points.length - 1]![1];
}

/**
 * A whole-point effect that ramps with a number: `interpolate`, rounded. One more mailbox moves it by at most a
 * point or two, so scores have no cliffs where no hard limit is crossed.
 * @example ramp(300, [[150, 20], [2000, -30]]) // 16
 */
export function ramp(x: number, points: readonly (readonly [number, number])[]): number {
  return Math.round(interpolate(x, points)) || 0;
}
