/**
 * Fixture articles written for the reader and browser tests (never evaluation data). Three past dates, one
 * future date, and one bad file; the text carries every character that has broken feeds before:
 * `&`, `<script>`, quotes, ’, Chinese characters and `]]>`.
 */
export const SERVE_ARTICLES: Readonly<Record<string, string>> = {
  '2024-03-07-harbour.txt': `date 2024-03-07
Port Elwyn’s harbour board & the city council approved a plan on Thursday to dredge the northern channel & widen the container berth. Mayor Ingrid Salo said the dredging & the berth would cost 40 million euros and take two years.

Fishing crews & divers warned that dredging could disturb spawning grounds. The harbour board said work would pause each spring & that an independent panel would monitor the water.

Ingrid Salo told reporters the city had waited "far too long" for the harbour’s upgrade & its new cranes.`,
  '2024-03-07-library.txt': `date 2024-03-07
The scroll 山水清音 went on show at the National Library in Port Elwyn on Thursday, the first time it has been seen in Europe. Curator Li Wen said 山水清音 and a second scroll, 春江花月, were lent by a museum in Hangzhou.

Visitors can see 山水清音 until June. The library said entry to the 山水清音 exhibition would be free on Sundays.`,
  '2024-03-08-security.txt': `date 2024-03-08
A comment posted as <script>alert(1)</script> ran in readers' browsers on about 3,000 news sites, researchers at Northgate University found. The researchers said a <script> tag in a comment was "trivial to exploit" on every affected site.

Dr. Amara Osei, who led the study, said the vendor, Quillbox, stopped <script> tags within a week. Quillbox said it had found no sign that anyone had posted a <script> tag before the flaw was reported.

Osei urged site owners to update the widget and to check their logs for <script> tags.`,
  '2024-03-08-rail.txt': `date 2024-03-08
Westline said "the night train is back" on Friday, restoring the service between Port Elwyn and Calder from May. Westline’s night train was cut in 2020 when passenger numbers collapsed.

Westline’s chief executive, Tomas Berg, said "bookings are strong" and that summer sales had passed those of 2019. Westline’s tickets go on sale next week.`,
  '2024-03-09-ferry.txt': `date 2024-03-09
A stray ]]> in a data file stopped the Calder ferry booking system on Saturday, stranding 2,000 passengers at the port. The operator, Norlight Ferries, said the ]]> came from an export that did not escape its text.

Engineers removed the ]]> and restored the system by Saturday evening. Officials asked passengers to check the new timetable, which no longer contains ]]> or any other stray markup.`,
  '2024-03-12-future.txt': `date 2024-03-12
The Port Elwyn city council will vote on Tuesday on the harbour budget. This article's date has not come yet, so it must wait for its day.`,
  'bad-header.txt': `dat 2024-03-08
A misspelt header: the run rejects this file and publishes the rest.`,
};

/** Text every published briefing must carry intact somewhere, whatever the composer picks. */
export const SERVE_TRAPS = ['&', '<script>', ']]>', '’', '"', '山水清音'] as const;

/** The dates the fixture publishes, oldest first, with a fixed clock of {@link SERVE_NOW}. */
export const SERVE_DATES = ['2024-03-07', '2024-03-08', '2024-03-09'] as const;

/** The run's fixed "now": after the three past dates' publish hour, before the future date. */
export const SERVE_NOW = new Date('2024-03-10T12:00:00Z');

/** The feed title the fixture site is published with: plain text that is also an XML and HTML trap. */
export const SERVE_TITLE = 'Tom & Jerry’s "Daily" <Brief> 日报';
