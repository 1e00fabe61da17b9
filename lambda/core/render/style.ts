/**
 * The site's one stylesheet, served as `style.css` from the same origin (so the CSP can forbid
 * inline styles). System fonts only: no web fonts, nothing fetched from elsewhere.
 */
export const STYLESHEET = `:root {
  color-scheme: light dark;
  --bg: #fdfcf9; --fg: #1d1d1f; --muted: #55555c; --accent: #0b57a4; --rule: #e2dfd8; --card: #ffffff;
  font-family: ui-serif, Georgia, "Times New Roman", serif;
  font-size: 112.5%; line-height: 1.6;
}
@media (prefers-color-scheme: dark) {
  :root { --bg: #16171a; --fg: #ececec; --muted: #b4b4bb; --accent: #8cc4ff; --rule: #34363c; --card: #1e2024; }
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg); }
a { color: var(--accent); text-underline-offset: 0.15em; }
a:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
.site-header, main, .site-footer { max-width: 42rem; margin: 0 auto; padding: 0 1.25rem; }
.site-header { display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; justify-content: space-between; align-items: baseline;
  padding-top: 1rem; padding-bottom: 0.75rem; border-bottom: 1px solid var(--rule);
  font-family: ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
.site-title { font-weight: 700; text-decoration: none; color: var(--fg); }
.site-header nav a { margin-left: 0.75rem; font-size: 0.9rem; }
h1, h2 { font-family: ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; line-height: 1.25; }
h1 { font-size: clamp(1.6rem, 5vw, 2.2rem); margin: 0.25rem 0 0.75rem; }
h2 { font-size: 1.25rem; margin: 0 0 0.4rem; }
.date { color: var(--muted); margin: 1.5rem 0 0; font-size: 0.95rem; }
.overview, .intro { font-size: 1.1rem; color: var(--muted); }
.story { padding: 1.25rem 0; border-top: 1px solid var(--rule); }
.story p { margin: 0.4rem 0; }
.entities, .sources, .more { font-size: 0.9rem; color: var(--muted); }
.entity-kind { font-weight: 600; }
.briefings { list-style: none; padding: 0; }
.briefings li { padding: 1rem 0; border-top: 1px solid var(--rule); }
.briefings .date { margin: 0; }
.days { display: flex; justify-content: space-between; gap: 1rem; padding: 1.5rem 0; border-top: 1px solid var(--rule); }
.days a[rel="next"] { margin-left: auto; text-align: right; }
.site-footer { color: var(--muted); font-size: 0.85rem; padding-top: 1rem; padding-bottom: 2rem; border-top: 1px solid var(--rule); }
`;
