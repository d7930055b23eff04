import assert from 'node:assert/strict';
import { barEnd, formatBoundary, percentOf, plainText, shadeStep, stepBoundaries, SHADE_STEPS } from '../../../src/webview/factSheet/format';

describe('fact sheet drawing helpers', () => {
  it('gives each qualifier its bar end', () => {
    assert.equal(barEnd('more-than'), 'above');
    assert.equal(barEnd('at-least'), 'above');
    assert.equal(barEnd('fewer-than'), 'below');
    assert.equal(barEnd('up-to'), 'below');
    assert.equal(barEnd('nearly'), 'below');
    assert.equal(barEnd('approximately'), 'about');
    assert.equal(barEnd('range'), 'range');
    assert.equal(barEnd('exact'), 'exact');
  });

  it('measures bars against the chart max, clamped, and draws nothing on a zero scale', () => {
    assert.equal(percentOf(3567, 18166).toFixed(1), '19.6');
    assert.equal(percentOf(20, 10), 100);
    assert.equal(percentOf(-1, 10), 0);
    assert.equal(percentOf(5, 0), 0);
  });

  it('shades values in equal steps from min to max', () => {
    assert.equal(shadeStep(15133, 15133, 18166), 1);
    assert.equal(shadeStep(18166, 15133, 18166), SHADE_STEPS);
    assert.equal(shadeStep(16650, 15133, 18166), 3);
    // Every figure the same: one middle shade.
    assert.equal(shadeStep(7, 7, 7), 3);
  });

  it('labels the legend with exact ends and rounded inner boundaries', () => {
    const bounds = stepBoundaries(3567, 4177);
    assert.equal(bounds.length, SHADE_STEPS + 1);
    assert.deepEqual(
      bounds.map((b, i) => formatBoundary(b, 'count', i === 0 || i === bounds.length - 1)),
      ['3,567', '3,690', '3,810', '3,930', '4,060', '4,177'],
    );
    assert.deepEqual(stepBoundaries(7, 7), [7]);
    assert.equal(formatBoundary(4_567_000, 'USD', false), '$4.57 million');
    assert.equal(formatBoundary(0, 'percent', false), '0%');
  });

  it('reads text like a person: one space between pieces, none before punctuation, capped', () => {
    assert.equal(plainText(['Hikvision', '18,166', '\n Source', 'RFE/RL', ', ', 'Title', ', 7 May 2024'], 100), 'Hikvision 18,166 Source RFE/RL, Title, 7 May 2024');
    const long = plainText(['x'.repeat(6000)], 5000);
    assert.equal(long.length, 5000);
    assert.ok(long.endsWith('…'));
  });
});
