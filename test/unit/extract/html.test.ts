import { strict as assert } from 'node:assert';
import { htmlToMarkdown } from '../../../src/core/extract/html';
import { parseProse } from '../../../src/core/prose';

describe('extract: HTML to Markdown (htmlparser2)', () => {
  const page = `<!doctype html><html><head><title>Page &amp; title</title>
    <meta property="og:site_name" content="The Desk"><meta property="article:published_time" content="2024-03-01T09:00:00Z">
    <link rel="canonical" href="https://example.org/page"><style>p { color: red }</style></head>
    <body><nav><a href="/">Home</a> 1 2 3</nav><script>var total = 5000;</script>
    <h2>Figures &ndash; 2023</h2><p>Spending rose <b>12%</b> to &euro;4.5&nbsp;million.<br>More soon.</p>
    <p>Below are the items:</p><ol><li>Item one: 40 units</li><li>Item two: 7 units</li></ol>
    <table><tr><th>Town</th><th>Units</th></tr><tr><td>Szeged</td><td>120</td></tr></table>
    <p>1. Not a list, * nor emphasis</p><footer>© 2024</footer></body></html>`;
  const { markdown, meta } = htmlToMarkdown(page);

  it('keeps headings, paragraphs, list items and tables; decodes entities; drops scripts, styles, navigation and footers', () => {
    assert.match(markdown, /^## Figures – 2023$/m);
    assert.match(markdown, /^Spending rose 12% to €4\.5 million\. More soon\.$/m);
    assert.match(markdown, /^1\. Item one: 40 units$/m);
    assert.match(markdown, /^\| Town \| Units \|\n\| --- \| --- \|\n\| Szeged \| 120 \|$/m);
    assert.doesNotMatch(markdown, /5000|color|Home|©/);
  });

  it('escapes what would turn into Markdown structure, so the text reads as written', () => {
    const doc = parseProse(markdown);
    const last = doc.blocks[doc.blocks.length - 1];
    assert.equal(last.kind, 'paragraph');
    assert.match(last.text, /Not a list/);
    const items = doc.blocks.filter((b) => b.leadIn >= 0);
    assert.ok(items.length >= 2, 'the list items have the paragraph before them as lead-in');
  });

  it("reads the page's title, site, date and canonical URL", () => {
    assert.deepEqual(meta, { title: 'Page & title', publisher: 'The Desk', date: '2024-03-01', url: 'https://example.org/page' });
  });
});
