/**
 * Round s8: the panel-at-scale benchmark alone (`--only=panel` also runs panel.ready, whose id
 * starts the same), printing its figures and its details, to compare branches run alternately.
 *
 *   node --expose-gc --import tsx bench/panelScaleOnly.ts
 */
import { panelScaleBenchmark } from './panelScale';

const result = await panelScaleBenchmark.run({
  scale: 'full',
  log: (line) => {
    console.log(`  ${line}`);
  },
});
for (const figure of result.figures) console.log(`${figure.id}\t${figure.value}\t${JSON.stringify(figure.spread)}`);
console.log(result.details.join('\n'));
