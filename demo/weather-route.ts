/**
 * `GET /api/weather`: an ordinary JSON API that is not a chat completion. Its body has a `choices`
 * field on purpose, so the inspector must rely on more than that key to tell chat traffic apart.
 */
export const WEATHER_BODY = {
  city: 'Edinburgh',
  country: 'GB',
  units: 'c',
  temperature: 11,
  choices: ['umbrella', 'light jacket'],
  forecast: [
    { day: 'today', summary: 'showers', high: 12, low: 7 },
    { day: 'tomorrow', summary: 'bright spells', high: 14, low: 8 },
  ],
};
