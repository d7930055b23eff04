import { strict as assert } from 'node:assert';
import { scanNumbers, writtenPrecision } from '../../../src/core/numbers';

function one(text: string) {
  const found = scanNumbers(text);
  assert.equal(found.length, 1, `expected one number in ${JSON.stringify(text)}, got ${JSON.stringify(found.map((n) => n.digits))}`);
  return found[0];
}

describe('numbers as written', () => {
  const cases: [string, number, string, string][] = [
    ['18,166 devices', 18166, 'count', '18,166'],
    ['18 166 devices', 18166, 'count', '18 166'],
    ['18\u00A0166 devices', 18166, 'count', '18\u00A0166'],
    ['18\u202F166 devices', 18166, 'count', '18\u202F166'],
    ['18166 devices', 18166, 'count', '18166'],
    // A raised point between digits is a decimal point, as The Lancet prints it.
    ['a rate of 20·5% did not', 20.5, 'percent', '20·5%'],
    // A digit glued to a name is the name's; the number after it is read whole.
    ['the Sorek1 624,000 m³/d plant', 624000, 'count', '624,000'],
    ['spent $5.8 million', 5.8e6, 'USD', '$5.8 million'],
    ['spent $5.8m on', 5.8e6, 'USD', '$5.8m'],
    ['USD 45 million', 45e6, 'USD', 'USD 45 million'],
    ['45 million dollars', 45e6, 'USD', '45 million dollars'],
    ['about A$758,000 a home', 758000, 'AUD', 'A$758,000'],
    ['C$1.2 million', 1.2e6, 'CAD', 'C$1.2 million'],
    ['pledged ¥18.5bn for', 18.5e9, 'JPY', '¥18.5bn'],
    ['pledged 15.8 billion yen for', 15.8e9, 'JPY', '15.8 billion yen'],
    ['16 billion kronor in all', 16e9, 'SEK', '16 billion kronor'],
    // Norway's and Denmark's crowns share the word: money, judged against no fact.
    ['3 billion kroner in all', 3e9, 'XXX', '3 billion kroner'],
    ['NZ$900k', 900000, 'NZD', 'NZ$900k'],
    ['$47,000 total', 47000, 'USD', '$47,000'],
    ['$47k total', 47000, 'USD', '$47k'],
    ['80 percent of', 80, 'percent', '80 percent'],
    ['80% of', 80, 'percent', '80%'],
    ['80 per cent of', 80, 'percent', '80 per cent'],
    ['the 8th highest', 8, 'rank', '8th'],
    ['the eighth highest', 8, 'rank', 'eighth'],
    ['only three cameras', 3, 'count', 'three'],
    ['a million devices', 1e6, 'count', 'a million'],
    ['grossed Rs 11,833 crore in', 118_330_000_000, 'INR', 'Rs 11,833 crore'],
    ['a fee of Rs. 5 lakh a year', 500_000, 'INR', 'Rs. 5 lakh'],
    ['₹1,403 crore in all', 14_030_000_000, 'INR', '₹1,403 crore'],
    ['83.8 crore tickets', 838_000_000, 'count', '83.8 crore'],
    ['21 lakh deaths', 2_100_000, 'count', '21 lakh'],
    ['2,56,000 deaths', 256_000, 'count', '2,56,000'],
    ['1,23,45,678 people, and', 12_345_678, 'count', '1,23,45,678'],
    // A code is no word's end.
    ['DVRs 200 in all', 200, 'count', '200'],
  ];
  for (const [text, value, unit, written] of cases) {
    it(`reads ${JSON.stringify(text)}`, () => {
      const n = one(text);
      assert.equal(n.value, value);
      assert.equal(n.unit, unit);
      assert.equal(text.slice(n.start, n.end), written);
    });
  }

  it('reads fractions in words', () => {
    assert.ok(Math.abs(one('one-third of all').value - 1 / 3) < 1e-9);
    assert.equal(one('a third of all').unit, 'fraction');
    assert.equal(one('half of the cameras').value, 0.5);
  });

  it('reads "a third" before a word no fraction goes on with as an ordinal ("a third straight quarter")', () => {
    assert.equal(one('grew for a third straight quarter').unit, 'rank');
    assert.equal(one('fell by a third last year').unit, 'fraction');
    assert.equal(one('down a third.').unit, 'fraction');
    assert.equal(one('kept the lead for a third year').unit, 'rank');
    assert.equal(one('exports fell by a third year on year').unit, 'fraction');
  });

  it('keeps the writer’s style for replacements', () => {
    assert.equal(one('18 166 devices').style.grouping, ' ');
    assert.equal(one('$5.8m on').style.scale, 'm');
    assert.equal(one('$5.8m on').style.currency, '$');
  });

  it('reads no rank in an ordinal joined to a word by a hyphen ("first-time"), unless the word ranks ("third-largest")', () => {
    assert.deepEqual(scanNumbers('first-time applicants and third-party data').map((n) => n.value), []);
    assert.deepEqual(scanNumbers('the third-largest and the fourth-placed team').map((n) => n.value), [3, 4]);
  });

  it('reads a slash before a power of ten as "per" ("343/100k"), and no other slash', () => {
    const rates = (text: string): string[] => scanNumbers(text).map((n) => `${n.value} ${n.unit} ${n.per ?? ''}`.trim());
    assert.deepEqual(rates('incidence 343/100k'), ['343 rate 100000']);
    assert.deepEqual(rates('5.1 births/1,000 people'), ['5.1 rate 1000']);
    assert.deepEqual(rates('the 2023/24 season, 3/4 of them, 12/05/2024'), ['2023 count', '24 count', '3 count', '4 count', '12 count', '5 count', '2024 count']);
  });

  it('does not read a short scale without a currency ("5m" may be metres), unless a plural noun follows or no word does', () => {
    assert.deepEqual(scanNumbers('a 5m pole').map((n) => n.value), []);
    assert.deepEqual(scanNumbers('the mast is 5m high').map((n) => n.value), []);
    assert.deepEqual(scanNumbers('over 1m devices').map((n) => n.value), [1_000_000]);
    assert.deepEqual(scanNumbers('with 1.57m all-electric cars').map((n) => n.value), [1_570_000]);
    assert.deepEqual(scanNumbers('recorded 3.2m probable dengue cases').map((n) => n.value), [3_200_000]);
    assert.deepEqual(scanNumbers('behind 5m high concrete walls').map((n) => n.value), []);
    // A list's "Schiphol 61.7m (own figure)": a length would say what it measures.
    assert.deepEqual(scanNumbers('- Schiphol 61.7m (own figure), Istanbul 76m').map((n) => n.value), [61_700_000, 76_000_000]);
    assert.deepEqual(scanNumbers('the summit, 4,808 m.').map((n) => n.value), [4808]);
    assert.deepEqual(scanNumbers('it needs a 5m.').map((n) => n.value), []);
    assert.deepEqual(scanNumbers('- CDG 64.7m ← check; Budapest "under 14.7m"').map((n) => n.value), [64_700_000, 14_700_000]);
  });

  it('reads a short "m" before another unit written short as millions ("18.4m ha"): a length takes no second unit', () => {
    assert.deepEqual(scanNumbers('Area burned: 18.4m ha').map((n) => n.value), [18_400_000]);
    assert.deepEqual(scanNumbers('about 2.1m t of grain, 3m MWh').map((n) => n.value), [2_100_000, 3_000_000]);
    assert.deepEqual(scanNumbers('a 5m hall').map((n) => n.value), []);
    // Lower-case consonants alone, or letters round a slash, are no English word: a unit written short.
    assert.deepEqual(scanNumbers('a record 12.9m bpd in 2023, or 12.9m b/d').filter((n) => n.value > 3000).map((n) => n.value), [12_900_000, 12_900_000]);
    assert.deepEqual(scanNumbers('the 5m by 3m room, a 5m wall').map((n) => n.value), []);
  });

  it('reads "for every million inhabitants" as a rate per million, and "five for every one" as no figure', () => {
    assert.deepEqual(scanNumbers('46 people died for every million inhabitants').map((n) => `${n.value} ${n.unit} ${n.per}`), ['46 rate 1000000']);
  });

  it('reads no number word joined to a word by a hyphen ("two-wheelers"), but lengths of time, fractions and runs', () => {
    assert.deepEqual(scanNumbers('motorised two-wheelers 717, a three-star hotel, a six-year grace period').map((n) => n.value), [717, 6]);
    assert.deepEqual(scanNumbers('twenty-five people, two-thirds of them').map((n) => `${n.value} ${n.unit}`), ['25 count', `${2 / 3} fraction`]);
  });

  it('reads the currencies of West Africa as their codes: CFA francs, cedis, "GH¢", naira', () => {
    const money = (text: string) => scanNumbers(text).map((n) => `${n.value} ${n.unit}`);
    assert.deepEqual(money('1,000 CFA francs per kg, then CFA 1,500'), ['1000 XOF', '1500 XOF']);
    assert.deepEqual(money('GH¢33,120 a tonne, or 2,070 cedis a bag; ₦500'), ['33120 GHS', '2070 GHS', '500 NGN']);
  });

  it('reads the shillings of East Africa as written at home: "KSh", "Ksh", "TSh", "USh"', () => {
    const money = (text: string) => scanNumbers(text).map((n) => `${n.value} ${n.unit}`);
    assert.deepEqual(money('KSh 107.7 billion, Ksh 50 a transfer, TSh 2,000 and USh 5,000'), ['107700000000 KES', '50 KES', '2000 TZS', '5000 UGX']);
  });

  it('reads a short "m" before a time ("148.0m in 2022", "26m last year") as millions: a length says what it measures', () => {
    assert.deepEqual(scanNumbers('down 8% from 148.0m in 2022').map((n) => n.value), [-8, 148_000_000, 2022]);
    assert.deepEqual(scanNumbers('against 26m last year, 9.1m in Q3 and 4m yoy').map((n) => n.value), [26_000_000, 9_100_000, 4_000_000]);
    assert.deepEqual(scanNumbers('a pole 5m in length').map((n) => n.value), []);
  });

  it('reads "up" or "down" before a count as a change, unless it ends a verb ("wiring up")', () => {
    const change = (text: string) => scanNumbers(text).map((n) => [n.value, n.change ?? false]);
    assert.deepEqual(change('winning 72 seats, up 46'), [[72, false], [46, true]]);
    assert.deepEqual(change('Share down almost 20'), [[-20, true]]);
    assert.deepEqual(change('Banja Luka is wiring up 3,250 cameras'), [[3250, false]]);
    assert.deepEqual(change('they summed up 40 cases, down by 3'), [[40, false], [-3, true]]);
    // "brought down" a load carries it; "brought down by" a share cuts it.
    assert.deepEqual(change('the team brought down 1,100 kg of waste'), [[1100, false]]);
    assert.deepEqual(change('fees were brought down by 10%'), [[-10, true]]);
  });

  it('reads a rebound or a rally as a rise, and a slump or a slide as a fall', () => {
    const change = (text: string) => scanNumbers(text).map((n) => [n.value, n.change ?? false]);
    assert.deepEqual(change('the harvest is forecast to rebound by 2.8 million bags'), [[2_800_000, true]]);
    assert.deepEqual(change('after a 76% rally last year'), [[76, true]]);
    assert.deepEqual(change('after a 12% slump in output'), [[-12, true]]);
  });

  it('reads a figure a dash explains as how far or how much something moved as that change', () => {
    const change = (text: string) => scanNumbers(text).map((n) => [n.value, n.change ?? false]);
    assert.deepEqual(change('- **nearly 15%** – how far the murder rate fell last year'), [[-15, true]]);
    assert.deepEqual(change('- **120 million** – how many fewer users there are'), [[-120_000_000, true]]);
    assert.deepEqual(change('- 4.2% – how much prices rose'), [[4.2, true]]);
    assert.deepEqual(change('- 4.2% – how many adults smoke'), [[4.2, false]]);
  });

  it('reads a verb of change, what it changed and "by" before a figure as a change ("cut rates by 50")', () => {
    const change = (text: string) => scanNumbers(text).map((n) => [n.value, n.change ?? false]);
    assert.deepEqual(change('The bank raised its policy rate by 15 basis points'), [[15, true]]);
    assert.deepEqual(change('The Fed cut rates by 50 basis points'), [[-50, true]]);
    assert.deepEqual(change('It lowered the target range by about 25 points'), [[-25, true]]);
    // Without "by", a verb before its object states an amount: "raised $5 million" is no change.
    assert.deepEqual(change('The firm raised funding of 5 million'), [[5_000_000, false]]);
  });

  it('reads a percentage after "and" and a name, its verb left out, as a change of the same sign', () => {
    const change = (text: string) => scanNumbers(text).map((n) => [n.value, n.change ?? false]);
    assert.deepEqual(change("Acme's prices fell 7.1% and Utopia's 41.4%"), [[-7.1, true], [-41.4, true]]);
    assert.deepEqual(change('Land populations fell 69% and marine populations 65%'), [[-69, true], [-65, true]]);
    assert.deepEqual(change('Users grew 12% on a year earlier and revenue 9%'), [[12, true], [9, true]]);
    // A verb or a preposition between gives the figure a clause of its own.
    assert.deepEqual(change('Prices rose 5% and unemployment stood at 6%'), [[5, true], [6, false]]);
    assert.deepEqual(change('Prices rose 5% and households surveyed 40%'), [[5, true], [40, false]]);
    assert.deepEqual(change('Prices rose 5% and 40% of households'), [[5, true], [40, false]]);
  });

  it('reads a percentage after ", after" a change as the change of the time before ("rose 5.7% over 2024, after 8.6% in 2023")', () => {
    const change = (text: string) => scanNumbers(text).map((n) => [n.value, n.change ?? false]);
    assert.deepEqual(change('Rents rose 5.7% over 2024, after 8.6% in 2023'), [[5.7, true], [2024, false], [8.6, true], [2023, false]]);
    assert.deepEqual(change('Rents fell 2%, following 3% in 2023'), [[-2, true], [-3, true], [2023, false]]);
    assert.deepEqual(change('Rents rose 5.7%, after 40% of tenants moved'), [[5.7, true], [40, false]]);
  });

  it('reads a percentage restating a change in other units after "or" as its rate, not a share of something', () => {
    const change = (text: string) => scanNumbers(text).map((n) => [n.value, n.change ?? false]);
    assert.deepEqual(change('It cut its fleet by 112,500 ships, or 7.2%'), [[-112_500, true], [-7.2, true]]);
    assert.deepEqual(change('It cut 1,000 jobs, or 5% of its staff'), [[-1000, true], [5, false]]);
  });

  it('starts no range at the end of a span of years ("rose by 3.8% in 2023-24 to $72,300")', () => {
    const values = (text: string) => scanNumbers(text).map((n) => [n.value, n.unit, n.upper ?? null]);
    assert.deepEqual(values('pay rose by 3.8% in 2023-24 to $72,300'), [[3.8, 'percent', null], [2023, 'count', null], [24, 'count', null], [72300, 'USD', null]]);
    assert.deepEqual(values('exports in 2022/23 to 45 countries'), [[2022, 'count', null], [23, 'count', null], [45, 'count', null]]);
  });

  it('reads a percentage between "by" and "to" a level as a change however long the verb\'s object ("raised the price … by 25% to 2,200")', () => {
    const change = (text: string) => scanNumbers(text).map((n) => [n.value, n.change ?? false]);
    assert.deepEqual(change('Utopia raised the guaranteed price paid to growers for the April-to-September harvest by 25% to 2,200 francs'), [[25, true], [2200, false]]);
    assert.deepEqual(change('Acme cut the price it charges wholesale buyers across its biggest markets by 12% to $40'), [[-12, true], [40, false]]);
    // No verb of change before it in its sentence: "by" may say whom ("a survey by 25% to 30 people" is no change).
    assert.ok(change('Support was measured by 25% to 30 people of the panel').every(([, isChange]) => isChange === false));
  });

  it('reads a change noun after a unit of difference as a change ("a 50 basis point cut", "a 25bp hike")', () => {
    const change = (text: string) => scanNumbers(text).map((n) => [n.value, n.change ?? false]);
    assert.deepEqual(change('a 50 basis point cut'), [[-50, true]]);
    assert.deepEqual(change('a 25bp hike'), [[25, true]]);
    assert.deepEqual(change('a hike of 75 basis points'), [[75, true]]);
    assert.deepEqual(change('50 basis points of spread'), [[50, false]]);
  });

  it('reads a signed plain number in a parenthesis right after a percentage as its change in points', () => {
    const read = (text: string) => scanNumbers(text).map((n) => [n.value, n.unit, n.change ?? false]);
    assert.deepEqual(read('Lab 35.3% (+6.7), SNP 30.0% (-15.0)'), [[35.3, 'percent', false], [6.7, 'percent', true], [30, 'percent', false], [-15, 'percent', true]]);
    assert.deepEqual(read('Lab 37 (+36), SNP 30.0% (-15 seats)'), [[37, 'count', false], [36, 'count', true], [30, 'percent', false], [-15, 'count', true]]);
  });

  it('reads a noun of change before "was" as marking a change ("the decline was 28%")', () => {
    const change = (text: string) => scanNumbers(text).filter((n) => n.unit === 'percent').map((n) => [n.value, n.change ?? false]);
    assert.deepEqual(change('In the Amazon region the decline was 28%, and growth came to 3% elsewhere.'), [[-28, true], [3, true]]);
    // A word for the kind of change may stand between the figure and its noun.
    assert.deepEqual(change('The world is heading for a 25% relative cut, after a 3% annual rise.'), [[-25, true], [3, true]]);
  });

  it('reads every form of a change verb, the -ing form too ("climbing 27.6 per cent")', () => {
    const change = (text: string) => scanNumbers(text).filter((n) => n.unit === 'percent').map((n) => [n.value, n.change ?? false]);
    assert.deepEqual(change('Sugar was the exception, climbing 27.6 per cent, while oils kept sliding 3.2 per cent.'), [[27.6, true], [-3.2, true]]);
  });

  it('reads a change whose verb puts a bound or a hedge before its figure ("fell at least 38%", "down just under 4%")', () => {
    const change = (text: string) => scanNumbers(text).filter((n) => n.unit === 'percent').map((n) => [n.value, n.change ?? false]);
    assert.deepEqual(change('Prices fell at least 38%, rose just over 3.1% and grew close to 5%.'), [[-38, true], [3.1, true], [5, true]]);
    assert.deepEqual(change('Sales were down just under 4% and up no more than 2%; at least 38% were sold.'), [[-4, true], [2, true], [38, false]]);
  });

  it('reads a percentage with a comparative after it as a change when its sentence compares with an earlier time', () => {
    const change = (text: string) => scanNumbers(text).filter((n) => n.unit === 'percent').map((n) => [n.value, n.change ?? false]);
    assert.deepEqual(change('The index was 1.1% lower in the euro area in the fourth quarter of 2023 than a year earlier.'), [[-1.1, true]]);
    assert.deepEqual(change('The index was 1.1% lower in the euro area in the fourth quarter of 2023 than in Poland.'), [[1.1, false]]);
    // The span it changed over is a time compared with, as "on the year" is.
    assert.deepEqual(change('The index averaged 13.3 per cent lower over the year as harvests improved.'), [[-13.3, true]]);
  });

  it('reads a percentage compared with a figure, a norm or its own peak as a change, and one with "up" ending its clause', () => {
    const change = (text: string) => scanNumbers(text).filter((n) => n.unit === 'percent').map((n) => [n.value, n.change ?? false]);
    assert.deepEqual(change('Takings were 14% above the €9.2bn of the season before.'), [[14, true]]);
    assert.deepEqual(change('The harvest came in 18% under its five-year average.'), [[-18, true]]);
    assert.deepEqual(change('Crossings were 49% below their peak, tolls 30% below their own.'), [[-49, true], [-30, true]]);
    assert.deepEqual(change('Inflows reached $21.5bn, 8.6% up.'), [[8.6, true]]);
    // "under" before a number is an age or a bound, not a comparison.
    assert.deepEqual(change('About 40% under 30 use the app.'), [[40, false]]);
  });

  it('reads "growth was a modest 2.3%", "a rebound of 4%" and "by an average of 12%" as changes', () => {
    const change = (text: string) => scanNumbers(text).filter((n) => n.unit === 'percent').map((n) => [n.value, n.change ?? false]);
    assert.deepEqual(change('Its growth was a modest 2.3%, and the slump was a painful 8%.'), [[2.3, true], [-8, true]]);
    assert.deepEqual(change('Exports staged a rebound of 4% in spring.'), [[4, true]]);
    assert.deepEqual(change('The state raised excise rates by an average of 12% a year.'), [[12, true]]);
  });

  it('reads base forms and more verbs of change, a verb\'s "by" after a comma, and nouns of change before "in 2022 was", "worth" or a parenthesis', () => {
    const change = (text: string) => scanNumbers(text).filter((n) => n.unit === 'percent').map((n) => [n.value, n.change ?? false]);
    assert.deepEqual(change('Airports expect traffic to grow by a further 7.2% next year.'), [[7.2, true]]);
    assert.deepEqual(change('Drinking tanked 19.3% while the value eased 0.3%.'), [[-19.3, true], [-0.3, true]]);
    assert.deepEqual(change('Its mills had grown even faster, by 11.8%.'), [[11.8, true]]);
    assert.deepEqual(change('Cases were up "almost 787%" on the year.'), [[787, true]]);
    assert.deepEqual(change('Growth in 2022 was 1.3%, an increase worth 6.8% in all; cloud growth (35%) led.'), [[1.3, true], [6.8, true], [35, true]]);
    assert.deepEqual(change('Traffic was still 15.9% short of the 2019 figure.'), [[-15.9, true]]);
    // A base form after an article is a noun: "the drop" names a fall, it does not make one of the figure after it.
    assert.deepEqual(scanNumbers('the average before the drop 2.2m t').map((n) => n.change ?? false), [false]);
  });

  it('reads a change whose verb a second clause leaves out, a count added or created, and "an extra" after a verb of change', () => {
    const change = (text: string) => scanNumbers(text).map((n) => [n.value, n.change ?? false]);
    assert.deepEqual(change('Revenue rose by 61%, and its commercial income by 45%.'), [[61, true], [45, true]]);
    assert.deepEqual(change('Maths fell by almost 15 points and reading by 10 points.'), [[-15, true], [-10, true]]);
    assert.deepEqual(change('Employers added 353,000 jobs; the economy created 783,000 over the year.'), [[353_000, true], [783_000, true]]);
    assert.deepEqual(change('Russia will cut an extra 417,000 bpd.'), [[-417_000, true]]);
    assert.deepEqual(change('The count was 193,400 lower than 12 months earlier.')[0], [-193_400, true]);
    // Added to a whole: a part of a change, by one cause.
    assert.deepEqual(change('Droughts added around 170 million tonnes to the global total.'), [[170_000_000, false]]);
  });

  it('reads a figure restating a percentage change in other units as that change ("fell 2.5%, or 28.9 million tonnes")', () => {
    const change = (text: string) => scanNumbers(text).map((n) => [n.value, n.change ?? false]);
    assert.deepEqual(change('Emissions fell 2.5%, or 28.9 million tonnes.'), [[-2.5, true], [-28_900_000, true]]);
    // A percentage after it is a share; a signed percentage is a level that may be negative.
    assert.deepEqual(change('Sales rose 35.5%, or 49% of the market.'), [[35.5, true], [49, false]]);
    assert.deepEqual(change('A surplus of +1.2%, i.e. €3.1bn.'), [[1.2, true], [3_100_000_000, false]]);
  });

  it('reads a count compared with an earlier time as a change ("0.9 years more than in 2022"), not one compared with a figure', () => {
    const change = (text: string) => scanNumbers(text).filter((n) => n.value < 1000).map((n) => [n.value, n.change ?? false]);
    assert.deepEqual(change('That is 0.9 years more than in 2022.'), [[0.9, true]]);
    assert.deepEqual(change('It scored 13 points lower than in 2018.'), [[-13, true]]);
    assert.deepEqual(change('They won 40 medals, more than the 38 of Japan.'), [[40, false], [38, false]]);
    // Any comparative of size, heat or age, after a unit glued to the figure or written apart.
    assert.deepEqual(change('It had been 0.17C warmer than 2016.'), [[0.17, true]]);
    assert.deepEqual(change('Nights were 0.4°C cooler than in 2022.'), [[-0.4, true]]);
    assert.deepEqual(change('The fleet is 3 years older than in 2019.'), [[3, true]]);
    // More or fewer of something than at an earlier time; than another party, no change.
    assert.deepEqual(change('Registers held 191 more jobseekers than a year earlier.'), [[191, true]]);
    assert.deepEqual(change('Acme sold 300 more units than Globex.'), [[300, false]]);
  });

  it('reads no fraction of a unit of time or length ("a quarter of an hour", "half a mile") as a share', () => {
    assert.deepEqual(scanNumbers('less than a quarter of an hour late, half a mile away, a third of a century ago').map((n) => n.digits), []);
    assert.deepEqual(scanNumbers('a quarter of the trains').map((n) => n.value), [0.25]);
  });
  it('reads a fraction of a scale as a count ("half a million"), not as a fraction and a scale', () => {
    assert.deepEqual(scanNumbers('over half a million hectares').map((n) => [n.value, n.unit]), [[500_000, 'count']]);
    // A line break may stand between the words, as anywhere in a paragraph: it once threw here.
    assert.deepEqual(scanNumbers('over half\na million and three\nquarters of a\nbillion').map((n) => n.value), [500_000, 750_000_000]);
    assert.deepEqual(scanNumbers('three quarters of a billion').map((n) => n.value), [750_000_000]);
    assert.deepEqual(scanNumbers('a quarter of a million people').map((n) => n.value), [250_000]);
    assert.deepEqual(scanNumbers('half the cameras').map((n) => [n.value, n.unit]), [[0.5, 'fraction']]);
  });

  it('reads unambiguous short scales after a space ("USD 943.9 mln", "2 bn")', () => {
    assert.deepEqual(scanNumbers('a loan of USD 943.9 mln').map((n) => [n.value, n.unit]), [[943_900_000, 'USD']]);
    assert.deepEqual(scanNumbers('EUR 1.2 bln in total').map((n) => [n.value, n.unit]), [[1_200_000_000, 'EUR']]);
    assert.deepEqual(scanNumbers('some 2 bn in loans').map((n) => n.value), [2_000_000_000]);
    assert.equal(one('€46 mln').style.scale, ' mln');
  });

  it('reads the precision a figure is written with', () => {
    assert.equal(writtenPrecision('18000'), 1000);
    assert.equal(writtenPrecision('18100'), 100);
    assert.equal(writtenPrecision('7210'), 1);
    assert.equal(writtenPrecision('5.8'), 0.1);
    assert.equal(one('$5.8 million').precision, 100000);
  });

  it('reads currencies as ISO codes, before or after the number, never as counts', () => {
    const money: [string, number, string, string][] = [
      ['MDL 2.5 billion for', 2.5e9, 'MDL', 'MDL 2.5 billion'],
      ['HUF 4 billion', 4e9, 'HUF', 'HUF 4 billion'],
      ['worth 150,000 KM in', 150000, 'BAM', '150,000 KM'],
      ['BGN 160,000 for', 160000, 'BGN', 'BGN 160,000'],
      ['EUR 6.8 billion in', 6.8e9, 'EUR', 'EUR 6.8 billion'],
      ['€6.8bn in', 6.8e9, 'EUR', '€6.8bn'],
      ['46 million euros ($52 million)', 46e6, 'EUR', '46 million euros'],
      ['spend USD1.26 billion', 1.26e9, 'USD', 'USD1.26 billion'],
      ['a USD$2.1 billion loan', 2.1e9, 'USD', 'USD$2.1 billion'],
      ['fined ₾5,000 for', 5000, 'GEL', '₾5,000'],
      ['200,000 forints', 200000, 'HUF', '200,000 forints'],
      ['1.1 million leva (0.56 million euro)', 1.1e6, 'BGN', '1.1 million leva'],
      ['up to 5,000 lei for', 5000, 'XXX', '5,000 lei'],
      ['RON 10 million', 10e6, 'RON', 'RON 10 million'],
      ['two billion euros', 2e9, 'EUR', 'two billion euros'],
      // One country's currency written after the number; the peso is several countries'.
      ['398.4 billion won, up', 398.4e9, 'KRW', '398.4 billion won'],
      ['12,000 baht a month', 12000, 'THB', '12,000 baht'],
      ['4.5 billion pesos in', 4.5e9, 'XXX', '4.5 billion pesos'],
    ];
    for (const [text, value, unit, written] of money) {
      const n = scanNumbers(text)[0];
      assert.deepEqual([n.value, n.unit, text.slice(n.start, n.end)], [value, unit, written], text);
    }
  });

  it('reads signed changes, in symbols and in words', () => {
    const changes: [string, number][] = [
      ['a net +1,250 in', 1250], ['a net −3,400 in', -3400], ['(+47%)', 47], ['fell by 58 percent to', -58], ['rose 12% in', 12],
      ['down 58 percent to', -58], ['up 2 percentage points', 2], ['an increase of 47%', 47], ['a 3% decline', -3],
    ];
    for (const [text, value] of changes) {
      const n = scanNumbers(text)[0];
      assert.deepEqual([n.value, n.change], [value, true], text);
    }
    assert.equal(scanNumbers('up to 3000 cameras')[0].change, undefined);
    assert.deepEqual(scanNumbers('do not use "+21.3%"').map((n) => [n.value, n.change]), [[21.3, true]], 'a sign after a quote');
    assert.deepEqual(scanNumbers('| EU | ~-9% | ≈+4% |').map((n) => [n.value, n.change]), [[-9, true], [4, true]], 'a sign after a sign of approximation');
    assert.deepEqual(scanNumbers('Ruritania had already cut 77m t; Acme reduced 5,000 jobs').map((n) => [n.value, n.change]), [[-77e6, true], [-5000, true]], 'a cut is a fall');
    assert.deepEqual(scanNumbers('prices, down more\nthan 5%').map((n) => [n.value, n.change]), [[-5, true]], 'a qualifier across a line break');
    // A percentage with a comparative after it is a change from what it is compared with.
    const compared: [string, number][] = [['18% more than in 2022', 18], ['14% fewer passengers than in 2019', -14], ['4% below 2019', -4], ['5% up on 2022', 5], ['15.9% below its 2019 level', -15.9], ['12% above the previous record', 12], ['37% ahead of the year before', 37], ['3% behind the year before', -3], ['30% above February\'s total', 30], ['4% below 2023\'s level', -4]];
    for (const [text, value] of compared) {
      const n = scanNumbers(text)[0];
      assert.deepEqual([n.value, n.change], [value, true], text);
    }
    assert.deepEqual(scanNumbers('11 million more than a year earlier').map((n) => [n.value, n.change]), [[11e6, true]], 'a count compared with an earlier time');
    assert.equal(scanNumbers('1,200 more than the 613 of Acme')[0].change, undefined, 'a count compared with another figure');
    assert.equal(scanNumbers('18% more of the market')[0].change, undefined, 'no comparison, no change');
    assert.equal(scanNumbers('rose from $3.4 million to $5.4 million')[0].change, undefined);
    assert.deepEqual(scanNumbers('in 2018-23').map((n) => n.value), [2018, 23], 'a range is no negative number');
  });

  it('reads a range whose start is a plain decimal or grouped number in the unit written at its end', () => {
    const range = (text: string) => scanNumbers(text).map((n) => [n.value, n.upper, n.unit]);
    assert.deepEqual(range('Germany gave 0.4–0.5% of GDP'), [[0.4, 0.5, 'percent']]);
    assert.deepEqual(range('Germany gave 0.4-0.5% of GDP'), [[0.4, 0.5, 'percent']]);
    assert.deepEqual(range('between 1,500–2,000 euros a month'), [[1500, 2000, 'EUR']]);
    // A line break before the first end's scale word leaves "between … and …" one range.
    assert.deepEqual(range('between $25\n  billion and $45 billion'), [[25e9, 45e9, 'USD']]);
    assert.deepEqual(range('from $1.5 to $2.5bn'), [[1.5, undefined, 'USD'], [2.5e9, undefined, 'USD']], '"from X to Y" is two figures');
    assert.deepEqual(range('2.5% – 3 million people'), [[2.5, undefined, 'percent'], [3e6, undefined, 'count']], 'a percentage starts no range of counts');
  });

  it('reads a figure above or below an average or a norm as its difference from it', () => {
    const read = (text: string) => scanNumbers(text).map((n) => [n.value, n.change, n.fromANorm]);
    assert.deepEqual(read('sea ice had been 8% below average in February'), [[-8, true, true]]);
    assert.deepEqual(read('roughly 1.99 million sq km below the 1981–2010 average minimum')[0], [-1.99e6, true, true]);
    assert.deepEqual(read('rainfall was 20% above normal'), [[20, true, true]]);
    assert.deepEqual(read('3 million people below the poverty line'), [[3e6, undefined, undefined]], 'a line is no norm');
    assert.deepEqual(read('fell 8% below its 2019 average')[0], [-8, true, undefined], 'a verb of change reads it first');
  });

  it('reads rates and drops their base', () => {
    const rate = scanNumbers('with 3.40 CCTV cameras per 1,000 people');
    assert.deepEqual(rate.map((n) => [n.value, n.unit, n.per]), [[3.4, 'rate', 1000]]);
    assert.deepEqual(scanNumbers('18.6 per 1,000 inhabitants').map((n) => [n.value, n.unit, n.per]), [[18.6, 'rate', 1000]]);
    assert.deepEqual(scanNumbers('12 per 100,000').map((n) => [n.unit, n.per]), [['rate', 100000]]);
    assert.deepEqual(scanNumbers('$1,200 per capita').map((n) => [n.unit]), [['USD']], 'money per head stays money');
    assert.deepEqual(scanNumbers('10 cameras per town').map((n) => n.unit), ['count']);
  });

  it('reads a capital B, M or K after a currency sign as a scale, and not alone', () => {
    assert.deepEqual(scanNumbers('net income of US$19.3B and $5M, a $10K grant').map((n) => n.value), [19.3e9, 5e6, 10e3]);
    assert.deepEqual(scanNumbers('the 70B model').map((n) => n.value), []);
  });
  it('reads a count over a small or round whole as a share: "eight in ten", "one out of 20"', () => {
    const read = (text: string) => scanNumbers(text).map((n) => [text.slice(n.start, n.end), n.unit, Number(n.value.toFixed(3))]);
    assert.deepEqual(read('nearly eight in ten of the cameras'), [['eight in ten', 'fraction', 0.8]]);
    assert.deepEqual(read('3 out of 4 voters and one in 20 drivers'), [['3 out of 4', 'fraction', 0.75], ['one in 20', 'fraction', 0.05]]);
    // Over another whole the first count is a count of its own; with a time after it the ratio is a frequency.
    assert.deepEqual(read('265 out of 325 planned cameras'), [['265', 'count', 265], ['325', 'count', 325]]);
    assert.ok(!read('a flood seen once in ten years, one in ten years').some(([, unit]) => unit === 'fraction'));
  });
  it('reads a percentage after "and" and the place of a change\'s clause as a change the same way', () => {
    const changes = (text: string) => scanNumbers(text).map((n) => [n.value, n.change === true]);
    assert.deepEqual(changes('tickets were down 96% on Houston Street, and on Cropsey Avenue in south Brooklyn 48%.'), [[-96, true], [-48, true]]);
    // A share of a group after "and" is no change.
    assert.deepEqual(changes('tickets were down 96% on Houston Street, and among drivers 48% of those caught paid.'), [[-96, true], [48, false]]);
  });
  it('reads pence as pounds at a hundredth: "18p a litre", "50 pence"; not "5pp" or "10pm"', () => {
    const read = (text: string) => scanNumbers(text).map((n) => [text.slice(n.start, n.end), n.value, n.unit]);
    assert.deepEqual(read('a levy of 18p a litre, up from 50 pence, and 57p'), [['18p', 0.18, 'GBP'], ['50 pence', 0.5, 'GBP'], ['57p', 0.57, 'GBP']]);
    assert.deepEqual(read('at 10pm').map(([, , unit]) => unit), ['count']);
    assert.ok(!read('turnout fell 5pp').some(([, , unit]) => unit === 'GBP'));
  });
  it('does not glue a year to the count after it', () => {
    assert.deepEqual(scanNumbers('In 2023 139 cameras').map((n) => n.value), [2023, 139]);
  });
});

describe('the number scan starts each try a few characters before the next digit', () => {
  // The longest leads the pattern reads before a digit: a sign, a four-character prefix and a point.
  const cases: [string, string, number, string][] = [
    ['spent +USD$.5 more', '+USD$.5', 0.5, 'USD'],
    ['lent US$.75 then', 'US$.75', 0.75, 'USD'],
    ['paid MDL .5 billion to', 'MDL .5 billion', 0.5e9, 'MDL'],
    ['a long run of words with no figure at all, then NIS 40 and €.25', 'NIS 40', 40, 'ILS'],
  ];
  for (const [text, written, value, unit] of cases) {
    it(`reads "${written}" whole`, () => {
      const token = scanNumbers(text)[0];
      assert.equal(text.slice(token.start, token.end), written);
      assert.equal(token.value, value);
      assert.equal(token.unit, unit);
    });
  }
});
