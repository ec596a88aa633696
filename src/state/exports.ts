// Files the page offers to download (the pinned comparison here, the models in model-exports.ts),
// made on the device and handed over as a Blob URL: nothing is sent anywhere.

import type { ExplorerCell, ExplorerComparison } from '../engine/index.ts';
import { csvLine } from '../formats/csv.ts';

export interface ComparisonRow {
  name: string;
  cell: ExplorerCell | undefined;
  /** Its comparison with the current household (absent for the current household itself). */
  comparison?: ExplorerComparison;
}

/**
 * The pinned comparison as CSV: one line per household with its score range (5 %, median, 95 %),
 * the example weighting's score, the robust verdict against the current household, the variables
 * that break it and the share of draws where the current household is above. Probabilities as
 * decimals (0.123), one model.
 */
export function comparisonCsv(model: string, rows: readonly ComparisonRow[]): string {
  const head = [
    'model',
    'household',
    'q05',
    'q50',
    'q95',
    'example',
    'n',
    'verdict',
    'breaking',
    'current_higher_share',
  ];
  const out = [csvLine(head, ',')];
  for (const r of rows) {
    const b = r.cell?.band;
    const c = r.comparison;
    // A pin's name is the user's (or a class file's) text: csvLine keeps it from running as a formula.
    out.push(
      csvLine(
        [
          model,
          r.name,
          ...(b ? [b.q05, b.q50, b.q95, b.example, b.n] : ['', '', '', '', '']),
          c ? c.dominance.verdict : '',
          c ? c.dominance.breaking.join(' ') : '',
          c ? c.sampled.aHigher : '',
        ],
        ',',
      ),
    );
  }
  return out.join('\n') + '\n';
}

/** Hands `text` to the browser as a file download (a Blob URL, revoked once used). */
export function download(text: string, file: string, type: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([text], { type }));
  a.download = file;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 0);
}
