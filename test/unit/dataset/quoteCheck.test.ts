import * as assert from 'node:assert/strict';
import { numberAppearsInText, readNumbers, valueAppearsInQuote } from '../../../src/dataset/quoteCheck';
import type { Unit } from '../../../src/dataset/schema';

function appears(value: number, quote: string, unit: Unit = 'count'): boolean {
  return valueAppearsInQuote({ value, unit, quote });
}

describe('valueAppearsInQuote', () => {
  const readable: Array<[number, string, Unit?]> = [
    [18166, 'there are 3,567 Dahua and 18,166 Hikvision devices operating in the country.'],
    [3567, 'there are 3,567 Dahua and 18,166 Hikvision devices operating in the country.'],
    [5800000, 'In 2023 alone, Belgrade spent around $5.8 million on cameras.', 'USD'],
    [80, 'Nearly 80 percent of the cameras installed in the country come from Hikvision and Dahua.', 'percent'],
    [8, 'there were 189,452 active Dahua and Hikvision cameras in Romania, the eighth highest in the world.', 'rank'],
    [3, 'it only purchased three Hikvision cameras in 2023.'],
    [2, 'they have acquired only two cameras from Chinese manufacturers'],
    [0.3333, 'almost one-third of all local governments in the country', 'fraction'],
    [0.3333, 'nearly a third of all local governments', 'fraction'],
    [0.6667, 'two-thirds of the cameras', 'fraction'],
    // Tens and units written apart, and the raised decimal point of The Lancet.
    [37, 'Thirty seven people died in avalanche accidents in the United States last winter.'],
    [20.5, 'Among people who had been bitten by a dog, 323 (20·5%) did not receive the vaccine.', 'percent'],
    [0.5, 'half of the cameras', 'fraction'],
    [1000000, 'purchased more than 1 million video surveillance devices', 'count'],
    [1000000, 'a million devices'],
    [47000, 'for a total of $47,000.', 'USD'],
    [325, 'installed 265 out of the 325 Dahua cameras it planned.'],
    [1000, 'compared to less than a 1,000 units in 2020.'],
    [45000000, 'for $45 million, with the aim of installing', 'USD'],
    [3400000, 'a rise in imports from $3.4 million in 2018 to $5.4 million in 2023.', 'USD'],
    [25, 'twenty-five cameras'],
    [21, 'the twenty-first camera', 'rank'],
    // A cardinal opening a compound adjective.
    [2, 'a two-percentage-point increase', 'percent'],
    [45, 'a forty-five-year low'],
    [12000, 'about 12 000 cameras'],
    // A unit's letters are no scale, nor does a digit glued to a name start a number grouped by spaces.
    [624000, 'operates the Sorek1 624,000 m³/d desalination plant'],
    [575000000, 'for Rs 23,575 crore (Rs 57.5 crore/game)', 'INR'],
    // A table row quoted without its header: the digits at a header's scale (£m).
    [718200000, '2 (1) | Manchester City | 718.2 (619.1) |', 'GBP'],
    [619100000, '2 (1) | Manchester City | 718.2 (619.1) |', 'GBP'],
    // A number written in parts, as translations from Portuguese or Spanish do.
    [28870328, 'with 28 million 870 thousand 328 voters casting their ballots'],
    [2500000, 'some 2 million 500 thousand people'],
    // A decimal comma, with a scale word in the source's language.
    [10.6, 'Das Temperaturmittel lag bei 10,6 Grad.'],
    [1.46, 'de l\'année : 1,46°C au-dessus de la moyenne'],
    [30900000, 'un volumen de 30,9 millones de hectolitros'],
    [8600000, 'in Deutschland 8,6 Millionen Hektoliter Wein'],
    [2100000000, 'un fatturato di 2,1 miliardi di euro', 'EUR'],
    // Indian grouping and scales.
    [256000, 'Pakistan (2,56,000 deaths)'],
    [8100000, 'contributed to 81 lakh deaths'],
    [12000000, 'a bill of 1.2 crore'],
    // Ordinals of French, German, Spanish and Italian sources.
    [4, 'landet Tadschikistan auf dem vierten Platz', 'rank'],
    [5, 'Der fünfte Platz geht an Burkina Faso', 'rank'],
    [3, 'la troisième place', 'rank'],
  ];
  for (const [value, quote, unit] of readable) {
    it(`reads ${value} in "${quote.slice(0, 50)}"`, () => assert.equal(appears(value, quote, unit), true));
  }

  const unreadable: Array<[number, string, Unit?]> = [
    [18616, 'there are 18,166 Hikvision devices'],
    [58000000, 'Belgrade spent around $5.8 million on cameras.', 'USD'],
    [5.8e9, 'Belgrade spent around $5.8 million on cameras.', 'USD'],
    [0.25, 'almost one-third of all local governments', 'fraction'],
    [9, 'the eighth highest in the world', 'rank'],
    [4, 'three Hikvision cameras'],
    [1000000, 'more than 1 thousand devices'],
    [7, 'no number here at all'],
    [28870329, 'with 28 million 870 thousand 328 voters casting their ballots'],
    [718300000, '2 (1) | Manchester City | 718.2 (619.1) |', 'GBP'],
    // A share or a rank is never given at a header's scale.
    [71820, '| Manchester City | 71.82 |', 'percent'],
    // Three digits after a comma group thousands: 18,166 is no 18.166.
    [18.166, 'there are 18,166 Hikvision devices'],
    // An Indian grouping is read whole, not as a number and its tail.
    [56000, 'Pakistan (2,56,000 deaths)'],
    [6, 'landet auf dem vierten Platz', 'rank'],
  ];
  for (const [value, quote, unit] of unreadable) {
    it(`does not read ${value} in "${quote.slice(0, 50)}"`, () => assert.equal(appears(value, quote, unit), false));
  }

  it('reads pence as a hundredth of a pound: "18p", "65 pence"', () => {
    assert.equal(numberAppearsInText(0.18, 'a levy of 18p a litre', 'GBP'), true);
    assert.equal(numberAppearsInText(0.65, 'a minimum price of 65 pence per unit', 'GBP'), true);
    assert.equal(numberAppearsInText(0.05, 'turnout fell 5pp', 'GBP'), false);
  });

  it('reads the bare end of a range opened in cents or pence as a hundredth too: "from 63 cents to 66"', () => {
    assert.equal(numberAppearsInText(0.66, 'expected to go up 3 cents, from 63 cents to 66, on July 9', 'USD'), true);
    assert.equal(numberAppearsInText(0.87, 'a stamp rises from 85p to 87 next month', 'GBP'), true);
    assert.equal(numberAppearsInText(0.66, 'from 63 cents to 66 million letters', 'USD'), false);
    assert.equal(numberAppearsInText(0.66, 'a stamp at 63 cents; 66 offices closed', 'USD'), false);
  });

  it('reads "half a million" as 500,000 and "half a billion" as 500,000,000', () => {
    assert.equal(numberAppearsInText(500000, 'with over half a million kids on track', 'count'), true);
    assert.equal(numberAppearsInText(500000000, 'spent half a billion on repairs', 'USD'), true);
    assert.equal(numberAppearsInText(500000, 'half a mile from the site', 'count'), false);
  });

  it('reads a share written as a ratio: "Nine in ten", "almost 1 out of 3"', () => {
    assert.equal(numberAppearsInText(0.9, 'Nine in ten child victims of sexual violence are girls', 'fraction'), true);
    assert.equal(numberAppearsInText(0.3333, 'almost 1 out of 3 children in the region', 'fraction'), true);
    assert.equal(numberAppearsInText(0.5, 'Nine in ten child victims', 'fraction'), false);
  });

  it('compares fractions to three decimals and everything else exactly', () => {
    assert.equal(numberAppearsInText(0.333, 'one-third', 'fraction'), true);
    assert.equal(numberAppearsInText(0.34, 'one-third', 'fraction'), false);
    assert.equal(numberAppearsInText(18166.5, '18,166', 'count'), false);
  });

  it('reads a minus sign before the digits as a negative value, and not a dash that joins a word or a number', () => {
    assert.equal(numberAppearsInText(-281000, 'remains severely negative (-281 thousand).', 'count'), true);
    assert.equal(numberAppearsInText(-0.5, 'prices fell (\u22120.5%) in May', 'percent'), true);
    assert.equal(numberAppearsInText(-24, 'in the 2023-24 season', 'count'), false);
    assert.equal(numberAppearsInText(-19, 'during COVID-19', 'count'), false);
  });

  it('reads scaled and unscaled readings of one figure', () => {
    assert.deepEqual(readNumbers('$5.8 million'), [5.8, 5800000]);
  });
});
