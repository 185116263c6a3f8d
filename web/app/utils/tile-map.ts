/**
 * Europe as a grid of equal tiles (column, row), roughly where each country lies: every country
 * is as easy to see and to click as any other, and no map tiles are fetched from anywhere.
 */
export const EUROPE_TILES: Record<string, [number, number]> = {
  IS: [0, 0], NO: [5, 0], SE: [6, 0], FI: [7, 0],
  IE: [1, 1], GB: [2, 1], DK: [5, 1], EE: [7, 1],
  NL: [3, 2], DE: [4, 2], PL: [5, 2], LT: [6, 2], LV: [7, 2],
  BE: [3, 3], LU: [4, 3], CZ: [5, 3], SK: [6, 3], UA: [7, 3],
  FR: [2, 4], CH: [3, 4], AT: [4, 4], HU: [5, 4], RO: [6, 4],
  PT: [0, 5], ES: [1, 5], IT: [3, 5], SI: [4, 5], HR: [5, 5], RS: [6, 5], BG: [7, 5],
  BA: [5, 6], ME: [6, 6], MK: [7, 6], TR: [8, 6],
  MT: [3, 7], AL: [6, 7], GR: [7, 7], CY: [8, 7],
}
