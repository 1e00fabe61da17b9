import escapeHtml from 'escape-html';
import type { Briefing, Entity, EntityKind, Story } from '../types.ts';
import { balanceBidi } from './bidi.ts';
import { renderSourceLinks } from './source-links.ts';

const KIND_LABELS: Record<EntityKind, string> = { person: 'People', place: 'Places', organization: 'Organisations' };
const KIND_ORDER: readonly EntityKind[] = ['person', 'place', 'organization'];

/**
 * The briefing's stories as an HTML fragment: the body of the feed item and of the briefing page.
 * Every piece of text is escaped, so article text (`<script>`, `&`, `]]>`) shows as text and can never
 * end a CDATA section: `>` always leaves as `&gt;`. Every article-derived string is isolated (`dir="auto"`, `<bdi>`)
 * with its directional controls balanced, so right-to-left text or a stray override never reorders the next one.
 * Stories stand under their sections (a jump list first), in the order the ranking gave.
 */
export function renderStoriesHtml(briefing: Briefing, headingLevel: 2 | 3 = 2): string {
  const bySection = sectionsOf(briefing.stories);
  const parts = bySection
    ? [renderJumpList(bySection), ...bySection.map((group) => renderSection(group, headingLevel))]
    : briefing.stories.map((story) => renderStory(story, headingLevel));
  if (briefing.moreStories > 0) {
    const n = briefing.moreStories;
    parts.push(`<p class="more">…and ${n} more ${n === 1 ? 'story' : 'stories'} not listed here.</p>`);
  }
  return parts.join('\n');
}

interface SectionGroup {
  readonly name: string;
  readonly id: string;
  readonly stories: readonly Story[];
}

/**
 * The stories under their sections, each section where its best story ranks and its stories in rank order;
 * undefined for a briefing stored before stories had sections, which renders as a flat list.
 */
function sectionsOf(stories: readonly Story[]): SectionGroup[] | undefined {
  if (!stories.some((story) => story.section)) return undefined;
  const groups = new Map<string, Story[]>();
  for (const story of stories) {
    const name = story.section ?? 'More news';
    groups.set(name, [...(groups.get(name) ?? []), story]);
  }
  return [...groups].map(([name, list]) => ({ name, id: `section-${name.toLowerCase().replace(/[^a-z]+/g, '-')}`, stories: list }));
}

/** The jump list at the top: a link to each section with its story count. */
function renderJumpList(groups: readonly SectionGroup[]): string {
  const links = groups.map((g) => `<li><a href="#${g.id}">${escapeHtml(g.name)}</a> (${g.stories.length})</li>`);
  return `<nav class="sections" aria-label="Sections">\n<ul>\n${links.join('\n')}\n</ul>\n</nav>`;
}

function renderSection(group: SectionGroup, level: 2 | 3): string {
  const storyLevel = Math.min(level + 1, 6);
  return [
    `<section class="section" id="${group.id}">`,
    `<h${level} class="section-name">${escapeHtml(group.name)}</h${level}>`,
    ...group.stories.map((story) => renderStory(story, storyLevel)),
    `</section>`,
  ].join('\n');
}

function renderStory(story: Story, level: number): string {
  const sources = story.articleIds.length;
  return [
    `<section class="story">`,
    `<h${level} dir="auto">${text(story.headline)}</h${level}>`,
    `<p dir="auto">${story.summary.map(text).join(' ')}</p>`,
    renderEntities(story.entities),
    story.links ? renderSourceLinks(story.links, sources) : sources > 1 ? `<p class="sources">From ${sources} articles.</p>` : '',
    `</section>`,
  ]
    .filter(Boolean)
    .join('\n');
}

function renderEntities(entities: readonly Entity[]): string {
  const groups = KIND_ORDER.map((kind) => ({ kind, names: entities.filter((e) => e.kind === kind).map((e) => e.name) }))
    .filter((g) => g.names.length > 0)
    .map((g) => `<span class="entity-kind">${KIND_LABELS[g.kind]}:</span> ${g.names.map((name) => `<bdi>${text(name)}</bdi>`).join(', ')}`);
  return groups.length ? `<p class="entities">${groups.join(' · ')}</p>` : '';
}

/** An article-derived string as HTML text: its directional controls balanced, then escaped. */
function text(value: string): string {
  return escapeHtml(balanceBidi(value));
}
