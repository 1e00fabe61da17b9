/**
 * The site's one stylesheet, served as `style.css` from the same origin (so the CSP can forbid
 * inline styles). System fonts only: no web fonts, nothing fetched from elsewhere.
 * Colours meet WCAG AA contrast (4.5:1 for text) in both the light and the dark scheme.
 */
export const STYLESHEET = `:root {
  color-scheme: light dark;
  --bg: #fdfcf9; --fg: #1d1d1f; --muted: #51515a; --accent: #0b57a4; --rule: #e2dfd8; --card: #ffffff;
  --sans: ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
  --serif: ui-serif, Georgia, Cambria, "Times New Roman", "Noto Serif", serif;
  font-family: var(--serif);
  font-size: 112.5%; line-height: 1.6;
  text-size-adjust: 100%; -webkit-text-size-adjust: 100%;
}
@media (prefers-color-scheme: dark) {
  :root { --bg: #16171a; --fg: #ececec; --muted: #b4b4bb; --accent: #8cc4ff; --rule: #34363c; --card: #1e2024; }
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg); overflow-wrap: break-word; }
a { color: var(--accent); text-underline-offset: 0.15em; }
a:hover { text-decoration-thickness: 2px; }
a:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; border-radius: 2px; }
.skip-link { position: absolute; left: 0.5rem; top: -3rem; padding: 0.5rem 0.75rem; background: var(--card); color: var(--accent);
  font-family: var(--sans); z-index: 1; }
.skip-link:focus { top: 0.5rem; }
.site-header, main, .site-footer { max-width: 42rem; margin: 0 auto; padding: 0 1.25rem; }
.site-header { display: flex; flex-wrap: wrap; gap: 0.25rem 1.5rem; justify-content: space-between; align-items: baseline;
  padding-top: 1rem; padding-bottom: 0.75rem; border-bottom: 1px solid var(--rule); font-family: var(--sans); }
.site-title { font-weight: 700; text-decoration: none; color: var(--fg); }
.site-header nav { font-size: 0.9rem; color: var(--muted); }
.site-header nav a { margin-left: 0.6rem; }
h1, h2 { font-family: var(--sans); line-height: 1.25; letter-spacing: -0.01em; text-wrap: balance; }
h1 { font-size: clamp(1.6rem, 5vw, 2.2rem); margin: 0.25rem 0 0.75rem; }
h2 { font-size: 1.25rem; margin: 0 0 0.4rem; }
.date { font-family: var(--sans); color: var(--muted); margin: 1.5rem 0 0; font-size: 0.9rem; text-transform: none; }
.overview, .intro { font-size: 1.1rem; color: var(--muted); }
.story { padding: 1.25rem 0; border-top: 1px solid var(--rule); }
.story h3 { font-family: var(--sans); font-size: 1.15rem; line-height: 1.25; margin: 0 0 0.4rem; text-wrap: balance; }
.section-name { margin: 2rem 0 0; text-transform: uppercase; font-size: 0.95rem; letter-spacing: 0.06em; color: var(--accent); }
.sections ul { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; list-style: none; padding: 0; margin: 1rem 0; font-family: var(--sans); font-size: 0.9rem; }
.story p { margin: 0.4rem 0; }
.entities, .sources, .more { font-family: var(--sans); font-size: 0.85rem; color: var(--muted); }
.entity-kind { font-weight: 600; }
.briefings { list-style: none; padding: 0; margin: 1.5rem 0; }
.briefings > li { padding: 1.25rem 0; border-top: 1px solid var(--rule); }
.card h2 { margin: 0; }
.card h2 a { text-decoration: none; color: var(--fg); }
.card h2 a:hover, .card h2 a:focus-visible { text-decoration: underline; color: var(--accent); }
.card .date { margin: 0.15rem 0 0.5rem; }
.headlines { margin: 0; padding-left: 1.1rem; list-style: disc; }
.headlines li { margin: 0.2rem 0; }
.days { display: grid; grid-template-columns: 1fr 1fr; grid-template-areas: "previous next" "all all"; gap: 1rem;
  padding: 1.5rem 0; border-top: 1px solid var(--rule); font-family: var(--sans); font-size: 0.95rem; }
.days .label { display: block; font-size: 0.8rem; color: var(--muted); }
.days .previous { grid-area: previous; }
.days .next { grid-area: next; text-align: right; }
.days .all { grid-area: all; justify-self: center; }
.site-footer { color: var(--muted); font-family: var(--sans); font-size: 0.85rem; padding-top: 1rem; padding-bottom: 2rem;
  border-top: 1px solid var(--rule); }
@media (max-width: 30rem) {
  :root { font-size: 106.25%; }
  .site-header nav .label { display: none; }
  .site-header nav a:first-of-type { margin-left: 0; }
}
@media print {
  :root { --bg: #fff; --fg: #000; --muted: #333; --accent: #000; }
  .skip-link, .site-header nav, .days { display: none; }
}
`;
